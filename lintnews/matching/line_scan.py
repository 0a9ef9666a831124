"""The line starts of a long text where a line-start pattern of unknown prefix may match.

The matcher decides at those line starts (see ``Matcher._scanners``). It used to find
them with one look-ahead tried after every newline: ``\\n(?=<trie of line prefixes>|P1|P2
...)``. On the 10 MB benchmark file that regex took 0.69 s, a pattern that reads the whole
line before it fails ("#ad" anywhere in a line) costing about as much as reading the text
once more.

Most of those patterns need a rare mark in every match (the plan's
:func:`lintnews.util.regex_words.required_marks`: the "#" of "#ad", the "@" of a handle, a
currency sign, the "[" of a bracketed plug) and consume at most so many characters
(:func:`lintnews.util.regex_words.longest_match`, ``reach``). A match of such a pattern
starts at most ``reach - 1`` characters before an occurrence of its mark, since the mark
is one of the characters it consumes. So it is tried only at the line starts that close
before an occurrence of its mark (the marks found by ``str.find``, at C speed; a few
hundred in 10 MB); the other patterns, and the trie of known prefixes, are still tried
after every newline. The line starts found are exactly those the single look-ahead
found: a line start is kept where one of the patterns matches, as in the look-ahead's
alternation (checked there with one look-ahead of all the marked patterns: each line
start where one of them matches is among the candidates of that one), and every line
start where a marked pattern matches is a candidate (tests/test_speed_round57.py checks it
on generated texts).

A mark that most paragraphs hold (a comma, a full stop) would make nearly every line a
candidate: a pattern whose only marks are such stays with the look-ahead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

# the empty group that the look-ahead tried after every newline sets after its patterns of
# unknown prefix (see LineScan.scan)
ANY = "lineany"

# marks of running prose: not worth looking for (most lines hold one)
_COMMON = frozenset(",.:;!?'\"()-")


def witness(marks: Sequence[str]) -> str | None:
    """Of a pattern's required mark sets (one mark of each is in every match), the set to
    look for: the first that holds no mark of running prose (``None``: none such)."""
    for chars in marks:
        if not _COMMON.intersection(chars):
            return chars
    return None


class LineScan:
    """Finds the line starts (each right after a newline) where ``every`` (a look-ahead
    tried after every newline) or ``marked`` (the same for the marked patterns) matches;
    ``marked`` is tried only at the line starts within each pattern's reach before one of
    its marks (``looks``: the marks of a pattern, its reach)."""

    def __init__(self, every: re.Pattern[str] | None, marked: re.Pattern[str] | None,
                 looks: Sequence[tuple[str, int]]) -> None:
        self.every = every
        self.marked = marked
        # (each mark to look for, the longest reach of the patterns that need it)
        reach: dict[str, int] = {}
        for chars, longest in looks:
            for c in chars:
                reach[c] = max(reach.get(c, 0), longest)
        self.looks = tuple(reach.items())

    def starts(self, text: str) -> set[int]:
        """The line starts (never 0: the text's start is decided anyway) where a pattern
        may match."""
        return self.scan(text)[0]

    def scan(self, text: str) -> tuple[set[int], set[int]]:
        """:meth:`starts`, and those of them where a pattern of unknown prefix may match
        (where ``every`` holds them before its trie of known prefixes, with the empty group
        :data:`ANY` after them: a start where only a known prefix begins the line is not
        among them; the look-ahead holds where it did with the trie first)."""
        every = self.every
        found: set[int] = set()
        unknown: set[int] = set()
        if every is not None:
            if ANY in every.groupindex:
                for m in every.finditer(text):
                    found.add(m.end())
                    if m.group(ANY) is not None:
                        unknown.add(m.end())
            else:
                found = {m.end() for m in every.finditer(text)}
                unknown = set(found)
        marked = self.marked
        if marked is None:
            return found, unknown
        candidates: set[int] = set()
        rfind = text.rfind
        for mark, reach in self.looks:
            at = text.find(mark)
            covered = -1  # (the line starts down to this position are candidates already)
            while at >= 0:
                # a match consumes the mark at `at`: it starts in [at - reach + 1, at]
                lowest = max(at - reach + 1, covered + 1)
                line = rfind("\n", 0, at) + 1
                while line >= lowest and line > 0:
                    candidates.add(line)
                    line = rfind("\n", 0, line - 1) + 1
                covered = at
                at = text.find(mark, at + 1)
        match = marked.match
        hits = {s for s in candidates if s not in unknown and match(text, s - 1) is not None}
        found.update(hits)
        unknown.update(hits)
        return found, unknown
