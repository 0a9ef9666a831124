"""Advertorial blocks: promotional signals grown into whole appeals and plugs.

The words live in ``rules/advertorial.toml``, one rule per function (appeals,
plugs, disclosures, commerce, comments, syndication, company boilerplate, related
lists); this judge receives the hits of all advertorial rules at once and decides
what one inserted block is, because an editor needs one diagnostic per appeal, not
one per phrase:

1. **Units.** The Document's sentences, already split where a scraper glued two
   sentences after a stop ("difference.High quality", ``Sentence.glued``), are split
   again where text was glued with no stop at all ("Paid ProgramNow the agency",
   "stories you may have missedComments"): a lower-case letter running into a
   capitalised word. Such a join inside a signal ("Give with PayPal") is not a split.
2. **Signals.** Hits inside an attributed quotation, or in a unit that reports
   somebody's words ("the company said ... subscribe now"), are journalism about
   promotion and are dropped. Warning-level hits are *strong*; info-level hits are
   *weak* (a deal price, a lone "Read more", an "About Northwind" label): two weak
   hits in one paragraph, a weak paragraph next to a promotional one, or two weak
   paragraphs of one kind in a row count as strong. An imperative to the reader
   ("Grab my guide here") counts only at a paragraph's edge, and is strong only
   with a function cue ("here", "free", "our", a link). Lone weak hits stay ``info``.
3. **Shape.** A line that reads as a headline or a link (short, title case, no
   sentence stop; see :func:`_shape`) is a weak signal of its own: a run of three
   such lines inside body text, a run of lines led by dates (a timeline of earlier
   stories), the lines after a "Related" label, or one holding a price or a read-more
   label, are reported; a lone one off the topic of the paragraphs around it is
   ``info``. An "About Northwind" label followed by a paragraph that starts with
   the company's name is a press release's boilerplate.
4. **Extension inside a paragraph.** From a strong unit the block grows over
   neighbouring units that continue it: another signal, the publication's
   "we ... you" voice, or a fragment of a few words ("Politics happens."), but
   never over a story line (one that reports, or narrates in the past tense:
   "The mayor spoke."), and never across a glued boundary.
5. **Extension over paragraphs.** A neighbouring paragraph is promotional too
   when it carries signals of its own, or when it speaks mostly as "we/our" about
   the publication's work (the middle of a donation appeal), and never when it
   reports. It is marked, not merged: **every paragraph is its own diagnostic**,
   so a suppression comment around one paragraph never silences the next, and a
   story paragraph between two plugs is left alone.
6. **One diagnostic per run** of consecutive marked units of one paragraph; a
   glued boundary or an unmarked story unit ends a run.

Every step is linear in the number of units and hits.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from lintnews.model.diagnostic import Finding, Severity
from lintnews.util import cache

# the rules this judge treats by role (a house pack's rules in this context are judged by severity)
_SHAPE_RULE = "advertorial/headline-list"
# (the rule's words, as in rules/advertorial.toml: its findings come from the shape of lines,
# not from its pattern's hits, so the rule object may not be at hand)
_SHAPE_MESSAGE = "Headline-shaped line (a link or a list of related stories?) inside the article."
_SHAPE_SUGGESTION = "Remove the list of links from the article body if it is not part of the story."
_CTA_RULE = "advertorial/reader-cta"
_COMPANY_RULE = "advertorial/company-boilerplate"
_LABEL_RULES = frozenset({"advertorial/read-more", "advertorial/related-plug"})
_COMMERCE = frozenset(
    {"advertorial/commerce-cta", "advertorial/commerce-copy", "advertorial/affiliate-disclosure"}
)
# disclosures are often in the past tense ("was produced in partnership", "received it free"):
# their hits count inside a story line too
_DISCLOSURES = frozenset(
    {"advertorial/syndication", "advertorial/affiliate-disclosure", "advertorial/sponsored-marker"}
)

# the publication speaking as "we" (the appeal voice) and to "you" (the reader)
_FIRST_PLURAL = cache.compiled(r"\b(?:we|we['’](?:re|ve|ll|d)|our|ours|us|let['’]s)\b", re.IGNORECASE)
_SECOND = cache.compiled(r"\b(?:you|your|yours|you['’](?:re|ve|ll|d))\b", re.IGNORECASE)
# what an appeal talks about when it speaks as "we": its journalism and its readers
_APPEAL_TOPIC = cache.compiled(
    r"\b(?:journalis\w*|reporters?|reporting|newsroom|readers?|paywalls?|subscri\w+|donat\w+|"
    r"stor(?:y|ies)|coverage|documentar\w+|afford|everyone|fact-?check\w*|"
    r"advertis\w+|newsletters?)\b",
    re.IGNORECASE,
)
# a unit that reports somebody's words or findings is journalism, whatever it quotes
_REPORTING = cache.compiled(
    r"\b(?:said|says|told|according\s+to|reported|reports|announced|wrote|writes|tweeted|"
    r"stated|explained|testified|alleged|claimed)\b",
    re.IGNORECASE,
)
# narration in the past tense ("The mayor spoke.", "Police closed the road."): a story line,
# which a plug beside it never swallows. A participle after a form of "be" or "get" is not
# narration ("is trusted", "get it delivered"), nor is one of the few -ed words that are not verbs.
_PAST = cache.compiled(
    r"\b(?:was|were|had|did)\b"
    r"|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bget )(?<!\bgets )(?<!\bgot )"
    r"\b(?:spoke|went|came|took|made|gave|won|lost|met|left|began|ran|saw|fell|"
    r"rose|held|found|sent|became|brought|bought|built|caught|chose|drove|flew|grew|knew|led|"
    r"paid|sat|sold|shot|stood|struck|thought|threw|wore|broke|died)\b"
    r"|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bget )(?<!\bgets )(?<!\bgot )"
    r"\b(?!(?:need|feed|seed|speed|breed|indeed|limited|detailed|related|dedicated|featured|"
    r"sponsored|supported|powered|based|advertised|recommended|required|selected|interested|"
    r"talented|red|bed|shed|wed|hundred|united|sacred|naked|wicked|beloved|aged|biased|"
    r"skilled|unlimited|unrivalled|unmatched|curated|handpicked|handcrafted)\b)[a-z]{2,}[^e\W]ed\b",
    re.IGNORECASE,
)
_WE_PAST = cache.compiled(r"\bwe\s+(?:\w+\s+)?(?:" + _PAST.pattern + ")", re.IGNORECASE)
# a join a scraper left without a stop: "ProgramNow the", "missedComments under": at a case
# change (Document.case_changes), the rest of the word and the character after it, which
# must lie inside the sentence.
_GLUE_WORD = cache.compiled(r"[a-z]+[ ,;:'’]")
_SENTENCE_OPENER = cache.compiled(
    r"(?:The|This|That|These|Those|Now|After|Before|While|When|Since|But|And|"
    r"She|They|You|There|Here|Its|His|Her|Their|Our|For|With)\b"
)
_SHORT_WORDS = 6  # a fragment this short continues the plug it sits in ("Politics happens.")
_HEADING_WORDS = 12
_TERMINAL = cache.compiled(r"[.!?:\"”’)]\s*$")
_CLOSED = cache.compiled(r"[.!?][\"'”’)]*\s*$")

# -- an imperative to the reader: what makes it a call to action ------------------------------
# cues for "get / grab / download / join / try ..."; "read / see / watch / visit ..." need the
# publication or author naming itself ("our", "my", "the next article"), since "see the report
# here" links a source.
_CTA_CUE = cache.compiled(
    r"\b(?:here|now|today|below|above|links?|free|our|my|www|https?|newsletters?|app|checklist|"
    r"quiz|e-?book|webinar|course|sign\s+up|subscribe)\b|[!→»]",
    re.IGNORECASE,
)
_CTA_SELF = cache.compiled(
    r"\b(?:our|my|this\s+(?:site|page|series|blog)|next\s+(?:article|post)|newsletters?|app)\b",
    re.IGNORECASE,
)
_CTA_LOOKING = cache.compiled(
    r"(?:click|tap|visit|explore|browse|read|see|watch|listen|learn|discover|find)\b", re.IGNORECASE
)

# -- shape: a line that reads as a headline or a link -------------------------------------------
_WORD = cache.compiled(r"[^\W_][\w’'&.-]*")
_SMALL = frozenset(
    "a an the of in on at to for and or but nor with by from as vs via is are was be it its into "
    "over after before up out off per than that this how why what who when your you his her their "
    "new not".split()
)
# bylines, credits, captions, time stamps, copyright and legal lines are not links
_NOT_HEADLINE = cache.compiled(
    r"^(?:by|photo|photograph|image|picture|pictured|credit|source|file|caption|copyright|"
    r"updated|posted|published|reporting\s+by|editing\s+by|additional\s+reporting)\b"
    r"|\b(?:photo|photograph|getty|reuters|afp|ap\s+photo|associated\s+press|shutterstock|istock|"
    r"credit|courtesy|all\s+rights\s+reserved|trademark|privacy|terms\s+of)\b|[©®|]|\d{1,2}:\d{2}"
    r"|@\w|https?://|www\.|\bby\s+[A-Z]",
    re.IGNORECASE,
)
# a line led by a date: an entry of a timeline of earlier stories
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATED = cache.compiled(
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}"
    rf"(?:,?\s+\d{{4}})?|(?:19|20)\d{{2}}(?:-\d{{2}}-\d{{2}})?|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"\s{0,3}[:–—|-]\s{1,3}(?=\S)",
    re.IGNORECASE,
)
# ... or closed by one: "Ferry terminal plan goes back to the drawing board (March 14, 2024)"
_DATED_END = cache.compiled(
    rf"(?:\s[-–—|]\s|,\s|\s\(|\s)(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}"
    r",?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\)?\s*$",
    re.IGNORECASE,
)
_CANDIDATE = cache.compiled(
    r"[ \t]{0,20}[A-Z0-9“\"‘'$£€](?:[^\n.!;]|\.(?![ \t]*(?:[A-Z“\"‘]|$)))*+[ \t]*"
)
_CONTENT_WORD = cache.compiled(r"[A-Za-z][A-Za-z’'-]{3,}")
_STOPWORDS = frozenset(
    "this that with from have were their about after would could which there what when your more "
    "than will into over also been they said says some such them then these those where while "
    "just like only other being does done make made first last year years week time people".split()
)
_POSSESSIVE = cache.compiled(r"[’']s$")
_SENTENCE_STOP = cache.compiled(r"[.!?][\"'”’)]*(?:\s|$)")
_PRICE = cache.compiled(r"[$£€]\s?\d|\d\s?%")
_LABEL_END = cache.compiled(r"[:|»›→]\s*")
_RUN = 3  # headline-shaped lines in a row that make a list of links
_PROSE_WORDS = 12  # a paragraph of body text has at least this many words and a stop
_AFTER_LABEL = 12  # lines after a "Related" label that may be its headlines


@dataclass(frozen=True, slots=True)
class _Unit:
    start: int
    end: int
    block: int
    glued: bool  # joined to the previous unit without white space


Signal = tuple  # (rule, hit, severity)


class _Spans:
    """The signal hits' spans, for "is this offset inside / at the edge of a hit?" in log time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [a for a, _ in spans]
        self.reach: list[int] = []  # the furthest end among the spans up to each index
        far = -1
        for _, b in spans:
            far = max(far, b)
            self.reach.append(far)
        self.edges = {x for span in spans for x in span}

    def inside(self, at: int) -> bool:
        i = bisect_left(self.starts, at) - 1  # spans starting before ``at``
        return i >= 0 and self.reach[i] > at

    def at_edge(self, at: int) -> bool:
        return at in self.edges


def _real_glue(text: str, lo: int, at: int, spans: _Spans) -> bool:
    """Is the case change at ``at`` a scraper's join rather than a brand name?

    A join right at a signal's edge ("Paid Program|Now") is one; otherwise the
    word before must end in three or more lower-case letters and the word after
    must be one that opens sentences ("picks|The", "Youtube|This"), which brand
    names ("YouTube", "HomeKit", "McDonald", "LinkedIn") and handles do not
    give; two-letter openers ("In", "It") are left out for "LinkedIn"'s sake.
    """
    if spans.at_edge(at):
        return True
    word_start = at
    while word_start > lo and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:at]
    if word[:1] in "@#" or "/" in word or any(c.isdigit() for c in word):
        return False
    tail = len(word) - len(word.rstrip("abcdefghijklmnopqrstuvwxyz"))
    return tail >= 3 and _SENTENCE_OPENER.match(text, at) is not None


def _glue_points(doc) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Every case change that may be a join, with the end of the word it opens (plus
    one character): from the document's case changes, not a scan per sentence."""
    text, word = doc.text, _GLUE_WORD.match
    return [(at, m.end()) for at in doc.case_changes if (m := word(text, at + 1)) is not None]


class _Units:
    """Sentences split again at stopless glue; the judge's unit of text."""

    def __init__(self, doc, hits: list) -> None:  # type: ignore[no-untyped-def]
        text = doc.text
        spans = _Spans(sorted((h.start, h.end) for h in hits))
        sentences = doc.sentences
        # A sentence with no glue in it is its own unit: a Sentence has the fields of
        # a _Unit, and most sentences are not split, so no second object is made; the
        # few sentences that hold a glue point are found from the glue points.
        starts = doc._sentence_starts
        glue_in: dict[int, list[tuple[int, int]]] = {}
        for at, reach in _glue_points(doc):
            si = bisect_right(starts, at) - 1
            if si >= 0 and at < sentences[si].end:
                glue_in.setdefault(si, []).append((at, reach))
        units: list = []
        append = units.append
        done = 0
        for si in sorted(glue_in):
            units.extend(sentences[done:si])
            s = sentences[si]
            start, glued = s.start, s.glued
            for at, reach in glue_in[si]:
                if reach > s.end or spans.inside(at) or not _real_glue(text, s.start, at, spans):
                    continue
                if at - start >= 2:
                    append(_Unit(start, at, s.block, glued))
                    start, glued = at, True
            append(_Unit(start, s.end, s.block, glued) if start != s.start else s)
            done = si + 1
        units.extend(sentences[done:])
        self.doc = doc
        self.text = text
        self.units = units
        self._starts = [u.start for u in units]

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
        """Does the unit report somebody's words (outside quotation marks)?"""
        u = self.units[i]
        return any(
            self.doc.quotation_at(m.start()) is None
            for m in _REPORTING.finditer(self.text, u.start, u.end)
        )

    def voice(self, pattern: re.Pattern[str], i: int) -> int:
        u = self.units[i]
        return sum(
            1 for m in pattern.finditer(self.text, u.start, u.end)
            if self.doc.quotation_at(m.start()) is None
        )

    def words(self, i: int) -> int:
        u = self.units[i]
        return len(self.text[u.start : u.end].split())

    def story(self, i: int) -> bool:
        """A line of the story: it reports, or narrates in the past tense outside the
        publication's "we/you" voice ("The mayor spoke.", "We walked the sea wall")."""
        if self.reports(i):
            return True
        u = self.units[i]
        if _PAST.search(self.text, u.start, u.end) is None:
            return False
        return not self.voice(_SECOND, i) and not (
            self.voice(_FIRST_PLURAL, i) and not _past_of_we(self.text, u.start, u.end)
        )

    def narrated_before(self, i: int, at: int) -> bool:
        """Does a whole sentence (closed by a stop, not a headline-like fragment) narrate in
        the past tense before ``at``, outside the "we/you" voice? Then a promotional phrase
        at ``at`` is what the story is about ("Regulators fined the retailer over a
        limited-time offer")."""
        u = self.units[i]
        if at <= u.start + 2 or _CLOSED.search(self.text, u.start, u.end) is None:
            return False
        if _PAST.search(self.text, u.start, at) is None:
            return False
        return not self.voice(_SECOND, i) and not self.voice(_FIRST_PLURAL, i)

    def at_edge(self, i: int) -> bool:
        """Is the unit the first or the last of its paragraph (or next to a glued join)?"""
        us = self.units
        block = us[i].block
        first = i == 0 or us[i - 1].block != block or us[i].glued
        last = i + 1 == len(us) or us[i + 1].block != block or us[i + 1].glued
        return first or last


def _past_of_we(text: str, lo: int, hi: int) -> bool:
    """"We walked", "we counted": the publication narrating, in the past, what it did."""
    return _WE_PAST.search(text, lo, hi) is not None


# -- the judge ----------------------------------------------------------------------------------


def judge(doc, hits_by_rule) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    """One finding per advertorial block and paragraph (see the module docstring)."""
    if not doc.sentences:
        return
    # (the headline-list rule's own hits, dated lines, only make sure its document is judged:
    # the shape of every line is looked at below)
    other = {rule: hits for rule, hits in hits_by_rule.items() if rule.id != _SHAPE_RULE}
    if not other:  # only a dated line: the cheap path, no units needed
        yield from _Shapes(doc, None).findings()
        return
    yield from _Judgement(doc, other).findings()


class _Judgement:
    """The signals of one document, the units they mark, and the findings."""

    def __init__(self, doc, hits_by_rule) -> None:  # type: ignore[no-untyped-def]
        self.doc = doc
        self.text = doc.text
        self.units = _Units(doc, [h for hits in hits_by_rule.values() for h in hits])
        self.signals: dict[int, list[Signal]] = {}
        self.hints: set[int] = set()  # units whose weak signals may only ever be hints
        self._collect(hits_by_rule)
        self.shapes = _Shapes(doc, self)
        self.strong = {i for i, sig in self.signals.items() if any(sev.rank >= 1 for _, _, sev in sig)}
        self._promote_weak()
        if self.shapes is not None:
            self.strong |= self.shapes.promoted_units()
        # every marked unit remembers the signal it was marked for (a unit grown over
        # has none of its own: it is reported under the signal it grew from)
        self.origin: dict[int, Signal] = {i: self._best(i) for i in self.strong}
        self.marked = set(self.strong)
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

    # -- signals --------------------------------------------------------------------------------
    def _collect(self, hits_by_rule) -> None:  # type: ignore[no-untyped-def]
        doc, text, units = self.doc, self.text, self.units
        for rule, hits in hits_by_rule.items():
            for hit in hits:
                i = units.index(hit.start)
                s = doc.sentence_at(hit.start)
                if rule.exceptions and s and rule.excepted(text, hit, s.start, s.end):
                    continue
                if doc.in_attributed_quote(hit.start, hit.end) or units.reports(i):
                    continue
                # a promotional phrase in the middle of a line of the story is reported on,
                # not pasted in ("Regulators fined the retailer over a limited-time offer")
                if rule.id not in _DISCLOSURES and units.narrated_before(i, hit.start):
                    continue
                sev = hit.term.severity if hit.term and hit.term.severity else rule.severity
                if rule.id == _CTA_RULE:
                    sev = self._call_to_action(i, hit)
                    if sev is None:
                        continue
                self.signals.setdefault(i, []).append((rule, hit, sev))

    def _call_to_action(self, i: int, hit) -> Severity | None:  # type: ignore[no-untyped-def]
        """An imperative to the reader: strong at a paragraph's edge with a function cue,
        a hint at the edge when it speaks to "you", otherwise nothing."""
        units = self.units
        if not units.at_edge(i):
            return None
        u = units.units[i]
        looking = _CTA_LOOKING.match(self.text, hit.start) is not None
        cue = (_CTA_SELF if looking else _CTA_CUE).search(self.text, hit.start, u.end)
        if cue is not None:
            return Severity.WARNING
        if units.voice(_SECOND, i):
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
        strong_blocks = {us[i].block for i in self.strong}
        weak_by_block: dict[int, list[int]] = {}
        kinds_by_block: dict[int, set[str]] = {}
        for i, sig in self.signals.items():
            if i in self.strong:
                continue
            b = us[i].block
            counted = weak_by_block.setdefault(b, [])
            kinds = kinds_by_block.setdefault(b, set())
            for rule, _hit, _sev in sig:
                if rule.id != _CTA_RULE:  # an imperative counts by its cue, not by number
                    counted.append(i)
                    kinds.add(rule.id)
        for bi, weak in weak_by_block.items():
            beside_strong = bi - 1 in strong_blocks or bi + 1 in strong_blocks
            same_kind = any(
                kinds_by_block[bi] & kinds_by_block[b] for b in (bi - 1, bi + 1) if b in kinds_by_block
            )
            if not (len(weak) >= 2 or beside_strong or same_kind):
                continue
            for i in self._weak_units(bi):
                # a cue-less imperative to "you" only joins a plug right beside it
                if i not in self.hints or beside_strong:
                    self.strong.add(i)

    def _about_sections(self) -> None:
        """"About Northwind" on a line of its own (or "About Northwind:" opening a paragraph),
        then text that starts with "Northwind": a press release's company boilerplate."""
        units, text, blocks = self.units, self.text, self.doc.blocks
        us = units.units
        abouts = [
            (i, rule, hit) for i, sig in self.signals.items() for rule, hit, _sev in sig
            if rule.id == _COMPANY_RULE and text[hit.start : hit.start + 6].lower() == "about "
        ]
        for i, rule, hit in abouts:
            bi = us[i].block
            name = text[hit.start + 6 : hit.end].strip().rstrip(":").split()
            if not name:
                continue
            first = _POSSESSIVE.sub("", name[0].lower())
            rest = text[hit.end : blocks[bi].end].lstrip().lower()
            if rest:  # "About Northwind: Northwind is ..." in one paragraph
                section = [bi] if rest.startswith(first) else []
            else:
                section = []
                for k in range(bi + 1, min(bi + 4, len(blocks))):
                    if not text[blocks[k].start : blocks[k].end].lstrip().lower().startswith(first):
                        break
                    section.append(k)
            if not section:
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
            units.voice(_FIRST_PLURAL, i) or units.voice(_SECOND, i) or units.words(i) <= _SHORT_WORDS
        )

    def _grow_within(self, i: int) -> list[int]:
        """Neighbouring units of the same paragraph that continue the plug."""
        us = self.units.units
        block = us[i].block
        out = []
        for step in (-1, 1):
            j = i
            while True:
                nxt = j + step
                if not 0 <= nxt < len(us) or us[nxt].block != block:
                    break
                # a glued boundary separates the plug from the story on the other side
                if us[nxt].glued if step == 1 else us[j].glued:
                    break
                if nxt not in self.marked and not self._continues(nxt) and not self._bridges(nxt, step):
                    break
                out.append(nxt)
                j = nxt
        return out

    def _bridges(self, i: int, step: int) -> bool:
        """One unit between two marked units of the same paragraph, with no glue on
        either side and not a story line, belongs to the block around it (the fine
        print of a deals plug)."""
        us = self.units.units
        k = i + step
        if not 0 <= k < len(us) or k not in self.marked or us[k].block != us[i].block:
            return False
        return not us[i].glued and not us[max(i, k)].glued and not self.units.story(i)

    def _fill_gaps(self) -> list[tuple[int, int]]:
        """Units between two marked units of one paragraph, with no glue and no story
        line in between: a paragraph that is promotion at both ends is promotion throughout."""
        us = self.units.units
        out = []
        marked_by_block: dict[int, list[int]] = {}
        for i in sorted(self.marked):
            marked_by_block.setdefault(us[i].block, []).append(i)
        for hit in marked_by_block.values():
            for a, b in pairwise(hit):
                if b - a > 1 and not any(us[k].glued for k in range(a + 1, b + 1)) and not any(
                    self.units.story(k) for k in range(a + 1, b)
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
                any(i in self.signals and i not in self.hints for i in idx)
                or _appeal_voice(units, idx)
                or (before and after and _heading(units, idx) and not any(units.story(i) for i in idx))
                # the description between a product's price line and its "buy" line
                or (before and after and self._commerce(idx[0] - 1) and self._commerce(idx[-1] + 1))
            )
            if joins:
                src = idx[0] - 1 if before else idx[-1] + 1
                out.extend((j, src) for j in _unglued(units, idx, before))
        return out

    def _commerce(self, i: int) -> bool:
        return self.origin[i][0].id in _COMMERCE

    # -- findings -------------------------------------------------------------------------------
    def findings(self) -> Iterator[Finding]:
        us = self.units.units
        for i in self.signals:  # weak signals that joined no block stay hints
            if i not in self.marked:
                yield self._finding([i], Severity.INFO)
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


def _unglued(units: _Units, idx: list[int], from_start: bool) -> list[int]:
    """The units of a paragraph up to (or back from) its first glued boundary."""
    us = units.units
    if from_start:
        out = [idx[0]]
        for i in idx[1:]:
            if us[i].glued:
                break
            out.append(i)
        return out
    out = [idx[-1]]
    for i in reversed(idx[:-1]):
        if us[i + 1].glued:
            break
        out.append(i)
    return out


def _appeal_voice(units: _Units, idx: list[int]) -> bool:
    """Most units speak as the publication ("we", "our") about its work and readers."""
    voiced = [i for i in idx if units.voice(_FIRST_PLURAL, i)]
    if len(voiced) * 2 < len(idx):
        return False
    return any(units.voice(_APPEAL_TOPIC, i) for i in voiced) and not any(
        units.story(i) for i in voiced
    )


def _heading(units: _Units, idx: list[int]) -> bool:
    """A short line without a closing stop: a product or section heading."""
    chunk = units.text[units.units[idx[0]].start : units.units[idx[-1]].end]
    return len(chunk.split()) <= _HEADING_WORDS and not _TERMINAL.search(chunk)


# -- shape --------------------------------------------------------------------------------------


def _stems(text: str) -> set[str]:
    """The content words of a text, cut to five letters ("budget", "budgets": "budge")."""
    return {
        w[:5] for m in _CONTENT_WORD.finditer(text) if (w := m.group().lower()) not in _STOPWORDS
    }


def _headline_like(line: str, strict: bool) -> bool:
    """Does a line read as a headline or link text?

    Both kinds: one line, 2-18 words (3 when ``strict``), no closing stop, not a
    byline, credit, caption, time stamp or legal line, at most one comma. ``strict``
    (no label in front to say it is a link) also wants title case: three in four
    content words capitalised, and not all capitals (a shouted subhead).
    """
    s = line.strip()
    if not s or "\n" in s or len(s) > 160 or s[-1] in ".!;,:" or s.count(",") >= 2:
        return False
    if s[0] in "\"“‘'" and s[-1] in "\"”’'":  # a pull quote
        return False
    # (the cheap tests first: most candidate lines fail on words or case)
    if not (3 if strict else 2) <= len(s.split()) <= 18:
        return False
    if strict and s.upper() == s:
        return False
    words = _WORD.findall(s)
    if not (3 if strict else 2) <= len(words) <= 18:
        return False
    if not strict:
        return _NOT_HEADLINE.search(s) is None
    content = [w for w in words if w.lower() not in _SMALL]
    if len(content) < 2:
        return False
    capital = sum(1 for w in content if w[0].isupper() or w[0].isdigit() or w[0] in "$£€")
    return capital * 4 >= len(content) * 3 and _NOT_HEADLINE.search(s) is None


def _dated(line: str) -> bool:
    """A timeline entry: a date, a separator, then a few words with no closing stop."""
    line = line.strip()
    if not line or not (line[0].isdigit() or line[0] in "JFMASOND" or line[-1].isdigit() or line[-1] == ")"):
        return False
    m = _DATED.match(line)
    if m is not None:
        rest = line[m.end():].strip()
    else:
        m = _DATED_END.search(line)
        if m is None:
            return False
        rest = line[: m.start()].strip()
    return bool(rest) and _headline_like(rest, strict=False) and len(rest.split()) >= 3


class _Shapes:
    """Headline-shaped lines: runs, timelines, label-led lists, and lone off-topic lines.

    Works on the matcher's candidate lines (``advertorial/headline-list`` hits: lines
    that open with a capital and hold no sentence stop) and their neighbouring blocks
    only; every block is looked at a bounded number of times.
    """

    def __init__(self, doc, judgement: _Judgement | None) -> None:  # type: ignore[no-untyped-def]
        self.doc = doc
        self.text = text = doc.text
        self.judgement = judgement
        headline = doc.headline
        # candidate lines: blocks of one line that open with a capital, digit or quotation
        # mark and hold no sentence stop (one C-speed match per block)
        self.hit_of: dict[int, bool] = {}
        candidate = _CANDIDATE.fullmatch
        for bi, b in enumerate(doc.blocks):
            if b.end - b.start > 170 or b.kind in ("heading", "quote", "caption"):
                continue
            if headline is not None and b.start == headline.start:
                continue
            if candidate(text, b.start, b.end) is not None:
                self.hit_of[bi] = True
        self._line: dict[int, str] = {}
        self.strong: dict[int, object] = {}  # block -> hit of a reported line
        self.labels: set[int] = set()  # label blocks made strong by the headlines after them
        self._find()

    def line(self, bi: int) -> str:
        if bi not in self._line:
            b = self.doc.blocks[bi]
            self._line[bi] = self.text[b.start : b.end]
        return self._line[bi]

    def prose(self, bi: int) -> bool:
        if not 0 <= bi < len(self.doc.blocks):
            return False
        line = self.line(bi)
        return len(line.split()) >= _PROSE_WORDS and _SENTENCE_STOP.search(line) is not None

    def _label_block(self, bi: int) -> bool:
        """A short block that is only a link label ("Related", "Most read", "More from X:")."""
        j = self.judgement
        idx = j.units.block_units(bi) if j is not None else None
        if not idx or len(idx) != 1 or idx[0] not in j.signals:  # type: ignore[union-attr]
            return False
        b = self.doc.blocks[bi]
        line = self.line(bi)
        lo = b.start + len(line) - len(line.lstrip())
        hi = b.start + len(line.rstrip().rstrip(":|»›→ "))
        return len(line.split()) <= 8 and any(
            rule.id in _LABEL_RULES and hit.start <= lo and hit.end >= hi
            for rule, hit, _sev in j.signals[idx[0]]  # type: ignore[union-attr]
        )

    def _find(self) -> None:
        blocks = self.doc.blocks
        strict = {bi for bi in self.hit_of if _headline_like(self.line(bi), strict=True)}
        dated = {bi for bi in self.hit_of if _dated(self.line(bi))}
        # runs of headline-shaped lines inside body text, of distinct topics
        for run in _runs(sorted(strict)):
            if len(run) >= _RUN and (self.prose(run[0] - 1) or self.prose(run[-1] + 1)) and self._distinct(run):
                for bi in run:
                    self.strong[bi] = self.hit_of[bi]
        # timelines: dated lines in a row
        for run in _runs(sorted(dated)):
            titled = sum(1 for bi in run if bi in strict or _headline_like(
                _DATED_END.sub("", _DATED.sub("", self.line(bi).strip(), count=1)), strict=True))
            if len(run) >= 3 or (len(run) >= 2 and titled * 2 >= len(run)):
                for bi in run:
                    self.strong[bi] = self.hit_of[bi]
        # the lines after a "Related" label, and the label itself
        j = self.judgement
        if j is not None:
            us = j.units.units
            label_blocks = {
                us[i].block for i, sig in j.signals.items() if any(r.id in _LABEL_RULES for r, _h, _s in sig)
            }
            for bi in sorted(label_blocks):
                if not self._label_block(bi):
                    continue
                follow = []
                for k in range(bi + 1, min(bi + 1 + _AFTER_LABEL, len(blocks))):
                    if blocks[k].kind == "heading" or not _headline_like(self.line(k), strict=False):
                        break
                    if k not in self.hit_of:
                        break
                    follow.append(k)
                if follow:
                    self.labels.add(bi)
                    for k in follow:
                        self.strong[k] = self.hit_of[k]
        self.strict = strict

    def _distinct(self, run: list[int]) -> bool:
        """Lines of a related list are about different things: most neighbours share no word."""
        stems = [_stems(self.line(bi)) for bi in run]
        shared = sum(1 for a, b in pairwise(stems) if len(a & b) >= 1)
        return shared * 2 < len(run) - 1 or shared == 0

    def _off_topic(self, bi: int) -> bool:
        """A line sharing no content word with the blocks before and after it."""
        mine = _stems(self.line(bi))
        if not mine:
            return False
        for k in (bi - 1, bi + 1):
            if 0 <= k < len(self.doc.blocks) and mine & _stems(self.line(k)):
                return False
        return True

    def promoted_units(self) -> set[int]:
        """Units of weak signals that a shape makes strong: a label with headlines after it,
        a "Label: headline" line, a price on a headline-shaped line."""
        j = self.judgement
        if j is None:
            return set()
        out: set[int] = set()
        us = j.units.units
        for bi in self.labels:
            out.update(j.units.block_units(bi) or ())
        for i, sig in j.signals.items():
            bi = us[i].block
            if bi not in self.hit_of and not any(r.id in _LABEL_RULES for r, _h, _s in sig):
                continue
            line = self.line(bi)
            b = self.doc.blocks[bi]
            for rule, hit, _sev in sig:
                if rule.id in _LABEL_RULES and hit.start - b.start <= len(line) - len(line.lstrip()):
                    m = _LABEL_END.match(self.text, hit.end)
                    end = m.end() if m else hit.end
                    if (m or self.text[hit.end - 1 : hit.end] in ":|»›→") and _headline_like(
                        self.text[end : b.end], strict=False
                    ):
                        out.add(i)
                elif bi in self.strict and rule.id not in _LABEL_RULES and _PRICE.search(line):
                    out.add(i)
        return out

    def findings(self, skip_blocks: set[int] | frozenset = frozenset()) -> Iterator[Finding]:
        for bi, hit in sorted(self.strong.items()):
            if bi in skip_blocks:
                continue
            yield self._finding(bi, hit, Severity.WARNING)
        for bi in sorted(self.strict):
            if bi in self.strong or bi in skip_blocks:
                continue
            if (self.prose(bi - 1) or self.prose(bi + 1)) and self._off_topic(bi) and not (
                bi - 1 in self.strict or bi + 1 in self.strict
            ):
                yield self._finding(bi, self.hit_of[bi], Severity.INFO)

    def _finding(self, bi: int, hit, severity: Severity) -> Finding:  # type: ignore[no-untyped-def]
        b = self.doc.blocks[bi]
        line = self.line(bi)
        start = b.start + len(line) - len(line.lstrip())
        end = b.start + len(line.rstrip())
        return Finding(start, end, _SHAPE_MESSAGE, _SHAPE_SUGGESTION, severity, _SHAPE_RULE)


def _runs(sorted_blocks: list[int]) -> Iterator[list[int]]:
    """Consecutive block indexes, grouped."""
    run: list[int] = []
    for bi in sorted_blocks:
        if run and bi != run[-1] + 1:
            yield run
            run = []
        run.append(bi)
    if run:
        yield run


__all__ = ["judge"]


cache.save_checked()  # (the patterns above, compiled once and kept: see cache.compiled)
