"""The seller's voice of a paragraph, measured as a shape rather than matched as phrases.

A business's page pasted into a story (a venue's hire page, a clinic's price list, a shop's
product page) is written in a voice news copy does not use, whatever its words: it speaks to
the reader ("you", "your"), as the business about what it sells ("our team", "we offer"), it
commands ("Book a show-round", "Spread the cost"), names prices, praises its own product
("the city's most unforgettable setting") and exclaims. Each mark is common in news alone;
:func:`seller_marks` counts them in one paragraph (each feature one mark, so the score is
explainable: the marks it found are its reasons), and :func:`seller_levels` decides per
paragraph, with its neighbours: a paragraph with many marks is a pitch; one with fewer is a
pitch when the paragraphs around it are pitches too (a page of short sales lines, each of
which alone is only middling), and a hint otherwise.

The story's marks veto a paragraph whatever its score: a quotation mark (a news report quoting
a company's pitch), a verb of saying or a source (a report about a company), a news actor, a
past tense (narration). Advice to a reader ("you should compare prices") has no business
voice, no price and no praise of "our" product, and a letter to readers or an op-ed's "we"
names no offer; neither reaches the threshold.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from lintnews.builtin.advertorial.promo_voice import (
    BENEFIT_WORDS,
    EXCLAIM,
    REPORT_WORDS,
    SELL_VERB_SET,
    THEY_SAY,
)
from lintnews.language.wordclasses import lower_forms
from lintnews.util.lazyregex import LazyRegex

LONGEST = 460  # characters: a sales line or paragraph is short
_TOKEN = LazyRegex(r"[a-z0-9£$€][a-z0-9&'’.,-]*[a-z0-9%]|[a-z0-9]")
_WORD = LazyRegex(r"[a-z][a-z'’-]*")
_SENTENCE_START = LazyRegex(r"(?:^|[.!?:;–—|]\s+|\s[-–—]\s+)[\s\"“‘(]*([A-Za-z][A-Za-z'’-]*)")
_PRICE = LazyRegex(r"[$£€₹₩¥]\s?\d|\d\s?[₩€]|\b\d{1,3}\s?%\s*(?:off|finance|apr)\b|\bfrom\s+just\b", re.IGNORECASE)
_SECOND = frozenset({"you", "your", "yours", "yourself", "you're", "you’re", "you'll", "you’ll", "you've", "you’ve"})
_FIRST = frozenset({"we", "our", "us", "we're", "we’re", "we'll", "we’ll", "we've", "we’ve"})
# a superlative of praise ("the city's most unforgettable", "our friendliest")
_MOST = frozenset({"most", "best", "finest", "ultimate", "perfect"})
# the story's marks beyond the seller's module's: narration in the past and the "I" of a column
_STORY = frozenset({"was", "were", "had", "did", "i", "i'm", "i’m", "my", "he", "she", "they", "his", "her", "their"})
_OPENERS = " \t\"“‘("


def _superlative(words: Sequence[str]) -> bool:
    """Does a superlative of praise stand among ``words`` ("our most unforgettable", "the
    best")? Round 42: "most of" counts a share ("it will do most of the work"), as a review's
    verdict says it, and praises nothing."""
    return any(
        w in _MOST
        and not (w == "most" and (words[i + 1 : i + 2] == ["of"] or not _determined(words, i)))
        and not negated(words, i)
        for i, w in enumerate(words)
    )


_MOST_DETERMINERS = frozenset({"the", "our", "its", "your", "their", "this", "my"})


def _determined(words: Sequence[str], i: int) -> bool:
    """Round 105: does a determiner or a possessive stand before "most" (the superlative: "the
    most", "our most popular", "the city's most unforgettable")? Without one it is a quantity
    ("will lead most sessions", "most homes let within a fortnight") and praises nothing."""
    if not i:
        return False
    before = words[i - 1]
    return before in _MOST_DETERMINERS or before.endswith(("'s", "’s", "s'", "s’"))


# round 99: a negation a few words before a praise word turns it into a caution ("the dearest food
# isn't always the best", "not the most reliable"): advice weighing goods for the reader, no praise
_NEGATIONS = frozenset(
    "not never isn't isn’t aren't aren’t doesn't doesn’t don't don’t won't won’t wasn't wasn’t".split()
)
_NEGATION_REACH = 3  # words before a praise word in which a negation stands


def negated(words: Sequence[str], i: int) -> bool:
    """Is ``words[i]`` under a negation standing within _NEGATION_REACH words before it?"""
    return any(w in _NEGATIONS for w in words[max(0, i - _NEGATION_REACH) : i])
_QUOTE = LazyRegex(r"[\"“”«»„]")
_REACH = 3  # words after "our"/"we" in which the offer noun or the service verb stands
WARNING, MIDDLE = 4, 2  # marks (see seller_levels)
_RUN = 1  # middling neighbours within _RUN_SPAN paragraphs that make a run of sales lines
_RUN_SPAN = 2


# what every paragraph with an offer holds: the business's "we/our/us", "just", a currency or
# a share (one search at C speed: it starts only at the letters and marks it names, where a
# pattern opening with a word boundary is tried at every character; most lines fail it)
_GATE = LazyRegex(
    r"[OoWwuj$£€₹₩¥%](?<!\w[OoWwuj])"
    r"(?:(?<=[Oo])ur(?!\w)|(?<=[Ww])e(?!\w)|(?<=u)s(?!\w)|(?<=j)ust(?!\w)|(?<=[$£€₹₩¥%]))"
)


@lru_cache(maxsize=1)
def _classes() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The offer nouns, the present-tense service verbs, the praise and the commands that
    sell of the seller's voice."""
    nouns = lower_forms("advertorial/offer-nouns")
    verbs = frozenset(
        w for w in lower_forms("advertorial/business-verbs") if not w.endswith("ed") and w not in {"sold"}
    )
    praise = lower_forms("advertorial/praise") | BENEFIT_WORDS
    sells = lower_forms("advertorial/commerce-commands")
    return nouns, verbs, praise, sells


def seller_marks(seg: str) -> int:
    """The seller's marks in one paragraph ``seg`` (0 where a mark of the story vetoes it),
    negative where none of them is the seller's own act (the business's voice or a command
    that sells): such a paragraph is a pitch by its own marks only, never by its neighbours'.

    One mark each: the reader addressed; the business's own voice ("our" or "we" with an offer
    noun or a service verb within three words, "our" with a praise word, or "us" after a command: "call
    us"); a command opening a sentence (two for two);
    a price; praise of the product (a praise word or a superlative; up to two); an exclamation.
    """
    if len(seg) > LONGEST:
        return 0
    if (
        _GATE.search(seg) is None
        and seg.lstrip(_OPENERS)[:14].split(" ", 1)[0].lower() not in _classes()[3]
        and not (_DIGIT.search(seg) is not None and _word_price().search(seg) is not None)
    ):
        return 0  # (the cheap test first: no "we/our/us", no price, no command that sells first)
    read = _unstoried_words(seg)
    if read is None:
        return 0
    words, ws = read
    nouns, verbs, praise, sells = _classes()
    reader = not ws.isdisjoint(_SECOND)
    business = False
    if not ws.isdisjoint(_FIRST):
        for i, w in enumerate(words):
            if w in _FIRST and (
                any(
                    x in nouns or x in verbs or (w == "our" and x in praise)
                    for x in words[i + 1 : i + 1 + _REACH]
                )
                or (w == "us" and i and words[i - 1] in sells)
            ):
                business = True
                break
    commanded = [m.group(1).lower() for m in _SENTENCE_START.finditer(seg) if _command(m, seg)]
    commanded += _coordinated(seg)
    commands = len(commanded)
    selling = any(w in sells for w in commanded)
    priced = _HEDGED_COST.sub(" ", seg) if _HEDGE_GATE.search(seg) is not None else seg
    price = _PRICE.search(priced) is not None or _word_price().search(priced) is not None
    praised = len({w for i, w in enumerate(words) if w in praise and not negated(words, i)}) + _superlative(words)
    if not (business or price or selling):
        return 0  # (no offer: a blog's, a column's or a how-to's voice to the reader)
    if reader and not commands and _only_in_condition(seg):
        reader = False  # (round 87: advice's case, "If you ride in the rain, a wet lube is still a fine choice")
    exclaim = EXCLAIM.search(seg) is not None
    marks = reader + business + min(commands, 2) + price + min(praised, 2) + exclaim
    # (a seller's own act, "we"/"our" with its offer or a command that sells, lets a middling
    # paragraph join a run; advice with a price, "Start small: a standing order of £20 ...",
    # stays a hint beside a bank's pitch)
    return -marks if not (business or selling) else marks


def praise_only(seg: str) -> bool:
    """Round 105: does paragraph ``seg`` only praise the business's own product ("Our exquisite
    restaurant offers an unforgettable dining experience"): no reader addressed, no command, no
    price, no exclamation? That is loaded language with no call to act: one pitch near it does not
    make it a pitch (a page of sales lines around it still does). Asked only of middling paragraphs."""
    if _SECOND_RE.search(seg) is not None or EXCLAIM.search(seg) is not None:
        return False
    if _PRICE.search(seg) is not None or _word_price().search(seg) is not None:
        return False
    return not any(_command(m, seg) for m in _SENTENCE_START.finditer(seg)) and not _coordinated(seg)


# round 102: a cost the reader is warned of, in a modal's hedge ("excess weight can cost £12 a kilo
# at the desk", "a late change may cost you up to £50"): advice weighs what a choice risks; a
# seller states its own price ("from £12", "just £12"). Such a price is no price mark.
_HEDGE_GATE = LazyRegex(r"\b(?:can|could|may|might)\s", re.IGNORECASE)
_HEDGED_COST = LazyRegex(
    r"\b(?:can|could|may|might)\s+(?:easily\s+|quickly\s+|still\s+|also\s+|soon\s+)?(?:cost|add|set\s+you\s+back)\s+"
    r"(?:you\s+|your\s+family\s+)?(?:up\s+to\s+|around\s+|about\s+|as\s+much\s+as\s+|more\s+than\s+|over\s+|an\s+extra\s+)?"
    r"[$£€]\s?\d[\d,.]*",
    re.IGNORECASE,
)


_SECOND_RE = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
# a condition on the reader opening the paragraph, up to its comma ("If you ride a lot in the rain, ...")
_CONDITION = LazyRegex(r"\s*(?:if|when|unless|whether)\s+you\b[^,.;:!?\n]{0,120},", re.IGNORECASE)


def _only_in_condition(seg: str) -> bool:
    """Round 87: is the reader named only in a condition that opens ``seg``? Advice sets the
    reader's case and then says what suits it ("If you ride a lot in the rain, a wet lube is
    still a sensible choice"); a pitch speaks to the reader in its main clause ("... and you
    can book online")."""
    m = _CONDITION.match(seg)
    return m is not None and _SECOND_RE.search(seg, m.end()) is None


def _unstoried_words(seg: str) -> tuple[list[str], set[str]] | None:
    """The words of ``seg`` (a list and a set), or ``None`` where the paragraph cannot be a
    seller's, whatever it offers: a quotation, fewer than three words, a word of reporting or of
    a story told ("was", "he", "my"), or narration in the past (a participle of six letters or
    more that is no adjective). Shared by :func:`seller_marks` and :func:`hook_marks`, which then
    count different marks."""
    if _QUOTE.search(seg) is not None:
        return None
    words = _WORD.findall(seg.lower())
    if len(words) < 3:
        return None
    ws = set(words)
    if "was" in ws and _WAS_PRICE.search(seg) is not None:
        ws.discard("was")  # (a struck-through price, "was £89.99", is no narration)
    if ws & REPORT_WORDS or ws & _STORY or THEY_SAY.search(seg) is not None:
        return None  # (round 111: "which locals swear is the best": a view passed on)
    if any(
        len(w) >= 6 and w.endswith("ed") and w not in _PRESENT_ED and not _attributive(words, i)
        for i, w in enumerate(words)
    ):
        return None  # (narration in the past, or a participle of a report)
    if "we" in ws and _we_narrate(words):
        return None  # (round 128: the writers telling what they did, "We asked an engineer")
    return words, ws


def _we_narrate(words: Sequence[str]) -> bool:
    """Round 128: does "we" stand before a verb in the past ("We asked an engineer which of
    these hold up", "we tried six kettles")? The writers narrate their reporting; a seller speaks
    of what it does in the present ("we offer", "we deliver"). Short regular pasts only are left
    to this test ("asked", "tried", "used"): the test above takes the long participles,
    and a verb in -eed ("we need") is no past."""
    for i, w in enumerate(words[:-1]):
        if w != "we":
            continue
        nxt = words[i + 1]
        if nxt.endswith("ed") and not nxt.endswith("eed") and len(nxt) >= 4 and nxt not in _PRESENT_ED:
            return True
    return False


def hook_marks(seg: str) -> int:
    """The marks of a sales page's opening hook in one paragraph ``seg``, 0 where a mark of the
    story vetoes it or where it neither commands nor exclaims (a hook calls out; advice and
    description to the reader do not): the reader addressed ("your perfect ..."), a command opening it (a verb
    that sells, a negative one: "Don't miss", or any verb before a determiner: "Keep the kids
    busy"), praise or a superlative (up to two) and an exclamation. The hook names no offer,
    so :func:`seller_marks` scores it nothing; it is a pitch only where it opens a page whose
    other lines sell (the caller's test), never alone."""
    if len(seg) > LONGEST:
        return 0
    read = _unstoried_words(seg)
    if read is None:
        return 0
    words, ws = read
    _nouns, _verbs, praise, sells = _classes()
    first = _SENTENCE_START.match(seg)
    commanded = first is not None and (
        _command(first, seg) or first.group(1).lower() in sells or _NEGATIVE_COMMAND.match(seg) is not None
    )
    exclaim = EXCLAIM.search(seg) is not None
    if not (commanded or exclaim):
        return 0  # (advice or a description to the reader: "Most advisers suggest ... you can")
    praised = len(ws & praise) + _superlative(words)
    return (not ws.isdisjoint(_SECOND)) + commanded + min(praised, 2) + exclaim


# a negative command opening a paragraph ("Don't miss ...", "Never settle for ..."): a statement
# would have its subject before the negation
_NEGATIVE_COMMAND = LazyRegex(r"[\s\"“‘(]*(?:don[’']t|do\s+not|never)\s+[a-z]+\s+(?:the|your|our|a|an|out|this|it)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _word_price() -> re.Pattern[str]:
    """A price spelt out: a figure and a currency's name after it ("49 euros", "from 320
    pounds", "4 dollars a month") or a share off ("10 per cent off"). Wire and broadcast copy
    and pages written for them spell the currency out where a shop's page prints its sign, so
    the seller's price mark reads both; a figure before a currency word is a sum in a story
    too, which is why it is one mark among the several a pitch needs, never a signal alone."""
    names = "|".join(sorted(lower_forms("advertorial/currency-nouns"), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.,])\d[\d,.]*\s+(?:{names})(?![\w-])"
        r"|(?<![\w.,])\d{1,3}\s?(?:per\s?cent|percent)\s+off(?![\w-])"
        r"|\bsave\s+(?:up\s+to\s+)?\d{1,3}\s?(?:%|per\s?cent|percent)(?![\w-])",
        re.IGNORECASE,
    )


# a command that sells joined to the clause before it by "and", "or" or "so" and followed by
# the thing it sells, its reader, its manner or a figure (the verb checked against the class
# in code: one short pattern, where an alternation of every form cost a search per paragraph)
_DIGIT = LazyRegex(r"\d")  # (every price spelt out has its figure: the cheap test first)
_COORDINATED = LazyRegex(
    r"\b(?:and|or|so)\s+([a-z][a-z-]+)\s+"
    r"(?:(?:your|the|a|an|our|now|today|online|securely|early|direct|here)\b|\d)",
    re.IGNORECASE,
)


def _coordinated(seg: str) -> list[str]:
    """The commands that sell coordinated inside ``seg`` ("Check availability and book
    online", "Spaces fill fast, so reserve your place now"): a second imperative of the same
    sentence, which the sentence's first word does not show. A verb of the class after a
    subject ("we call and book") is caught by the business's voice anyway, and a noun of the
    same spelling ("a book", "the order") follows a determiner, not a conjunction."""
    sells = _classes()[3]
    return [w for m in _COORDINATED.finditer(seg) if (w := m.group(1).lower()) in sells]


# an adverb of manner or degree before a participle ("fully equipped", "newly refurbished") or a
# determiner before it, with at most such an adverb between ("the illuminated trail", "a fully
# qualified coach"): the participle is then an adjective in a noun phrase, not a verb of narration
_DETERMINERS = frozenset({"a", "an", "the", "your", "our", "every", "each"})


def _attributive(words: Sequence[str], i: int) -> bool:
    """Is the ``-ed`` word at ``words[i]`` an adjective (after an ``-ly`` adverb or straight
    after a determiner) rather than a past tense or a passive's participle? "The council
    approved", "was refurbished" and "said" stay narration; "a fully equipped kitchen" and "the
    illuminated trail" describe what is on offer."""
    before = words[i - 1] if i else ""
    return before in _DETERMINERS or (len(before) > 4 and before.endswith("ly") and before not in _NOT_MANNER)


# words in -ly that are no adverb of manner or degree before a participle ("only", "early" and
# "family" name no quality of the thing described: "the family owned", "only reported")
_NOT_MANNER = frozenset({"family", "early", "only", "daily", "weekly", "monthly", "yearly", "likely", "reportedly", "allegedly", "supply", "apply", "reply", "italy", "july"})


# (round 42: a dollar with its country's letters, "was S$1,499", "was NZ$89", is a price too)
_WAS_PRICE = LazyRegex(r"[(,–-]\s*[Ww]as\s+(?:[A-Z]{1,3})?[$£€₹₩¥]\s?\d")
# an imperative not in the seller's verb list, told by its syntax: a sentence's first word
# followed by a determiner or "your" ("Spread the cost", "Bring your team"), where a statement
# would open with a subject; the words that open a statement that way are function words
_DETERMINER = LazyRegex(r"\s+(?:the|your|yourself|our|a|an|every|each)\b")
# a sentence's first word closed by a colon heads a label or a fact box's field ("Book: ...",
# "Claim: ..."), whatever the word
_LABEL_COLON = LazyRegex(r"[ \t]*:")
_NOT_COMMANDS = frozenset(
    "after before during despite in on at by for from with without within into onto over under "
    "above below behind beside between beyond across along among around through throughout "
    "towards toward against about like unlike near inside outside upon via per since until till "
    "and but or nor so yet when while whilst although though because if unless whether where "
    "once as than then now today tonight tomorrow yesterday here there still also even only just "
    "instead meanwhile perhaps maybe indeed thus hence however otherwise all both either neither "
    "not no yes of to is are be been being it its this that these those what which who whom whose "
    "why how thanks whatever whenever wherever sadly happily luckily overall later earlier soon "
    "again already almost ever never always often sometimes usually first second third finally "
    "last next plus minus every each some any many much more most few less least such".split()
)


def _command(m: re.Match[str], seg: str) -> bool:
    """Does the sentence whose first word ``m`` found open with a command? A seller's verb
    ("book", "order"), or any word not a function word before a determiner or "your"."""
    word = m.group(1).lower().replace("’", "'")
    if _LABEL_COLON.match(seg, m.end()) is not None:
        return False  # round 45: a label ("Book: The Salt Road, by ...", "Order: ..."), not a command
    if word in SELL_VERB_SET:
        return True
    if word in _NOT_COMMANDS or word.endswith(("ly", "ing", "ed", "'s")) or len(word) < 3:
        return False
    return _DETERMINER.match(seg, m.end()) is not None


# participles in -ed that describe a product, not a past event ("dedicated", "unlimited")
_PRESENT_ED = frozenset(
    "dedicated unlimited licensed included tailored detailed talented guaranteed personalised "
    "personalized trusted handcrafted seated registered".split()
)


def seller_levels(texts: Sequence[str | None] | Mapping[int, str | None],
                  known: Mapping[int, int] | None = None) -> dict[int, int]:
    """For the paragraphs of one document, by index (a list, ``None`` for one that is not
    prose: a heading, a quotation, a caption; or a mapping of the paragraphs to read, the
    others not prose), the seller's pitches: 2 a warning, 1 a hint, by index.

    A paragraph with WARNING marks or more is a pitch. A middling one (MIDDLE marks or more)
    is a pitch when at least _RUN of the paragraphs within _RUN_SPAN of it are middling too (a
    page of sales lines), and a hint otherwise. ``known``: the marks of paragraphs the caller
    has measured already (its seeds), not measured again.
    """
    if not isinstance(texts, Mapping):
        texts = dict(enumerate(texts))
    known = known or {}
    signed = {i: m for i, t in texts.items()
              if t and (m := known[i] if i in known else seller_marks(t))}
    out: dict[int, int] = {}
    for i, s in signed.items():
        m = abs(s)
        if m >= WARNING:
            out[i] = 2
        elif m >= MIDDLE:
            near = sum(
                1 for j in range(i - _RUN_SPAN, i + _RUN_SPAN + 1) if j != i and abs(signed.get(j, 0)) >= MIDDLE
            ) if s > 0 else 0
            run = _RUN + 1 if near == _RUN and praise_only(texts[i] or "") else _RUN
            out[i] = 2 if near >= run else 1
    if 2 in out.values():
        _testimonials(texts, out)
    return out


# a customer's line on a sales page: a quotation alone in its paragraph, signed after a dash
# by a name, a role or a home and nothing more ("..." - Priya, verified buyer), or a
# quotation whose signature is the next paragraph ("– Ana R."); stars may stand between
_TESTIMONIAL = LazyRegex(
    r"\s*[\"“][^\"“”\n]{3,300}[\"”]\s*(?:[★☆*]+\s*)?([-–—]\s*[^\s\"“”][^!?\"“”\n]{0,60})?\s*"
)
_SIGNATURE = LazyRegex(r"\s*[-–—]\s*[^\s\"“”][^.!?\"“”\n]{0,40}\.?\s*")


# round 87: a paragraph of signed praise as a product page sets it: led by a rating's stars or a
# pictograph ("★★★★★ "..." — Ana, York"), or two quotations side by side, each signed by its
# source after a dash ('"Utterly charming." — Pixel Weekly | "A delight." — Tom, Leeds')
_QUOTE_SIGNED = r"(?:\"[^\"“”\n]{3,300}\"|“[^\"“”\n]{3,300}”)\s*(?:[★☆*]+\s*)?[-–—]\s*[^\s\"“”|][^!?\"“”|\n]{0,60}?"
_RATED_PRAISE = LazyRegex(
    r"\s*(?:[★☆⭐✭✮*]+\s*|[\u2600-\u27bf\U0001F300-\U0001FAFF]\ufe0f?\s*)?" + _QUOTE_SIGNED
    + r"(?:\s*[|•·/]\s*" + _QUOTE_SIGNED + r")*\s*"
)


def signed_praise(text: str) -> bool:
    """Is ``text`` (one paragraph) a customer's or a critic's line as a sales page sets it: a
    quotation signed after a dash, alone in its paragraph? A story's quotation is introduced
    by its speaker and a verb of saying, never signed after a dash. The judge lets such a
    paragraph join a plug beside it (round 87: testimonials beside a booking line)."""
    return _RATED_PRAISE.fullmatch(text) is not None


def _testimonials(texts: Mapping[int, str | None], out: dict[int, int]) -> None:
    """Customers' lines beside a pitch are the page's: a run of testimonials (each a
    quotation signed after a dash, or a quotation and its signature line) with a pitch within
    _RUN_SPAN paragraphs of either end is a pitch. A quotation in a story is introduced by
    its speaker and a verb of saying, never signed after a dash beside a seller's lines."""
    end = 0  # (the paragraphs before it are taken by a run already)
    for i in sorted(i for i, t in texts.items() if t and t.lstrip()[:1] in ('"', "“")):
        if i < end:
            continue
        j = i
        while step := _signed(texts, j):
            j += step
        if j > i:
            if any(out.get(k) == 2 for k in range(i - _RUN_SPAN, j + _RUN_SPAN) if not i <= k < j):
                for k in range(i, j):
                    out[k] = 2
            end = j


def _signed(texts: Mapping[int, str | None], i: int) -> int:
    """The paragraphs a testimonial starting at paragraph ``i`` takes: 1 a quotation signed
    after a dash on its own line, 2 a quotation and its signature line, 0 none."""
    t = texts.get(i)
    if not t or t.lstrip()[:1] not in ('"', "“"):
        return 0
    m = _TESTIMONIAL.fullmatch(t)
    if m is None:
        return 0
    if m.group(1):
        return 1
    nxt = texts.get(i + 1)
    return 2 if nxt and _SIGNATURE.fullmatch(nxt) is not None else 0
