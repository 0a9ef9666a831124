"""Steps 2-6 on one document in order (:class:`Judgement`): the signals
(:mod:`.signals`), their growth until nothing changes (:mod:`.growth`), then one finding
per run of marked units.

The steps share the document's state (units, signals, marks), so they are methods of one
class, written in two parts by step; the tests they read are in the sibling modules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lintnews.builtin.advertorial.cues import shopping_title
from lintnews.builtin.advertorial.growth import Growth
from lintnews.builtin.advertorial.shapes import Shapes
from lintnews.builtin.advertorial.units import Units
from lintnews.model.diagnostic import Finding, Severity
from lintnews.packs.model import Hit
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from collections.abc import Set as AbstractSet

    from lintnews.builtin.advertorial.signals import Signal
    from lintnews.document.document import Document
    from lintnews.packs.model import PackRule


# round 112: a deals page's title, and a product's heading on it: a name, a dash, bar or colon,
# and a was/now pair of prices, nothing more
_DEAL_CARD = LazyRegex(
    r"[ \t]*[A-Z0-9][^\n:|–—]{1,60}?(?:[ \t]*:|[ \t]+[-–—|])[ \t]+(?i:was|rrp)[ \t]+[$£€]\d[\d.,]*[ \t]*[,;|]?[ \t]*"
    r"(?i:now)[ \t]+[$£€]\d[\d.,]*[ \t]*$"
)
_SHOP_RULES = frozenset({"advertorial/commerce-cta", "advertorial/commerce-copy"})
_DISCLAIMER = "advertorial/disclaimer"
# round 144 (issue 15): a hosted trip's disclosure, as the disclaimer rule's round-107 branch finds
# it ("The writer travelled as a guest of X", "This trip was provided by X"), and a price in a block
# ("from $1,199", "£149"): the deal box the disclosure is printed with
_HOSTED = LazyRegex(r"\b(?:guests?|provided|paid\s+for|funded|hosted|press\s+trip|courtesy|invitation|arranged|sponsored)\b", re.IGNORECASE)
_PRICE = LazyRegex(r"[$£€]\s?\d")


class Judgement(Growth):
    """The signals of one document, the units they mark, and the findings."""

    def __init__(
        self,
        doc: Document,
        hits_by_rule: Mapping[PackRule, Sequence[Hit]],
        voice_rule: PackRule | None = None,
        voice_blocks: AbstractSet[int] = frozenset(),
        sellers: dict[int, int] | None = None,
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.voice_rule = voice_rule  # the promo-voice rule, and the paragraphs its words are in
        self.voice_blocks = voice_blocks
        self.sellers: dict[int, int] = sellers or {}  # the paragraphs in the seller's voice
        self.units = Units(doc, [h for hits in hits_by_rule.values() for h in hits])
        self.signals: dict[int, list[Signal]] = {}
        self.hints: set[int] = set()  # units whose weak signals may only ever be hints
        self.legal: set[int] = set()  # units holding page furniture (a disclaimer, tags): a hint, never promoted
        self.dates: set[int] = set()  # the dates closing the teasers of a widget of related stories
        self.widget: set[int] = set()  # those dates and their teasers' units
        self.cue_searches = {}
        self.promoting = {}
        self.public_offers = {}
        self.reported_units = {}
        self.live = None
        self._collect(hits_by_rule)
        self.shapes = Shapes(doc, self)
        self.strong = {i for i, sig in self.signals.items() if any(sev.rank >= 1 for _, _, sev in sig)}
        self._promote_weak()
        if self.shapes is not None:
            self.strong |= self.shapes.promoted_units()
        self.strong |= self._hosted_beside_deal()
        self.cards = self._deal_cards()
        self.strong -= self.cards
        self._voiced_paragraphs()
        # every marked unit remembers the signal it was marked for (a unit grown over
        # has none of its own: it is reported under the signal it grew from)
        self.origin: dict[int, Signal] = {i: self._best(i) for i in self.strong}
        self.marked = set(self.strong)
        for j, src in self._dated_teasers():
            self._mark(j, src)
            self.widget.add(j)
        changed = True
        while changed:
            changed = False
            for j, src in self._fill_gaps():
                changed |= self._mark(j, src)
            us = self.units.units
            block, reach = -1, -1  # how far right this pass's walks went in the paragraph
            for i in sorted(self.marked):
                if us[i].block != block:
                    block, reach = us[i].block, -1
                grown, last = self._grow_within(i, reach if i <= reach else -1)
                reach = max(reach, last)
                for j in grown:
                    changed |= self._mark(j, i)
            for j, src in self._grow_across():
                changed |= self._mark(j, src)
            for j, src in self._sandwiched():
                changed |= self._mark(j, src)
            for j, src in self._teaser_tail():
                changed |= self._mark(j, src)

    def _hosted_beside_deal(self) -> set[int]:
        """Round 144 (issue 15): units of a hosted trip's disclosure ("The writer travelled as a
        guest of X", "This trip was provided by X": the disclaimer rule's hint) printed next to a
        deal box: the block before or after it holds a strong signal and a price ("Book now: five
        nights from $1,199", "Shop the look: ... now £149"). There the disclosure is the travel
        page's commercial furniture, the box's own line, and is reported with it; alone at a
        feature's end, or beside a plug with no price (a newsletter's), it stays a hint, as the
        site's other legal lines."""
        us = self.units.units
        text = self.text
        strong_blocks = {us[i].block for i in self.strong}
        out: set[int] = set()
        for i, sig in self.signals.items():
            if i in self.strong or not any(
                r.id == _DISCLAIMER and _HOSTED.search(text, h.start, h.end) is not None for r, h, _s in sig
            ):
                continue
            bi = us[i].block
            for k in (bi - 1, bi + 1):
                if k in strong_blocks and 0 <= k < len(self.doc.blocks):
                    b = self.doc.blocks[k]
                    if _PRICE.search(text, b.start, b.end) is not None:
                        out.add(i)
                        break
        return out

    def _deal_cards(self) -> set[int]:
        """Round 112: on a deals page (its title names "deals" or "bargains"), a product's
        heading that is only its name and a was/now pair ("Acme Z4 - was $99, now $69") is the
        page's own structure, not an insertion: its weak signal stays a hint. The page's calls
        ("Buy the Z4 at Shopmart for $69") are still read; the same heading inside a news story
        is still a warning."""
        text = self.text
        nl = text.find("\n")
        title = text[: nl if nl >= 0 else len(text)]
        if len(title) > 200 or not shopping_title(title):
            return set()
        us = self.units.units
        out: set[int] = set()
        for i in self.strong:
            u = us[i]
            b = self.doc.blocks[u.block]
            if text[b.start : u.start].strip() or text[u.end : b.end].strip():
                continue  # (the heading is its own line)
            if _DEAL_CARD.match(text, b.start, b.end) is None:
                continue
            if all(rule.id in _SHOP_RULES for rule, _hit, _sev in self.signals.get(i, ())):
                out.add(i)
        return out

    # -- findings -------------------------------------------------------------------------------
    def findings(self) -> Iterator[Finding]:
        us = self.units.units
        # weak signals that joined no block stay hints (a paragraph hinted at by its voice
        # is one hint, not one for each of its sentences)
        hint: list[int] = []
        for i in [*sorted(i for i in self.signals if i not in self.marked), None]:
            if hint and (i is None or not self._same_voice(hint[-1], i)):
                yield self._finding(hint, Severity.INFO)
                hint = []
            if i is not None:
                hint.append(i)
        run: list[int] = []
        for i in [*sorted(self.marked), None]:
            if run and (
                i is None or i != run[-1] + 1 or us[i].glued or us[i].block != us[run[-1]].block
            ):
                yield self._finding(run, None)
                run = []
            if i is not None:
                run.append(i)
        if self.shapes is not None:
            yield from self.shapes.findings(skip_blocks={us[i].block for i in (*self.marked, *self.signals)})

    def _same_voice(self, i: int, j: int) -> bool:
        """Are units ``i`` and ``j`` (in that order) hinted at by one paragraph's voice?"""
        if j != i + 1:
            return False
        hits = {id(hit) for rule, hit, _sev in self.signals.get(i, ()) if rule is self.voice_rule}
        return any(rule is self.voice_rule and id(hit) in hits for rule, hit, _sev in self.signals.get(j, ()))

    def _finding(self, run: list[int], severity: Severity | None) -> Finding:
        """The finding for a run of units: its strongest signal names the rule."""
        sig = [t for i in run for t in self.signals.get(i, ())]
        if severity is None:
            sig = sig or [self.origin[run[0]]]
        rule, hit, sev = max(sig, key=lambda t: t[2].rank)
        if severity is None:  # a block grown from a strong signal (or promoted weak ones)
            severity = sev if sev.rank > Severity.WARNING.rank else Severity.WARNING
        start, end = self.units.units[run[0]].start, self.units.units[run[-1]].end
        if len(run) == 1 and self._label_line(rule.id, hit):
            # (round 141: a link label's line inside a unit that runs over several lines, as a
            # Markdown live page's posts do: the label's line only, not the posts around it)
            line_end = self.text.find("\n", hit.end)
            start = max(start, self.text.rfind("\n", 0, hit.start) + 1)
            end = min(end, len(self.text) if line_end < 0 else line_end)
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return rule.finding(self.text, hit, start=start, end=end, severity=severity)
