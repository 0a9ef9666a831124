"""Step 1 (units): the judge's unit of text, a sentence cut again at the split points.

:class:`Units` splits the Document's sentences at the points of
:mod:`~lintnews.builtin.advertorial.points` and answers what each unit is (a story line, a
fragment, the appeal voice), so the steps after it never look at raw sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from lintnews.builtin.advertorial.cues import (
    ASKED_REPORT,
    AUDIENCE,
    CLIP_LABEL,
    CLOSED,
    FIRST_PLURAL,
    FRONTED_CALL,
    IMPERATIVE,
    LINKED,
    NAME,
    OWN_VOICE,
    PAST,
    READER_OFFER,
    READING_LABEL,
    REPORTING,
    REQUEST_VERB,
    SECOND,
    SPEECH_VERB,
    STORY_CUE,
    WE_PAST,
)
from lintnews.builtin.advertorial.points import (
    Spans,
    aside_points,
    glue_points,
    opener_points,
    real_glue,
    rule_points,
)
from lintnews.document import sourcing
from lintnews.packs.model import Hit

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lintnews.document.document import Document, Sentence
    from lintnews.util.lazyregex import LazyRegex


REPORTING_UNITS = 2  # sentences at least of a paragraph that reports (one reporting, one told beside it)
# ... and at most: a longer "paragraph" is a text whose paragraphs were run into one line, where a
# source twenty sentences away vouches for nothing
PARAGRAPH_UNITS = 8


# what ends a reported request's clause: a stop, a semicolon, a colon, a dash or a quotation mark
# (round 126, review 127: between the verb of asking and the hit; round 127: after the hit)
_CLAUSE_ENDS = ".!?;:—–\"“”"
# round 127: what follows "our" in a reported request's clause (up to four words), the clause's
# end and an account "with us" (:meth:`Units._names_own_product`)
_OUR_WORDS = re.compile(r"\bour\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", re.IGNORECASE)
_CLAUSE_STOP = re.compile(f"[{re.escape(_CLAUSE_ENDS)}]")
_ACCOUNT_WITH_US = re.compile(r"\baccounts?\s+with\s+us\b", re.IGNORECASE)


@cache
def _own_products() -> frozenset[str]:
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("advertorial/outlet-products")


@dataclass(frozen=True, slots=True)
class _Unit:
    start: int
    end: int
    block: int
    glued: bool  # joined to the previous unit without white space


# Review 125: the speaker's description in apposition after an inverted tag (", confirmed Tom Hale,
# our editor."): part of who speaks, so the publication's own voice may be in it
_APPOSITION_AFTER = re.compile(r",[ \t]*[^,.;:!?\n]{1,60}")


class Units:
    """Sentences split again at stopless glue and at asides in dashes or brackets; the judge's unit of text."""

    def __init__(self, doc: Document, hits: Sequence[Hit]) -> None:
        text = doc.text
        spans = Spans(sorted((h.start, h.end) for h in hits))
        sentences = doc.sentences
        # A sentence with no glue in it is its own unit: a Sentence has the fields of
        # a _Unit, and most sentences are not split, so no second object is made; the
        # few sentences that hold a glue point are found from the glue points.
        starts = doc._sentence_starts
        glue_in: dict[int, list[tuple[int, int]]] = {}
        for at, reach in glue_points(doc) + aside_points(doc) + rule_points(doc) + opener_points(doc, hits):
            si = bisect_right(starts, at) - 1
            if si >= 0 and at < sentences[si].end:
                glue_in.setdefault(si, []).append((at, reach))
        units: list[Sentence | _Unit] = []
        append = units.append
        done = 0
        for si in sorted(glue_in):
            units.extend(sentences[done:si])
            s = sentences[si]
            start, glued = s.start, s.glued
            # (a glue point before a label point at the same offset: the unit it opens is glued)
            for at, reach in sorted(glue_in[si], key=lambda p: (p[0], -p[1])):
                aside = reach == 0  # (an aside in dashes or brackets: white space before it, not glue)
                plain = reach > 0  # (a case change: a join only if it is no brand name)
                if plain and (reach > s.end or spans.inside(at) or not real_glue(text, s.start, at, spans)):
                    continue
                if at - start >= 2:
                    append(_Unit(start, at, s.block, glued))
                    start, glued = at, not aside
            append(_Unit(start, s.end, s.block, glued) if start != s.start else s)
            done = si + 1
        units.extend(sentences[done:])
        self.doc = doc
        self.text = text
        self.units = units
        self._starts = [u.start for u in units]
        # (answers per unit, kept for this judgement only: the growth loop asks them again
        # for the same units on every round)
        self._reports: dict[int, bool] = {}
        self._spoken: dict[int, bool] = {}
        self._asks: dict[int, bool] = {}
        self._story: dict[int, bool] = {}
        self._voice: dict[tuple[re.Pattern[str] | LazyRegex, int], int] = {}
        self._words: dict[int, int] = {}
        self._closed: dict[int, bool] = {}
        self._past: dict[int, int] = {}  # unit -> end of its first past-tense match, -1: none
        self._reporting_blocks: dict[int, bool] = {}

    def block_units(self, bi: int) -> list[int] | None:
        """The indexes of block ``bi``'s units (``None`` when it has none)."""
        blocks = self.doc.blocks
        if not 0 <= bi < len(blocks):
            return None
        lo = bisect_left(self._starts, blocks[bi].start)
        hi = bisect_left(self._starts, blocks[bi].end)
        return list(range(lo, hi)) or None

    def index(self, offset: int) -> int:
        return max(bisect_right(self._starts, offset) - 1, 0)

    def reports(self, i: int) -> bool:
        """Does the unit report somebody's words (outside quotation marks)?

        Round 39: a reporting verb in title case after the unit's first word is a headline's
        ("Also Read: Council Says Repairs Complete", a link to another story), not the story
        reporting somebody: narration writes the verb in lower case (and a text in capitals
        writes every word so, so a verb in capitals still reports).

        Round 41: after a reading label that opens the unit ("Also Read | ...", "Related: ..."),
        the rest is a linked headline in whatever case, and its verb ("fishermen told to stay
        ashore") is the headline's, not the story reporting."""
        found = self._reports.get(i)
        if found is None:
            u = self.units[i]
            text = self.text
            label = READING_LABEL.match(text, u.start, u.end) or CLIP_LABEL.match(text, u.start, u.end)
            if label is not None:
                found = self._reports[i] = False
                return found
            found = self._reports[i] = any(
                self.doc.quotation_at(m.start()) is None
                and not (m.start() > u.start and text[m.start()].isupper() and text[m.start() + 1].islower())
                and ASKED_REPORT.match(text[u.start : m.start()]) is None
                for m in REPORTING.finditer(text, u.start, u.end)
            )
        return found

    def speaker_reports(self, i: int) -> bool:
        """Round 125: does the unit report what a third party says, by a verb of speech that
        :data:`REPORTING` leaves out ("warned", "cautioned", "added", "stressed", "confirmed" ...)
        with its speaker, a name or a body, as the verb's subject ("Clicking on the link may
        generate income for the fraudsters, police warned", "Trading Standards cautioned that
        ...")? Then it is the story reporting a warning, a scam's wording or a deal, not a plug.
        The speaker must be somebody the source test identifies (not "some", not a bare vague
        plural) and not the publication or the reader ("we", "our editors", "you"); a verb in
        title case is a headline's, and a unit opening on a reading label is a linked headline.
        Only a unit with such a verb in lower case is read (:data:`SPEECH_VERB`)."""
        found = self._spoken.get(i)
        if found is None:
            u = self.units[i]
            text = self.text
            found = False
            if SPEECH_VERB.search(text, u.start, u.end) is not None and READING_LABEL.match(text, u.start, u.end) is None:
                quotation_at = self.doc.quotation_at
                for m in sourcing.mentions(text, u.start, u.end):
                    if m.kind is None or m.style not in ("subject", "inverted"):
                        continue
                    if SPEECH_VERB.search(text, m.src_start, m.verb_end) is None:
                        continue
                    if quotation_at(m.src_start) is not None or OWN_VOICE.search(text, m.start, m.end) is not None:
                        continue  # (review 125: the whole mention, "Tom Hale, our editor, confirmed")
                    after = _APPOSITION_AFTER.match(text, m.end, u.end) if m.style == "inverted" else None
                    if after is not None and OWN_VOICE.search(after.group()) is not None:
                        continue  # (review 125: ", confirmed Tom Hale, our editor.")
                    if ASKED_REPORT.match(text[u.start : m.src_start]) is not None:
                        continue  # ("See what guests who stayed with us noted": the seller's lead-in)
                    found = True
                    break
            self._spoken[i] = found
        return found

    def request_reported(self, i: int, at: int) -> bool:
        """Round 126: is the hit at ``at`` the infinitive of a third party's request reported
        before it in unit ``i`` ("The council asked residents to complete our survey of the sea
        wall", "Members are being urged to fill in the club's form")? A verb of asking
        (:data:`REQUEST_VERB`) ends before the hit, no stop, semicolon, colon, dash or quotation
        mark between and no "you", "we" or "our" (the outlet's or the reader's own clause: "Police
        urged drivers to avoid the road; sign up to our alerts", review 127); the words
        before the verb are not the outlet's or the reader's ("we", "our", "you": the outlet asking
        is its own call) and whom it asks is not "you" nor the outlet's audience ("readers",
        "listeners", "subscribers": "Readers are invited to take our survey" is the outlet's own
        notice); the verb is in lower case (a headline's
        "Council Urges ..." is a link's)."""
        u = self.units[i]
        text = self.text
        if not u.start <= at <= u.end:
            return False
        asks = self._asks.get(i)
        if asks is None:
            asks = self._asks[i] = REQUEST_VERB.search(text, u.start, u.end) is not None
        if not asks:
            return False
        # (bounded windows: the verb within 100 characters before the hit, its requester within 80
        # before the verb, so a long unit with many hits costs linear time)
        for m in REQUEST_VERB.finditer(text, max(u.start, at - 100), min(at + 1, u.end)):
            if m.end() > at or not text[m.start()].islower():
                continue
            between = text[m.end() : at]
            if any(c in between for c in _CLAUSE_ENDS):
                continue  # (review 127: a semicolon, a colon or a dash ends the request's clause too)
            if OWN_VOICE.search(between) is not None:
                continue  # (review 127: "urging savers to open its account, and you can apply on our site")
            lead = max(u.start, m.start() - 80)
            if OWN_VOICE.search(text, lead, m.end()) is not None:
                continue
            if AUDIENCE.search(text, lead, m.end()) is not None:
                continue  # ("Readers are invited to take our survey": the outlet's own notice)
            if self.doc.quotation_at(m.start()) is not None:
                continue
            return not self._names_own_product(at, u.end)
        return False

    def _names_own_product(self, at: int, end: int) -> bool:
        """Round 127: does the request's clause from ``at`` name the outlet's own product or
        channel after "our" ("The hospice is urging people to subscribe to our weekly
        newsletter", "asked customers to sign up for our exclusive readers' offer": the class
        ``advertorial/outlet-products``) or an account "with us"? Then the plug keeps its
        warning; a third party's survey, form, event or appeal ("asked residents to complete our
        survey") is the request told as news. The clause ends at a stop, a semicolon, a colon or
        a dash, within 100 characters."""
        text = self.text
        stop = _CLAUSE_STOP.search(text, at, min(end, at + 100))
        limit = stop.start() if stop is not None else min(end, at + 100)
        if _ACCOUNT_WITH_US.search(text, at, limit) is not None:
            return True
        products = _own_products()
        for m in _OUR_WORDS.finditer(text, at, limit):
            if any(w.lower() in products for w in m.group(1).split()):
                return True
        return False

    def in_reporting_paragraph(self, i: int) -> bool:
        """Round 100: is unit ``i`` a plain statement inside a paragraph that reports with its
        sources ("Weekend passes will cost £149, with early-bird tickets at £129. The organiser
        said the rise reflected costs. A survey by the festivals' association found ...")? Such a
        paragraph is the story's: its prices, tickets and events are what it reports, not a
        plug. The paragraph holds two units or more (eight at most), one of them (not ``i``) reports somebody's
        words, and none speaks to the reader or as the publication (no "you", no "we/our", no
        command opening a unit, no link or web address); ``i`` is a whole sentence closed by its
        stop. A plug pasted onto a reporting paragraph speaks to the reader or gives its link,
        and stays a plug."""
        u = self.units[i]
        if u.glued or self.words(i) < 8 or not self._closed_unit(i):
            return False
        found = self._reporting_blocks.get(u.block)
        if found is None:
            found = self._reporting_blocks[u.block] = self._reporting_block(u.block)
        return found

    def _reporting_block(self, bi: int) -> bool:
        idx = self.block_units(bi) or []
        if not REPORTING_UNITS <= len(idx) <= PARAGRAPH_UNITS or any(self.units[k].glued for k in idx):
            return False
        text = self.text
        b = self.doc.blocks[bi]
        if b.kind in ("heading", "quote", "caption") or LINKED.search(text, b.start, b.end) is not None:
            return False
        for k in idx:
            if self.voice(SECOND, k) or self.voice(FIRST_PLURAL, k):
                return False
            if IMPERATIVE.match(text, self.units[k].start, self.units[k].end) is not None:
                return False
            if FRONTED_CALL.match(text, self.units[k].start, self.units[k].end) is not None:
                return False
            if READER_OFFER.search(text, self.units[k].start, self.units[k].end) is not None:
                return False
        return any(self.reports(k) for k in idx)

    def voice(self, pattern: re.Pattern[str] | LazyRegex, i: int) -> int:
        found = self._voice.get((pattern, i))
        if found is None:
            u = self.units[i]
            found = self._voice[pattern, i] = sum(
                1 for m in pattern.finditer(self.text, u.start, u.end)
                if self.doc.quotation_at(m.start()) is None
            )
        return found

    def words(self, i: int) -> int:
        """The number of words in unit ``i``, counted once a unit: asked for each hit in it,
        and a unit may be a whole line of a page with thousands of hits (round 100's check of
        a reporting paragraph asks it for every hit)."""
        found = self._words.get(i)
        if found is None:
            u = self.units[i]
            found = self._words[i] = len(self.text[u.start : u.end].split())
        return found

    def story(self, i: int) -> bool:
        """A line of the story: it reports, or narrates in the past tense outside the
        publication's "we/you" voice ("The mayor spoke.", "We walked the sea wall")."""
        found = self._story.get(i)
        if found is None:  # (once a unit: asked for each hit in it, and a unit may be a page)
            found = self._story[i] = self._is_story(i)
        return found

    def _is_story(self, i: int) -> bool:
        if self.reports(i):
            return True
        u = self.units[i]
        if PAST.search(self.text, u.start, u.end) is None:
            return False
        return not self.voice(SECOND, i) and not (
            self.voice(FIRST_PLURAL, i) and not _past_of_we(self.text, u.start, u.end)
        )

    def story_fragment(self, i: int, names: bool = True) -> bool:
        """A unit that is a line of the story all the same: hearsay, a news actor or a
        denial, a third-person subject, or (with ``names``, in a statement, not a question
        to the reader: "Want to try Barrier Drops?") a name after its first word. (Between
        two pieces of a plug, a name is the product's: "Apple's laptop features...")"""
        u = self.units[i]
        chunk = self.text[u.start : u.end].strip()
        if STORY_CUE.search(chunk) is not None:
            return True
        return names and not chunk.endswith("?") and NAME.search(chunk) is not None

    def narrated_before(self, i: int, at: int) -> bool:
        """Does a whole sentence (closed by a stop, not a headline-like fragment) narrate in
        the past tense before ``at``, outside the "we/you" voice? Then a promotional phrase
        at ``at`` is what the story is about ("Regulators fined the retailer over a
        limited-time offer")."""
        u = self.units[i]
        if at <= u.start + 2 or not self._closed_unit(i):
            return False
        if not self._past_before(i, at):
            return False
        return not self.voice(SECOND, i) and not self.voice(FIRST_PLURAL, i)

    def _past_before(self, i: int, at: int) -> bool:
        """``PAST.search(text, unit start, at)``, without searching the unit from its start
        for every hit. The unit's first past-tense match is found once: a match that ends by
        ``at`` in the whole unit is one before ``at`` too (its word and the stop after it are
        read the same). A match that only cutting the text at ``at`` makes ("Was" before a
        price the cut leaves out; a word whose end the cut makes) ends at ``at`` or is parted
        from it by blanks alone: it is looked for in the last word and blanks before ``at``."""
        first = self._past.get(i, -2)
        if first == -2:
            u = self.units[i]
            m = PAST.search(self.text, u.start, u.end)
            first = self._past[i] = m.end() if m is not None else -1
        if 0 <= first <= at:
            return True
        text = self.text
        lo = self.units[i].start
        k = at
        while k > lo and text[k - 1] in " \t":
            k -= 1
        while k > lo and (text[k - 1].isalnum() or text[k - 1] == "_"):
            k -= 1
        return PAST.search(text, k, at) is not None

    def _closed_unit(self, i: int) -> bool:
        """Is unit ``i`` closed by a stop (:data:`CLOSED`)? Asked once per unit: a search from
        the unit's start, made again for each of the hits of a long unit with no stop (a page
        pasted as one line of prices), made the rule's time grow with the square of the line."""
        found = self._closed.get(i)
        if found is None:
            u = self.units[i]
            found = self._closed[i] = CLOSED.search(self.text, u.start, u.end) is not None
        return found

    def at_edge(self, i: int) -> bool:
        """Is the unit the first or the last of its paragraph (or next to a glued join)?"""
        us = self.units
        block = us[i].block
        first = i == 0 or us[i - 1].block != block or us[i].glued
        last = i + 1 == len(us) or us[i + 1].block != block or us[i + 1].glued
        return first or last


def after_dash(text: str, at: int) -> bool:
    """Does the hit at ``at`` open a clause set off by a spaced dash (" – sign up for ...")?
    Such a clause is a call of its own, so past-tense words before the dash do not make it a
    line of the story."""
    return at >= 2 and text[at - 1] == " " and text[at - 2] in "–—"


def glued_after_stop(text: str, at: int) -> bool:
    """Does the hit at ``at`` start glued onto a sentence's stop with no space ("...of their
    acts.Email address (will not be published)")? A scraper joins furniture so, a speaker
    does not: such a hit is not read as part of a quotation left open before it (a quotation
    that runs on over paragraphs, or one whose closing mark the scan did not pair), nor as
    opening one when the closing mark before it is read as an opening one."""
    if at < 3 or not (text[at].isupper() or text[at].isdigit()):
        return False
    stop = at - 2 if text[at - 1] in "\"”’" else at - 1  # after a closing mark: 'accountability.”Got a tip?'
    return text[stop] in ".!?" and (text[stop - 1].isalnum() or text[stop - 1] in ")%")


def _past_of_we(text: str, lo: int, hi: int) -> bool:
    """"We walked", "we counted": the publication narrating, in the past, what it did."""
    return WE_PAST.search(text, lo, hi) is not None
