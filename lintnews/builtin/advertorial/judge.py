"""The entry point, :func:`judge`: the seller's and the promo voice's paragraphs, then one
:class:`~lintnews.builtin.advertorial.judgement.Judgement` per document with advertorial hits.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lintnews.builtin.advertorial.about import quotation_test
from lintnews.builtin.advertorial.furniture import breadcrumb_line
from lintnews.builtin.advertorial.judgement import Judgement
from lintnews.builtin.advertorial.promo_voice import RULE_ID as _VOICE_RULE
from lintnews.builtin.advertorial.shapes import JUDGED
from lintnews.builtin.advertorial.voices import seller_blocks, voice_level, voice_paragraphs
from lintnews.model.diagnostic import Finding
from lintnews.packs.model import Hit

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from lintnews.document.document import Document
    from lintnews.packs.model import PackRule


# -- the judge ----------------------------------------------------------------------------------


def judge(doc: Document, hits_by_rule: Mapping[PackRule, Sequence[Hit]]) -> Iterator[Finding]:
    """One finding per advertorial block and paragraph (see the package docstring)."""
    if not doc.sentences:
        return
    # the promo-voice rule's words (a channel or an offer) only point at paragraphs whose
    # voice is to be judged; alone, and in no paragraph that reads as a plug, they leave the
    # document to the headline-list rule
    hits_by_rule = _off_trails(doc.text, hits_by_rule)
    voice = [(rule, hits) for rule, hits in hits_by_rule.items() if rule.id == _VOICE_RULE]
    signals = {rule: hits for rule, hits in hits_by_rule.items() if rule.id != _VOICE_RULE}
    voice_rule = voice[0][0] if voice else None
    candidates = voice_paragraphs(doc, voice[0][1]) if voice else set()
    # the seller's voice of every short paragraph, read with its neighbours (a page of sales
    # lines): only in a document the promo-voice rule points into at all
    sellers = seller_blocks(doc, candidates) if candidates else {}
    if not signals and not any(level == 2 for level in sellers.values()):
        # (the cheap path: most such documents hold a "free" or a "site" in a story paragraph)
        quoted = quotation_test(doc)
        glued = {s.block for s in doc.sentences if s.glued}
        if not any(
            bi in glued or voice_level(doc.text, doc.blocks[bi].start, doc.blocks[bi].end, quoted)
            for bi in candidates
        ):
            return
    # the shapes of this document's lines are judged here, with its signals (the
    # headline-list rule, which the engine calls after the judges, then leaves it alone)
    JUDGED.add(doc)
    yield from Judgement(doc, signals, voice_rule, candidates, sellers).findings()


def _off_trails(text: str, hits_by_rule: Mapping[PackRule, Sequence[Hit]]) -> Mapping[PackRule, Sequence[Hit]]:
    """The hits less those on a trail of breadcrumbs (round 105: "Visit X › Plan your trip ›
    What's new" is the page's navigation, not a plug). Only a text with a trail's separator is
    read line by line."""
    if "›" not in text and " > " not in text and "»" not in text and " / " not in text:
        return hits_by_rule
    kept: dict[PackRule, Sequence[Hit]] = {}
    for rule, hits in hits_by_rule.items():
        left = [h for h in hits if not breadcrumb_line(text, h.start)]
        if left:
            kept[rule] = left
    return kept
