"""Promotional paragraphs told by their voice, not by their phrases.

A plug is written in a voice news copy does not use: it speaks to the reader ("you",
a command at the start of a sentence), often as the publication ("we", "our", "us"),
about a channel or an offer (a newsletter, an app, a podcast, comments, a ticket, a
code, a link, a handle or an address), in the present or future tense, with no source
and no past event. A short paragraph with most of these marks is a plug however it is
worded ("Never miss a result: our free Matchday email lands before breakfast. Sign up
in one click!"); a paragraph that reports, narrates in the past tense or names a news
actor (police, a council, a court) is the story's, whatever else it holds.

:func:`promotional` scores one paragraph. The advertorial judge asks it only about the
paragraphs that hold a word of the ``advertorial/promo-voice`` rule (a channel or an offer:
"newsletter", "comments", "free"...), which the one scan of the text finds at C speed: a
test of every paragraph of a long text cost a tenth of linting it. Linear in the paragraph.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from collections.abc import Callable

_SECOND = LazyRegex(r"\b(?:you|your|yours|you['’](?:re|ve|ll|d))\b", re.IGNORECASE)
# the publication as "we" ("us" in lower case only: "US" is a country)
_FIRST = LazyRegex(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|[Ww]e['’](?:re|ve|ll|d)|us)\b")
# a command at the start of a sentence (or after a label: "Never miss a wicket: download ..."):
# tried at the paragraph's start, and found after each stop (a search that skips to the stops)
_VERBS = (
    r"(?:sign|subscribe|join|follow|get|download|install|listen|watch|read|share|tell|send|email|e-mail|"
    r"contact|support|donate|become|click|tap|visit|check|find|try|book|register|buy|shop|order|leave|let|"
    r"don['’]t|never|stay|keep|enjoy|discover|explore|learn|see|tune|catch|grab|claim|start|head|bookmark|"
    r"save|turn|enable|tag|pin|give|help|plan|compare|reserve|hit|drop|like|unlock|open)\b"
)
_VERB_SET = frozenset(
    "sign subscribe join follow get download install listen watch read share tell send email e-mail "
    "contact support donate become click tap visit check find try book register buy shop order leave "
    "let don't don’t never stay keep enjoy discover explore learn see tune catch grab claim start head "
    "bookmark save turn enable tag pin give help plan compare reserve hit drop like unlock open".split()
)

_COMMAND_NEXT = LazyRegex(r"[.!?:–—][ \t]*[\"“‘(]?" + _VERBS, re.IGNORECASE)
_COMMAND_SPAN = 300  # characters: a command after the first sentence is looked for in a short paragraph
# "you", "we", "our": the gate most paragraphs fail
_VOICED = LazyRegex(r"\b(?:[Yy]ou|YOU|[Yy]ours?|YOURS?|[Ww]e|WE|[Oo]urs?|OURS?|us)\b")
# what a plug is about: the publication's channels, offers and the reader's part in them
# (looked up word by word in a set: one regex alternation of them per paragraph was slow)
_CHANNEL_WORDS = frozenset(
    "newsletter newsletters inbox app apps podcast podcasts episode episodes alerts notifications "
    "subscribe subscribed subscriber subscribers subscribing subscription subscriptions member members "
    "membership memberships donate donated donating donation donations ticket tickets promo coupon "
    "discount code deal deals offer offers comment comments link links website site feed follow followers "
    "following free trial email e-mail mail instagram facebook twitter tiktok youtube whatsapp spotify "
    "channel livestream stream webinar workshop q&a registration booking sponsor sponsors sponsored "
    "sponsorship partner partners partnership below above".split()
)
_CHANNEL_MARKS = ("@", "http", "www.", ".com", ".co.uk", "sign up", "signing up")
# round 43: "sign up" in a clause of time or condition with the reader as its subject ("Read
# the terms before you sign up", "once you sign up for the card") is the reader's own act in a
# piece of advice, not a call to join a channel: no mark by itself
_READER_ACT = LazyRegex(r"\b(?:before|after|when|once|if|until|unless|as\s+soon\s+as)\s+you\s+sign\s+up\b")
_PRICE = LazyRegex(r"[$£€]\d")
# the channel words with their places, for a paragraph that holds a quotation
_CHANNEL = LazyRegex(
    r"\b(?:" + "|".join(sorted((re.escape(w) for w in _CHANNEL_WORDS), key=len, reverse=True)) + r")\b"
    r"|@\w|https?://|www\.|\.com\b|\.co\.uk\b|sign(?:ing)?\s+up|[$£€]\d",
    re.IGNORECASE,
)
EXCLAIM = LazyRegex(r"!|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
# a short question that opens the paragraph and hooks the reader ("Got thoughts?", "Prefer to listen?")
_HOOK = LazyRegex(r"[\s\"“]*[A-Z][^.!?\n]{0,40}\?\s+\S")
# the story's marks: a past event (a word in -ed of five letters or more), a report, a news actor
_STORY_WORDS = frozenset(
    "was were had did said says told according reportedly allegedly police officer officers official "
    "officials authorities mayor minister ministers government council court judge prosecutor prosecutors "
    "president spokesman spokeswoman spokesperson spokespeople witnesses residents investigators".split()
)
_TOKEN = LazyRegex(r"[a-z0-9][a-z0-9&-]*")
_QUOTE_MARK = LazyRegex(r"[\"“”«»„‘’']")

RULE_ID = "advertorial/promo-voice"
MIN_WORDS, MAX_WORDS = 4, 70
_SHORTEST, _LONGEST = 12, 400  # characters: a plug is a short paragraph (tested first)
THRESHOLD = 4  # marks (see promotional)


# round 139 (issue 15): a story's box of advice, a heading of the word class
# ``advertorial/advice-box-labels`` over a list of commands in the reader's interest
_ADVICE_LINES = 2  # lines under the heading at least: a list, not a plug's call
_ADVICE_HEADING_WORDS = 10
_ADVICE_OUTLET = LazyRegex(r"@|https?://|www\.|\.com\b|\.co\.uk\b|\bsign(?:ing)?\s+up\b|!", re.IGNORECASE)


@cache
def _advice_label() -> LazyRegex:
    """The opening of an advice box's heading (the class's lemmas, as written)."""
    from lintnews.language.wordclasses import alternation_of, word_class

    labels = set(word_class("advertorial/advice-box-labels").values())
    return LazyRegex(rf"[ \t*#_]*(?:\d+[ \t]+)?(?:{alternation_of(labels, spaced=True)})\b", re.IGNORECASE)


def advice_box(seg: str) -> bool:
    """Is ``seg`` (a paragraph) a story's box of advice: a short heading opened by an advice
    label, with no stop, over two lines or more ("How to cut your energy bill" / "Turn your
    thermostat down by one degree to save about £100 a year." / "Switch off appliances at the
    wall.")? Its commands and its "you" are the advice's, in the reader's interest; a plug
    speaks as the outlet ("we", "our"), names an address or a sign-up, or exclaims, and such a
    box with any of them is left to the reading below."""
    lines = [ln.strip() for ln in seg.strip().split("\n") if ln.strip()]
    if len(lines) < 1 + _ADVICE_LINES:
        return False
    head = lines[0]
    if head[-1] in ".!?" or len(head.split()) > _ADVICE_HEADING_WORDS or _advice_label().match(head) is None:
        return False
    return _FIRST.search(seg) is None and _ADVICE_OUTLET.search(seg) is None


def promotional(text: str, start: int, end: int, quoted: Callable[[int], bool]) -> bool:
    """Is ``text[start:end]`` (a paragraph) a plug by its voice?

    Marks, one each: the reader ("you"), the publication ("we", "our"), a command, the
    channels or offers it names (up to two), an exclamation, a hook (a short question
    that opens it: "Got thoughts?"). Four make a plug, if it names a channel and speaks
    to the reader or as the publication. ``quoted(offset)`` says whether an offset lies
    inside a quotation: words inside one are somebody's, not the publication's.
    """
    # (the cheap tests first: most paragraphs are too long, hold no "you", "we" or command,
    # or tell a story; the rest are few and short)
    if not _SHORTEST <= end - start <= _LONGEST:
        return False
    seg = text[start:end]
    # (plain substring tests: a regex search per paragraph cost a tenth of linting a long text)
    low = seg.lower()
    voiced = (
        ("you" in low or "our " in low or "we " in low or "we’" in low or "we'" in low or " us" in low)
        and _VOICED.search(seg) is not None
    )
    if "\n" in seg.strip() and advice_box(seg):
        return False
    first = seg.lstrip(" \t\"“‘(")[:14].split(" ", 1)[0].lower().rstrip(",:;!")
    command = first in _VERB_SET or (
        end - start <= _COMMAND_SPAN
        and (". " in seg or "? " in seg or "! " in seg or ": " in seg or "– " in seg or "— " in seg)
        and _COMMAND_NEXT.search(seg) is not None
    )
    if not (voiced or command):
        return False
    tokens = _TOKEN.findall(low)
    if not MIN_WORDS <= len(tokens) <= MAX_WORDS:
        return False
    words = set(tokens)
    if words & _STORY_WORDS or any(len(w) >= 5 and w.endswith("ed") for w in tokens):
        return False
    channels = words & _CHANNEL_WORDS
    marks = [m for m in _CHANNEL_MARKS if m in low]
    if "sign up" in marks and low.count("sign up") == len(_READER_ACT.findall(low)):
        marks.remove("sign up")
    price = ("$" in seg or "£" in seg or "€" in seg) and _PRICE.search(seg) is not None
    if not (channels or marks or price):
        return False
    # quotations matter only where the paragraph has quotation marks
    if _QUOTE_MARK.search(seg) is None:
        def outside(m: re.Match[str]) -> bool:
            return True

        found = len(channels) + len(marks) + price
    else:
        if quoted(start) and quoted(end - 1):  # a quotation of somebody's, or a testimonial
            return False

        def outside(m: re.Match[str]) -> bool:
            return not quoted(start + m.start())

        acts = {m.end() for m in _READER_ACT.finditer(low)} if "sign up" in low else set()
        found = len({m.group().lower() for m in _CHANNEL.finditer(seg) if outside(m) and m.end() not in acts})
        if not found:
            return False
    reader = voiced and any(outside(m) for m in _SECOND.finditer(seg))
    us = voiced and any(outside(m) for m in _FIRST.finditer(seg))
    if not (reader or command or us):
        return False
    hook = _HOOK.match(seg) is not None
    exclaim = EXCLAIM.search(seg) is not None
    return reader + us + command + min(found, 2) + exclaim + hook >= THRESHOLD


# -- the seller's voice -------------------------------------------------------------------------
# A product pitch pasted into a story is not the publication speaking about its channels but a
# seller speaking about a product: commands to the reader ("Make your money work harder",
# "Book now"), the product's benefits in praise words ("effortless", "guaranteed", "loved by
# over 2 million"), its price and where to get it ("just $7.99 a month", "available now on
# Steam", "at example.com"). News copy about a product reports (a verb of saying, a source, a
# quotation) or narrates; it does not command the reader to buy. Each mark below is common in
# news alone; several together, with no mark of the story, are the seller's voice.

# the seller's commands (opening a sentence): the plug's own verbs and a pitch's
# ("open" is a plug's command, "Open a saver in minutes on our app", but it also opens a review's
# fact box, "Open Tuesday to Saturday from 6pm": not a seller's command by itself)
SELL_VERB_SET = (_VERB_SET - {"open"}) | frozenset(
    "make grow earn invest file escape say raise build experience treat upgrade switch meet feel "
    "apply call hurry act choose create wishlist pre-order preorder stream play reserve "
    "ready looking thinking want request enrol enroll".split()
)
# a question that opens a pitch and ends with an offer ("Ready to go electric?", "Thinking of buying?")
_PITCH_HOOK = LazyRegex(r"[\s\"“]*(?:ready\s+(?:to|for)|thinking\s+(?:of|about)|looking\s+for|want\s+(?:to|more)|need\s+(?:a|an|to|more)|tired\s+of|feeling)\b[^.!?\n]{0,50}\?", re.IGNORECASE)
# praise of the product and of its bargain: what a seller says about what it sells
BENEFIT_WORDS = frozenset(
    "free exclusive exclusively best perfect amazing delicious guaranteed premium smart effortless "
    "effortlessly easy easily instant instantly trusted award-winning loved handpicked hand-picked "
    "personalised personalized seamless ultimate unbeatable incredible stunning fun rewarding "
    "unlimited favourite favorite must-see spectacular breathtaking dream dreams paradise radiant "
    "cosy cozy glowing happier healthier boost boosts hassle-free risk-free no-fuss affordable "
    "savings save bonus bonuses perks rewards top-rated bestselling best-selling innovative "
    "revolutionary luxurious indulgent irresistible no-obligation beautifully".split()
)
# the price and where to get it: a currency with a figure, a discount, a plan, a store, a URL
_OFFER = LazyRegex(
    r"(?:[$£€₹₩¥]|\b(?:rs\.?|inr|usd|aud|cad|nzd|a\$|c\$)\s?)\d"
    r"|\b\d{1,3}\s?%\s+off\b|\bup\s+to\s+\d{1,3}\s?%|\b(?:per|a|/)\s?(?:month|mo|year|yr|night)\b(?=[^.!?\n]{0,3}[.!?\n)]|$)"
    r"|\bavailable\s+(?:now|today|from|on|at|in\s+stores)\b|\b(?:now|out\s+now)\s+(?:on|at|in)\b|\bapp\s+store\b|\bgoogle\s+play\b"
    r"|\bin\s+stock\b|\blimited[\s-]+time\b|\bwhile\s+stocks?\s+last\b|\bterms\s+(?:and\s+conditions\s+)?apply\b|\bt&cs?\s+apply\b"
    r"|\b(?:code|coupon)\s+[A-Z0-9]{4,}\b|\bfree\s+(?:trial|delivery|shipping|cancellation|demo|entry|admission)\b"
    r"|\b\d{1,2}(?:\.\d{1,2})?\s?%\s*(?:aer|apr|cashback)\b|\bin\s+minutes\b"
    r"|\bfree[\s,]+(?:no[-\s]obligation\s+)?(?:quote|consultation|estimate|valuation|assessment|sample|e-?book)\b"
    r"|\bfree\s+to\s+(?:download|try|join|use|play|enter)\b"
    r"|\b(?:now|today)\s*[.!]|https?://|\bwww\.|\b[a-z0-9-]{3,}\.(?:com|co\.uk|com\.au|ca|in|co\.in|io|app)\b",
    re.IGNORECASE,
)
# what every offer holds (a figure, a store, an address, "now", "today", a code, a trial...):
# a paragraph with none of it and no praise word is no pitch
_OFFER_HINT = LazyRegex(r"\d|now|today|store|play|available|stock|limited|stocks|terms|t&c|code|coupon|free|https?:|www\.|\.c[oa]")

# the story's marks in a pitch-like paragraph: a verb of saying, a source, a news actor
REPORT_WORDS = frozenset(
    "said says told according reportedly allegedly announced warned added claimed claims argued "
    "noted explained insisted admitted estimated reported found showed shows ruled urged "
    "police officer officers official officials authorities mayor minister ministers government "
    "council court judge prosecutor prosecutors president spokesman spokeswoman spokesperson "
    "spokespeople witnesses residents investigators analysts critics regulator regulators "
    "researchers study survey were had did".split()
)
# a seller's command after a stop, a colon or a bar (a search that skips to the stops)
_SELL_NEXT = LazyRegex(
    r"[.!?:–—|\n][ \t]*[\"“‘(]?(?:" + "|".join(sorted((re.escape(w) for w in SELL_VERB_SET), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_SENTENCE_START = LazyRegex(r"(?:^|[.!?:–—|]\s+|\n)[\s\"“‘(]*([A-Za-z][A-Za-z'’-]*)")
# round 43: a caution to the reader ("Read the terms before you apply", "Check the fine print")
# is the writer's advice in the reader's interest; a seller does not send the reader to its
# conditions. Such a command is no seller's command.
CAUTION = LazyRegex(
    r"(?:read|check|review)\s+(?:the|any|all\s+the)\s+(?:terms|fine\s+print|small\s+print|conditions|"
    r"eligibility|exclusions|criteria)\b",
    re.IGNORECASE,
)
# round 128: a command to buy from a kind of seller the advice does not name, only qualifies
# ("Buy from a reputable retailer", "order only from a registered pharmacy"): read by
# :func:`caution`, the adjective and the noun from their word classes
_SAFE_SELLER = LazyRegex(
    r"(?:buy|shop|order|purchase|get\s+(?:it|them|one|yours|your\s+[\w-]+))\s+(?:it\s+|them\s+|one\s+)?"
    r"(?:only\s+)?(?:from|at|through|via|with)\s+(?:a|an)\s+([\w-]+(?:[ \t]+[\w-]+){0,2})",
    re.IGNORECASE,
)
_WORD_AT = LazyRegex(r"[\w-]+")
# a name after the kind of seller ("a trusted retailer such as Quayside"): the advice names a shop
_NAMED_AFTER = LazyRegex(r"[ \t,]+(?:such\s+as|like|called|named|including)\s", re.IGNORECASE)


@cache
def _seller_marks() -> tuple[frozenset[str], frozenset[str]]:
    """The trusted seller's adjectives and the kinds of seller (word classes)."""
    from lintnews.language.wordclasses import lower_forms

    return (
        lower_forms("advertorial/trusted-seller-marks"),
        lower_forms("advertorial/seller-kinds"),
    )


def caution(text: str, at: int) -> bool:
    """Is the command at ``at`` a caution in the reader's interest: round 43's terms and fine
    print (:data:`CAUTION`), or round 128's seller qualified and not named ("Buy from a
    reputable retailer and look for the CE mark")? A seller names its shop; safety advice
    names the kind of seller to trust, with an indefinite article."""
    if CAUTION.match(text, at) is not None:
        return True
    m = _SAFE_SELLER.match(text, at)
    if m is None:
        return False
    marks, kinds = _seller_marks()
    seen = False  # (a trusted mark before the kind: "a reputable online retailer")
    for w in _WORD_AT.finditer(text, m.start(1), m.end(1)):
        word = w.group().lower()
        if seen and word in kinds:
            return _NAMED_AFTER.match(text, w.end()) is None
        seen = seen or word in marks
    return False


# round 111: a view reported in the present of a plural of people ("which locals swear is the
# best", "regulars say", "fans reckon"): the writer passes on what others say, a story's mark
THEY_SAY = LazyRegex(
    r"\b(?:locals|regulars|residents|visitors|diners|fans|people|experts|critics|insiders|many|most|some|they)"
    r"\s+(?:still\s+|all\s+|often\s+)?(?:say|swear|reckon|insist|agree|claim|argue|believe|maintain|tell\s+you)\b",
    re.IGNORECASE,
)
_SELL_LONGEST = 460  # characters: a pitch is a short paragraph
SELLER_WARNING, SELLER_INFO = 5, 3  # marks (see selling)


def selling(text: str, start: int, end: int) -> int:
    """Is ``text[start:end]`` (a paragraph) a seller's pitch? 2: a warning, 1: a hint, 0: no.

    Marks: commands to the reader (one, or two for two sentences or more that open with one),
    the reader addressed ("you", "your"), praise of the product and its bargain (up to two
    words), its price or where to get it (up to two), an exclamation, a pitch's opening
    question ("Ready to go electric?"). A warning needs five marks among them a command and an
    offer, and the reader or a praise word; a hint three, with a command or the reader. A
    paragraph with a quotation mark, a verb of saying, a source or a news actor is the story's.
    """
    if not _SHORTEST <= end - start <= _SELL_LONGEST:
        return 0
    seg = text[start:end]
    # (the cheap tests first: most paragraphs pointed at neither speak to the reader nor
    # command, or they report; a pitch is rare)
    low = seg.lower()
    reader = "you" in low and _SECOND.search(seg) is not None
    first = seg.lstrip(" \t\"“‘(")[:14].split(" ", 1)[0].lower().rstrip(",:;!")
    if not (reader or first in SELL_VERB_SET or _SELL_NEXT.search(seg) is not None):
        return 0
    tokens = _TOKEN.findall(low)
    if not 5 <= len(tokens) <= 80:
        return 0
    words = set(tokens)
    if words & REPORT_WORDS or THEY_SAY.search(seg) is not None:
        return 0
    benefit = len(words & BENEFIT_WORDS)
    if not benefit and _OFFER_HINT.search(low) is None:
        return 0
    if _QUOTE_MARK.search(seg.replace("’", "").replace("'", "")) is not None:
        return 0  # (a quotation: somebody's words, reported; apostrophes are not quotation marks)
    commands = sum(
        1 for m in _SENTENCE_START.finditer(seg)
        if m.group(1).lower().replace("’", "'") in SELL_VERB_SET and not caution(seg, m.start(1))
    )
    if not (commands or reader):
        return 0
    offers = len({m.group().lower() for m in _OFFER.finditer(seg)})
    if not (benefit or offers):
        return 0
    exclaim = EXCLAIM.search(seg) is not None
    hook = _PITCH_HOOK.match(seg) is not None
    marks = min(commands, 2) + reader + min(benefit, 2) + min(offers, 2) + exclaim + hook
    if marks >= SELLER_WARNING and commands and offers and (reader or benefit):
        return 2
    return 1 if marks >= SELLER_INFO else 0
