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

from collections.abc import Callable
from operator import itemgetter
from typing import TYPE_CHECKING

from lintnews.util.wordforms import MARKS as _MARKS
from lintnews.util.wordforms import TOKEN as _TOKEN
from lintnews.util.wordforms import form_table, key_of, normal_form, normalise

if TYPE_CHECKING:
    from lintnews.packs.model import PackRule

__all__ = ["TermIndex", "key_of", "literal_sources", "normal_form", "normalise"]

DOUBLE_SPACE = "  "
CHUNK = 20_000  # forms per RE2 program (see TermIndex.scan_sources)
_UNKNOWN: tuple[int, list[tuple[int, tuple[str, ...]]]] = (-1, [])  # (a key not looked up yet)
_FORMS = itemgetter(1)  # a Term's forms (a named tuple: packs.model.Term)


class TermIndex:
    """The forms of every rule with terms, by first word; :meth:`matches` tries them."""

    def __init__(self, rules: list) -> None:  # (PackRule: the packs layer is below)
        # each rule's forms by first word (:func:`lintnews.util.wordforms.form_table`: from
        # the built-in packs' plan when it was made from these forms), case-folded (True) and
        # case-sensitive (False) rules apart, in rule order
        self._tables: dict[bool, list[tuple[int, dict[str, tuple[str, ...]]]]] = {True: [], False: []}
        self.forms: dict[bool, set[str]] = {True: set(), False: set()}
        firsts: set[str] = set()
        for ri, rule in enumerate(rules):
            if not rule.terms:
                continue
            table = _planned_table(rule) if rule.builtin else None
            if table is None:
                table = form_table((f for term in rule.terms for f in term.forms), rule.case_sensitive)
            if not table:
                continue
            fold = not rule.case_sensitive
            self._tables[fold].append((ri, table))
            self.forms[fold].update(*table.values())
            # (a form and its key start alike: see key_of)
            firsts.update(k[0] for k in table if not k[0].isalnum())
        # first word -> (the longest form's length, [(rule index, forms, longest first), ...]
        # in rule order), filled as words are looked up: a one-line check looks up a few
        # of the three thousand
        self.indexes: dict[bool, dict[str, tuple[int, list[tuple[int, tuple[str, ...]]]] | None]] = {
            True: {}, False: {}}
        self._active = [(fold, self.indexes[fold]) for fold in (True, False) if self._tables[fold]]
        # characters a form may start with that are not letters or digits ("'em"): the text
        # characters they stand for, where a short text's words are looked up
        self.marks = firsts | {chr(c) for c, m in _MARKS.items() if m in firsts}

    def _entry(self, fold: bool, key: str) -> tuple[int, list[tuple[int, tuple[str, ...]]]] | None:
        """The index entry of ``key`` (see ``indexes``), made from the rules' tables."""
        entries = [(ri, table[key]) for ri, table in self._tables[fold] if key in table]
        entry = (max(len(forms[0]) for _, forms in entries), entries) if entries else None
        self.indexes[fold][key] = entry
        return entry

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
            entry = index.get(key, _UNKNOWN)
            if entry is _UNKNOWN:
                entry = self._entry(fold, key)
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
            if DOUBLE_SPACE in normal:
                normal, ends = collapsed(text, s, longest, fold)
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


def _planned_table(rule: PackRule) -> dict[str, tuple[str, ...]] | None:
    """A built-in rule's form table from the shipped plan, when made from these forms."""
    from lintnews.packs.plan import planned_form_table

    return planned_form_table(rule.id, rule.case_sensitive, tuple(map(_FORMS, rule.terms)))


def literal_sources(folded: set[str], exact: set[str]) -> list[str]:
    """RE2 patterns matching these normalised spellings (see :func:`normal_form`): case-blind
    as Python's ``re.IGNORECASE`` is (``folded``) or not (``exact``). A program of plain
    words is a small, fast automaton, however many there are."""
    # (imported here: only a very long word list is scanned with RE2, and a one-line check
    # need not import the regex syntax readers)
    from lintnews.util.re2_syntax import PY_EXTRA_FOLDS, SPACE_ITEMS, lit

    out = []
    for fold, spellings in ((True, folded), (False, exact)):
        ordered = sorted(spellings, key=lambda f: (-len(f), f))
        for i in range(0, len(ordered), CHUNK):
            body = "|".join(_re2_form(f, fold, PY_EXTRA_FOLDS, SPACE_ITEMS, lit) for f in ordered[i : i + CHUNK])
            out.append(("(?i:" if fold else "(?-i:") + body + ")")
    return out


def collapsed(text: str, s: int, need: int, fold: bool) -> tuple[str, list[int]]:
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


def _re2_form(form: str, fold: bool, extra_folds: dict[str, str], space_items: str,
              lit: Callable[[str], str]) -> str:
    out = []
    for ch in form:
        if ch == " ":
            out.append("[" + space_items + "]+")
        elif ch == "'":
            out.append("['’]")
        elif ch == "-":
            out.append("[-‐‑]")
        elif fold and ch in extra_folds:
            out.append("[" + ch + extra_folds[ch] + "]")
        else:
            out.append(lit(ch))
    return "".join(out)
