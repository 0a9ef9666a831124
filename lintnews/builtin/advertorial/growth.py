"""Steps 4-5 on one document: the growth of a block inside its paragraph and over its
neighbours (:class:`Growth`, the second part of
:class:`~lintnews.builtin.advertorial.judgement.Judgement`).

A block grows over units that continue it, fills gaps between plugs, crosses to paragraphs
with signals or the appeal voice and to a page's tail of teasers, never over a story line.
"""

from __future__ import annotations

from itertools import pairwise

from lintnews.builtin.advertorial.cues import (
    COMMERCE,
    FIRST_PLURAL,
    FUNDER_POLICY,
    NOTE,
    PIECE_NOTE,
    QUOTE_MARKS,
    SECOND,
    SHORT_WORDS,
    SPEAKER,
    STAFF_CREDIT,
    TAIL_DATA,
    TAIL_TEASERS,
    TAIL_WORDS,
    TEASER_END,
)
from lintnews.builtin.advertorial.runs import appeal_voice, describes, heading, posted, unglued
from lintnews.builtin.advertorial.seller import signed_praise
from lintnews.builtin.advertorial.services import (
    caption_paragraph,
    data_paragraph,
    public_service_line,
    welfare_line,
)
from lintnews.builtin.advertorial.signals import Signals


class Growth(Signals):
    """The growth of the marked units inside and over paragraphs (steps 4-5)."""

    # -- growth ---------------------------------------------------------------------------------
    def _continues(self, i: int) -> bool:
        units = self.units
        if i in self.signals:
            return True
        if units.story(i) or self._points_to_service(i):
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
        if units.story(i) or self._points_to_service(i):
            return True
        if units.voice(FIRST_PLURAL, i) or units.voice(SECOND, i):
            return False
        return units.story_fragment(i, names=False)

    def _points_to_service(self, i: int) -> bool:
        """Round 136: a unit with no signal of its own that sends the reader to a public body's
        service ("visit the NHS website", "find your day on the council's website") or to a
        support line (:func:`~lintnews.builtin.advertorial.services.welfare_line`): the story's
        advice, in the "you" voice as a plug is, which continues no plug beside it."""
        if i in self.signals:
            return False
        u = self.units.units[i]
        sentence = self.text[u.start : u.end]
        # (or a reader in trouble to a support line, "If you are worried ..., call the National
        # Gambling Helpline")
        return public_service_line(sentence) or welfare_line(sentence)

    def _caption(self, bi: int) -> bool:
        """Round 136: is paragraph ``bi`` a picture's caption or credit, or a paragraph of data
        (:func:`~lintnews.builtin.advertorial.services.data_paragraph`)? It joins no plug's run
        (a short line with no closing stop is otherwise read as a heading between two plugs)."""
        b = self.doc.blocks[bi]
        if b.kind == "caption" or caption_paragraph(self.text, b.start, b.end):
            return True
        # (and a paragraph of data the story prints, a fixture, a table, key figures)
        return data_paragraph(self.text[b.start : b.end])

    def _grow_within(self, i: int, reached: int = -1) -> tuple[list[int], int]:
        """Neighbouring units of the same paragraph that continue the plug, and the last unit
        the walk to the right reached (``i`` itself when it went nowhere).

        ``reached``: how far to the right an earlier unit of this pass, in the same paragraph,
        already grew, when ``i`` lies inside that reach (else -1). Everything between is then
        marked, and the walk to the left would stop where the earlier one stopped: so this walk
        goes right only, from there. (A paragraph of a thousand plugs, one per sentence, made
        each unit walk the whole paragraph: the judge's time grew with its square.)"""
        us = self.units.units
        block = us[i].block
        out: list[int] = []
        if i in self.widget:
            # (a widget of dated teasers has the extent its dates give it: see _dated_teasers)
            return out, i
        last = i
        for step in ((1,) if reached >= i else (-1, 1)):
            j = reached if step == 1 and reached >= i else i
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
            if step == 1:
                last = j
        return out, last

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
                # (a weak hit in a whole sentence of the story does not carry its paragraph
                # into the plug beside it, round 44: "Black Friday deals are subject to
                # availability, and some retailers have been criticised for discounts that were
                # cheaper earlier in the year")
                any(
                    i in self.signals and i not in self.hints and i not in self.legal
                    and not self._story_sentence(i, finite=True)
                    and not self._bare_listing(i)  # (round 81: a review's service line)
                    and not self._price_fact(i)  # (round 138: a review's price told as a fact)
                    and not self._card_description(bi, i)  # (round 87: a product's description)
                    for i in idx
                )
                or (appeal_voice(units, idx) and not posted(units, idx))
                # round 87: signed praise beside a plug (a sales page's testimonials)
                or signed_praise(doc.text[doc.blocks[bi].start : doc.blocks[bi].end])
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
            if not joins:
                continue
            # (only the paragraphs that would join, a few in a hundred, are asked whether they are
            # the story's all the same: where one would not join, the answers change nothing.
            # Asked first, of every paragraph next to a marked one, they took 0.1 s of a 2 MB
            # text's warm run of about 3.5 s; speed173)
            if FUNDER_POLICY.search(doc.text, doc.blocks[bi].start, doc.blocks[bi].end):
                continue  # (round 104: a funder's credit with its independence note is transparency)
            if self._caption(bi) or all(self._points_to_service(i) for i in idx):
                continue  # (round 136: a picture's caption or credit, a public body's service line: no plug's lines)
            if self._guide_copy(bi):
                continue  # (round 128: a shopping page's own prose joins none of its buttons)
            if PIECE_NOTE.match(doc.text, doc.blocks[bi].start, doc.blocks[bi].end):
                continue  # (round 128: a note on the making of this piece is the story's credit)
            block_text = doc.text[doc.blocks[bi].start : doc.blocks[bi].end]
            if STAFF_CREDIT.search(block_text) and not SECOND.search(block_text):
                continue  # (round 124: a staff credit, the outlet's people by role and name, is a byline)
            src = idx[0] - 1 if before else idx[-1] + 1
            out.extend((j, src) for j in unglued(units, idx, before))
        return out

    # round 55: the most paragraphs, and the most words in each, of a plug's continuation between two
    # of its lines
    _SANDWICH_PARAGRAPHS = 2
    _SANDWICH_WORDS = 20

    # the classes of a plug for the outlet's own channels and support, whose lines a continuation
    # joins (a related link or a label sits between the story's paragraphs as often as not)
    _CHANNEL_PLUGS = frozenset(
        "advertorial/" + r
        for r in ("newsletter-plug", "donation-appeal", "promo-voice", "reader-call", "reader-cta", "outlet-plug", "self-promo")
    )

    def _channel_plug(self, i: int) -> bool:
        """Is unit ``i`` reported (not a hint) as a plug for the outlet's channels or support?"""
        if i not in self.strong or i not in self.origin:
            return False
        return self.origin[i][0].id in self._CHANNEL_PLUGS

    def _sandwiched(self) -> list[tuple[int, int]]:
        """One or two short paragraphs between two paragraphs reported as plugs, that tell no
        story and speak as the outlet or to the reader somewhere ("Sign up for our newsletter."
        / "We're also moving to a new platform." / "It's like the old page without the ads." /
        "Sign up and join our group."): the same plug's continuation, which no signal of its own
        marks. Both plugs are of the outlet's channels or support (:attr:`_CHANNEL_PLUGS`); a
        story line between two plugs (it reports, narrates in the past, runs long, or has neither
        voice) is left alone, and so is a subhead with the paragraph under it (round 95: a
        page's next section, "Getting here" and the directions)."""
        units, marked = self.units, self.marked
        us = units.units
        marked_blocks = {us[i].block for i in marked}
        out: list[tuple[int, int]] = []
        for b in sorted(marked_blocks):
            for gap in range(1, self._SANDWICH_PARAGRAPHS + 1):
                if b + gap + 1 not in marked_blocks:
                    continue
                if any(b + k in marked_blocks for k in range(1, gap + 1)):
                    break
                runs = [units.block_units(b + k) for k in range(1, gap + 1)]
                if any(idx is None for idx in runs) or any(self._caption(b + k) for k in range(1, gap + 1)):
                    break
                first, last = runs[0][0], runs[-1][-1]  # type: ignore[index]
                if not (self._channel_plug(first - 1) and self._channel_plug(last + 1)):
                    break
                if len(runs) > 1 and heading(units, runs[0]) and not heading(units, runs[1]):  # type: ignore[arg-type]
                    break  # (round 95: a subhead and its paragraph open a section of the page)
                idx = [i for run in runs for i in run]  # type: ignore[union-attr]
                if any(
                    units.reports(i) or units.story(i) or units.words(i) > self._SANDWICH_WORDS
                    or self._points_to_service(i)
                    for i in idx
                ):
                    break
                if any(units.voice(FIRST_PLURAL, i) or units.voice(SECOND, i) for i in idx):
                    out.extend((j, first - 1) for j in idx)
                break
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
                or TAIL_DATA.match(chunk) is not None
            ):
                # (a quotation, a transcript's speaker, an editor's note, a byline or a
                # headline without its stop: not a teaser's sentences; round 137: nor a day's
                # forecast or schedule entry, or a number to call, TAIL_DATA)
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
