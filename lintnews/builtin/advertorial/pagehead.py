"""Round 138 (issue 15): the story's title under the page's masthead and section rail.

Why: round 93 left a kind-of-piece label ("Review: ...", "Explainer: ...") alone when it opens
the text: it labels the text itself, not a link to another piece. A page pasted whole puts the
outlet's name and a section rail above the title ("The Highland Herald" / "Travel | Escapes" /
"Review: <title>"), so the label no longer opened the text and was read as a related link. Such
lines are the page's head: a few short lines, none a sentence. A link to another review stands
after the story's paragraphs, with prose before it. Only a pure test of the text here.
"""

from __future__ import annotations

import re

_HEAD_LINES = 3  # masthead, section rail, a date: the most lines that stand above a title
_HEAD_WORDS = 8  # each a name or a rail, not a sentence
_STOP = re.compile(r"[.!?][\"'”’)]*\s*$")


def under_page_head(text: str, start: int) -> bool:
    """Does the line holding ``start`` open its line with only the page's head before it: at
    most three non-blank lines, each of eight words at most, none closed by a sentence's stop,
    none holding a sentence's stop followed by more words?"""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t»›▶►■▸•→*_#"):
        return False
    head = [ln.strip() for ln in text[:line_start].splitlines() if ln.strip()]
    if not head or len(head) > _HEAD_LINES:
        return False
    for ln in head:
        if len(ln.split()) > _HEAD_WORDS or _STOP.search(ln) is not None or re.search(r"[.!?]\s+[A-Z]", ln):
            return False
    return True
