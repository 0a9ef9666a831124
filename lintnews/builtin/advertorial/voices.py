"""Step 2 (signals) for whole pages: the paragraphs in a seller's voice or holding the
promo-voice rule's words, read before the judgement so that it receives them as plain sets.

A seller's page is found from its seeds and the paragraphs around them
(:mod:`lintnews.builtin.advertorial.seller`), a brand blog's opening hook with it.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from lintnews.builtin.advertorial.furniture import breadcrumb_line
from lintnews.builtin.advertorial.promo_voice import promotional, selling
from lintnews.builtin.advertorial.seller import (
    LONGEST as SELLER_LONGEST,
)
from lintnews.builtin.advertorial.seller import (
    MIDDLE as SELLER_MIDDLE,
)
from lintnews.builtin.advertorial.seller import (
    hook_marks,
    seller_levels,
    seller_marks,
)
from lintnews.builtin.advertorial.services import service_paragraph
from lintnews.packs.model import Hit

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from lintnews.document.document import Document


_SELLER_REACH = 3  # paragraphs around a seed of the seller's voice that are read with it


def seller_blocks(doc: Document, candidates: set[int]) -> dict[int, int]:
    """The paragraphs in the seller's voice (2 a pitch, 1 maybe), by block index (see
    :mod:`lintnews.builtin.advertorial.seller`). The seeds are the paragraphs holding a word of
    the promo-voice rule (an offer, a price, a delivery: a sales page names one) that are
    middling or more in the seller's voice; the paragraphs within _SELLER_REACH of a seed are
    read with it (reading every line of a long text cost 6% of linting it). Headings,
    quotations, captions and the speakers' turns are not prose of the page's own."""
    text, blocks = doc.text, doc.blocks

    def prose(bi: int) -> str | None:
        b = blocks[bi]
        if b.end - b.start > SELLER_LONGEST or b.kind in ("heading", "quote", "caption"):
            return None
        if "\n" not in text[b.start : b.end].rstrip("\n") and breadcrumb_line(text, b.start):
            return None  # (round 105: a trail of breadcrumbs is navigation, not a hook)
        if service_paragraph(text[b.start : b.end]):
            return None  # (round 136: the story's pointer to a public body's service)
        return text[b.start : b.end]

    measured = {bi: seller_marks(t) for bi in candidates if (t := prose(bi)) is not None}
    seeds = [bi for bi, m in measured.items() if abs(m) >= SELLER_MIDDLE]
    if not seeds:
        return {}
    near = {j for bi in seeds for j in range(max(0, bi - _SELLER_REACH), min(len(blocks), bi + _SELLER_REACH + 1))}
    levels = seller_levels({bi: prose(bi) for bi in near}, measured)
    if 2 in levels.values():
        _page_hook(doc, levels, prose)
    if levels:  # (the turns are found only where a paragraph reads as the seller's)
        turns = doc.turns
        if turns:
            levels = {bi: level for bi, level in levels.items() if bi not in turns}
    return levels


_HOOK = 2  # marks of an opening hook (see advertorial.seller.hook_marks) on a page that sells


def _page_hook(doc: Document, levels: dict[int, int], prose: Callable[[int], str | None]) -> None:
    """A sales page's opening hook: the first paragraph under the headline, when it speaks to
    the reader, commands, praises or exclaims (two marks: "Your perfect hideaway awaits.",
    "Don't miss the most magical weekend of the year!") and a seller's pitch stands further
    down the same page. The hook alone is a page's or a feature's opening (not reported); the
    pitch below is what makes the page the seller's. A news story's lede reports, narrates
    or quotes, which vetoes it."""
    head = doc.headline
    if head is None:
        return
    bi = next((i for i, b in enumerate(doc.blocks) if b.start >= head.end and b.kind != "heading"), None)
    if bi is None or bi in levels or not any(level == 2 and i > bi for i, level in levels.items()):
        return
    text = prose(bi)
    if text is not None and hook_marks(text) >= _HOOK:
        levels[bi] = 2


def voice_level(text: str, start: int, end: int, quoted: Callable[[int], bool]) -> int:
    """A paragraph's voice: 2 a plug or a seller's pitch (a warning), 1 maybe a pitch (a hint),
    0 the story's (see :mod:`lintnews.builtin.advertorial.promo_voice`)."""
    if promotional(text, start, end, quoted):
        return 2
    return selling(text, start, end)


def voice_paragraphs(doc: Document, hits: Sequence[Hit]) -> set[int]:
    """The paragraphs that hold a word of the promo-voice rule."""
    starts = [b.start for b in doc.blocks]
    return {bisect_right(starts, h.start) - 1 for h in hits}
