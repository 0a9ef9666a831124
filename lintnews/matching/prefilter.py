"""Where in a long text a word list or a built-in pattern could start: one trie regex.

Python's ``re`` has no multi-pattern search, but a regex of all the words a match can
start with (the forms of every word list, the first words of every built-in pattern,
read by :mod:`lintnews.util.regex_words`), factored as a trie and tried only after a
non-word character, finds the few candidate positions at C speed: about half a
microsecond each. (One RE2 pass was tried too: RE2 rejects the rest of the text faster,
but every call back into Python costs some five microseconds, and an automaton for a
hundred patterns' beginnings took tens of megabytes.)

The text is case-folded a window at a time (:func:`lintnews.util.casefold.fold`: one
character for one, exactly as ``re.IGNORECASE`` equates them), so the trie is matched
case-sensitively, the fast way, and a 10 MB text is never copied whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.matching.terms import normalise
from lintnews.util.casefold import fold
from lintnews.util.trie import trie_regex

WINDOW = 1 << 18  # characters folded and scanned at a time (two copies of a window are in memory)
# characters before a window folded with it: the non-word character before a prefix at the
# window's start and what a prefix's guard reads before that (two marks, or a word before a
# match, "some " of "some in the party": see Matcher._guards)
CONTEXT = 16
_INITIALS = "tasowcbphfmidrelngu"  # initial letters of English words, most frequent first


class Prefilter:
    """The candidate positions of a set of (case-folded) prefixes in long texts."""

    def __init__(self, keys: set[str], after: dict[str, set[str]] | None = None,
                 guards: dict[str, str] | None = None) -> None:
        """``keys``: prefixes tried after any non-word character; ``after``: for a set of
        marks (``"$£€"``), the prefixes that count only right after one of them (a price's
        digits), each set in a trie of its own tried only there, not after every space;
        ``guards``: for some of ``keys``, a look-behind over the prefix and the two
        characters before it that must hold where it is found (a sentence's or a line's
        opening word after a stop or a line break; see :func:`lintnews.util.trie.trie_regex`).
        At the text's start, with nothing before it, a guarded prefix is not found: the
        caller decides there without the prefilter."""
        after = {marks: found for marks, found in (after or {}).items() if found}
        self.guarded = bool(guards)
        trie = trie_regex(sorted(keys), _INITIALS, guards) if keys else ""
        head = "(?:[" + _nonword_class() + "])"
        # the non-word character comes first and alone: the engine skips to each at C speed
        # (with two alternatives at the top it would try a match at every position). Each
        # branch ends its trie with an empty group, which tells the branch and where the
        # prefix ends: a group around the trie would have ``re`` work out the width of the
        # whole trie when it closes the group (a walk of its 35,000 nodes; PERF147)
        branches = [f"(?={trie}())"] if trie else []
        branches += [f"(?<=[{re.escape(marks)}])(?={trie_regex(sorted(found))}())"
                     for marks, found in sorted(after.items())]
        self.regex = re.compile(f"{head}(?:{'|'.join(branches)})") if branches else None
        # where the general trie finds a prefix right after a mark that has a trie of its own
        # ("1" of "(12 photos", a general prefix, and "12 photos", one that counts only after
        # "("), the alternation stops at the first branch: the mark's trie is tried there too,
        # so that the longest prefix is the one reported, as it is everywhere else
        self._general = bool(trie)
        self._after: dict[str, list[re.Pattern[str]]] = {}
        if trie:
            for marks, found in sorted(after.items()):
                rx = re.compile(trie_regex(sorted(found)))
                for mark in marks:
                    self._after.setdefault(mark, []).append(rx)
        everything = keys.union(*after.values())
        # (the distinct characters first, at C speed: the prefixes hold 300,000 characters)
        marks = "".join(sorted(c for c in set("".join(everything)) if not (c.isalnum() or c.isspace() or c in "'-")))
        self._stop = re.compile(r"[^\w\s'’\-‐‑" + re.escape(marks) + "]")

    def candidates(self, text: str) -> Iterator[tuple[int, str]]:
        """Every position of ``text`` after a character that is not a letter or digit (or at
        its start) where one of the prefixes starts, in order, with the longest one found
        there (normalised: white space as one space, marks plain)."""
        regex = self.regex
        if regex is None:
            return
        n = len(text)
        seen: dict[str, str] = {}
        # (read once, not at each of the tens of thousands of candidates of a long text)
        after = self._after if self._general else None
        stop_at = self._stop.search
        for lo in range(0, n, WINDOW):
            hi = min(n, lo + WINDOW)
            # end the window just after a character past ``hi`` that no prefix holds (a
            # bracket, a quotation mark): no prefix that starts in the window runs past it
            stop = stop_at(text, hi) if hi < n else None
            end = stop.end() if stop else n
            # (from CONTEXT characters before ``lo``: the non-word character before a prefix
            # at ``lo``, and what its guard reads before it; blanks before the text's start)
            window = fold(text[lo - CONTEXT : end]) if lo >= CONTEXT else " " * (CONTEXT - lo) + fold(text[:end])
            base = lo - CONTEXT
            limit = hi - base
            for m in regex.finditer(window, CONTEXT - 1):
                at = m.end()
                if at >= limit:
                    break
                branch = m.lastindex  # (the one group of the branch that matched)
                if branch is None:  # (cannot be: every branch is one group, which a match sets)
                    continue
                raw = window[at : m.start(branch)]  # (the group is empty, at the prefix's end)
                if branch == 1 and after:
                    tries = after.get(window[at - 1])
                    if tries is not None:
                        for rx in tries:
                            longer = rx.match(window, at)
                            if longer is not None and longer.end() - at > len(raw):
                                raw = longer.group()
                key = seen.get(raw)
                if key is None:
                    key = raw if raw.isalnum() else normalise(" ".join(raw.split()), False)
                    seen[raw] = key
                yield base + at, key


_NONWORD: str | None = None


def _nonword_class() -> str:
    """Every character that is not a letter or digit (``\\W`` and ``_``), written out as a
    character class for the Basic Multilingual Plane, and (a superset: the words' own
    checks decide) every character beyond it. The engine skips to the next character of a class of ranges with a bitmap
    look-up, to one of ``\\W`` with a Unicode category look-up: a quarter of the scan.
    (Worked out from this Python's own tables, once per process.)"""
    global _NONWORD
    if _NONWORD is None:
        ranges: list[tuple[int, int]] = []
        start = None
        for c in range(0x10000):
            ch = chr(c)
            if ch.isalnum():  # (re's \w for str patterns, less "_": a match may start after it)
                if start is not None:
                    ranges.append((start, c - 1))
                    start = None
            elif start is None:
                start = c
        if start is not None:
            ranges.append((start, 0xFFFF))

        def esc(c: int) -> str:
            return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"

        _NONWORD = "".join(esc(a) if a == b else f"{esc(a)}-{esc(b)}" for a, b in ranges)
        _NONWORD += "\\U00010000-\\U0010ffff"
    return _NONWORD
