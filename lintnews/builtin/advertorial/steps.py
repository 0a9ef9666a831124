"""Round 140 (issue 15): a story's numbered steps, one command a line.

Why: a money or consumer guide prints its advice as numbered steps ("1. Visit your bank with your
ID." / "2. Fill in the form." / "3. Check whether you qualify for the rebate."). Each step speaks
to the reader in the imperative and may name a scheme, a sign-up or a price, so the readings of
plugs (the reader call, the voice of a paragraph, an inserted line) took single steps for pasted
calls. A plug is one line that breaks from the story; a step has its number and a neighbour step
numbered next to it. A step that speaks as the outlet ("our", "us", "we"), or gives an address, is
left to the other readings. Only pure tests of text here (no document state).
"""

from __future__ import annotations

import re

_STEP = re.compile(r"[ \t]{0,8}(?:[*_]{1,2})?(\d{1,2})[.)][ \t]+\S")
_OUTLET = re.compile(r"\b(?:our|ours|us|we|we['’](?:re|ll|ve|d))\b|@\w|https?://|www\.|!", re.IGNORECASE)
_LINE_LONGEST = 400  # characters: a step is a line, not a page's pasted block
_GAP = 40  # characters of blank lines read between two steps (never the whole text: kept linear)


def _line_at(text: str, pos: int) -> tuple[int, int] | None:
    """The bounds of the line holding offset ``pos``, or None if it is longer than a step's line
    (the search for its ends is bounded, so a long line costs no more than a short one)."""
    lo = max(0, pos - _LINE_LONGEST - 1)
    start = text.rfind("\n", lo, pos) + 1
    if start == 0 and lo > 0:
        return None
    end = text.find("\n", pos, pos + _LINE_LONGEST + 1)
    if end < 0:
        if len(text) - pos > _LINE_LONGEST:
            return None
        end = len(text)
    return start, end


def _number(text: str, bounds: tuple[int, int] | None) -> int | None:
    """The step's number if the line ``bounds`` opens with one ("3. Check ..."), else None."""
    if bounds is None or bounds[1] - bounds[0] > _LINE_LONGEST:
        return None
    m = _STEP.match(text, *bounds)
    return int(m.group(1)) if m is not None else None


def _blank_back(text: str, pos: int) -> int:
    """The offset after the last character before ``pos`` that is no blank (at most _GAP back), or -1."""
    lo = max(0, pos - _GAP)
    j = pos - 1
    while j >= lo and text[j] in "\n\r \t":
        j -= 1
    return j if j >= lo and text[j] not in "\n\r \t" else -1


def _blank_ahead(text: str, pos: int) -> int:
    """The offset of the first character from ``pos`` that is no blank (at most _GAP on), or -1."""
    hi = min(len(text), pos + _GAP)
    j = pos
    while j < hi and text[j] in "\n\r \t":
        j += 1
    return j if j < hi and text[j] not in "\n\r \t" else -1


def numbered_step(text: str, pos: int) -> bool:
    """Is the line holding ``pos`` one of a run of numbered steps: its own number and the line
    before it numbered one less, or the line after it one more (blank lines between allowed), with
    no word of the outlet's voice or an address in it?"""
    bounds = _line_at(text, pos)
    n = _number(text, bounds)
    if n is None or bounds is None or _OUTLET.search(text, *bounds) is not None:
        return False
    start, end = bounds
    back = _blank_back(text, start)
    if back >= 0 and _number(text, _line_at(text, back)) == n - 1:
        return True
    ahead = _blank_ahead(text, end)
    return ahead >= 0 and _number(text, _line_at(text, ahead)) == n + 1


def list_item_step(text: str, start: int, end: int, neighbours: int) -> bool:
    """Is a marked-up list's item (``text[start:end]``, its marker already taken off by the
    reader) one of a run of ``neighbours`` + 1 items or more that speaks for nobody? A guide's
    list of tips in a Markdown or HTML list is read as numbered steps are; an item in the
    outlet's voice or with an address is left to the other readings."""
    return neighbours >= 1 and end - start <= _LINE_LONGEST and _OUTLET.search(text, start, end) is None
