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
3. **Shape.** Lines that read as headlines or links (see
   :mod:`lintnews.builtin.advertorial_shapes`) are judged here with the signals: the
   lines after a "Related" label, a "READ MORE: headline" line, a price on a
   headline-shaped line are reported; runs of headline-shaped lines and timelines are
   reported whether or not the document has signals (in a document with none, by the
   ``advertorial/headline-list`` rule, which the engine calls for every document). An
   "About Northwind" label followed by a paragraph that starts with the company's name
   is a press release's boilerplate.
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
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from lintnews.builtin.advertorial_seller import LONGEST as SELLER_LONGEST
from lintnews.builtin.advertorial_seller import MIDDLE as SELLER_MIDDLE
from lintnews.builtin.advertorial_seller import hook_marks, seller_levels, seller_marks
from lintnews.builtin.advertorial_shapes import JUDGED, Shapes
from lintnews.builtin.advertorial_voice import RULE_ID as _VOICE_RULE
from lintnews.builtin.advertorial_voice import promotional, selling
from lintnews.language.wordclasses import word_class
from lintnews.model.diagnostic import Finding, Severity
from lintnews.packs.model import Hit

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from collections.abc import Set as AbstractSet

    from lintnews.document.document import Document, Sentence
    from lintnews.packs.model import PackRule

    #: a signal: the rule, its hit, and the severity the judge gives it
    Signal = tuple[PackRule, Hit, Severity]

# the rules this judge treats by role (a house pack's rules in this context are judged by severity)
_CTA_RULE = "advertorial/reader-cta"
_SELF_RULE = "advertorial/self-promo"
_COMPANY_RULE = "advertorial/company-boilerplate"
# (a price line and a buy line: an affiliate disclosure after a paragraph is not its "buy" line)
_DISCLAIMER_RULE = "advertorial/disclaimer"
_COMMERCE = frozenset({"advertorial/commerce-cta", "advertorial/commerce-copy"})
# disclosures are often in the past tense ("was produced in partnership", "received it free"):
# their hits count inside a story line too
_DISCLOSURES = frozenset(
    {"advertorial/syndication", "advertorial/affiliate-disclosure", "advertorial/sponsored-marker"}
)

# the publication speaking as "we" (the appeal voice) and to "you" (the reader)
_FIRST_PLURAL = re.compile(r"\b(?:we|we['’](?:re|ve|ll|d)|our|ours|us|let['’]s)\b", re.IGNORECASE)
_SECOND = re.compile(r"\b(?:you|your|yours|you['’](?:re|ve|ll|d))\b", re.IGNORECASE)
# what an appeal talks about when it speaks as "we": its journalism and its readers
_APPEAL_TOPIC = re.compile(
    r"\b(?:journalis\w*|reporters?|reporting|newsroom|readers?|paywalls?|subscri\w+|donat\w+|"
    r"stor(?:y|ies)|coverage|documentar\w+|afford|everyone|fact-?check\w*|"
    r"advertis\w+|newsletters?)\b",
    re.IGNORECASE,
)
# a unit that reports somebody's words or findings is journalism, whatever it quotes
# (The first letters of the verbs are looked ahead for before the word boundary, as in _PAST:
# most positions fail on that one class instead of on the boundary and then each verb; the
# unit's scan 2.3x faster. Under IGNORECASE the class folds as the verbs' letters do.)
_REPORTING = re.compile(
    r"(?=[satrwec])\b(?:said|says|told|according\s+to|reported|"
    # ("reports" after a determiner or an adjective is the noun: "our annual reports"; "reports the
    # latest news" is a writer's beat in a contact box, not somebody's words reported)
    r"(?<!\bour )(?<!\bthe )(?<!\btheir )(?<!\bits )(?<!\byour )(?<!\bannual )(?<!\bpublic )"
    r"(?<!\bfinancial )(?<!\blatest )reports(?!\s+(?:the\s+)?(?:latest\s+|breaking\s+)?news\b)|announced|wrote|writes|tweeted|"
    r"stated|explained|testified|alleged|claimed)\b",
    re.IGNORECASE,
)
# narration in the past tense ("The mayor spoke.", "Police closed the road."): a story line,
# which a plug beside it never swallows. A participle after a form of "be" or "get" is not
# narration ("is trusted", "get it delivered", "stay connected"), nor is one of the few -ed words that
# are not verbs.
# (Written for speed, matching what the plain alternation would: the word boundary comes
# first and each verb is looked ahead for before the seven look-behinds are tried, so most
# word starts fail at once instead of after fourteen look-behinds: 3x faster on 10 MB.)
_NOT_AFTER = r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bget )(?<!\bgets )(?<!\bgot )"
_IRREGULAR_PAST = (
    r"spoke|went|came|took|made|gave|won|lost|met|left|began|ran|saw|fell|"
    r"rose|held|found|sent|became|brought|bought|built|caught|chose|drove|flew|grew|knew|led|"
    r"paid|sat|sold|shot|stood|struck|thought|threw|wore|broke|died"
)
_NOT_VERBS_ED = (
    r"need|feed|seed|speed|breed|indeed|limited|detailed|related|dedicated|featured|"
    r"sponsored|supported|powered|based|advertised|recommended|required|selected|interested|"
    r"talented|red|bed|shed|wed|hundred|united|sacred|naked|wicked|beloved|aged|biased|"
    r"skilled|unlimited|unrivalled|unmatched|curated|handpicked|handcrafted"
)
_PAST = re.compile(
    r"\b(?:(?:was|were|had|did)\b"
    rf"|(?=(?:{_IRREGULAR_PAST})\b){_NOT_AFTER}(?:{_IRREGULAR_PAST})\b"
    rf"|(?=[a-z]{{2,}}[^e\W]ed\b){_NOT_AFTER}(?<!\bstay )(?<!\bkeep )(?!(?:{_NOT_VERBS_ED})\b)[a-z]{{2,}}[^e\W]ed\b)",
    re.IGNORECASE,
)
_WE_PAST = re.compile(
    r"\bwe(?:['’](?:ve|d)|\s+have|\s+had)?\s+(?:\w+\s+)?(?:" + _PAST.pattern + ")", re.IGNORECASE
)
# a join a scraper left without a stop: "ProgramNow the", "missedComments under": at a case
# change (Document.case_changes), the rest of the word and the character after it, which
# must lie inside the sentence.
_GLUE_WORD = re.compile(r"[a-z]+[ ,;:'’]")
_SENTENCE_OPENER = re.compile(
    r"(?:The|This|That|These|Those|Now|After|Before|While|When|Since|But|And|"
    r"She|They|You|There|Here|Its|His|Her|Their|Our|For|With)\b"
)
# two-letter openers ("TimeHe says", "NewslettersIt was"): a join only in a sentence that a
# signal opens (a plug pasted in front of the story); not "In" or "On", which end brand
# names ("LinkedIn", "CarryOn")
_SHORT_OPENER = re.compile(r"(?:He|It|We|At|As|If|So|Mr|Ms|Dr)\b")
_SHORT_WORDS = 6  # a fragment this short continues the plug it sits in ("Politics happens.")
# ... unless it is a line of the story all the same: it carries hearsay ("Allegedly, the figures
# are false."), a news actor or a denial ("The mayor denies it."), a third-person subject, or a
# name after its first word ("Rovers host Hexley next.").
_STORY_CUE = re.compile(
    r"\b(?:allegedly|reportedly|apparently|purportedly|supposedly|according|"
    r"police|officers?|officials?|authorities|mayor|ministers?|ministry|government|council|"
    r"councillors?|court|judge|jury|prosecutors?|president|senators?|mps?|spokes(?:man|woman|person)|"
    r"witnesses|residents|investigators|company|firm|club|manager|"
    r"deni(?:es|ed)|deny|disputes?|insists?|rejects?|confirms?|claims?|accuse[sd]?|charged|arrested)\b"
    r"|^\W*(?:he|she|they)\b",
    re.IGNORECASE,
)
# a capitalised word after the first: a name (days, months and "I" are not names of the story)
_NAME = re.compile(
    r"(?<=[\s(])(?!(?:I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]"
)
_HEADING_WORDS = 12
# a live page's entry stamp opening a paragraph ("10:30pm - ", "14.05 BST: "): the paragraph is
# one of the story's posts, told by its place in the page's timeline, whatever its voice
_POST_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[-–—:|]\s", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?:\"”’)]\s*$")
# a related-stories widget at the page's end: four short paragraphs at least, 25 words at most each
_TAIL_TEASERS = 4
_TAIL_WORDS = 25
_QUOTE_MARKS = re.compile(r"[\"“”]")
_SPEAKER = re.compile(r"\s*[A-Z][\w .’'-]{0,30}:")
_TEASER_END = re.compile(r"[.?!][ \t]*$")
_CLOSED = re.compile(r"[.!?][\"'”’)]*\s*$")
_POSSESSIVE = re.compile(r"[’']s$")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_NARRATION_WORDS = 3  # words outside a quotation, in its paragraph, that tell a story around it

# -- an imperative to the reader: what makes it a call to action ------------------------------
# cues for "get / grab / download / join / try ..."; "read / see / watch / visit ..." need the
# publication or author naming itself ("our", "my", "the next article"), since "see the report
# here" links a source.
_CTA_CUE = re.compile(
    r"\b(?:here|now|today|below|above|links?|free|our|my|www|https?|newsletters?|app|checklist|"
    r"quiz|e-?book|webinar|course|sign\s+up|subscribe)\b|[!→»]",
    re.IGNORECASE,
)
# (a looking verb's call needs the page's own thing, or the reader's free download: "Click the
# image to download your free workbook")
_CTA_SELF = re.compile(
    r"\b(?:our|my|this\s+(?:site|page|series|blog)|next\s+(?:article|post)|newsletters?|app|your\s+free)\b",
    re.IGNORECASE,
)
# a sentence that opens with a command to the reader
_IMPERATIVE = re.compile(
    r"[\s\"“‘'(]*(?:[^\W\d_]+:\s+)?(?:sign|subscribe|join|follow|get|download|install|listen|watch|read|share|tell|send|"
    r"email|e-mail|contact|support|donate|become|click|tap|visit|check|find|try|book|register|buy|shop|order|"
    r"leave|let|don['’]t|never|stay|keep|enjoy|discover|explore|learn|see|tune|catch|grab|claim|start|"
    r"head|go|bookmark|save|turn|enable|tag|pin|give|help|plan|compare|reserve)\b",
    re.IGNORECASE,
)
# editors' notes and welfare lines about the article are not plugs
_NOTE = re.compile(
    r"\b(?:earlier\s+version|has\s+been\s+(?:updated|amended|corrected)|was\s+(?:updated|amended|corrected)|"
    r"correction|clarification|affected\s+by|samaritans|helpline)\b",
    re.IGNORECASE,
)
# a brand blog's label before its call to the reader: "Pro tip:", "Top tip:", "Psst!"
_TIP_LABEL = re.compile(r"[\s\"“‘(]*(?:pro|top|bonus|insider)\s+tip\s*[:!–—-]\s*$|[\s\"“‘(]*psst\W*\s*$", re.IGNORECASE)
_TIP_REACH = 24  # characters between the unit's start and the call
_BRAND_AFTER = re.compile(r"(?<=[a-z,] )[A-Z][\w’'&-]+")  # a name inside the call: the product's
_CTA_LOOKING = re.compile(
    r"(?:click|tap|visit|explore|browse|read|see|watch|listen|learn|discover|find)\b", re.IGNORECASE
)

@dataclass(frozen=True, slots=True)
class _Unit:
    start: int
    end: int
    block: int
    glued: bool  # joined to the previous unit without white space


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

    def opens(self, at: int) -> bool:
        """Does a span start at ``at``?"""
        i = bisect_left(self.starts, at)
        return i < len(self.starts) and self.starts[i] == at


def _real_glue(text: str, lo: int, at: int, spans: _Spans) -> bool:
    """Is the case change at ``at`` a scraper's join rather than a brand name?

    A join right at a signal's edge ("Paid Program|Now") is one; otherwise the
    word before must end in three or more lower-case letters and the word after
    must be one that opens sentences ("picks|The", "Youtube|This"), which brand
    names ("YouTube", "HomeKit", "McDonald", "LinkedIn") and handles do not
    give; two-letter openers ("He", "It") count only in a sentence that a signal
    opens ("...in your inboxHe said"), and "In" never, for "LinkedIn"'s sake.
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
    if tail < 3:
        return False
    if _SENTENCE_OPENER.match(text, at) is not None:
        return True
    return spans.opens(lo) and _SHORT_OPENER.match(text, at) is not None


def _glue_points(doc: Document) -> list[tuple[int, int]]:
    """Every case change that may be a join, with the end of the word it opens (plus
    one character): from the document's case changes, not a scan per sentence."""
    text, word = doc.text, _GLUE_WORD.match
    return [(at, m.end()) for at in doc.case_changes if (m := word(text, at + 1)) is not None]


# An aside set off by dashes or brackets after a stop ("...for the work. — Subscribe to the
# Chronicle for £1 a week — Parents had asked...", "...twice a day. (Read more: Bins to change)
# Officials expect..."): the sentence splitter ends no sentence before a dash or a bracket, so
# a plug set in them would carry the story's sentences on both sides with it. The stop and the
# dash or bracket open a unit; a dash before a capital, or the closing bracket, closes it. (One
# scan of the text: openings are rare, so the closing mark is looked for only after them.)
_ASIDE_OPEN = re.compile(r"[.!?][\"”’]?[ \t]*(?=[—–][ \t]+[A-Z]|[(\[][A-Z])")
_ASIDE_CLOSE = {
    "—": re.compile(r"[ \t][—–](?=[ \t]+[A-Z])"),
    "(": re.compile(r"\)(?=[ \t]+[A-Z])"),
    "[": re.compile(r"\](?=[ \t]+[A-Z])"),
}


def _aside_points(doc: Document) -> list[tuple[int, int]]:
    """The split points of asides set in dashes or brackets after a stop: (offset, 0) pairs in
    the form of the glue points, each opening followed by its closing mark when there is one
    on the line."""
    text, out = doc.text, []
    for m in _ASIDE_OPEN.finditer(text):
        at = m.end()
        out.append((at, 0))
        line_end = text.find("\n", at)
        close = _ASIDE_CLOSE[text[at].replace("–", "—")].search(
            text, at + 1, line_end if line_end >= 0 else len(text)
        )
        if close is not None:
            out.append((close.end(), 0))
    return out


# a rule of underscores that sets off a box (a writer's note, a related-stories title): the page's
# separator, which no sentence of the story runs over. (It opens with its literal four
# underscores, which ``re`` finds at C speed; the space before it is tested after a find, by
# _SPACE: a leading look-behind, "(?<=\s)_{4,}", was tried at every position of the text,
# 0.13 s on 10 MB against 7 ms. A rule's first underscore is where a find starts: a find
# runs to the end of its run of underscores, which must be followed by a space or the end.)
_RULE = re.compile(r"____+(?=\s|\Z)")
_SPACE = re.compile(r"\s")


def _rule_points(doc: Document) -> list[tuple[int, int]]:
    """The split points at rules of underscores ("... before dark. ______  Related stories:"):
    (offset, 0) pairs in the form of the aside points, so that what follows a rule is not read
    as part of the story sentence before it. A rule stands after a space (\\s), never glued on."""
    text = doc.text
    if "____" not in text:
        return []
    return [
        (at, 0) for m in _RULE.finditer(text)
        if (at := m.start()) > 0 and _SPACE.match(text, at - 1) is not None
    ]


# a teaser card's button, and nothing after it but the paragraph's end
_BUTTON = re.compile(r"(?:learn|read|find\s+out)\s+more", re.IGNORECASE)
_BUTTON_END = re.compile(r"\s*(?:learn|read|find\s+out)\s+more[\s.!»›→]*\Z", re.IGNORECASE)
_CLOSING_MARKS = frozenset("\"”»’'")

# Sentence ends the splitter does not see, found where a signal needs them (around each hit, not
# by a scan of the whole text):
# - a stop followed by a hyphen and a space before the signal ("... in May 2019.- READ
#   MORE: ..."): a scraper turned the non-breaking space after the stop into a hyphen, so the
#   plug would be read as the end of the story's sentence (a line of the story);
# - a possessive before a stop ("... as old as the island's. Get the harbour news ..."): the splitter
#   reads the "s" as an initial;
# - a related story's teaser closed by its date in brackets ("... the council says. (03.10.2015) A
#   ferry strike ..."): the date ends the teaser, and the splitter, which ends the sentence
#   before the bracket, runs it into the next teaser's first sentence.
# - a stop and a closing mark that a scraper turned into '"?' ("... he said. "? Follow Ana Ruiz at
#   ..."): the splitter takes the mark for one that opens a quotation and runs on; the paste may
#   leave replacement characters between the mark and its '?' ('"\ufffd\ufffd?'), and a teaser card
#   may follow the mark ('... this story."?How will the budget affect you? Learn more');
# The signal after the first two (and the mangled mark) opens a unit (and its sentence, for the label and glue points);
# the capital after the third opens one (split points in the form of the aside points).
_MANGLED_MARK = "\"\ufffd{0,3}\\?"
_STOP_BEFORE = re.compile(
    r"(?:(?:[.!?][\"”’]?-|(?<=\w)[’']s\.)[ \t]+|[.!?](?:[ \t]{0,2}[\"”’])?[ \t]{0,2}" + _MANGLED_MARK + r"[ \t]*)\Z"
)
_STOP_BEFORE_REACH = 11
_CARD_STOP = r"[.!?](?:[\"”’]?-[ \t]+|(?:[ \t]{0,2}[\"”’])?[ \t]{0,2}" + _MANGLED_MARK + r"[ \t]*)"
_HYPHEN_BEFORE_CARD = re.compile(_CARD_STOP + r"(?=[A-Z])(?!.*" + _CARD_STOP + r"[A-Z])")
_CARD_REACH = 160
# (a reader's question, "Asks <Name> from <Place> (07.03.2016)", is a teaser of the widget too)
_LONG_PARAGRAPH = 12  # units of a paragraph in which two hints count only when near each other
_NEAR_HINTS = 3  # units between two hints that count with each other in such a paragraph
_TEASER_DATE = re.compile(r"(?:Asks\s[^()\n]{3,80}\()?[0-3]\d\.[01]\d\.(?:19|20)\d\d")
_AFTER_DATE = re.compile(r"\)[ \t]+(?=[A-Z\"“])")


def _after_missed_stop(text: str, at: int) -> bool:
    """Does ``at`` follow a stop the splitter missed (a stop and a hyphen, a possessive's stop)?"""
    return _STOP_BEFORE.search(text, max(0, at - _STOP_BEFORE_REACH), at) is not None


def _missed_stop_points(text: str, h: Hit) -> list[tuple[int, int]]:
    """The split points a signal ``h`` needs where the splitter missed a sentence end."""
    if _after_missed_stop(text, h.start):
        return [(h.start, 0)]
    if _BUTTON.fullmatch(text, h.start, h.end):
        # (the sentence before a teaser card's button may follow a hyphen stop: "... website.- Start
        # your workday ... Learn more")
        hyphen = _HYPHEN_BEFORE_CARD.search(text, max(0, h.start - _CARD_REACH), h.start)
        return [(hyphen.end(), 0)] if hyphen is not None else []
    if _TEASER_DATE.fullmatch(text, h.start, h.end):
        nxt = _AFTER_DATE.match(text, h.end)
        if nxt is not None:
            return [(nxt.end(), 0)]
    return []


# A share bar run into the text ("... the quay. Harbour at dusk Send Facebook Twitter Google+
# Whatsapp ... Permalink http://gazette.example/p/2Xq1 The harbour was once ..."): no stop ends it, so the splitter
# runs the caption before it and the story sentence after it into one sentence with it, and the
# story's narration would hide it. A bar is a unit of its own: a split point where it starts,
# and one at the capital after it.
_SHARE_BAR = re.compile(
    r"(?:facebook|twitter|google\+|whatsapp|tumblr|linkedin|stumbleupon|digg|reddit|newsvine|pinterest|telegram|"
    r"flipboard|weibo)\W",
    re.IGNORECASE,
)
_BAR_NEXT = re.compile(r"[ \t]+(?=[A-Z\"“\x27‘])")
_BAR_VERB = re.compile(r"\b(?:send|share(?:\s+(?:this|on|via|with))?)[ \t]{0,3}:?[ \t]{1,3}\Z", re.IGNORECASE)


# An embedded tweet flattened into the text ("... the quay. VIDEO: Crowds at the ferry #Harbour
# pic.twitter.com/Ab12cD "?Dana Reyes (@danareyes) March 1, 2017"): its words are the tweeter's, and a
# label in it is no link of the page's. The tweet ends in its picture link, then its author's handle
# in brackets and its date, within a tweet's length of the signal.
_TWEET_END = re.compile(
    r"(?:pic\.twitter\.com|t\.co)/\w+[^\n()]{0,60}\(@\w{1,15}\)\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+\d{1,2},\s+\d{4}"
)
_TWEET_SPAN = 240
# A tweet flattened without its signature keeps its picture link: a signal in the tweet's own
# sentences, which the story introduces as a tweet ('... on Twitter:- These are real tickets you
# can buy at @Shop for $95. ... pic.twitter.com/Ab12'), is the tweeter's when the link follows it
# within a short tweet's length, no line break between. (An outlet's own promotional tweet, its
# signature on the next line and no introduction, stays the page's.)
_TWEET_PICTURE = re.compile(r"[^\n]{0,140}?pic\.twitter\.com/\w+")
_TWEET_INTRO = re.compile(r"(?:twitter|tweet(?:ed|s)?)[ \t]*:[- \t]*[^.!?\n]{0,100}\Z", re.IGNORECASE)
_TWEET_INTRO_REACH = 120


def _in_embedded_tweet(text: str, start: int) -> bool:
    """Does the signal at ``start`` sit inside an embedded tweet, whose signature (picture link,
    handle and date) closes it within a tweet's length, or which the story introduces as a tweet
    and whose picture link follows it closely?"""
    return (
        _TWEET_END.search(text, start, start + _TWEET_SPAN) is not None
        or (
            _TWEET_INTRO.search(text, max(0, start - _TWEET_INTRO_REACH), start) is not None
            and _TWEET_PICTURE.match(text, start) is not None
        )
    )


def _bar_points(text: str, h: Hit) -> list[tuple[int, int]]:
    """The split points around a signal ``h`` that is a share bar (none for other signals)."""
    if h.end - h.start < 30 or _SHARE_BAR.match(text, h.start, h.end) is None:
        return []
    verb = _BAR_VERB.search(text, max(0, h.start - 16), h.start)
    out = [(verb.start() if verb is not None else h.start, 0)]
    nxt = _BAR_NEXT.match(text, h.end)
    if nxt is not None:
        out.append((nxt.end(), 0))
    return out


# A widget's label pasted in front of the next sentence without its line break ("... the
# structure. Found This Helpful \"We calculated ...\"", "Most Read The worst song of ..."):
# no stop ends it, so the splitter runs it into the story sentence after it, and the quotation
# or the narration there would make the whole a story line. A signal that opens its sentence
# and stops, short and with no sentence end inside, before a capital or a quotation mark
# (after a space or glued on: "Related Videos\"I think ...") is a unit of its own (split
# points in the form of the aside points).
_LABEL_WORDS = 6
# a player's message and a pointer to a section are labels of up to eight words ("Media playback
# is not supported on this device", "Visit gazette.example/sport for more news and videos")
_LONG_LABEL = re.compile(
    r"(?:media\s+)?playback\s+is\s+not\s+supported\s+on\s+(?:this|your)\s+(?:device|browser)"
    r"|visit\s+\S+\s+for\s+(?:more|the\s+latest)\s+\w+(?:\s+and\s+\w+)?",
    re.IGNORECASE,
)
_LONG_LABEL_WORDS = 8
_GLUED_QUOTE_WORDS = 14
# (a headline may open with a plain single mark after a space; glued on, the mark is a word's: "site's")
# (after a label's mark a headline may open with a figure: "READ MORE: 2016 - The year ...")
# (a scraper may leave a hyphen for the lost space after a label's colon: "Read:-The ...")
_LABEL_NEXT = re.compile(r"[ \t]*[A-Z\"“‘]|[ \t]+'|(?<=[:|»›→>])[ \t]{1,3}\d|(?<=:)-[A-Z\"“‘]")
_LABEL_STOP = re.compile(r"[.!?][\"”’]?\s|\n")
# a signal ending in one of these leads into the words after it ("Get the | Online Roadmap",
# "Sign up for | The Briefing"): it is no label that is complete on its own
_LEADS_ON = frozenset(
    "a an the to for of by on at in into with from and or our your my their its this these that "
    "about via".split()
)


# a share button's text whose object was an icon ("Share this with" before the story's first
# word): it ends in "with" and is still complete
_SHARE_WITH = re.compile(r"Share\s+this\s+with")


def _label_words(text: str, h: Hit) -> int:
    """How many words a label may have: a player's message is longer than a widget's title."""
    return _LONG_LABEL_WORDS if _LONG_LABEL.fullmatch(text, h.start, h.end) else _LABEL_WORDS


def _label_point(text: str, h: Hit, start: int | None = None) -> tuple[int, int] | None:
    """The split point after a signal ``h`` that opens its sentence, if it is a label; or after
    one that ends a label which its sentence opens at ``start`` and that is glued, with no white
    space, to the capital or quotation mark after it ("Subscribe to: Posts (Atom)\"We ...": a
    signal inside a sentence that runs on after a space is more likely a call to read on, "Pro
    tip: Discover how Trailform ...")."""
    nxt = _LABEL_NEXT.match(text, h.end)
    if nxt is None or (start is not None and nxt.end() - 1 != h.end):
        return None
    lo = h.start if start is None else start
    words = text[lo:h.end].split()
    # (a plug glued with no white space onto an opening quotation mark, 'for free"We ...', is
    # cut off there however long it is: no sentence runs into a quotation that way)
    glued_quote = nxt.end() - 1 == h.end and text[h.end] in "\"“"
    if (
        words
        and len(words) <= (_GLUED_QUOTE_WORDS if glued_quote else _label_words(text, h))
        and (words[-1].lower() not in _LEADS_ON or _SHARE_WITH.fullmatch(text, h.start, h.end) is not None)
        and _LABEL_STOP.search(text, lo, h.end) is None
    ):
        return nxt.end() - 1, 0  # (the next unit opens at the capital)
    return None


# A plug that is a whole sentence glued by its stop onto the next story sentence ("Sorry, we
# are no longer accepting comments.Union officials say ..."): the splitter ends no sentence at
# a stop with no space after it, and the narration after it would make the whole a story line.
# Where a signal opens its sentence, the first stop after it that runs into a capital or a
# quotation mark (within reach) ends a unit of its own.
_STOP_GLUE = re.compile(r"[.!?][\"”’]?(?=[A-Z\"“‘])")
_STOP_GLUE_REACH = 160


_STOP_GLUED = -1  # (the "reach" of a stop-glue point: a join with no white space, checked here)


def _stop_glue_point(text: str, h: Hit, sentence_end: int) -> tuple[int, int] | None:
    """The split point at the stop that glues a signal ``h`` opening its sentence onto the next."""
    end = min(sentence_end, h.start + _STOP_GLUE_REACH)
    m = _STOP_GLUE.search(text, h.end - 1 if h.end > h.start else h.end, end)
    if m is not None and "\n" not in text[h.end : m.start()]:
        return m.end(), _STOP_GLUED
    return None


# A signal glued onto the stop of the sentence before it ("...not just about pay.6 Comments on
# ..."): the splitter ends no sentence at a stop with no space after it when a digit follows
# (it may be a decimal), so the story sentence would carry the plug and hide it. Where a
# signal starts right after a word's stop with no white space, a glued unit opens there.
_WORD_STOP = re.compile(r"[a-z)][.!?][\"”’]?")


def _stop_glued_start(text: str, h: Hit) -> tuple[int, int] | None:
    """The glued split point at the start of a signal ``h`` joined onto a word's stop."""
    lo = max(0, h.start - 3)
    m = _WORD_STOP.search(text, lo, h.start)
    if m is not None and m.end() == h.start:
        return h.start, _STOP_GLUED
    return None


def _opener_points(doc: Document, hits: Sequence[Hit]) -> list[tuple[int, int]]:
    """The label and stop-glue points of the signals that open their sentence (one pass),
    and the glued starts of those that do not."""
    text, starts, sentences, out = doc.text, doc._sentence_starts, doc.sentences, []
    for h in hits:
        si = bisect_right(starts, h.start) - 1
        if si < 0:
            continue
        out.extend(_bar_points(text, h))
        out.extend(_missed_stop_points(text, h))
        if sentences[si].start != h.start and _capital_label(text, h):
            # (a link label in capitals after a word, "... $40 per person MORE: Ten quiet
            # beaches", opens a unit of its own, and a label's unit ends before its headline)
            out.append((h.start, 0))
            point = _label_point(text, h)
            if point is not None:
                out.append(point)
            continue
        if sentences[si].start != h.start and not _after_missed_stop(text, h.start):
            for point in (_stop_glued_start(text, h), _label_point(text, h, sentences[si].start)):
                if point is not None:
                    out.append(point)
            continue
        for point in (_label_point(text, h), _stop_glue_point(text, h, sentences[si].end)):
            if point is not None:
                out.append(point)
    return out


class _Units:
    """Sentences split again at stopless glue and at asides in dashes or brackets; the judge's unit of text."""

    def __init__(self, doc: Document, hits: Sequence[Hit]) -> None:
        text = doc.text
        spans = _Spans(sorted((h.start, h.end) for h in hits))
        sentences = doc.sentences
        # A sentence with no glue in it is its own unit: a Sentence has the fields of
        # a _Unit, and most sentences are not split, so no second object is made; the
        # few sentences that hold a glue point are found from the glue points.
        starts = doc._sentence_starts
        glue_in: dict[int, list[tuple[int, int]]] = {}
        for at, reach in _glue_points(doc) + _aside_points(doc) + _rule_points(doc) + _opener_points(doc, hits):
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
                if plain and (reach > s.end or spans.inside(at) or not _real_glue(text, s.start, at, spans)):
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
        self._story: dict[int, bool] = {}
        self._voice: dict[tuple[re.Pattern[str], int], int] = {}

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
        found = self._reports.get(i)
        if found is None:
            u = self.units[i]
            found = self._reports[i] = any(
                self.doc.quotation_at(m.start()) is None
                for m in _REPORTING.finditer(self.text, u.start, u.end)
            )
        return found

    def voice(self, pattern: re.Pattern[str], i: int) -> int:
        found = self._voice.get((pattern, i))
        if found is None:
            u = self.units[i]
            found = self._voice[pattern, i] = sum(
                1 for m in pattern.finditer(self.text, u.start, u.end)
                if self.doc.quotation_at(m.start()) is None
            )
        return found

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

    def story_fragment(self, i: int, names: bool = True) -> bool:
        """A unit that is a line of the story all the same: hearsay, a news actor or a
        denial, a third-person subject, or (with ``names``, in a statement, not a question
        to the reader: "Want to try Barrier Drops?") a name after its first word. (Between
        two pieces of a plug, a name is the product's: "Apple's laptop features...")"""
        u = self.units[i]
        chunk = self.text[u.start : u.end].strip()
        if _STORY_CUE.search(chunk) is not None:
            return True
        return names and not chunk.endswith("?") and _NAME.search(chunk) is not None

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


def _after_dash(text: str, at: int) -> bool:
    """Does the hit at ``at`` open a clause set off by a spaced dash (" – sign up for ...")?
    Such a clause is a call of its own, so past-tense words before the dash do not make it a
    line of the story."""
    return at >= 2 and text[at - 1] == " " and text[at - 2] in "–—"


def _glued_after_stop(text: str, at: int) -> bool:
    """Does the hit at ``at`` start glued onto a sentence's stop with no space ("...of their
    acts.Email address (will not be published)")? A scraper joins furniture so, a speaker
    does not: such a hit is not read as part of a quotation left open before it (a quotation
    that runs on over paragraphs, or one whose closing mark the scan did not pair), nor as
    opening one when the closing mark before it is read as an opening one."""
    if at < 3 or not (text[at].isupper() or text[at].isdigit()):
        return False
    stop = at - 2 if text[at - 1] in "\"”’" else at - 1  # after a closing mark: 'accountability.”Got a tip?'
    return text[stop] in ".!?" and (text[stop - 1].isalnum() or text[stop - 1] in ")%")


_CAPITAL_LABEL = re.compile(r"[A-Z]{2}[A-Za-z’']*(?:\s+[A-Z][A-Z’']*){0,2}[ \t]{0,3}:")


def _capital_label(text: str, h: Hit) -> bool:
    """Is the hit a link label in capitals with its colon ("READ MORE:", "IN PICTURES:")? A
    speaker says no such thing: where one stands inside a quotation, the page put it between
    two paragraphs of a quotation that runs on over them (their breaks lost in the paste),
    so it is not read as quoted."""
    return _CAPITAL_LABEL.fullmatch(text, h.start, h.end) is not None


def _past_of_we(text: str, lo: int, hi: int) -> bool:
    """"We walked", "we counted": the publication narrating, in the past, what it did."""
    return _WE_PAST.search(text, lo, hi) is not None


# -- the judge ----------------------------------------------------------------------------------


def judge(doc: Document, hits_by_rule: Mapping[PackRule, Sequence[Hit]]) -> Iterator[Finding]:
    """One finding per advertorial block and paragraph (see the module docstring)."""
    if not doc.sentences:
        return
    # the promo-voice rule's words (a channel or an offer) only point at paragraphs whose
    # voice is to be judged; alone, and in no paragraph that reads as a plug, they leave the
    # document to the headline-list rule
    voice = [(rule, hits) for rule, hits in hits_by_rule.items() if rule.id == _VOICE_RULE]
    signals = {rule: hits for rule, hits in hits_by_rule.items() if rule.id != _VOICE_RULE}
    voice_rule = voice[0][0] if voice else None
    candidates = _voice_blocks(doc, voice[0][1]) if voice else set()
    # the seller's voice of every short paragraph, read with its neighbours (a page of sales
    # lines): only in a document the promo-voice rule points into at all
    sellers = _seller_blocks(doc, candidates) if candidates else {}
    if not signals and not any(level == 2 for level in sellers.values()):
        # (the cheap path: most such documents hold a "free" or a "site" in a story paragraph)
        quoted = _quoted(doc)
        glued = {s.block for s in doc.sentences if s.glued}
        if not any(
            bi in glued or _voice_level(doc.text, doc.blocks[bi].start, doc.blocks[bi].end, quoted)
            for bi in candidates
        ):
            return
    # the shapes of this document's lines are judged here, with its signals (the
    # headline-list rule, which the engine calls after the judges, then leaves it alone)
    JUDGED.add(doc)
    yield from _Judgement(doc, signals, voice_rule, candidates, sellers).findings()


_SELLER_REACH = 3  # paragraphs around a seed of the seller's voice that are read with it


def _seller_blocks(doc: Document, candidates: set[int]) -> dict[int, int]:
    """The paragraphs in the seller's voice (2 a pitch, 1 maybe), by block index (see
    :mod:`lintnews.builtin.advertorial_seller`). The seeds are the paragraphs holding a word of
    the promo-voice rule (an offer, a price, a delivery: a sales page names one) that are
    middling or more in the seller's voice; the paragraphs within _SELLER_REACH of a seed are
    read with it (reading every line of a long text cost 6% of linting it). Headings,
    quotations, captions and the speakers' turns are not prose of the page's own."""
    text, blocks = doc.text, doc.blocks

    def prose(bi: int) -> str | None:
        b = blocks[bi]
        if b.end - b.start > SELLER_LONGEST or b.kind in ("heading", "quote", "caption"):
            return None
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


_HOOK = 2  # marks of an opening hook (see advertorial_seller.hook_marks) on a page that sells


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


def _voice_level(text: str, start: int, end: int, quoted: Callable[[int], bool]) -> int:
    """A paragraph's voice: 2 a plug or a seller's pitch (a warning), 1 maybe a pitch (a hint),
    0 the story's (see :mod:`lintnews.builtin.advertorial_voice`)."""
    if promotional(text, start, end, quoted):
        return 2
    return selling(text, start, end)


def _voice_blocks(doc: Document, hits: Sequence[Hit]) -> set[int]:
    """The paragraphs that hold a word of the promo-voice rule."""
    starts = [b.start for b in doc.blocks]
    return {bisect_right(starts, h.start) - 1 for h in hits}


_ABOUT_OPENING = 90  # characters of a paragraph in which an "About" label's name opens it
# how a company's self-description may open before its name ("Founded in 1961, Northwind ...")
_FOUNDED = re.compile(r"(?:founded|established|formed|set\s+up|incorporated|launched|headquartered|based|since\s+(?:19|20)\d\d)\b")


def _names(para: str, first: str) -> bool:
    """Does a paragraph (lower case) after an "About Northwind" label describe Northwind? It
    starts with the name, or opens with its founding or seat and names it in its opening
    words ("Founded in 1961, Northwind makes..."): a subhead "About Turnout" before a
    paragraph of the story that mentions turnout is not a company's boilerplate."""
    if para.startswith(first):
        return True
    return (
        _FOUNDED.match(para) is not None
        and re.search(r"\b" + re.escape(first) + r"\b", para[:_ABOUT_OPENING]) is not None
    )


# round 33: how an organisation describes itself in its release's boilerplate, beyond plain
# facts: its own "we/our", its praise of itself or a superlative ("a leading", "the
# fastest-growing"), its pride and mission, and the pointer to its site or press office
_SELF_REGARD = re.compile(
    r"\b(?:we|our|us|proud(?:ly)?|pride|mission|vision|committed|dedicated|passionate|pioneer\w*|"
    r"trust(?:ed)?|\w+est(?=-)|most|best|visit|learn\s+more|more\s+information|contact|enquiries|"
    r"inquiries|media|press)\b|www\.|https?://|@|\.(?:com|org|net|example|co\.uk)\b",
    re.IGNORECASE,
)


# a press release's own furniture on a line of its own: its end mark ("-ENDS-", "###"), its
# notes to editors or its press contact; a text that has one is a release, whose "About"
# section is its boilerplate however plain
_RELEASE_MARK = re.compile(
    r"^[ \t]*(?:-+[ \t]*ends[ \t]*-+|ends|#{3}|notes?[ \t]+(?:to|for)[ \t]+editors?|"
    r"(?:media|press)[ \t]+(?:contacts?|enquiries|inquiries))[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _self_described(para: str) -> bool:
    """Does an "About Northwind" section speak as the organisation, as a release's boilerplate
    does (its "we", its praise of itself, its mission, its site or press contact)? A section
    of plain facts in the third person ("Northwind is owned by its members and makes ...")
    is a newsroom's fact box on the story's subject, not the subject's own copy."""
    if _SELF_REGARD.search(para):
        return True
    praise = _praise_words()
    return any(w in praise for w in re.findall(r"[a-z][a-z-]*", para.lower()))


@lru_cache(maxsize=1)
def _praise_words() -> frozenset[str]:
    """The seller's praise word class (advertising's positive evaluation), loaded when first
    asked (most documents have no "About" section)."""
    return frozenset(word_class("advertorial/praise"))


def _quoted(doc: Document) -> Callable[[int], bool]:
    def quoted(at: int) -> bool:
        return doc.quotation_at(at) is not None

    return quoted


class _Judgement:
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
        self.units = _Units(doc, [h for hits in hits_by_rule.values() for h in hits])
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
                if _in_embedded_tweet(doc.text, hit.start):
                    continue
                i = units.index(hit.start)
                glued = (
                    _glued_after_stop(doc.text, hit.start)
                    or self._past_open_mark(i, hit)
                    or _capital_label(doc.text, hit)
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
                    rule.id not in _DISCLOSURES
                    and not _after_dash(doc.text, hit.start)
                    and units.narrated_before(i, hit.start)
                ):
                    continue
                sev = hit.term.severity if hit.term and hit.term.severity else rule.severity
                if rule.id == _CTA_RULE:
                    cta = self._call_to_action(i, hit)
                    if cta is None:
                        continue
                    sev = cta
                elif rule.id == _DISCLAIMER_RULE:
                    self.legal.add(i)
                elif rule.id == _SELF_RULE:
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
        if _bar_points(text, hit):
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
        return len(_WORDS.findall(outside)) >= _NARRATION_WORDS

    def _self_promotion(self, i: int) -> bool:
        """The publication's own channel in a sentence that speaks to the reader ("you", or an
        imperative first word) and is not a line of the story or an editor's note."""
        units = self.units
        u = units.units[i]
        if units.story(i) or _NOTE.search(self.text, u.start, u.end) is not None:
            return False
        if _PAST.search(self.text, u.start, u.end) is not None:  # "Our reporters spoke to ... you can read"
            return False
        if units.voice(_SECOND, i):
            return True
        return _IMPERATIVE.match(self.text, u.start) is not None

    def _call_to_action(self, i: int, hit: Hit) -> Severity | None:
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
        if (
            hit.start - u.start <= _TIP_REACH
            and _TIP_LABEL.match(self.text, u.start, hit.start) is not None
            and _BRAND_AFTER.search(self.text, hit.end, u.end) is not None
        ):
            # a brand blog's labelled call about its product ("Pro tip: Discover how Trailform
            # insoles ..."); a tip about the council's bins names no brand
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
            and _CLOSED.search(self.text, u.start, u.end) is not None
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
            if i not in self.strong and all(_TEASER_DATE.fullmatch(text, hit.start, hit.end) for _r, hit, _s in sig)
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
                _BUTTON.fullmatch(text, hit.start, hit.end) for _rule, hit, _sev in sig
            ):
                continue
            u, prev = us[i], us[i - 1]
            if prev.block != u.block or _BUTTON_END.match(text, u.start, self.doc.blocks[u.block].end) is None:
                continue
            if units.story(i - 1):
                continue
            if (
                units.voice(_SECOND, i - 1)
                or _IMPERATIVE.match(text, prev.start) is not None
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
        quoted = _quoted(doc)
        sellers = self.sellers
        for bi in sorted(self.voice_blocks | sellers.keys()):
            b = doc.blocks[bi]
            if bi in taken or bi in shaped or b.kind in ("heading", "quote", "caption"):
                continue
            idx = units.block_units(bi) or []
            if not any(us[i].glued for i in idx):  # (most paragraphs: one piece)
                level = _voice_level(text, b.start, b.end, quoted) if bi in self.voice_blocks else 0
                pieces = [(idx, max(level, sellers.get(bi, 0)))]
            else:
                # each piece of the paragraph a scraper glued together ("...all the
                # difference.The budget also includes"): a plug glued into a story paragraph
                pieces = [
                    (piece, _voice_level(text, us[piece[0]].start, us[piece[-1]].end, quoted))
                    for piece in _glued_pieces(units, idx)
                ]
            for piece, level in pieces:
                if not level or not piece or any(i in self.strong for i in piece):
                    continue
                if level == 1 and any(
                    rule.id != _CTA_RULE for i in piece for rule, _hit, _sev in self.signals.get(i, ())
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
                section = [bi] if _names(rest, first) else []
            else:
                section = []
                for k in range(bi + 1, min(bi + 4, len(blocks))):
                    if not _names(text[blocks[k].start : blocks[k].end].lstrip().lower(), first):
                        break
                    section.append(k)
            if not section:
                continue
            described = rest or text[blocks[section[0]].start : blocks[section[-1]].end]
            if not _self_described(described) and _RELEASE_MARK.search(text) is None:
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
            units.voice(_FIRST_PLURAL, i) or units.voice(_SECOND, i) or (
                units.words(i) <= _SHORT_WORDS and not units.story_fragment(i)
            )
        )

    def _story_line(self, i: int) -> bool:
        """A unit between two pieces of a plug that is the story's all the same: it reports or
        narrates, or (outside the "we/you" voice) it carries hearsay or a news actor."""
        units = self.units
        if units.story(i):
            return True
        if units.voice(_FIRST_PLURAL, i) or units.voice(_SECOND, i):
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
                or (_appeal_voice(units, idx) and not _posted(units, idx))
                or (before and after and _heading(units, idx) and not any(units.story(i) for i in idx))
                # the description between a product's price line and its "buy" line
                or (
                    before and after and self._commerce(idx[0] - 1) and self._commerce(idx[-1] + 1)
                    and not any(units.story(i) for i in idx)
                    and _describes(units, idx, (idx[0] - 1, idx[-1] + 1), marked)
                )
            )
            if joins and after and _heading(units, idx) and idx[-1] + 1 not in self.signals:
                # round 33: a heading heads the paragraph after it; when that paragraph opens
                # with a description of its own and only its end is a plug, the heading is a
                # guide's subhead naming the item ("Best for beginners: Harbour Kite" before
                # its review), not a line of the listing before it
                joins = False
            if joins:
                src = idx[0] - 1 if before else idx[-1] + 1
                out.extend((j, src) for j in _unglued(units, idx, before))
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
            if len(idx) > 3 or len(chunk.split()) > _TAIL_WORDS or not chunk.lstrip()[:1].isupper():
                return []
            if (
                _QUOTE_MARKS.search(chunk) is not None
                or _SPEAKER.match(chunk) is not None
                or _NOTE.search(chunk) is not None
                or _TEASER_END.search(chunk) is None
            ):
                # (a quotation, a transcript's speaker, an editor's note, a byline or a
                # headline without its stop: not a teaser's sentences)
                return []
            if any(units.reports(i) for i in idx):
                reporting += 1
                continue
            if any(units.story(i) for i in idx):
                return []
        if len(tail) < _TAIL_TEASERS or reporting * 4 > len(tail):
            return []
        return [(i, last) for idx in tail for i in idx]

    def _commerce(self, i: int) -> bool:
        return self.origin[i][0].id in _COMMERCE

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


def _glued_pieces(units: _Units, idx: list[int]) -> list[list[int]]:
    """A paragraph's units, cut where text was glued on without a space."""
    us = units.units
    pieces: list[list[int]] = []
    for i in idx:
        if pieces and not us[i].glued:
            pieces[-1].append(i)
        else:
            pieces.append([i])
    return pieces


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


# the words of selling itself, which a shopping line and advice to a shopper share without
# the advice describing anything that is sold
_SHOPPING_WORDS = frozenset(
    "deal deals price prices offer offers code codes save sale sales shop store stores month "
    "year free only just with your this that from more than here now today".split()
)


def _named(text: str) -> set[str]:
    """The words of ``text`` that can name a product or its kind ("jacket", "tidewater"):
    words of four letters or more, folded, less the vocabulary of selling itself."""
    return {w for w in (w.lower() for w in _WORDS.findall(text) if len(w) >= 4)} - _SHOPPING_WORDS


def _describes(units: _Units, idx: list[int], around: tuple[int, int], marked: set[int]) -> bool:
    """Does the paragraph between two shopping lines name what the listing around it sells (a
    product's description: "the Note 10 Plus is well designed" under "Galaxy Note 10 Plus for
    $840")? Advice to the reader that names nothing of theirs ("If you are out of contract,
    phone your provider") is the story's, not the listing's. (Up to two marked lines each way:
    a price line and its "buy" line.)"""
    us, text = units.units, units.text
    between = _named(text[us[idx[0]].start : us[idx[-1]].end])
    lo, hi = around
    near = [i for i in (lo - 1, lo, hi, hi + 1) if i in marked]
    return any(between & _named(text[us[i].start : us[i].end]) for i in near)


def _posted(units: _Units, idx: list[int]) -> bool:
    """Does the paragraph open with a live page's time stamp? A post of the live story speaks
    as "we" and "our team" about the coverage ("10:30pm - Welcome to our live coverage ...")
    without being the outlet's appeal: its voice alone does not join it to a plug beside it."""
    return _POST_STAMP.match(units.text, units.units[idx[0]].start) is not None


def _heading(units: _Units, idx: list[int]) -> bool:
    """A short line without a closing stop: a product or section heading."""
    chunk = units.text[units.units[idx[0]].start : units.units[idx[-1]].end]
    return len(chunk.split()) <= _HEADING_WORDS and not _TERMINAL.search(chunk)


__all__ = ["judge"]


