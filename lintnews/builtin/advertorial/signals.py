"""Step 2 (signals) on one document: which hits count, which are strong, and the units they
mark before any growth.

Hits inside a quotation or a reporting unit are dropped, calls to the reader are weighed,
weak hits promoted by their neighbours, teaser widgets, voiced paragraphs and "About"
sections found (:class:`Signals`, the first part of
:class:`~lintnews.builtin.advertorial.judgement.Judgement`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lintnews.builtin.advertorial.about import describes_company, quotation_test, self_described
from lintnews.builtin.advertorial.charities import charity_box
from lintnews.builtin.advertorial.cues import (
    AFFILIATE_RULE,
    BRAND_AFTER,
    CLOSED,
    COMMERCE,
    COMPANY_RULE,
    CTA_CUE,
    CTA_LOOKING,
    CTA_RULE,
    CTA_SELF,
    DISCLOSURES,
    FINITE_PAST,
    FIRST_PLURAL,
    FURNITURE,
    IMPERATIVE,
    LISTING_RULE,
    NARRATION_WORDS,
    NOTE,
    PAST,
    POSSESSIVE,
    PRICED,
    READING_LABEL,
    RUN_OPENER,
    SECOND,
    SELF_RULE,
    SELLS,
    TIP_LABEL,
    TIP_REACH,
    WORDS,
    shopping_title,
)
from lintnews.builtin.advertorial.disclosure import plain_disclosure
from lintnews.builtin.advertorial.factlines import paragraph_gap, price_fact
from lintnews.builtin.advertorial.furniture import GREETING_REACH, end_mark, greeting, live_label, live_page
from lintnews.builtin.advertorial.insertion import content
from lintnews.builtin.advertorial.pagehead import under_page_head
from lintnews.builtin.advertorial.points import (
    BUTTON,
    TEASER_DATE,
    bar_points,
    capital_label,
    in_embedded_tweet,
)
from lintnews.builtin.advertorial.promo_voice import advice_box
from lintnews.builtin.advertorial.reported import REPORTED_RULES, news_sentence, opens_clause, rules_list_item
from lintnews.builtin.advertorial.runs import glued_pieces
from lintnews.builtin.advertorial.services import (
    booking_tail,
    consultation_call,
    public_offer_line,
    public_service_line,
    service_paragraph,
    support_label_line,
)
from lintnews.builtin.advertorial.shapes import LABEL_RULES, Shapes, kicker_label, picture_caption
from lintnews.builtin.advertorial.steps import list_item_step, numbered_step
from lintnews.builtin.advertorial.units import Units, after_dash, glued_after_stop
from lintnews.builtin.advertorial.voices import voice_level
from lintnews.model.diagnostic import Severity
from lintnews.packs.model import Hit
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from collections.abc import Set as AbstractSet

    from lintnews.document.document import Document
    from lintnews.packs.model import PackRule

    #: a signal: the rule, its hit, and the severity the judge gives it
    Signal = tuple[PackRule, Hit, Severity]


# mend 128: a third party's appeal reported as news, its clause's subject the third party's own
# people with a "can" of what they may do ("Supporters can give £5 by texting HOSPICE to 70500",
# "The hospice's friends can donate online"): not the reader, unless the outlet's "you", "we" or "our"
# is in the sentence; the audience words ("readers", "listeners") are the outlet's own
_DONATION_RULE = "advertorial/donation-appeal"
_APP_RULE = "advertorial/newsletter-plug"
_ADVICE_REACH = 8  # lines: how far up a line of an advice box looks for the box's heading
_LABEL_INDENT = 4  # round 141: characters before a reading label that opens its line (blanks, a bullet)
_THIRD_PARTY_CAN = LazyRegex(
    r"[\s\"“‘'(]*(?:(?:the|its|their|his|her)\s+|[\w-]+['’]s\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?!(?:readers|listeners|viewers|subscribers|members|users|you|we|everyone|anyone)\b)(?-i:[A-Za-z][a-z-]+s)\s+"
    r"(?:can|could|may|will\s+be\s+able\s+to|are\s+(?:being\s+)?(?:asked|invited|urged|encouraged)\s+to)\s",
    re.IGNORECASE,
)
_BUTTON_END = LazyRegex(r"\s*(?:learn|read|find\s+out)\s+more[\s.!»›→]*\Z", re.IGNORECASE)
_CLOSING_MARKS = frozenset("\"”»’'")
# (a reader's question, "Asks <Name> from <Place> (07.03.2016)", is a teaser of the widget too)
_LONG_PARAGRAPH = 12  # units of a paragraph in which two hints count only when near each other
_GUIDE_TOP = 4  # paragraphs: an affiliate disclosure before this one makes the page a shopping page
_SERVICE_CHARS = 300  # characters: the longest paragraph read as a review's service line
_NEAR_HINTS = 3  # units between two hints that count with each other in such a paragraph


# a press release's own furniture on a line of its own: its end mark ("-ENDS-", "###"), its
# notes to editors or its press contact; a text that has one is a release, whose "About"
# section is its boilerplate however plain
_RELEASE_MARK = LazyRegex(
    r"^[ \t]*(?:-+[ \t]*ends[ \t]*-+|ends|#{3}|notes?[ \t]+(?:to|for)[ \t]+editors?|"
    r"(?:media|press)[ \t]+(?:contacts?|enquiries|inquiries))[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# round 131: a listing's entry, an event's name, a dash, its place and its hour and a stop
# ("Quiz night - Red Lion, Eastgate, 8pm.", "Fair - Kingsmill, Wexcombe, 10am-4pm."); the event
# plug rule's hits on such a line, with another entry near it, are the page's own listing
_EVENT_RULE = "advertorial/media-plug"
_COMMENTS_RULE = "advertorial/comments-boilerplate"
# round 145: the rules whose booking and "get your" calls a public body's service answers too
# (round 147: and the appeal rule's "Become a blood donor": a public health service's call, not the
# outlet's appeal for money)
_BOOKING_RULES = frozenset({_EVENT_RULE, "advertorial/commerce-cta", _DONATION_RULE})
_ENTRY = LazyRegex(
    r"[ \t]*[A-Z][^\n]{2,80}?[ \t][-–—][ \t]+[A-Z][^\n.!?]{2,80},[ \t]+\d{1,2}(?:[.:]\d\d)?[ \t]?(?i:am|pm)"
    r"(?:[ \t]?[-–][ \t]?\d{1,2}(?:[.:]\d\d)?[ \t]?(?i:am|pm))?\.(?:[ \t]|$)"
)
_ENTRY_REACH = 2
# round 131: a section's subhead that a widget's title may read as ("Don't miss" over a
# review's paragraph): its words at most, the paragraphs before it read for the story's topic,
# the words of a paragraph of the story at least, and the words that name the outlet's pages
# (a widget's title and never a subhead: "Related stories", "Most read", "Latest news")
_SUBHEAD_WORDS = 4
_SUBHEAD_REACH = 3
_PARAGRAPH_WORDS = 12
_PAGE_KINDS = LazyRegex(
    r"\b(?:stor(?:y|ies)|articles?|news|read(?:s|ing)?|related|coverage|videos?|posts?|headlines?"
    r"|picks?|trending|popular|columns?|galler(?:y|ies)|slide\s?shows?|links?|content|topics?|web"
    r"|partners?|sponsors?|advertisers?|network|blogs?|podcasts?|episodes?)\b",
    re.IGNORECASE,
)
# round 131: a field of a fact box, "Label: value" on one line: a label of one to three words
# opening on a capital, its colon, a value of a few words with no sentence's stop inside (a time's "9.30am" is none)
# (round 145: the field's value may close with its stop, "Admission: Adults £8, under-16s free.",
# as a sports desk's match box writes its fields)
_FIELD = LazyRegex(r"[ \t]*[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,2}[ \t]*:[ \t]+(?:[^\n.!?]|\.(?=\w)){1,80}\.?[ \t]*\n?")
# round 147: a fact box's label alone on its line, naming the facts under it ("Screening details:",
# "Event information:", "The essentials:", "Where and when:"): a few words and the colon
_DETAILS_LABEL = LazyRegex(
    r"[*_]{0,2}(?:[\w’'-]+[ \t]+){0,3}?(?:details|information|info|facts|essentials|(?:when|where)[ \t]+and[ \t]+(?:when|where))"
    r"[ \t]*:[*_]{0,2}",
    re.IGNORECASE,
)
# ... and the advice's negative imperative it opens with ("Don't miss", "Do not miss"): a
# widget's title of another kind ("You may also like", "More from Business", "Most viewed")
# pasted between two paragraphs of a story is the widget's whatever follows it
_ADVICE_LABEL = LazyRegex(r"(?:don[’']t|do[ \t]+not)[ \t]+[a-z]+", re.IGNORECASE)
_CLOSED_PARAGRAPH = LazyRegex(r"[.!?][\"'”’)]*$")
# review 131: a paragraph that names the outlet's own staff or pages in its possessive ("chosen by
# our travel writers", "our guide to the coast's hotels"): a widget's teaser for the outlet's other
# content, never the review's own section (a reviewer's "our room", "our waiter" are not these)
_OUTLET_OWN = LazyRegex(
    r"\bour\s+(?:[a-z-]+\s+)?(?:writers?|critics?|editors?|reporters?|journalists?|experts?|team|staff"
    r"|guides?|reviews?|picks?|lists?|pages?|newsletters?|stor(?:y|ies)|articles?|coverage|podcasts?|videos?)\b",
    re.IGNORECASE,
)


def _story_paragraph(text: str) -> bool:
    """Is ``text`` a paragraph of prose (twelve words or more, closed by a stop), not a line of
    a widget (a headline has no stop)?"""
    return len(text.split()) >= _PARAGRAPH_WORDS and _CLOSED_PARAGRAPH.search(text) is not None


class Signals:
    """The signals of one document and the units they mark (steps 2-3)."""

    # the state the steps share, set by Judgement.__init__ (declared here for the steps' types)
    doc: Document
    text: str
    voice_rule: PackRule | None
    voice_blocks: AbstractSet[int]
    sellers: dict[int, int]
    units: Units
    signals: dict[int, list[Signal]]
    hints: set[int]
    legal: set[int]
    cards: AbstractSet[int] = frozenset()  # round 112: a deals page's product headings (never marked)
    dates: set[int]
    widget: set[int]
    shapes: Shapes
    strong: set[int]
    origin: dict[int, Signal]
    marked: set[int]
    # per (cue pattern, unit end): where it was last searched from and what was found there
    cue_searches: dict[tuple[object, int], tuple[int, re.Match[str] | None]]
    # per unit: whether it promotes the publication's own channel (asked for each hit in it)
    promoting: dict[int, bool]
    # per unit: whether it points to a public body's service (round 145; asked for each booking
    # hit in it: a page pasted as one sentence holds thousands, and each read the whole unit)
    public_offers: dict[int, bool]
    # per unit: round 147's answers, is it a news sentence about advertising, an item of a rules list
    reported_units: dict[int, tuple[bool, bool]]
    live: bool | None  # is the document a live page (asked at most once)
    _shop_page: bool | None = None  # round 128: is the document a shopping page (asked at most once)
    # review 131: the blocks that head a section of the page (found at most once, for every
    # label asked about: a scan of the page per label was quadratic in a page of labels)
    _section_heads: tuple[int, ...] | None = None

    # -- signals --------------------------------------------------------------------------------
    def _slot_quote(self, i: int, hit: Hit) -> bool:
        """Round 141 (issue 15): is the hit the whole of a Markdown quote block ("> Advertisement"
        on a live page, an ad slot's label scraped under a quotation mark)? A quotation says
        something; a block that is only a label the pattern read whole quotes nobody, whatever
        speaker the story names beside it."""
        b = self.doc.blocks[self.units.units[i].block]
        if b.kind != "quote":
            return False
        text = self.doc.text
        return text[b.start : b.end].strip() == text[hit.start : hit.end].strip()

    def _label_line(self, rule_id: str, hit: Hit) -> bool:
        """Round 141 (issue 15): does a link label's hit open its own line with a reading label
        ("Related: <headline>")? A unit may run over several lines where no stop parts them (a
        Markdown live page's "**13:02**" / "**Related:** <headline>" / "**12:40**" / "<Post>"
        is one paragraph), and a verb of speech in the next post's sentence ("... is said to
        have ...") is not the label's: the line it opens is a link, whatever the unit holds."""
        if rule_id not in LABEL_RULES:
            return False
        text = self.doc.text
        start = text.rfind("\n", 0, hit.start) + 1
        return hit.start - start <= _LABEL_INDENT and READING_LABEL.match(text, start) is not None

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
                    or self._slot_quote(i, hit)
                )
                if (not glued and doc.in_attributed_quote(hit.start, hit.end)) or (
                    units.reports(i) and not self._label_line(rule.id, hit)
                ):
                    continue
                if rule.id not in LABEL_RULES and units.speaker_reports(i):
                    # round 125: a third party's warning or statement, its speaker named
                    # ("..., police warned"): the story reports it, whatever it quotes
                    continue
                if rule.id not in LABEL_RULES and units.request_reported(i, hit.start):
                    # round 126: the infinitive of a third party's request reported ("The council
                    # asked residents to complete our survey"): the request is the story's news
                    continue
                if doc.format != "text" and doc.in_headline(hit.start):
                    # the story's own headline, marked as such by the markup (an <h1>, a "#"
                    # line), is not something pasted into the story; a plain text's first line
                    # is only guessed to be one, and a pasted plug may well open the text
                    continue
                if not glued and self._quoted_in_story(hit):
                    continue
                if rule.id not in DISCLOSURES and units.in_reporting_paragraph(i) and not self._label_line(rule.id, hit):
                    # round 100: a plain sentence of a paragraph that reports with its sources
                    # (prices, tickets, an event told beside "the organiser said") is the story's
                    # (round 141: not a reading label opening its own line, a live page's posts
                    # run into one Markdown paragraph)
                    continue
                block = doc.blocks[units.units[i].block]
                if rule.id in LABEL_RULES and picture_caption(doc.text, hit.start, hit.end, (block.start, block.end)):
                    # a picture's caption or credit ("Photo: ... on Monday. / Supplied") is the
                    # story's furniture, not a link: no signal, so no plug beside it lifts it
                    continue
                if rule.id in LABEL_RULES and kicker_label(doc.text, hit) and (
                    not doc.text[: hit.start].strip() or under_page_head(doc.text, hit.start)
                ):
                    # round 93: the kind of piece named by the text's first words ("Review: ...",
                    # "Explainer: ...") labels the text itself: no signal (a plug glued on after
                    # the title would otherwise lift it; round 138: or the title's line under
                    # the page's masthead and section rail, :func:`under_page_head`)
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
                if rule.id == _EVENT_RULE and self._listing_entry(i):
                    continue  # (round 131: a what's-on page's own entry among its others)
                if rule.id == _EVENT_RULE and self._booking_field(i):
                    # round 139: a review's or a listing's box of fields, its booking address one
                    # of them ("Prices: Mains £14-£22" / "Book: venue.example or 01584 ..."): the
                    # box's information, a hint that nothing beside it promotes
                    self.legal.add(i)
                    self.signals.setdefault(i, []).append((rule, hit, Severity.INFO))
                    continue
                if rule.id in LABEL_RULES and self._section_subhead(i, hit):
                    continue  # (round 131: "Don't miss" over a paragraph of the review's own)
                if rule.id in LABEL_RULES and live_label(doc.text, hit.start) and self._live_page():
                    continue  # (round 105: a live page's own status and key-events labels)
                if rule.id == SELF_RULE and greeting(doc.text, max(units.units[i].start, hit.start - GREETING_REACH),
                                                     min(units.units[i].end, hit.end + GREETING_REACH)):
                    # (round 105: a letter's greeting, "I hope this newsletter finds you well",
                    # read around the hit: the whole unit per hit was quadratic in a long one)
                    continue
                sev = hit.term.severity if hit.term and hit.term.severity else rule.severity
                if rule.id == COMPANY_RULE and end_mark(doc.text, *self._block_span(i)):
                    self.legal.add(i)  # (round 105: a release's end mark alone is its furniture)
                if rule.id == CTA_RULE:
                    cta = self._call_to_action(i, hit)
                    if cta is None:
                        continue
                    sev = cta
                elif rule.id in FURNITURE:
                    self.legal.add(i)
                elif rule.id == SELF_RULE:
                    if not self._self_promotion(i):
                        continue
                    sev = Severity.WARNING
                elif rule.id == _DONATION_RULE and sev is Severity.WARNING and self._charity_box(i):
                    # round 139: a "how to help" box naming an outside charity
                    # (:func:`charity_box`): the story's furniture, a hint that no other appeal's
                    # words beside it promote
                    sev = Severity.INFO
                    self.legal.add(i)
                elif rule.id == _DONATION_RULE and sev is Severity.WARNING and self._support_entry(i):
                    # round 148: a support list's entry, "Shout: text SHOUT to 85258": a hint
                    sev = Severity.INFO
                    self.legal.add(i)
                elif rule.id == _DONATION_RULE and sev is Severity.WARNING and self._third_party_appeal(i, hit):
                    sev = Severity.INFO  # mend 128: "Supporters can give £5 by texting HOSPICE to 70500"
                elif rule.id in _BOOKING_RULES and sev is Severity.WARNING and self._public_offer(i):
                    # round 145: a booking address for a public body's service ("Get your free flu
                    # vaccine at a clinic, or book online at hse.ie"): the story's advice, a hint
                    sev = Severity.INFO
                    self.legal.add(i)
                elif rule.id == _EVENT_RULE and sev is Severity.WARNING and self._booking_tail(i, hit):
                    # round 148: an event's booking address closing a sentence of its facts ("The
                    # run starts at 10am; entry costs £12, and places can be booked at ..."): a hint
                    sev = Severity.INFO
                elif rule.id == _COMMENTS_RULE and sev is Severity.WARNING and self._consultation(i, hit):
                    # round 145: "Have your say" over a council's consultation: the story's service
                    sev = Severity.INFO
                    self.legal.add(i)
                elif rule.id == _APP_RULE and sev is Severity.WARNING and self._public_app(i):
                    sev = Severity.INFO  # round 139: "Download the NHS App to check your record"
                    self.legal.add(i)
                elif sev is Severity.WARNING and rule.id not in DISCLOSURES and numbered_step(doc.text, hit.start):
                    # round 140: one of a guide's numbered steps ("3. Check whether you qualify for
                    # the rebate"): the story's advice, a hint that nothing beside it promotes
                    sev = Severity.INFO
                    self.legal.add(i)
                elif rule.id in REPORTED_RULES and sev is Severity.WARNING and self._reported(i, hit):
                    # round 147: the marker named inside a news sentence about somebody else's
                    # advertising ("Critics argue the fines are too small ... for a single
                    # sponsored post"), or in a list of what the rules require: the story's, a hint
                    sev = Severity.INFO
                    self.legal.add(i)
                elif rule.id in DISCLOSURES and sev is Severity.WARNING and self._plain_disclosure(rule.id, i, hit):
                    # round 133: a grant credit, a not-advice notice, an independence note: the
                    # page's transparency, a hint that no plug beside it promotes
                    sev = Severity.INFO
                    self.legal.add(i)
                self.signals.setdefault(i, []).append((rule, hit, sev))

    def _plain_disclosure(self, rule_id: str, i: int, hit: Hit) -> bool:
        """Round 133: is a disclosure rule's hit one of the kinds the guidelines do not list
        (:func:`~lintnews.builtin.advertorial.disclosure.plain_disclosure`), read on its sentence
        and its paragraph?"""
        u = self.units.units[i]
        block = self.doc.blocks[u.block]
        text = self.text
        return plain_disclosure(rule_id, text[hit.start : hit.end], text[u.start : u.end], text[block.start : block.end])

    def _reported(self, i: int, hit: Hit) -> bool:
        """Round 147 (issue 15): is the hit named in a report about advertising, not put on the
        page as its own marker (:func:`~lintnews.builtin.advertorial.reported.reported_marker` on
        its sentence, or :func:`~lintnews.builtin.advertorial.reported.rules_list_item` on its
        list)?"""
        u = self.units.units[i]
        text = self.text
        found = self.reported_units.get(i)
        if found is None:
            # (the unit's answers asked once: a page pasted as one sentence holds thousands of hits)
            found = self.reported_units[i] = (news_sentence(text[u.start : u.end]), rules_list_item(text, u.start))
        news, listed = found
        return listed or (news and hit.start >= u.start and opens_clause(text, u.start, hit.start))

    def _charity_box(self, i: int) -> bool:
        """Round 139 (issue 15): is unit ``i``'s paragraph a "how to help" box that names an
        outside charity and never speaks as the outlet (:func:`~lintnews.builtin.advertorial.
        charities.charity_box`)? The appeal's words in it stay a hint."""
        block = self.doc.blocks[self.units.units[i].block]
        return charity_box(self.text[block.start : block.end])

    def _public_app(self, i: int) -> bool:
        """Round 139 (issue 15): is unit ``i`` (the sentence of an app's plug) a pointer to a
        public body's app or service ("Download the NHS App to book a jab", "Get the council's
        app for bin days": :func:`~lintnews.builtin.advertorial.services.public_service_line`)?
        The outlet's app is no public body's; the story's advice to use one is a hint at most."""
        u = self.units.units[i]
        # (round 145: or a public body's service named by what it offers, "Get live travel
        # updates by downloading the <Network> app": asked through the unit's one answer)
        return public_service_line(self.text[u.start : u.end]) or self._public_offer(i)

    def _public_offer(self, i: int) -> bool:
        """Round 145 (issue 15): is unit ``i`` (the sentence of an event's booking line) the
        story's pointer to a public body's health or civic service (:func:`~lintnews.builtin.
        advertorial.services.public_offer_line`)? A vaccine booked online is no event's ticket."""
        found = self.public_offers.get(i)
        if found is None:
            u = self.units.units[i]
            found = self.public_offers[i] = public_offer_line(self.text[u.start : u.end])
        return found

    def _support_entry(self, i: int) -> bool:
        """Round 148 (issue 15): is unit ``i``'s line an entry of a list of support services, the
        service's name as its label (:func:`~lintnews.builtin.advertorial.services.
        support_label_line`)? Read on the unit's own line, from its start."""
        u = self.units.units[i]
        text = self.text
        start = text.rfind("\n", 0, u.start) + 1
        end = text.find("\n", u.start)
        return support_label_line(text[start : end if end >= 0 else len(text)])

    def _booking_tail(self, i: int, hit: Hit) -> bool:
        """Round 148 (issue 15): is the hit an event's booking clause that closes a news sentence
        of the event's facts (:func:`~lintnews.builtin.advertorial.services.booking_tail`, read on
        unit ``i`` from its start to the hit)?"""
        u = self.units.units[i]
        if not u.start <= hit.start < u.end:
            return False
        return booking_tail(self.text[u.start : u.end], hit.start - u.start)

    def _consultation(self, i: int, hit: Hit) -> bool:
        """Round 145 (issue 15): is the hit "Have your say" over a public body's consultation
        (:func:`~lintnews.builtin.advertorial.services.consultation_call`), read on its
        paragraph and the next one (a heading's words are told by what it heads)?"""
        if not self.text[hit.start : hit.end].lower().startswith("have"):
            return False
        bi = self.units.units[i].block
        blocks = self.doc.blocks
        end = blocks[bi + 1].end if bi + 1 < len(blocks) else blocks[bi].end
        return consultation_call(self.text[blocks[bi].start : end])

    def _third_party_appeal(self, i: int, hit: Hit) -> bool:
        """Is the hit's sentence a third party's appeal reported as news (mend 128): its subject a
        plural noun phrase of the third party's people with "can" ("Supporters can give £5 by
        texting ..."), before the hit, and no "you", "we" or "our" of the outlet in it?"""
        u = self.units.units[i]
        if hit.start <= u.start or hit.start - u.start > 80:
            return False
        m = _THIRD_PARTY_CAN.match(self.text, u.start, hit.start)
        if m is None or m.end() > hit.start:
            return False
        return (SECOND.search(self.text, u.start, u.end) is None
                and FIRST_PLURAL.search(self.text, u.start, u.end) is None)

    def _listing_entry(self, i: int) -> bool:
        """Round 131 (issue 15): is the hit's paragraph an entry of a listing page's own, an
        event with its place and its hour ("Spring Concert - St Mark's Church, Hallam, 3pm.
        Tickets £10, under-16s free."), with another such entry within two paragraphs (a
        what's-on page lists its events so)? The price is the listing's information. One such
        entry pasted into a story, with no other beside it, is still read as an event's plug."""
        blocks = self.doc.blocks
        bi = self.units.units[i].block
        if _ENTRY.match(self.text, blocks[bi].start, blocks[bi].end) is None:
            return False
        return any(
            k != bi and _ENTRY.match(self.text, blocks[k].start, blocks[k].end) is not None
            for k in range(max(0, bi - _ENTRY_REACH), min(len(blocks), bi + _ENTRY_REACH + 1))
        )

    def _section_subhead(self, i: int, hit: Hit) -> bool:
        """Round 131 (issue 15): is a widget's title alone on its line a section's subhead of
        the page instead ("Don't miss" over a hotel review's paragraph on the walk it
        recommends)? The label is the advice's negative imperative (a review's or a guide's
        subhead is worded so; "You may also like", "Most viewed", "More from Business" are the
        widget's wherever they stand) and names no kind of the outlet's pages ("Don't miss
        stories"), stands alone on its line with no colon, between two paragraphs of the story,
        and the paragraph under it continues the story's topic: it shares a content word with
        the title or the paragraphs before the label, and names none of the outlet's own staff
        or pages ("chosen by our travel writers": review 131); and the page has other sections under
        subheads of their own (:meth:`_sectioned`). A widget's teaser under it is a headline
        (no paragraph) or about another story."""
        doc = self.doc
        bi = self.units.units[i].block
        blocks = doc.blocks
        if not 0 < bi < len(blocks) - 1:
            return False
        block = blocks[bi]
        line = doc.text[block.start : block.end].strip()
        if len(line.split()) > _SUBHEAD_WORDS or doc.text[hit.end : block.end].strip() or _PAGE_KINDS.search(line):
            return False
        if _ADVICE_LABEL.match(line) is None:
            return False
        under = doc.text[blocks[bi + 1].start : blocks[bi + 1].end].strip()
        above = doc.text[blocks[bi - 1].start : blocks[bi - 1].end].strip()
        if not (_story_paragraph(under) and _story_paragraph(above)) or _OUTLET_OWN.search(under):
            return False  # (review 131: "... chosen by our travel writers": the widget's teaser)
        story = content(doc.text[blocks[max(0, bi - _SUBHEAD_REACH)].start : block.start])
        if bi > _SUBHEAD_REACH:
            story |= content(doc.text[blocks[0].start : blocks[0].end])
        return bool(content(under) & story) and self._sectioned(bi)

    def _sectioned(self, bi: int) -> bool:
        """Is the page cut into sections by subheads besides block ``bi``: another short line
        with no stop ("The spa", "The verdict") over a paragraph of the story? A label alone
        between two paragraphs of a story with no section anywhere is a widget's title."""
        if self._section_heads is None:
            self._section_heads = self._find_section_heads()
        return any(k != bi for k in self._section_heads[:2])

    def _find_section_heads(self) -> tuple[int, ...]:
        """The first two blocks of the page that head a section (a short line with no stop and
        no colon over a paragraph of the story): two are enough to know that one besides any
        given block exists. One scan of the page (review 131)."""
        doc = self.doc
        blocks = doc.blocks
        found: list[int] = []
        for k in range(1, len(blocks) - 1):
            line = doc.text[blocks[k].start : blocks[k].end].strip()
            if not line or len(line.split()) > _SUBHEAD_WORDS or _CLOSED_PARAGRAPH.search(line) or line.endswith(":"):
                continue
            if _story_paragraph(doc.text[blocks[k + 1].start : blocks[k + 1].end].strip()):
                found.append(k)
                if len(found) == 2:
                    break
        return tuple(found)

    def _live_page(self) -> bool:
        """Is the document a live page (entry stamps alone on their lines)? Asked once."""
        if self.live is None:
            self.live = live_page(self.text)
        return self.live

    def _block_span(self, i: int) -> tuple[int, int]:
        b = self.doc.blocks[self.units.units[i].block]
        return b.start, b.end

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
        imperative first word) and is not a line of the story or an editor's note. (Once a
        unit: a page pasted as one sentence of plugs asked it again for each.)"""
        found = self.promoting.get(i)
        if found is None:
            found = self.promoting[i] = self._promotes(i)
        return found

    def _promotes(self, i: int) -> bool:
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
        sev = self._call_severity(i, hit)
        u = self.units.units[i]
        if sev is Severity.WARNING and public_offer_line(self.text[u.start : u.end]):
            # round 145: a public body's service offered ("Join the library for free: ..."), the
            # story's advice: a hint that nothing beside it promotes (review 140: only a call
            # that would warn; "Register for a postal vote by Friday", which read nothing, stays so)
            self.hints.add(i)
            return Severity.INFO
        return sev

    def _call_severity(self, i: int, hit: Hit) -> Severity | None:
        """:meth:`_call_to_action`'s reading of an imperative at a paragraph's edge, before a
        public body's service is told from it: a function cue after it or a brand blog's tip
        warns, "you" in its unit is a hint, else nothing."""
        units = self.units
        u = units.units[i]
        looking = CTA_LOOKING.match(self.text, hit.start) is not None
        cue = self._cue_after(CTA_SELF if looking else CTA_CUE, hit.start, u.end)
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

    def _cue_after(self, pattern: re.Pattern[str] | LazyRegex, at: int, end: int) -> re.Match[str] | None:
        """``pattern.search(text, at, end)``, remembered per unit: for a later hit of the same
        unit, before the cue found last (or after a search that found none), the answer is the
        same, so a unit of a thousand imperatives with no cue is searched once, not once per
        imperative to its end. (The patterns have no anchor that reads the search's start.)"""
        key = (pattern, end)
        last = self.cue_searches.get(key)
        if last is not None:
            start, found = last
            if start <= at and (found is None or found.start() >= at):
                return found
        found = pattern.search(self.text, at, end)
        self.cue_searches[key] = (at, found)
        return found

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
            if not same_kind and kinds_by_block[bi] == {LISTING_RULE} and self._service_line(bi):
                continue  # (round 98: a review's own service line, fields and all)
            if len(weak) < 2 and not same_kind and self._headline_block(bi):
                continue  # (round 117: a plug under the title does not make the title a plug)
            if self._guide_copy(bi):
                continue  # (round 128: a shopping page's own prose, its intro or a pick's verdict)
            by_count = not (beside_strong or same_kind)
            near = self._near_hints(bi, weak) if by_count else None
            for i in self._weak_units(bi):
                if i in self.legal:  # (a legal line is not promotion, whatever is beside it)
                    continue
                if near is not None and i not in near:
                    continue
                if self._story_sentence(i, finite=not by_count):
                    # two hints only in number: a line of the story is not made a plug by
                    # another hint elsewhere in its paragraph (a results story opening on
                    # "Europe's biggest airline group ... unveiled a net profit", in a text
                    # whose paragraphs were run into one); nor by a plug in the paragraph
                    # beside it (round 44: "Black Friday deals are subject to availability, and
                    # some retailers have been criticised ... for discounts that were cheaper
                    # earlier", a report on deals after a deals page's listing)
                    continue
                if beside_strong and not same_kind and len(weak) < 2 and self._bare_listing(i):
                    continue
                if beside_strong and not same_kind and len(weak) < 2 and self._card_description(bi, i):
                    continue
                if beside_strong and not same_kind and len(weak) < 2 and self._price_fact(i):
                    continue  # (round 138: a review's price told as a fact, "Tickets from £25.")
                # a cue-less imperative to "you" only joins a plug right beside it
                if i not in self.hints or beside_strong:
                    self.strong.add(i)

    def _shopping_page(self) -> bool:
        """Round 128: is the whole page a shopping page (a deals page or a buying guide)? Its
        title names deals or bargains, or an affiliate disclosure stands in its first paragraphs,
        before any story: the page is the outlet's shopping section throughout, and its own
        prose is its content, not an insertion. Read once per document."""
        if self._shop_page is None:
            h = self.doc.headline
            title = self.text[h.start : h.end] if h is not None else ""
            us = self.units.units
            self._shop_page = shopping_title(title) or any(
                us[i].block < _GUIDE_TOP
                and any(rule.id == AFFILIATE_RULE and sev.rank >= 1 for rule, _hit, sev in self.signals.get(i, ()))
                for i in self.strong
            )
        return self._shop_page

    def _guide_copy(self, bi: int) -> bool:
        """Round 128: is paragraph ``bi`` a shopping page's own prose (the round-up's intro,
        "we've rounded up the best offers ... Prices were checked on Monday", or a pick's
        verdict, "Our top pick: the Metro 2. It managed 71km in our test ...")? On such a page
        (:meth:`_shopping_page`) a paragraph of two sentences or more whose hints are all
        shopping terms (one at least), with no command in it, continues the list the page is
        made of; its hints stay hints, and it joins no plug beside it. The page's calls to buy ("Buy now at X",
        "£99 at Y - shop now") are strong on their own and are still reported."""
        idx = self.units.block_units(bi) or []
        us = self.units.units
        sentences = [k for k in idx if self.text[us[k].start : us[k].end].rstrip()[-1:] in ".!?\"”’"]
        if len(sentences) < 2:
            return False
        hinted = False
        for k in idx:
            sig = self.signals.get(k, ())
            if any(rule.id not in COMMERCE or sev.rank >= 1 for rule, _hit, sev in sig):
                return False
            if IMPERATIVE.match(self.text, us[k].start, us[k].end):
                return False
            hinted = hinted or bool(sig)
        return hinted and self._shopping_page()

    def _headline_block(self, bi: int) -> bool:
        """Round 117: is paragraph ``bi`` the document's headline? A guide's title with a price
        in it ("The best budget earbuds for under $60") above the affiliate disclosure is the
        page's title, not a line of the plug under it (``_grow_across`` skips it for the same
        reason)."""
        h = self.doc.headline
        return h is not None and self.doc.blocks[bi].start == h.start

    def _card_description(self, bi: int, i: int) -> bool:
        """Round 87: is paragraph ``bi`` a product's description under its card (a gift guide's
        "Kettle — £40 at Shop" line, then "It boils a litre in two minutes. You can return it
        within a month.")? Its one shopping term (unit ``i``, a commerce hint) is the reviewer's
        description, not the card's plug: the paragraph holds two sentences or more, none a
        command, every reported paragraph beside it is a shopping line, and the line after it is
        no "Get it at ..." button (a deal's description between its card and its button is the
        deal's)."""
        sig = self.signals.get(i, ())
        if not sig or any(rule.id not in COMMERCE for rule, _hit, _sev in sig):
            return False
        idx = self.units.block_units(bi) or []
        if len(idx) < 2:
            return False
        us = self.units.units
        if any(IMPERATIVE.match(self.text, us[k].start, us[k].end) for k in idx):
            return False
        nxt = idx[-1] + 1
        if nxt < len(us) and IMPERATIVE.match(self.text, us[nxt].start, us[nxt].end):
            return False  # (between a product's card and its "Get it at ..." button: the deal's own lines)
        beside = [self._best(k)[0].id for k in self.strong if us[k].block in (bi - 1, bi + 1) and k in self.signals]
        return bool(beside) and all(rule in COMMERCE for rule in beside)

    def _service_line(self, bi: int) -> bool:
        """Round 98: is paragraph ``bi`` a review's own service line, the show's run told as a
        sentence and its fields after it ("The play runs at the Lyric until 22 March. Tickets
        £15-£52. Running time 2hr 35min.")? It opens on the run (:data:`RUN_OPENER`), is a
        paragraph of its own after the story's prose, and nothing in it sells (no booking call,
        saving, code or address: :data:`SELLS`). A listing pasted from the venue's page is laid
        out as fields from its first word."""
        blocks = self.doc.blocks
        b = blocks[bi]
        if b.end - b.start > _SERVICE_CHARS or "\n" in self.text[b.start : b.end].strip():
            return False
        if RUN_OPENER.match(self.text, b.start, b.end) is None:
            return False
        return SELLS.search(self.text, b.start, b.end) is None

    def _price_fact(self, i: int) -> bool:
        """Round 138: is unit ``i`` a price told as a fact (:func:`price_fact`), its only signals
        weak ones of shopping copy? Beside a plug it stays a hint: the review's own fact."""
        sig = self.signals.get(i, ())
        if not sig or any(rule.id != "advertorial/commerce-copy" or sev.rank >= Severity.WARNING.rank for rule, _hit, sev in sig):
            return False
        u = self.units.units[i]
        return price_fact(self.text[u.start : u.end])

    def _bare_listing(self, i: int) -> bool:
        """Is unit ``i`` a listing's fields and nothing else (its only signal the listing rule's,
        no price, ticket or booking in it)? Such a line is the review's service line, not the
        plug beside it."""
        sig = self.signals.get(i, ())
        if not sig or any(rule.id != LISTING_RULE for rule, _hit, _sev in sig):
            return False
        u = self.units.units[i]
        if PRICED.search(self.text, u.start, u.end) is not None:
            return False
        # a paragraph of its own, set off by blank lines (a listing's lines run together, one
        # field a line, are one listing with the booking line under them)
        blocks = self.doc.blocks
        bi = u.block
        # (round 138: in a text with no blank line, each line is a paragraph, :func:`paragraph_gap`)
        return all(
            paragraph_gap(self.text, blocks[a].end, blocks[b].start)
            for a, b in ((bi - 1, bi), (bi, bi + 1))
            if a >= 0 and b < len(blocks)
        )

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

    def _story_sentence(self, i: int, finite: bool = False) -> bool:
        """A whole sentence of the story: a line of the story (it reports, or narrates in the past
        tense) of eight words at least, closed by its stop (a listing's "(Closed on Mon)" is no
        narration). With ``finite`` (round 44, a hint weighed beside a plug) the past must be told
        by a finite verb ("were", "had", "sold"), not guessed from an "-ed" word that a product's
        description uses as an adjective ("extended returns")."""
        u = self.units.units[i]
        if not (
            self.units.words(i) >= 8
            and CLOSED.search(self.text, u.start, u.end) is not None
            and self.units.story(i)
        ):
            return False
        return not finite or self.units.reports(i) or FINITE_PAST.search(self.text, u.start, u.end) is not None

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

    def _in_advice_box(self, bi: int) -> bool:
        """Round 139 (issue 15): is paragraph ``bi`` a line of the story's box of advice, a
        heading opened by an advice label and the lines under it with no blank line between
        (:func:`~lintnews.builtin.advertorial.promo_voice.advice_box`)? A text with no blank
        line makes each line a paragraph, so the box is read from its heading at most
        :data:`_ADVICE_REACH` lines up to the end of its run of lines."""
        blocks, text = self.doc.blocks, self.text

        def joined(k: int) -> bool:  # (block k follows block k - 1 with no blank line)
            return k > 0 and "\n\n" not in text[blocks[k - 1].end : blocks[k].start].replace("\r", "")

        first = bi
        while first > 0 and bi - first < _ADVICE_REACH and joined(first):
            first -= 1
        last = bi
        while last + 1 < len(blocks) and last - first < 2 * _ADVICE_REACH and joined(last + 1):
            last += 1
        return any(advice_box(text[blocks[head].start : blocks[last].end]) for head in range(first, bi))

    def _list_step(self, bi: int) -> bool:
        """Round 140 (issue 15): is list item ``bi`` one of a marked-up list's run of items that
        speaks for nobody (:func:`~lintnews.builtin.advertorial.steps.list_item_step`)? The
        reader takes the list's numbers off, so the run is read from the blocks' kinds."""
        blocks = self.doc.blocks
        near = sum(1 for j in (bi - 1, bi + 1) if 0 <= j < len(blocks) and blocks[j].kind == "list")
        b = blocks[bi]
        return list_item_step(self.text, b.start, b.end, near)

    def _voiced_paragraphs(self) -> None:
        """The paragraphs holding a channel word (the promo-voice rule's) that no signal has
        marked and that are plugs by their voice (see
        :mod:`lintnews.builtin.advertorial.promo_voice`): their units become strong."""
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
                lead = self._before_reported_tail(idx) if not pieces[0][1] and bi in self.voice_blocks else None
                if lead:
                    # (round 117: a plug glued before the story's reported sentence, "Be the
                    # first to know ... with our alerts. Engineers said the deck was sound.": the
                    # plug's sentences are judged without the report after them)
                    pieces = [(lead, voice_level(text, us[lead[0]].start, us[lead[-1]].end, quoted))]
            else:
                # each piece of the paragraph a scraper glued together ("...all the
                # difference.The budget also includes"): a plug glued into a story paragraph
                pieces = [
                    (piece, voice_level(text, us[piece[0]].start, us[piece[-1]].end, quoted))
                    for piece in glued_pieces(units, idx)
                ]
            if not any(level for _piece, level in pieces):
                continue  # (no piece speaks as a plug: nothing below to mark)
            # (the two tests below asked only now, of the few paragraphs a piece of which speaks as
            # a plug: where none does, their answers change nothing, and the advice box is read
            # from up to _ADVICE_REACH lines up. Asked first, of every paragraph holding a channel
            # word, they took 0.06 s of a 2 MB text's warm run of about 3.5 s; speed173)
            if service_paragraph(text[b.start : b.end]):
                continue  # (round 136: the story's pointer to a public body's service, "visit the NHS website")
            if self._in_advice_box(bi):
                continue  # (round 139: a line of the story's "How to ..." box of advice)
            if numbered_step(text, b.start) or (b.kind == "list" and self._list_step(bi)):
                continue  # (round 140: one of the story's numbered steps, or its list's items)
            for piece, level in pieces:
                if not level or not piece or any(i in self.strong for i in piece):
                    continue
                if level == 1 and any(
                    rule.id != CTA_RULE
                    and not (rule.id == LISTING_RULE and (self._fact_box_field(bi) or self._under_details_label(bi)))
                    for i in piece for rule, _hit, _sev in self.signals.get(i, ())
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

    def _booking_field(self, i: int) -> bool:
        """Round 139 (issue 15): is unit ``i`` a field of the story's box of facts
        (:meth:`_fact_box_field`), with no "you", "we" or "our" in it? A booking address as
        one field among the box's others ("Where: ...", "Prices: ...", "Book: ...") is the
        box's fact; a plug speaks to the reader or as the outlet."""
        u = self.units.units[i]
        bi = u.block
        b = self.doc.blocks[bi]
        if SECOND.search(self.text, b.start, b.end) is not None or FIRST_PLURAL.search(self.text, b.start, b.end) is not None:
            return False
        return self._fact_box_field(bi)

    def _fact_box_field(self, bi: int) -> bool:
        """Round 131 (issue 15): is paragraph ``bi`` a field of the story's fact box, a line
        "Label: value" with another such line beside it ("Date: Sunday 6 April" / "Entry: £12
        adults, £6 under-16s, free for under-5s" under "Event details")? Its prices and its
        "free" are the event's details read twice (the listing rule's and the seller's), not two
        hints that agree on a pitch. A lone field, or a field that calls or speaks as the
        outlet, is judged as before."""
        blocks = self.doc.blocks
        if not _FIELD.fullmatch(self.text, blocks[bi].start, blocks[bi].end):
            return False
        return any(
            0 <= k < len(blocks) and _FIELD.fullmatch(self.text, blocks[k].start, blocks[k].end) is not None
            for k in (bi - 1, bi + 1)
        )

    def _under_details_label(self, bi: int) -> bool:
        """Round 147 (issue 15): is paragraph ``bi`` the story's box of an event's facts under
        its label alone on the line above ("Screening details:" / "<Hall>, Saturday 21 November,
        7pm. Tickets £5, on the door.")? The label names the facts (details, information,
        essentials, "where and when"), neither it nor the paragraph speaks as the outlet or to
        the reader, and the label is no command ("Book now:"). Its price and its "free" are the
        event's details read twice, as in a box of "Label: value" fields (round 131)."""
        if bi == 0:
            return False
        blocks, text = self.doc.blocks, self.text
        label = text[blocks[bi - 1].start : blocks[bi - 1].end].strip()
        if _DETAILS_LABEL.fullmatch(label) is None or IMPERATIVE.match(label) is not None:
            return False
        b = blocks[bi]
        return SECOND.search(text, b.start, b.end) is None and FIRST_PLURAL.search(text, b.start, b.end) is None

    def _before_reported_tail(self, idx: list[int]) -> list[int] | None:
        """Round 117: the units of a paragraph before the sentences that close it by reporting
        somebody's words in the story's voice (a verb of saying, no "you", "we" or "our", not a
        command), when there are such sentences and units before them; else None."""
        units = self.units
        k = len(idx)
        while k > 0:
            j = idx[k - 1]
            if not units.reports(j) or units.voice(SECOND, j) or units.voice(FIRST_PLURAL, j):
                break
            if IMPERATIVE.match(self.text, units.units[j].start, units.units[j].end) is not None:
                break
            k -= 1
        return idx[:k] if 0 < k < len(idx) else None

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
                    if k == bi and j < i:
                        continue  # (round 125: the story's sentence the label is glued after)
                    self.signals.setdefault(j, []).append((rule, hit, Severity.WARNING))
                    self.strong.add(j)

    def _weak_units(self, bi: int) -> list[int]:
        idx = self.units.block_units(bi) or []
        return [i for i in idx if i in self.signals and i not in self.strong]

    def _mark(self, j: int, src: int) -> bool:
        if j in self.marked or j in self.cards:  # (round 112: a deals page's product heading is never grown over)
            return False
        self.marked.add(j)
        self.origin[j] = self.origin[src]
        return True
