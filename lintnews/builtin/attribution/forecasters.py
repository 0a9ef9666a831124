"""Forecasters beside the weather service they work for.

Weather copy names the service and calls its staff "forecasters": "The Met Office warning runs
until 9pm. Forecasters said gusts could reach 80mph", "Forecasters warned of more rain. The
National Weather Service has issued a flood watch". The service is a clearly identified source
(GUIDELINES.md); whether the forecasters are its own the words do not say, so a hint, as
round 65's bare officials after a named body are. Forecasters with no service in their sentence
or the one next to it in the paragraph ("with forecasters warning that pollution will reach
severe levels") stay warned, as do forecasters kept anonymous on purpose or answered by the
service ("But the Met Office said ..."). The service must be named: a proper name ("the Met
Office", "Met Éireann") or a definite description ("the national weather service"); an
indefinite one ("forecasters at a regional weather service") says which kind, not which body.
A service the piece named earlier (within ``EARLIER_REACH`` characters before the sentence)
stands behind them too: the weather desk names its service once and then says "forecasters".
Not across a live blog's entries, though: an entry that opens with its time ("12:15 - ...") is
a post of its own, written and read apart from the one that named the service hours before.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from lintnews.builtin.attribution.facts import next_in_paragraph
from lintnews.builtin.attribution.illustrated import ANONYMOUS_GROUP, CONTRAST_OPENS
from lintnews.builtin.constructions import lexicon as lx

if TYPE_CHECKING:
    from lintnews.document.document import Document

SERVICE_NOTE = (" The copy names the weather service beside them: if they are its forecasters, say so "
                "here (\"Met Office forecasters said\").")

# how far back a service named earlier in the piece still stands behind its "forecasters"
EARLIER_REACH = 3000

# a live blog's entry opening with its time ("12:15 -", "9.40am:", "14:35 GMT —")
_ENTRY_STAMP = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|CET|ET|[A-Z]{2,4}T)?\s*[-–—:|]\s")

# the source-noun lemma this concerns
_HEAD = "forecaster"


@cache
def _service() -> re.Pattern[str]:
    """A weather service's name or description (the word class ``weather-services``)."""
    return re.compile(rf"(?i)\b(?:{lx.alternation('weather-services', lx.NOUN)})\b")


# the determiner of a service's noun phrase, up to two modifiers before it ("the national", "a
# regional"): an indefinite one names no body
_INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:an?|one|another|any|some)\s+(?:[\w-]+\s+){0,2}$")


def _named_service(text: str, lo: int, hi: int) -> bool:
    """Is a weather service named between ``lo`` and ``hi``: a capitalised name, or a definite
    description, not an indefinite one ("a regional weather service")?"""
    for m in _service().finditer(text, lo, hi):
        if not _INDEFINITE_BEFORE.search(text, max(lo, m.start() - 40), m.start()):
            return True
    return False


def service_beside(doc: Document, si: int, head: str) -> bool:
    """Is the cue's group forecasters with a weather service named in its sentence, in the
    sentence before it in the paragraph, or in the next one (unless that one opens in
    contrast)? Not when the sentence keeps them anonymous on purpose."""
    if lx.forms("source-nouns", lx.NOUN).get(head.lower()) != _HEAD:
        return False
    text, sentences = doc.text, doc.sentences
    s = sentences[si]
    if ANONYMOUS_GROUP.search(text, s.start, s.end):
        return False
    if _named_service(text, s.start, s.end):
        return True
    if si > 0 and sentences[si - 1].block == s.block and not doc.in_headline(sentences[si - 1].start):
        prev = sentences[si - 1]
        if _named_service(text, prev.start, prev.end):
            return True
    nxt = next_in_paragraph(doc, si)
    if nxt is not None and _named_service(text, nxt.start, nxt.end):
        # answered by the service ("But the Met Office said ..."): not its own forecasters
        return not CONTRAST_OPENS.match(text, nxt.start, nxt.end)
    # the weather desk's convention: a piece that has named its service ("Met Éireann has issued
    # a warning ... Met Éireann forecaster Ana Roe said") later calls its staff "forecasters"
    # (round 104); bounded to the text just before the cue's sentence, and to the cue's own entry
    # in a live blog
    lo = max(0, s.start - EARLIER_REACH)
    block = doc.blocks[s.block]
    if _ENTRY_STAMP.match(text, block.start, block.end):
        lo = max(lo, block.start)
    return _named_service(text, lo, s.start)
