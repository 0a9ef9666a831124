"""Step 1 (units), where to cut: the split points the sentence splitter does not see.

Text a scraper glued with no stop ("Paid ProgramNow the agency"), asides in dashes or
brackets, rules of underscores, and the ends found only around a signal (a missed stop, a
share bar, a widget's label, a plug glued by its stop): each finder returns (start, reach)
points that :class:`~lintnews.builtin.advertorial.units.Units` cuts the sentences at.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import TYPE_CHECKING

from lintnews.packs.model import Hit
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lintnews.document.document import Document


# a join a scraper left without a stop: "ProgramNow the", "missedComments under": at a case
# change (Document.case_changes), the rest of the word and the character after it, which
# must lie inside the sentence.
_GLUE_WORD = re.compile(r"[a-z]+[ ,;:'’]")
_SENTENCE_OPENER = re.compile(
    r"(?:The|This|That|These|Those|Now|After|Before|While|When|Since|But|And|"
    r"She|They|You|There|Here|Its|His|Her|Their|Our|For|With|"
    # (round 49: the quantifiers that open a story sentence, "NewslettersBoth boats were")
    r"Both|Each|Every|Several|Many)\b"
)
# two-letter openers ("TimeHe says", "NewslettersIt was"): a join only in a sentence that a
# signal opens (a plug pasted in front of the story); not "In" or "On", which end brand
# names ("LinkedIn", "CarryOn")
_SHORT_OPENER = re.compile(r"(?:He|It|We|At|As|If|So|Mr|Ms|Dr)\b")
# round 49: a story sentence's subject glued onto a plug that opens the sentence ("... for breaking
# news as they happenOne trader said ...", "Follow us for updatesShop owners said ..."): a capitalised
# word of three letters or more and then a lower-case word that is not one a name runs on with
# ("MasterCard and", "PlayStation for"); tried only in a sentence a signal opens, outside its span
# (the word before such a join ends a name of two words or more: a capitalised word before it)
_NAME_BEFORE = re.compile(r"[A-Z][\w&'’.-]*[ \t]+$")
_GLUED_SUBJECT = re.compile(
    r"[A-Z][a-z]{2,}(?:[ \t]+|,[ \t]+)(?!(?:and|or|of|for|in|on|at|to|the|with|by|from|as|is|app|apps|page|channel|account|feed|store|group)\b)[a-z]"
)


class Spans:
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


def real_glue(text: str, lo: int, at: int, spans: Spans) -> bool:
    """Is the case change at ``at`` a scraper's join rather than a brand name?

    A join right at a signal's edge ("Paid Program|Now") is one; otherwise the
    word before must end in three or more lower-case letters and the word after
    must be one that opens sentences ("picks|The", "Youtube|This"), which brand
    names ("YouTube", "HomeKit", "McDonald", "LinkedIn") and handles do not
    give; two-letter openers ("He", "It") count only in a sentence that a signal
    opens ("...in your inboxHe said"), and "In" never, for "LinkedIn"'s sake; in such
    a sentence, so does a capitalised word before a lower-case one (a story sentence's
    subject, "as they happenOne trader said") after a lower-case word or a name of two
    words, but not after a one-word name ("BlackRock clients"), nor one a brand's name
    runs on with.
    """
    if spans.at_edge(at):
        return True
    word_start = at
    while word_start > lo and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:at]
    if word[-1:] in _FIGURE_ENDS and word[:1] not in "@#" and "/" not in word:
        # (round 50: a price or a bracket closing a product card or a deal line glued onto the next
        # sentence, "... | Save $121Shop owners said", "(was £149.99)Shop owners": cut only in a
        # sentence a signal opens, before an opener or a subject, as after a label in capitals)
        return spans.opens(lo) and any(rx.match(text, at) is not None for rx in (_SENTENCE_OPENER, _SHORT_OPENER, _GLUED_SUBJECT))
    if word[:1] in "@#" or "/" in word or any(c.isdigit() for c in word):
        return False
    if word[:1].isupper() and spans.opens(lo) and _closes_known_name(text, lo, word_start, word):
        # (round 54: a plug closed by a network's or a shop's name glued onto the next sentence, "Follow
        # us on InstagramShop owners said", "View deal at Best BuyShop owners": a name of those classes
        # is whole, so the capital after it opens a word of its own; cut before an opener or a subject)
        return any(rx.match(text, at) is not None for rx in (_SENTENCE_OPENER, _SHORT_OPENER, _GLUED_SUBJECT))
    tail = len(word) - len(word.rstrip("abcdefghijklmnopqrstuvwxyz"))
    if tail < 3:
        # (round 49: a label in capitals, "SPONSORED BY GREENFIELD FARMSShop owners", is cut only
        # in a sentence a signal opens, before an opener or a subject)
        if not (len(word) >= 3 and word.isupper() and spans.opens(lo)):
            return False
        return any(rx.match(text, at) is not None for rx in (_SENTENCE_OPENER, _SHORT_OPENER, _GLUED_SUBJECT))
    if _SENTENCE_OPENER.match(text, at) is not None:
        return True
    if not spans.opens(lo):
        return False
    if _SHORT_OPENER.match(text, at) is not None:
        return True
    # (a subject only after a lower-case word, "as they happenOne trader said", or after the last
    # word of a name of two words or more, "Sponsored by Kestrel InsuranceShop owners said": after a
    # one-word name, "Sponsored by BlackRock clients, the summit said", the halves are a brand's)
    if not (word[:1].islower() or _NAME_BEFORE.search(text, max(lo, word_start - 40), word_start)):
        return False
    return _GLUED_SUBJECT.match(text, at) is not None


@cache
def _shop_and_network_names() -> frozenset[str]:
    """The names a plug or a shop line may end with: networks, marketplaces and chain retailers
    (word classes advertorial/platforms, marketplaces, retailers), lower case."""
    from lintnews.language.wordclasses import listed

    return frozenset().union(*(listed(f"advertorial/{c}", "lemmas") for c in ("platforms", "marketplaces", "retailers")))


_WORD_BEFORE = re.compile(r"([A-Z][\w&'’.-]*)[ \t]+$")


def _closes_known_name(text: str, lo: int, word_start: int, word: str) -> bool:
    """Does ``word`` (the capitalised word before a join) close a network's or a shop's name of
    one or two words ("Instagram", "Walmart", "Best Buy", "JB Hi-Fi")?"""
    names = _shop_and_network_names()
    if word.lower() in names:
        return True
    before = _WORD_BEFORE.search(text, max(lo, word_start - 30), word_start)
    return before is not None and f"{before.group(1)} {word}".lower() in names


def name_join(text: str, lo: int, at: int) -> bool:
    """Is the case change at ``at`` the end of a network's, a marketplace's or a shop's name that
    closes a call glued onto the next sentence's opener or subject ("Follow our sports desk on
    TikTokShop owners said ...", "Like The Harbour Echo on FacebookThe ferry ...")? Round 55: for
    the ``reader-call`` rule, which judges a sentence a command opens (``lo``), not a signal's span,
    so that the story sentence glued on neither vetoes the call nor is reported with it."""
    word_start = at
    while word_start > lo and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:at]
    if not word[:1].isupper() or not _closes_known_name(text, lo, word_start, word):
        return False
    return any(rx.match(text, at) is not None for rx in (_SENTENCE_OPENER, _SHORT_OPENER, _GLUED_SUBJECT))


# round 49: a label in capitals glued onto the next sentence ("ADVERTISEMENTThe council",
# "SPONSORED BY GREENFIELD FARMSShop owners"): the capital that opens a lower-case word right
# after three capitals or more. (Written from the capital, like the document's case changes; such
# a join is cut only at a signal's edge, as real_glue reads no lower-case tail before it.)
_CAPS_JOIN = re.compile(r"[A-Z](?<=[A-Z]{4})(?=[a-z])")
# round 50: a figure, a closing bracket or a per cent sign right before a capital that opens a
# lower-case word ("$121Shop owners", "(was £149.99)Shop"): a price line glued onto the next sentence
_FIGURE_ENDS = frozenset("0123456789)%")
_FIGURE_JOIN = re.compile(r"[A-Z](?<=[0-9)%][A-Z])(?=[a-z])")  # (the capital first: the engine skips to it)


def glue_points(doc: Document) -> list[tuple[int, int]]:
    """Every case change that may be a join, with the end of the word it opens (plus
    one character): from the document's case changes, not a scan per sentence; and the
    joins after a run of capitals."""
    text, word = doc.text, _GLUE_WORD.match
    out = [(at, m.end()) for at in doc.case_changes if (m := word(text, at + 1)) is not None]
    out.extend((at, m.end()) for c in _CAPS_JOIN.finditer(text) if (m := word(text, (at := c.start()) + 1)) is not None)
    out.extend((at, m.end()) for c in _FIGURE_JOIN.finditer(text) if (m := word(text, (at := c.start()) + 1)) is not None)
    return out


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


def aside_points(doc: Document) -> list[tuple[int, int]]:
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


def rule_points(doc: Document) -> list[tuple[int, int]]:
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
BUTTON = re.compile(r"(?:learn|read|find\s+out)\s+more", re.IGNORECASE)

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
_HYPHEN_BEFORE_CARD = LazyRegex(_CARD_STOP + r"(?=[A-Z])(?!.*" + _CARD_STOP + r"[A-Z])")
_CARD_REACH = 160
TEASER_DATE = re.compile(r"(?:Asks\s[^()\n]{3,80}\()?[0-3]\d\.[01]\d\.(?:19|20)\d\d")
_AFTER_DATE = re.compile(r"\)[ \t]+(?=[A-Z\"“])")


def _after_missed_stop(text: str, at: int) -> bool:
    """Does ``at`` follow a stop the splitter missed (a stop and a hyphen, a possessive's stop)?"""
    return _STOP_BEFORE.search(text, max(0, at - _STOP_BEFORE_REACH), at) is not None


def _missed_stop_points(text: str, h: Hit) -> list[tuple[int, int]]:
    """The split points a signal ``h`` needs where the splitter missed a sentence end."""
    if _after_missed_stop(text, h.start):
        return [(h.start, 0)]
    if BUTTON.fullmatch(text, h.start, h.end):
        # (the sentence before a teaser card's button may follow a hyphen stop: "... website.- Start
        # your workday ... Learn more")
        hyphen = _HYPHEN_BEFORE_CARD.search(text, max(0, h.start - _CARD_REACH), h.start)
        return [(hyphen.end(), 0)] if hyphen is not None else []
    if TEASER_DATE.fullmatch(text, h.start, h.end):
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


def in_embedded_tweet(text: str, start: int) -> bool:
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


def bar_points(text: str, h: Hit) -> list[tuple[int, int]]:
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
_LONG_LABEL = LazyRegex(
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
_STOP_GLUE = LazyRegex(r"[.!?][\"”’]?(?=[A-Z\"“‘])")
_STOP_GLUE_REACH = 160


_STOP_GLUED = -1  # (the "reach" of a stop-glue point: a join with no white space, checked here)


# (round 55: a plug closed by its colon, the link it announced lost, glued onto the next sentence's
# capitalised word: "Read more here about the outbreak:Shop owners said ..."; searched after the
# hit, so that a label's own colon before its headline, "Related:Council ...", is no glue)
_COLON_GLUE = LazyRegex(r"(?<=[a-z]):(?=[A-Z][a-z])")


def _stop_glue_point(text: str, h: Hit, sentence_end: int) -> tuple[int, int] | None:
    """The split point at the stop that glues a signal ``h`` opening its sentence onto the next."""
    end = min(sentence_end, h.start + _STOP_GLUE_REACH)
    m = _STOP_GLUE.search(text, h.end - 1 if h.end > h.start else h.end, end)
    c = _COLON_GLUE.search(text, h.end, m.start() if m is not None else end)
    if c is not None and "\n" not in text[h.end : c.start()]:
        return c.end(), _STOP_GLUED
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


def opener_points(doc: Document, hits: Sequence[Hit]) -> list[tuple[int, int]]:
    """The label and stop-glue points of the signals that open their sentence (one pass),
    and the glued starts of those that do not."""
    text, starts, sentences, out = doc.text, doc._sentence_starts, doc.sentences, []
    for h in hits:
        si = bisect_right(starts, h.start) - 1
        if si < 0:
            continue
        out.extend(bar_points(text, h))
        out.extend(_missed_stop_points(text, h))
        if sentences[si].start != h.start and capital_label(text, h):
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


_CAPITAL_LABEL = re.compile(r"[A-Z]{2}[A-Za-z’']*(?:\s+[A-Z][A-Z’']*){0,2}[ \t]{0,3}:")


def capital_label(text: str, h: Hit) -> bool:
    """Is the hit a link label in capitals with its colon ("READ MORE:", "IN PICTURES:")? A
    speaker says no such thing: where one stands inside a quotation, the page put it between
    two paragraphs of a quotation that runs on over them (their breaks lost in the paste),
    so it is not read as quoted."""
    return _CAPITAL_LABEL.fullmatch(text, h.start, h.end) is not None
