"""Is there a match of a guard pattern between two positions of a text? Asked for many
windows of one text in increasing order, answered with one search for the whole text.

A judge that asks each cue whether a pattern matches in the few thousand characters after it
reads a page of dense cues (one every 35 characters) about a hundred times over. For a
*guard* (a pattern that is a necessary condition of the real one), that search is done once:
the leftmost start of the guard from a position, over the rest of the text, is remembered and
serves every later window that starts before it.

The answer is exact when the guard only consumes characters (no lookahead, no ``\\b`` or
``$`` at its end): then a match of the guard in ``text[lo:hi]`` (searched with ``endpos=hi``)
is also one in the whole text at the same start, so "no start of the guard in the whole text
from ``lo`` before ``hi``" proves there is none in the window. The window's edge cannot make
a match appear that the whole text lacks, which a pattern with assertions could.
"""

from __future__ import annotations

import re


class NextMatch:
    """The leftmost start of each guard from the last position asked, for the last text.

    One state per text, replaced whole (a tuple), so that a lint in another thread can cost
    this cache its use but never give a wrong answer."""

    __slots__ = ("_state",)

    def __init__(self) -> None:
        self._state: tuple[str, dict[re.Pattern[str], tuple[int, int]]] = ("", {})

    def within(self, guard: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
        """Does ``guard`` (consuming only) match at a start in ``[lo, hi)`` of ``text`` (the
        match may run on past ``hi``)? ``False`` proves ``guard.search(text, lo, hi)`` finds none."""
        state = self._state
        if state[0] is not text:
            state = self._state = (text, {})
        known = state[1].get(guard)
        # (from, leftmost start from there; -1: none to the end of the text)
        if known is None or lo < known[0] or 0 <= known[1] < lo:
            m = guard.search(text, lo)
            known = state[1][guard] = (lo, -1 if m is None else m.start())
        return 0 <= known[1] < hi

    def clear(self) -> None:
        """Forget the last text (and let it go)."""
        self._state = ("", {})
