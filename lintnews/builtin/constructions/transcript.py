"""Transcripts: a paragraph opened by a speaker's label in capitals is that speaker's words.

Broadcast transcripts, Q&A pages and hearing records give each turn a label ("MARTIN SHAW:",
"PRESENTER (JANE COLE):") instead of quotation marks and a verb of saying. What follows the
label is as attributed as a quoted sentence with "she said", so the attribution judge leaves
it alone. A label must answer another: a transcript has turns, and a dateline in capitals
("NEW DELHI: ...") or a kicker ("BREAKING NEWS:") opens one paragraph with no other label
near it.
"""

from __future__ import annotations

import re

# A transcript's speaker label opening a paragraph: a full name in capitals, a role with the
# name in brackets, or either with a title after it ("JANE COLE:", "TOM BAXTER MP:",
# "PRESENTER (JANE COLE):", "PAUL DORSEY (Chief Executive, Central Rail):"). A kicker in capitals
# ("BREAKING NEWS:", "LIVE UPDATE:") is no speaker.
_SPEAKER_LABEL = re.compile(
    r"[ \t]*(?P<label>[A-Z][A-Z’'.-]+(?:[ \t]+[A-Z][A-Z’'.-]+){0,3})[ \t]*(?P<paren>\([^()\n:]{2,80}\))?[ \t]*:[ \t]"
)
_KICKERS = frozenset(
    "BREAKING NEWS UPDATE UPDATED LIVE WATCH EXCLUSIVE ANALYSIS OPINION EDITOR'S EDITOR’S NOTE CORRECTION "
    "READ MORE ALSO FACT CHECK PHOTOS VIDEO SPONSORED ADVERTISEMENT WARNING ALERT URGENT FLASH TOP "
    "STORY LATEST Q A".split()
)


# how many paragraphs either way another speaker's label is looked for (well inside the
# context a part of a large file is linted with, lintnews.execution.split.MARGIN_BLOCKS)
SPEAKER_REACH_BLOCKS = 3


def _speaker_label(doc, b: int) -> str | None:  # type: ignore[no-untyped-def]
    """The speaker label opening paragraph ``b``, if it has one."""
    block = doc.blocks[b]
    m = _SPEAKER_LABEL.match(doc.text, block.start, block.end)
    if m is None:
        return None
    words = m.group("label").split()
    if any(w in _KICKERS for w in words) or (len(words) < 2 and m.group("paren") is None):
        return None
    return m.group("label")


def speaker_labelled(doc, si: int) -> bool:  # type: ignore[no-untyped-def]
    """Is the cue's paragraph a transcript line, its speaker named by a label in capitals
    ("MARTIN SHAW: ...")? Everything after the label is that speaker's words, an attributed
    quotation as much as a quoted sentence with "she said" is. A transcript has turns: another
    speaker's label opens a paragraph nearby. (A dateline in capitals, "NEW DELHI: ...", opens
    one paragraph and no other label answers it.)"""
    b = doc.sentences[si].block
    label = _speaker_label(doc, b)
    if label is None:
        return False
    lo, hi = max(0, b - SPEAKER_REACH_BLOCKS), min(len(doc.blocks), b + SPEAKER_REACH_BLOCKS + 1)
    return any(other not in (None, label) for other in (_speaker_label(doc, k) for k in range(lo, hi) if k != b))
