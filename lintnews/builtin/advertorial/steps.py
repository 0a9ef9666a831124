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


def _line_at(text: str, pos: int) -> tuple[int, int]:
    """The bounds of the line holding offset ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _number(text: str, start: int, end: int) -> int | None:
    """The step's number if the line ``text[start:end]`` opens with one ("3. Check ..."), else None."""
    if end - start > _LINE_LONGEST:
        return None
    m = _STEP.match(text, start, end)
    return int(m.group(1)) if m is not None else None


def numbered_step(text: str, pos: int) -> bool:
    """Is the line holding ``pos`` one of a run of numbered steps: its own number and the line
    before it numbered one less, or the line after it one more (blank lines between allowed), with
    no word of the outlet's voice or an address in it?"""
    start, end = _line_at(text, pos)
    n = _number(text, start, end)
    if n is None or _OUTLET.search(text, start, end) is not None:
        return False
    before = text[:start].rstrip("\n \t")
    if before:
        b_start, b_end = _line_at(text, len(before) - 1)
        if _number(text, b_start, b_end) == n - 1:
            return True
    rest = len(text) - len(text[end:].lstrip("\n \t"))
    if rest < len(text):
        a_start, a_end = _line_at(text, rest)
        if _number(text, a_start, a_end) == n + 1:
            return True
    return False


def list_item_step(text: str, start: int, end: int, neighbours: int) -> bool:
    """Is a marked-up list's item (``text[start:end]``, its marker already taken off by the
    reader) one of a run of ``neighbours`` + 1 items or more that speaks for nobody? A guide's
    list of tips in a Markdown or HTML list is read as numbered steps are; an item in the
    outlet's voice or with an address is left to the other readings."""
    return neighbours >= 1 and end - start <= _LINE_LONGEST and _OUTLET.search(text, start, end) is None
