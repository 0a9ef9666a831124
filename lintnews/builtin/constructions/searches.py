"""Whether a pattern occurs in a stretch of the text, asked once per stretch.

A judge asks the same question of a cue's whole sentence (or the next one, or the one before)
for every cue in it: "is there a court's proceedings in this sentence?". In prose a sentence
has a cue or two and the question is cheap; a page pasted as one sentence of 100 KB with
thousands of cues made each of them read the whole sentence again, a run quadratic in the
sentence (review 74: one sentence of 1,400 "allegedly" took 14 s at 40 KB). The answer
depends only on the pattern and the stretch, so it is kept, for one judge call, and every
later cue of the sentence gets it for the price of a dictionary look-up.
"""

from __future__ import annotations

from typing import Any


class Searches:
    """``pattern.search(text, start, end) is not None``, kept per (pattern, start, end).

    One instance serves one document in one judge call (the judge keeps nothing on the
    document); the patterns are module-level objects, alive as long as the instance."""

    __slots__ = ("_found", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[tuple[Any, int, int], bool] = {}

    def __call__(self, pattern: Any, start: int, end: int) -> bool:
        """Does ``pattern`` (a compiled regex or a :class:`LazyRegex`) occur in
        ``text[start:end]``?"""
        key = (pattern, start, end)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = pattern.search(self.text, start, end) is not None
        return found

