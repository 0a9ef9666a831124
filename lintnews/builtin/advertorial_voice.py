"""Promotional paragraphs told by their voice, not by their phrases.

A plug is written in a voice news copy does not use: it speaks to the reader ("you",
a command at the start of a sentence), often as the publication ("we", "our", "us"),
about a channel or an offer (a newsletter, an app, a podcast, comments, a ticket, a
code, a link, a handle or an address), in the present or future tense, with no source
and no past event. A short paragraph with most of these marks is a plug however it is
worded ("Never miss a result: our free Matchday email lands before breakfast. Sign up
in one click!"); a paragraph that reports, narrates in the past tense or names a news
actor (police, a council, a court) is the story's, whatever else it holds.

:func:`promotional` scores one paragraph; the advertorial judge asks it about the
paragraphs no signal has marked. Linear in the paragraph's length.
"""

from __future__ import annotations

import re

from lintnews.util import cache

_SECOND = cache.compiled(r"\b(?:you|your|yours|you['’](?:re|ve|ll|d))\b", re.IGNORECASE)
# the publication as "we" ("us" in lower case only: "US" is a country)
_FIRST = cache.compiled(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|[Ww]e['’](?:re|ve|ll|d)|us)\b")
# a command at the start of a sentence (or after a label: "Never miss a wicket: download ...")
_COMMAND = cache.compiled(
    r"(?:^|(?<=[.!?:–—] )|(?<=[.!?] [\"“])|(?<=[a-z][.!?]))[\"“‘(]?(?:sign|subscribe|join|follow|get|download|install|listen|watch|"
    r"read|share|tell|send|email|e-mail|contact|support|donate|become|click|tap|visit|check|find|try|book|"
    r"register|buy|shop|order|leave|let|don['’]t|never|stay|keep|enjoy|discover|explore|learn|see|tune|"
    r"catch|grab|claim|start|head|bookmark|save|turn|enable|tag|pin|give|help|plan|compare|reserve|hit|"
    r"drop|like)\b",
    re.IGNORECASE | re.MULTILINE,
)
# what a plug is about: the publication's channels, offers and the reader's part in them
_CHANNEL = cache.compiled(
    r"\b(?:newsletters?|inbox|apps?|podcasts?|episodes?|alerts|notifications|subscri\w+|members?(?:hip)?|"
    r"donat\w+|tickets?|promo|coupon|discount|code|deals?|offers?|comments?|links?|website|site|feed|"
    r"follow(?:ers|ing)?|sign(?:ing)?\s+up|free|trial|e-?mail|instagram|facebook|twitter|tiktok|youtube|"
    r"whatsapp|spotify|channel|livestream|stream|webinar|workshop|q&a|registration|booking|sponsor\w*|"
    r"partner\w*|below|above)\b|@\w|https?://|www\.|\.com\b|\.co\.uk\b|[$£€]\d",
    re.IGNORECASE,
)
_EXCLAIM = cache.compiled(r"!|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
# a short question that opens the paragraph and hooks the reader ("Got thoughts?", "Prefer to listen?")
_HOOK = cache.compiled(r"[\s\"“]*[A-Z][^.!?\n]{0,40}\?\s+\S")
# the story's marks: a past event, a report, a news actor
_STORY = cache.compiled(
    r"\b(?:was|were|had|did|said|says|told|according|reportedly|allegedly|police|officers?|officials?|"
    r"authorities|mayor|ministers?|government|council|court|judge|prosecutors?|president|spokes\w+|"
    r"witnesses|residents|investigators)\b|\b[a-z]{3,}ed\b",
    re.IGNORECASE,
)
_WORDS = cache.compiled(r"\S+")

RULE_ID = "advertorial/reader-cta"
# (the words of that rule in rules/advertorial.toml: a paragraph judged by its voice may hold
# none of the rule's hits, so the rule object may not be at hand; a test keeps them equal)
MESSAGE = "Call to action addressed to the reader inside the article."
SUGGESTION = "Remove the call to action if it is not part of the story."


class VoiceHit:
    """A stand-in for a pack hit: the paragraph a voice judgement marked."""

    __slots__ = ("end", "start", "term")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end, self.term = start, end, None


class VoiceRule:
    """A stand-in for the reader-cta rule object, for the findings of marked paragraphs."""

    id = RULE_ID

    @staticmethod
    def finding(text: str, hit: VoiceHit, start: int, end: int, severity):  # type: ignore[no-untyped-def]
        from lintnews.model.diagnostic import Finding

        return Finding(start, end, MESSAGE, SUGGESTION, severity, RULE_ID)
MIN_WORDS, MAX_WORDS = 4, 70
_SHORTEST, _LONGEST = 12, 600  # characters: bounds of a paragraph of 4-70 words, tested first
THRESHOLD = 4  # marks (see promotional)


def promotional(text: str, start: int, end: int, quoted) -> bool:  # type: ignore[no-untyped-def]
    """Is ``text[start:end]`` (a paragraph) a plug by its voice?

    Marks, one each: the reader ("you"), the publication ("we", "our"), a command, the
    channels or offers it names (up to two), an exclamation, a hook (a short question
    that opens it: "Got thoughts?"). Four make a plug, if
    it names a channel and speaks to the reader or as the publication. ``quoted(offset)`` says whether an offset lies inside a
    quotation: words inside one are somebody's, not the publication's.
    """
    if not _SHORTEST <= end - start <= _LONGEST:  # (the cheap tests first: most paragraphs fail them)
        return False
    if _STORY.search(text, start, end) is not None:
        return False
    n = sum(1 for _ in _WORDS.finditer(text, start, end))
    if not MIN_WORDS <= n <= MAX_WORDS:
        return False
    if quoted(start) and quoted(end - 1):  # a quotation of somebody's, or a testimonial
        return False
    channels = {m.group().lower() for m in _CHANNEL.finditer(text, start, end) if not quoted(m.start())}
    command = _COMMAND.search(text, start, end) is not None
    hook = _HOOK.match(text, start, end) is not None
    if not channels:
        return False
    reader = any(not quoted(m.start()) for m in _SECOND.finditer(text, start, end))
    us = any(not quoted(m.start()) for m in _FIRST.finditer(text, start, end))
    if not (reader or command or us):
        return False
    exclaim = _EXCLAIM.search(text, start, end) is not None
    return reader + us + command + min(len(channels), 2) + exclaim + hook >= THRESHOLD


cache.save_checked()  # (the patterns above, compiled once and kept: see cache.compiled)
