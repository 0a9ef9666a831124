"""Is there a match of a guard pattern between two positions of a text? Asked for many
windows of one text in increasing order, answered with one search for many windows.

A judge that asks each cue whether a pattern matches in the few thousand characters after it
reads a page of dense cues (one every 35 characters) about a hundred times over. For a
*guard* (a pattern that is a necessary condition of the real one), that search is done once:
the leftmost start of the guard from a position, over the next :data:`HORIZON` characters, is
remembered and serves every later window that ends within them and starts before it.

The answer is exact when the guard only consumes characters (no lookahead, no ``\\b`` or
``$`` at its end): then a match of the guard in ``text[lo:hi]`` (searched with ``endpos=hi``)
is also one in any longer stretch ``text[:end]`` (``end >= hi``) at the same start, so "no
start of the guard in ``text[:end]`` from ``lo`` before ``hi``" proves there is none in the
window. The window's edge cannot make a match appear that the longer stretch lacks, which a
pattern with assertions could.

Each search reaches at most :data:`HORIZON` characters past the window (round 76): searched
to the end of the text, a guard asked about once or twice (the forms of a rare head noun)
read the rest of a 700 KB part each time for one answer, 0.9 s of the 10 MB benchmark file.
"""

from __future__ import annotations

import re

# how far past a window one search reads: far enough that a page of dense cues (a window
# every 35 characters, 4,500 long) reads its text about once, near enough that one question
# never reads a whole part of a large file
HORIZON = 65_536


class NextMatch:
    """The leftmost start of each guard from the last position asked, for the last text.

    One state per text, replaced whole (a tuple), so that a lint in another thread can cost
    this cache its use but never give a wrong answer."""

    __slots__ = ("_horizon", "_state")

    def __init__(self, horizon: int = HORIZON) -> None:
        self._horizon = horizon
        self._state: tuple[str, dict[re.Pattern[str], tuple[int, int, int]]] = ("", {})

    def within(self, guard: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
        """Does ``guard`` (consuming only) match at a start in ``[lo, hi)`` of ``text[:end]``
        for some ``end >= hi`` (the match may run on past ``hi``)? ``False`` proves
        ``guard.search(text, lo, hi)`` finds none; ``True`` that a start is in the window."""
        state = self._state
        if state[0] is not text:
            state = self._state = (text, {})
        hi = min(hi, len(text))
        known = state[1].get(guard)
        # (from, searched up to, leftmost start from there in text[:up to]; -1: none)
        if known is None or lo < known[0] or hi > known[1] or 0 <= known[2] < lo:
            end = min(len(text), max(hi, lo + self._horizon))
            m = guard.search(text, lo, end)
            known = state[1][guard] = (lo, end, -1 if m is None else m.start())
        return 0 <= known[2] < hi

    def clear(self) -> None:
        """Forget the last text (and let it go)."""
        self._state = ("", {})
