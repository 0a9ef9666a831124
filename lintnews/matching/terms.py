"""Word lists matched exactly, without a regular expression per rule.

A rule's terms (with their inflected forms) match as the regex
``(?<![\\w'’-])(?:form|form...)(?![\\w-])`` would, tried longest form first: white
space between words is any run of white space, an apostrophe matches ' or ’, a hyphen
any of - ‐ ‑, and letters match case-insensitively as Python's ``re.IGNORECASE`` does
(unless the rule is case-sensitive). Compiling such a regex for a list of a thousand
words with Python's ``re`` takes tens of milliseconds each run; here the forms are
indexed by their first word instead (a dict), and the text at a candidate position
(found by one RE2 scan for every form of every rule, see :mod:`lintnews.matching.matcher`)
is normalised the same way and compared with the forms that start with its first word.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lintnews.util.casefold import WHITESPACE
from lintnews.util.casefold import fold as fold_case
from lintnews.util.re2_syntax import PY_EXTRA_FOLDS, SPACE_ITEMS, lit

# Text normalised for comparison with forms: white space as " ", marks as "'" and "-".
_MARKS = {ord(c): " " for c in WHITESPACE} | {ord("’"): "'", ord("‐"): "-", ord("‑"): "-"}
# Forms are written with any of these; the en dash in a form stands for a hyphen too.
_FORM_MARKS = {**_MARKS, ord("–"): "-"}
_TOKEN = re.compile(r"[^\W_]+")  # a run of letters and digits (str.isalnum)
_DOUBLE_SPACE = "  "
CHUNK = 20_000  # forms per RE2 program (see TermIndex.scan_sources)


def normalise(text: str, casefold: bool) -> str:
    """Text as forms are compared: one character for one (white space runs are collapsed
    by the caller), case-folded when ``casefold``."""
    if casefold:
        text = fold_case(text)
    if text.isascii():
        # (the marks mapped are all beyond ASCII; only white space other than " " is left)
        return text if text.isprintable() else text.translate(_MARKS)
    return text.translate(_MARKS)


def normal_form(form: str, casefold: bool) -> str:
    """A form as it is compared: marks and white space plain, case-folded when ``casefold``."""
    form = " ".join(w for w in form.translate(_FORM_MARKS).split(" ") if w)
    return normalise(form, casefold) if casefold else form


def key_of(normal: str) -> str:
    """The index key of a normalised form or text: its first run of letters and digits
    (or its first character when it starts with neither)."""
    m = _TOKEN.match(normal)
    return m.group() if m else normal[:1]


class TermIndex:
    """The forms of every rule with terms, by first word; :meth:`matches` tries them."""

    def __init__(self, rules: list) -> None:  # (PackRule: the packs layer is below)
        # case-folded (True) and case-sensitive (False) rules: first word -> (the longest
        # form's length, [(rule index, forms, longest first), ...] in rule order)
        self.indexes: dict[bool, dict[str, tuple[int, list[tuple[int, tuple[str, ...]]]]]] = {
            True: {}, False: {}}
        self.forms: dict[bool, set[str]] = {True: set(), False: set()}
        for ri, rule in enumerate(rules):
            if not rule.terms:
                continue
            fold = not rule.case_sensitive
            by_key: dict[str, set[str]] = defaultdict(set)
            for term in rule.terms:
                for f in term.forms:
                    if f.isalpha() and f.isascii():  # (most forms: one plain word, already normal)
                        normal = f.lower() if fold else f
                        by_key[normal].add(normal)
                        continue
                    normal = normal_form(f if rule.case_sensitive else f.lower(), fold)
                    if normal:
                        by_key[key_of(normal)].add(normal)
            index = self.indexes[fold]
            for k, forms in by_key.items():
                ordered = tuple(sorted(forms, key=len, reverse=True))
                longest, entries = index.get(k, (0, []))
                entries.append((ri, ordered))
                index[k] = (max(longest, len(ordered[0])), entries)
                self.forms[fold].update(forms)
        self._active = [(fold, self.indexes[fold]) for fold in (True, False) if self.indexes[fold]]
        # characters a form may start with that are not letters or digits ("'em"): the text
        # characters they stand for, where a short text's words are looked up
        firsts = {f[0] for forms in self.forms.values() for f in forms if not f[0].isalnum()}
        self.marks = firsts | {chr(c) for c, m in _MARKS.items() if m in firsts}

    def __bool__(self) -> bool:
        return bool(self._active)

    def scan_sources(self) -> list[str]:
        """RE2 patterns that together match every form wherever it could start a hit (and
        more: inside words too; :meth:`matches` decides): one per :data:`CHUNK` forms, since
        RE2 refuses a program too large for its memory budget (a house list of 100,000
        terms has 400,000 forms)."""
        return literal_sources(self.forms[True], self.forms[False])

    def matches(self, text: str, s: int) -> list[tuple[int, int]]:
        """``(rule index, end)`` of every rule whose words match at ``s``, in rule order."""
        if s and (text[s - 1].isalnum() or text[s - 1] in "_'’-"):
            return []
        m = _TOKEN.match(text, s)
        token = m.group() if m else text[s : s + 1]
        found: list[tuple[int, int]] = []
        n = len(text)
        for fold, index in self._active:
            key = normalise(token, fold)
            entry = index.get(key)
            if entry is None:
                continue
            longest, rules = entry
            if longest == len(key) and m is not None:
                # every form here is the word itself (most are): it matches where the word
                # is not followed by more of a word or a hyphen
                e = s + len(token)
                if e >= n or not (text[e].isalnum() or text[e] in "_-"):
                    found.extend((ri, e) for ri, _ in rules)
                continue
            normal = normalise(text[s : s + longest], fold)
            ends = None
            if _DOUBLE_SPACE in normal:
                normal, ends = _collapsed(text, s, longest, fold)
            for ri, forms in rules:
                for f in forms:
                    if normal.startswith(f):
                        e = s + len(f) if ends is None else ends[len(f) - 1]
                        if e >= n or not (text[e].isalnum() or text[e] in "_-"):
                            found.append((ri, e))
                            break
        if len(found) > 1:
            found.sort()
        return found


def literal_sources(folded: set[str], exact: set[str]) -> list[str]:
    """RE2 patterns matching these normalised spellings (see :func:`normal_form`): case-blind
    as Python's ``re.IGNORECASE`` is (``folded``) or not (``exact``). A program of plain
    words is a small, fast automaton, however many there are."""
    out = []
    for fold, spellings in ((True, folded), (False, exact)):
        ordered = sorted(spellings, key=lambda f: (-len(f), f))
        for i in range(0, len(ordered), CHUNK):
            body = "|".join(_re2_form(f, fold) for f in ordered[i : i + CHUNK])
            out.append(("(?i:" if fold else "(?-i:") + body + ")")
    return out


def _collapsed(text: str, s: int, need: int, fold: bool) -> tuple[str, list[int]]:
    """The normalised text from ``s`` with white-space runs as one space, up to ``need``
    characters, and the text offset after each of them."""
    out: list[str] = []
    ends: list[int] = []
    i, n = s, len(text)
    while i < n and len(out) < need:
        ch = text[i]
        if ch.isspace():
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
            out.append(" ")
            ends.append(j)
            i = j
            continue
        out.append(normalise(ch, fold))
        ends.append(i + 1)
        i += 1
    return "".join(out), ends


def _re2_form(form: str, fold: bool) -> str:
    out = []
    for ch in form:
        if ch == " ":
            out.append("[" + SPACE_ITEMS + "]+")
        elif ch == "'":
            out.append("['’]")
        elif ch == "-":
            out.append("[-‐‑]")
        elif fold and ch in PY_EXTRA_FOLDS:
            out.append("[" + ch + PY_EXTRA_FOLDS[ch] + "]")
        else:
            out.append(lit(ch))
    return "".join(out)
