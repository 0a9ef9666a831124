"""Steps 2-6 on one document: the signals, the units they mark, their growth inside and over
paragraphs, and one finding per run (:class:`Judgement`).

The steps share the document's state (units, signals, marks), so they stay methods of one
class; the tests they read are in the sibling modules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from lintnews.builtin.advertorial.about import describes_company, quotation_test, self_described
from lintnews.builtin.advertorial.cues import (
    BRAND_AFTER,
    CLOSED,
    COMMERCE,
    COMPANY_RULE,
    CTA_CUE,
    CTA_LOOKING,
    CTA_RULE,
    CTA_SELF,
    DISCLAIMER_RULE,
    DISCLOSURES,
    FIRST_PLURAL,
    IMPERATIVE,
    NARRATION_WORDS,
    NOTE,
    PAST,
    POSSESSIVE,
    QUOTE_MARKS,
    SECOND,
    SELF_RULE,
    SHORT_WORDS,
    SPEAKER,
    TAIL_TEASERS,
    TAIL_WORDS,
    TEASER_END,
    TIP_LABEL,
    TIP_REACH,
    WORDS,
)
from lintnews.builtin.advertorial.points import (
    BUTTON,
    TEASER_DATE,
    bar_points,
    capital_label,
    in_embedded_tweet,
)
from lintnews.builtin.advertorial.runs import appeal_voice, describes, glued_pieces, heading, posted, unglued
from lintnews.builtin.advertorial.units import Units, after_dash, glued_after_stop
from lintnews.builtin.advertorial.voices import voice_level
from lintnews.builtin.advertorial_shapes import Shapes
from lintnews.model.diagnostic import Finding, Severity
from lintnews.packs.model import Hit

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from collections.abc import Set as AbstractSet

    from lintnews.document.document import Document
    from lintnews.packs.model import PackRule

    #: a signal: the rule, its hit, and the severity the judge gives it
    Signal = tuple[PackRule, Hit, Severity]


_BUTTON_END = re.compile(r"\s*(?:learn|read|find\s+out)\s+more[\s.!»›→]*\Z", re.IGNORECASE)
_CLOSING_MARKS = frozenset("\"”»’'")
# (a reader's question, "Asks <Name> from <Place> (07.03.2016)", is a teaser of the widget too)
_LONG_PARAGRAPH = 12  # units of a paragraph in which two hints count only when near each other
_NEAR_HINTS = 3  # units between two hints that count with each other in such a paragraph


# a press release's own furniture on a line of its own: its end mark ("-ENDS-", "###"), its
# notes to editors or its press contact; a text that has one is a release, whose "About"
# section is its boilerplate however plain
_RELEASE_MARK = re.compile(
    r"^[ \t]*(?:-+[ \t]*ends[ \t]*-+|ends|#{3}|notes?[ \t]+(?:to|for)[ \t]+editors?|"
    r"(?:media|press)[ \t]+(?:contacts?|enquiries|inquiries))[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


class Judgement:
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
        self.legal: set[int] = set()  # units holding a site's disclaimer: a hint, never promoted
        self.dates: set[int] = set()  # the dates closing the teasers of a widget of related stories
        self.widget: set[int] = set()  # those dates and their teasers' units
        self._collect(hits_by_rule)
        self.shapes = Shapes(doc, self)
        self.strong = {i for i, sig in self.signals.items() if any(sev.rank >= 1 for _, _, sev in sig)}
        self._promote_weak()
        if self.shapes is not None:
            self.strong |= self.shapes.promoted_units()
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
            for i in sorted(self.marked):
                for j in self._grow_within(i):
                    changed |= self._mark(j, i)
            for j, src in self._grow_across():
                changed |= self._mark(j, src)
            for j, src in self._teaser_tail():
                changed |= self._mark(j, src)

    # -- signals --------------------------------------------------------------------------------
    def _collect(self, hits_by_rule: Mapping[PackRule, Sequence[Hit]]) -> None:
        doc, units = self.doc, self.units
        for rule, hits in hits_by_rule.items():
            for hit in hits:
                if in_embedded_tweet(doc.text, hit.start):
                    continue
                i = units.index(hit.start)
                glued = (
                    glued_after_stop(doc.text, hit.start)
                    or self._past_open_mark(i, hit)
                    or capital_label(doc.text, hit)
                )
                if (not glued and doc.in_attributed_quote(hit.start, hit.end)) or units.reports(i):
                    continue
                if doc.format != "text" and doc.in_headline(hit.start):
                    # the story's own headline, marked as such by the markup (an <h1>, a "#"
                    # line), is not something pasted into the story; a plain text's first line
                    # is only guessed to be one, and a pasted plug may well open the text
                    continue
                if not glued and self._quoted_in_story(hit):
                    continue
                # a promotional phrase in the middle of a line of the story is reported on,
                # not pasted in ("Regulators fined the retailer over a limited-time offer")
                # (a call set off by a spaced dash is a clause of its own, addressed to the
                # reader: "The best of the Gazette, delivered daily – sign up for ...")
                if (
                    rule.id not in DISCLOSURES
                    and not after_dash(doc.text, hit.start)
                    and units.narrated_before(i, hit.start)
                ):
                    continue
                sev = hit.term.severity if hit.term and hit.term.severity else rule.severity
                if rule.id == CTA_RULE:
                    cta = self._call_to_action(i, hit)
                    if cta is None:
                        continue
                    sev = cta
                elif rule.id == DISCLAIMER_RULE:
                    self.legal.add(i)
                elif rule.id == SELF_RULE:
                    if not self._self_promotion(i):
                        continue
                    sev = Severity.WARNING
                self.signals.setdefault(i, []).append((rule, hit, sev))

    def _past_open_mark(self, i: int, hit: Hit) -> bool:
        """Is the hit a share bar, or does it open its unit inside a quotation that no mark
        closes (one the scan runs on to the paragraph's end)? Then the quotation is the scan's
        guess, not a speaker's words: an open mark that a mangled paste never closed
        ("a "deal"?for ...") would otherwise carry the page's furniture after it, the tip
        line and the newsletter box at the article's end, into the quotation. So too for a hit
        inside the paragraph's closing unit (nothing after it but a "Learn more" button) when
        that unit starts after such a quotation opened: the card after a video pointer ("... in
        the clip above. HuffPost Entertainment is ... sent right to your inbox. Learn more"),
        where a mangled mark two sentences before it was read as opening a quotation. A
        quotation closed by its mark still holds what it holds."""
        text = self.text
        if bar_points(text, hit):
            return True
        u = self.units.units[i]
        opens = u.start == hit.start
        if not opens:
            # (the cheap test first: most hits are inside a unit that does not close its paragraph)
            end = self.doc.blocks[u.block].end
            if u.end < end and _BUTTON_END.match(text, u.end, end) is None:
                return False
        q = self.doc.quotation_at(hit.start)
        if q is None or q.block_quote or text[q.end - 1] in _CLOSING_MARKS:
            return False
        return opens or u.start > q.start

    def _quoted_in_story(self, hit: Hit) -> bool:
        """Is the hit inside a quotation the story is told around ("Mary Jones put it simply:
        "Please consider a donation"") even where no speaker was found for it? A quotation
        that is a whole paragraph (a reader's testimonial on a sales page) is not."""
        q = self.doc.quotation_at(hit.start)
        if q is None or q.block_quote or hit.end > q.end:
            return False
        bi = self.units.units[self.units.index(hit.start)].block
        b = self.doc.blocks[bi]
        outside = self.text[b.start : max(b.start, q.start)] + " " + self.text[min(q.end, b.end) : b.end]
        return len(WORDS.findall(outside)) >= NARRATION_WORDS

    def _self_promotion(self, i: int) -> bool:
        """The publication's own channel in a sentence that speaks to the reader ("you", or an
        imperative first word) and is not a line of the story or an editor's note."""
        units = self.units
        u = units.units[i]
        if units.story(i) or NOTE.search(self.text, u.start, u.end) is not None:
            return False
        if PAST.search(self.text, u.start, u.end) is not None:  # "Our reporters spoke to ... you can read"
            return False
        if units.voice(SECOND, i):
            return True
        return IMPERATIVE.match(self.text, u.start) is not None

    def _call_to_action(self, i: int, hit: Hit) -> Severity | None:
        """An imperative to the reader: strong at a paragraph's edge with a function cue,
        a hint at the edge when it speaks to "you", otherwise nothing."""
        units = self.units
        if not units.at_edge(i):
            return None
        u = units.units[i]
        looking = CTA_LOOKING.match(self.text, hit.start) is not None
        cue = (CTA_SELF if looking else CTA_CUE).search(self.text, hit.start, u.end)
        if cue is not None:
            return Severity.WARNING
        if (
            hit.start - u.start <= TIP_REACH
            and TIP_LABEL.match(self.text, u.start, hit.start) is not None
            and BRAND_AFTER.search(self.text, hit.end, u.end) is not None
        ):
            # a brand blog's labelled call about its product ("Pro tip: Discover how Trailform
            # insoles ..."); a tip about the council's bins names no brand
            return Severity.WARNING
        if units.voice(SECOND, i):
            self.hints.add(i)
            return Severity.INFO
        return None

    def _best(self, i: int) -> Signal:
        return max(self.signals[i], key=lambda t: t[2].rank)

    def _promote_weak(self) -> None:
        """Weak signals that count as strong: two in a paragraph, one next to a promotional
        paragraph, weak paragraphs of one kind in a row (a deals list, two link lines), and
        an "About Northwind" label before a paragraph that starts with the company's name."""
        us = self.units.units
        self._about_sections()
        self._teaser_cards()
        dated = self._teaser_dates()
        strong_blocks = {us[i].block for i in self.strong}
        weak_by_block: dict[int, list[int]] = {}
        kinds_by_block: dict[int, set[str]] = {}
        for i, sig in self.signals.items():
            if i in self.strong or i in dated:
                continue
            b = us[i].block
            counted = weak_by_block.setdefault(b, [])
            kinds = kinds_by_block.setdefault(b, set())
            for rule, _hit, _sev in sig:
                if rule.id != CTA_RULE:  # an imperative counts by its cue, not by number
                    counted.append(i)
                    kinds.add(rule.id)
        for bi, weak in weak_by_block.items():
            beside_strong = bi - 1 in strong_blocks or bi + 1 in strong_blocks
            same_kind = any(
                kinds_by_block[bi] & kinds_by_block[b] for b in (bi - 1, bi + 1) if b in kinds_by_block
            )
            if not (len(weak) >= 2 or beside_strong or same_kind):
                continue
            by_count = not (beside_strong or same_kind)
            near = self._near_hints(bi, weak) if by_count else None
            for i in self._weak_units(bi):
                if i in self.legal:  # (a legal line is not promotion, whatever is beside it)
                    continue
                if near is not None and i not in near:
                    continue
                if by_count and self._story_sentence(i):
                    # two hints only in number: a line of the story is not made a plug by
                    # another hint elsewhere in its paragraph (a results story opening on
                    # "Europe's biggest airline group ... unveiled a net profit", in a text
                    # whose paragraphs were run into one)
                    continue
                # a cue-less imperative to "you" only joins a plug right beside it
                if i not in self.hints or beside_strong:
                    self.strong.add(i)

    def _near_hints(self, bi: int, weak: list[int]) -> set[int] | None:
        """In a paragraph of many sentences (a text whose paragraphs were run into one line),
        the weak units that count with each other by number: those with another hint (or a
        second hint of their own) within a few sentences. Two hints pages apart are not one
        plug ("... at a stand at IFA, one of the world's biggest trade shows ..." and a company
        "one of the world's largest" makers twenty sentences before). ``None``: a paragraph
        short enough to count whole."""
        idx = self.units.block_units(bi) or []
        if len(idx) <= _LONG_PARAGRAPH:
            return None
        return {
            i for n, i in enumerate(weak)
            if any(abs(i - k) <= _NEAR_HINTS for m, k in enumerate(weak) if m != n)
        }

    def _story_sentence(self, i: int) -> bool:
        """A whole sentence of the story: a line of the story (it reports, or narrates in the past
        tense) of eight words at least, closed by its stop (a listing's "(Closed on Mon)" is no
        narration)."""
        u = self.units.units[i]
        return (
            self.units.words(i) >= 8
            and CLOSED.search(self.text, u.start, u.end) is not None
            and self.units.story(i)
        )

    def _teaser_dates(self) -> set[int]:
        """The units of related stories' teaser dates ("... the council says. (03.10.2015) A ...").
        Two in a paragraph are a flattened widget of related stories and are strong; they are
        counted only with each other: in a text whose paragraphs were run into one line, the
        "paragraph" is the whole article, and its other hints (a company's name in a sentence)
        are no part of the widget."""
        text, us = self.text, self.units.units
        dated = {
            i for i, sig in self.signals.items()
            if i not in self.strong and all(TEASER_DATE.fullmatch(text, hit.start, hit.end) for _r, hit, _s in sig)
        }
        by_block: dict[int, list[int]] = {}
        for i in dated:
            by_block.setdefault(us[i].block, []).append(i)
        for units in by_block.values():
            if len(units) >= 2:
                self.strong.update(units)
                self.dates.update(units)
                self.widget.update(units)
        return dated

    def _teaser_cards(self) -> None:
        """A newsletter's or a section's teaser card left at a paragraph's end: a "Learn more"
        or "Read more" button that closes the paragraph, after a sentence that speaks to the
        reader ("Start your day with the Gazette's briefing. Learn
        more", "How will the budget affect you? Learn more"), or any sentence that is no story
        line where the button, capitalised, closes the whole text. The button is a warning; the
        sentence before it joins it as the reader's voice. A story line before the button (one
        that reports, or narrates in the past tense outside the "we/you" voice) leaves it a hint."""
        units, text = self.units, self.text
        us = units.units
        for i, sig in list(self.signals.items()):
            if i in self.strong or i == 0 or not any(
                BUTTON.fullmatch(text, hit.start, hit.end) for _rule, hit, _sev in sig
            ):
                continue
            u, prev = us[i], us[i - 1]
            if prev.block != u.block or _BUTTON_END.match(text, u.start, self.doc.blocks[u.block].end) is None:
                continue
            if units.story(i - 1):
                continue
            if (
                units.voice(SECOND, i - 1)
                or IMPERATIVE.match(text, prev.start) is not None
                or (i == len(us) - 1 and text[u.start].isupper())
            ):
                # (a capitalised button that closes the whole text is the card's, whatever its
                # sentence says: "The truth is stranger than fiction. Learn more")
                self.strong.add(i)

    def _voiced_paragraphs(self) -> None:
        """The paragraphs holding a channel word (the promo-voice rule's) that no signal has
        marked and that are plugs by their voice (see
        :mod:`lintnews.builtin.advertorial_voice`): their units become strong."""
        if self.voice_rule is None:
            return
        doc, text, units = self.doc, self.text, self.units
        us = units.units
        taken = {us[i].block for i in self.strong}
        shaped = self.shapes.strong if self.shapes is not None else {}
        quoted = quotation_test(doc)
        sellers = self.sellers
        for bi in sorted(self.voice_blocks | sellers.keys()):
            b = doc.blocks[bi]
            if bi in taken or bi in shaped or b.kind in ("heading", "quote", "caption"):
                continue
            idx = units.block_units(bi) or []
            if not any(us[i].glued for i in idx):  # (most paragraphs: one piece)
                level = voice_level(text, b.start, b.end, quoted) if bi in self.voice_blocks else 0
                pieces = [(idx, max(level, sellers.get(bi, 0)))]
            else:
                # each piece of the paragraph a scraper glued together ("...all the
                # difference.The budget also includes"): a plug glued into a story paragraph
                pieces = [
                    (piece, voice_level(text, us[piece[0]].start, us[piece[-1]].end, quoted))
                    for piece in glued_pieces(units, idx)
                ]
            for piece, level in pieces:
                if not level or not piece or any(i in self.strong for i in piece):
                    continue
                if level == 1 and any(
                    rule.id != CTA_RULE for i in piece for rule, _hit, _sev in self.signals.get(i, ())
                ):
                    # a pitch's voice and a weak signal of its own ("trusted by over 200,000
                    # people", "20% off"): two hints that agree are the seller's paragraph
                    level = 2
                hit = Hit(us[piece[0]].start, us[piece[-1]].end, None)
                # a pitch with fewer marks stays a hint: it is reported at info, and joins
                # no block (the voice is judged after weak signals are promoted)
                sev = Severity.WARNING if level == 2 else Severity.INFO
                for i in piece:
                    self.signals.setdefault(i, []).append((self.voice_rule, hit, sev))
                    if level == 2:
                        self.strong.add(i)
                    elif i not in self.signals or len(self.signals[i]) == 1:
                        # a voice that is only maybe a pitch ("Start small: a standing order
                        # ... takes the decision out of your hands") joins no plug beside it
                        self.hints.add(i)

    def _about_sections(self) -> None:
        """"About Northwind" on a line of its own (or "About Northwind:" opening a paragraph),
        then text that starts with "Northwind": a press release's company boilerplate."""
        units, text, blocks = self.units, self.text, self.doc.blocks
        us = units.units
        abouts = [
            (i, rule, hit) for i, sig in self.signals.items() for rule, hit, _sev in sig
            if rule.id == COMPANY_RULE and text[hit.start : hit.start + 6].lower() == "about "
        ]
        for i, rule, hit in abouts:
            bi = us[i].block
            name = text[hit.start + 6 : hit.end].strip().rstrip(":").split()
            if not name:
                continue
            first = POSSESSIVE.sub("", name[0].lower())
            rest = text[hit.end : blocks[bi].end].lstrip().lower()
            if rest:  # "About Northwind: Northwind is ..." in one paragraph
                section = [bi] if describes_company(rest, first) else []
            else:
                section = []
                for k in range(bi + 1, min(bi + 4, len(blocks))):
                    if not describes_company(text[blocks[k].start : blocks[k].end].lstrip().lower(), first):
                        break
                    section.append(k)
            if not section:
                continue
            described = rest or text[blocks[section[0]].start : blocks[section[-1]].end]
            if not self_described(described) and _RELEASE_MARK.search(text) is None:
                continue
            self.strong.add(i)
            for k in section:
                for j in units.block_units(k) or ():
                    self.signals.setdefault(j, []).append((rule, hit, Severity.WARNING))
                    self.strong.add(j)

    def _weak_units(self, bi: int) -> list[int]:
        idx = self.units.block_units(bi) or []
        return [i for i in idx if i in self.signals and i not in self.strong]

    def _mark(self, j: int, src: int) -> bool:
        if j in self.marked:
            return False
        self.marked.add(j)
        self.origin[j] = self.origin[src]
        return True

    # -- growth ---------------------------------------------------------------------------------
    def _continues(self, i: int) -> bool:
        units = self.units
        if i in self.signals:
            return True
        if units.story(i):
            return False
        return bool(
            units.voice(FIRST_PLURAL, i) or units.voice(SECOND, i) or (
                units.words(i) <= SHORT_WORDS and not units.story_fragment(i)
            )
        )

    def _story_line(self, i: int) -> bool:
        """A unit between two pieces of a plug that is the story's all the same: it reports or
        narrates, or (outside the "we/you" voice) it carries hearsay or a news actor."""
        units = self.units
        if units.story(i):
            return True
        if units.voice(FIRST_PLURAL, i) or units.voice(SECOND, i):
            return False
        return units.story_fragment(i, names=False)

    def _grow_within(self, i: int) -> list[int]:
        """Neighbouring units of the same paragraph that continue the plug."""
        us = self.units.units
        block = us[i].block
        out: list[int] = []
        if i in self.widget:
            # (a widget of dated teasers has the extent its dates give it: see _dated_teasers)
            return out
        for step in (-1, 1):
            j = i
            while True:
                nxt = j + step
                if not 0 <= nxt < len(us) or us[nxt].block != block or nxt in self.widget:
                    break
                # a glued boundary separates the plug from the story on the other side
                if us[nxt].glued if step == 1 else us[j].glued:
                    break
                if nxt not in self.marked and not self._continues(nxt) and not self._bridges(nxt, step):
                    break
                out.append(nxt)
                j = nxt
        return out

    def _dated_teasers(self) -> list[tuple[int, int]]:
        """The teasers of a widget of related stories flattened into the text, each closed by
        its date ("... the council says. (03.10.2015) A ferry strike ... (12.11.2015)"): every
        unit between two of the widget's dates in a paragraph, and the sentence just before the
        first date (the first teaser's last sentence; the story goes on after the last date)."""
        us = self.units.units
        by_block: dict[int, list[int]] = {}
        for i in sorted(self.dates):
            by_block.setdefault(us[i].block, []).append(i)
        out: list[tuple[int, int]] = []
        for dates in by_block.values():
            first = dates[0]
            if first > 0 and us[first - 1].block == us[first].block and not us[first].glued:
                out.append((first - 1, first))
            for a, b in pairwise(dates):
                out.extend((k, b) for k in range(a + 1, b))
        return out

    def _bridges(self, i: int, step: int) -> bool:
        """One unit between two marked units of the same paragraph, with no glue on
        either side and not a story line, belongs to the block around it (the fine
        print of a deals plug)."""
        us = self.units.units
        k = i + step
        if not 0 <= k < len(us) or k not in self.marked or us[k].block != us[i].block:
            return False
        return not us[i].glued and not us[max(i, k)].glued and not self._story_line(i)

    def _fill_gaps(self) -> list[tuple[int, int]]:
        """Units between two marked units of one paragraph, with no glue and no story
        line in between: a paragraph that is promotion at both ends is promotion throughout."""
        us = self.units.units
        out: list[tuple[int, int]] = []
        marked_by_block: dict[int, list[int]] = {}
        for i in sorted(self.marked):
            marked_by_block.setdefault(us[i].block, []).append(i)
        for hit in marked_by_block.values():
            for a, b in pairwise(hit):
                if b - a > 1 and not any(us[k].glued for k in range(a + 1, b + 1)) and not any(
                    self._story_line(k) for k in range(a + 1, b)
                ):
                    out.extend((k, a) for k in range(a + 1, b))
        return out

    def _grow_across(self) -> list[tuple[int, int]]:
        """Whole neighbouring paragraphs that belong to a marked block (each stays its own
        diagnostic)."""
        doc, units = self.doc, self.units
        us = units.units
        marked = self.marked
        marked_blocks = {us[i].block for i in marked}
        out: list[tuple[int, int]] = []
        # only the paragraphs next to a marked one can join, in paragraph order
        neighbours = sorted({b + d for b in marked_blocks for d in (-1, 1)} - marked_blocks)
        for bi in neighbours:
            idx = units.block_units(bi)
            if idx is None:
                continue
            before = bi - 1 in marked_blocks and idx[0] - 1 in marked
            after = bi + 1 in marked_blocks and idx[-1] + 1 in marked
            if not (before or after):
                continue
            if any(units.reports(i) for i in idx):
                continue
            if doc.headline is not None and doc.blocks[bi].start == doc.headline.start:
                continue
            joins = (
                any(i in self.signals and i not in self.hints and i not in self.legal for i in idx)
                or (appeal_voice(units, idx) and not posted(units, idx))
                or (before and after and heading(units, idx) and not any(units.story(i) for i in idx))
                # the description between a product's price line and its "buy" line
                or (
                    before and after and self._commerce(idx[0] - 1) and self._commerce(idx[-1] + 1)
                    and not any(units.story(i) for i in idx)
                    and describes(units, idx, (idx[0] - 1, idx[-1] + 1), marked)
                )
            )
            if joins and after and heading(units, idx) and idx[-1] + 1 not in self.signals:
                # round 33: a heading heads the paragraph after it; when that paragraph opens
                # with a description of its own and only its end is a plug, the heading is a
                # guide's subhead naming the item ("Best for beginners: Harbour Kite" before
                # its review), not a line of the listing before it
                joins = False
            if joins:
                src = idx[0] - 1 if before else idx[-1] + 1
                out.extend((j, src) for j in unglued(units, idx, before))
        return out

    def _teaser_tail(self) -> list[tuple[int, int]]:
        """A widget of related stories left at the page's end: after the last marked paragraph,
        whose furniture closes it, a run of at least four short paragraphs (a teaser's one to
        three short sentences each, closed by a stop) that goes on to the end of the text, none of
        them narrating in the past tense, quoting, giving a speaker or an editor's note, and at
        most one in four reporting ("Not every chief executive
        is a graduate. Here they are."). Only their place and their shape tell them from the
        story; a story's own short paragraphs narrate or quote."""
        doc, units = self.doc, self.units
        us = units.units
        if not self.marked:
            return []
        last = max(self.marked)
        m = us[last].block
        idx_m = units.block_units(m)
        if idx_m is None or idx_m[-1] != last:
            return []
        # (each paragraph is checked as it is reached: in an archive the first that is no teaser
        # ends the walk, not the text's end)
        tail: list[list[int]] = []
        reporting = 0
        for bi in range(m + 1, len(doc.blocks)):
            idx = units.block_units(bi)
            if idx is None:
                continue
            tail.append(idx)
            b = doc.blocks[us[idx[0]].block]
            chunk = self.text[b.start : b.end]
            if len(idx) > 3 or len(chunk.split()) > TAIL_WORDS or not chunk.lstrip()[:1].isupper():
                return []
            if (
                QUOTE_MARKS.search(chunk) is not None
                or SPEAKER.match(chunk) is not None
                or NOTE.search(chunk) is not None
                or TEASER_END.search(chunk) is None
            ):
                # (a quotation, a transcript's speaker, an editor's note, a byline or a
                # headline without its stop: not a teaser's sentences)
                return []
            if any(units.reports(i) for i in idx):
                reporting += 1
                continue
            if any(units.story(i) for i in idx):
                return []
        if len(tail) < TAIL_TEASERS or reporting * 4 > len(tail):
            return []
        return [(i, last) for idx in tail for i in idx]

    def _commerce(self, i: int) -> bool:
        return self.origin[i][0].id in COMMERCE

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
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return rule.finding(self.text, hit, start=start, end=end, severity=severity)
