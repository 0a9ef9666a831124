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
from functools import lru_cache

from lintnews.builtin.advertorial_voice import _BENEFIT_WORDS, _EXCLAIM, _REPORT_WORDS, _SELL_VERB_SET
from lintnews.language.wordclasses import word_class

_LONGEST = 460  # characters: a sales line or paragraph is short
_TOKEN = re.compile(r"[a-z0-9£$€][a-z0-9&'’.,-]*[a-z0-9%]|[a-z0-9]")
_WORD = re.compile(r"[a-z][a-z'’-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;–—|]\s+|\s[-–—]\s+)[\s\"“‘(]*([A-Za-z][A-Za-z'’-]*)")
_PRICE = re.compile(r"[$£€₹₩¥]\s?\d|\d\s?[₩€]|\b\d{1,3}\s?%\s*(?:off|finance|apr)\b|\bfrom\s+just\b", re.IGNORECASE)
_SECOND = frozenset({"you", "your", "yours", "you're", "you’re", "you'll", "you’ll", "you've", "you’ve"})
_FIRST = frozenset({"we", "our", "us", "we're", "we’re", "we'll", "we’ll", "we've", "we’ve"})
# a superlative of praise ("the city's most unforgettable", "our friendliest")
_MOST = frozenset({"most", "best", "finest", "ultimate", "perfect"})
# the story's marks beyond the seller's module's: narration in the past and the "I" of a column
_STORY = frozenset({"was", "were", "had", "did", "i", "i'm", "i’m", "my", "he", "she", "they", "his", "her", "their"})
_QUOTE = re.compile(r"[\"“”«»„]")
_REACH = 3  # words after "our"/"we" in which the offer noun or the service verb stands
WARNING, MIDDLE = 4, 2  # marks (see seller_levels)
_RUN = 1  # middling neighbours within _RUN_SPAN paragraphs that make a run of sales lines
_RUN_SPAN = 2


@lru_cache(maxsize=1)
def _classes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The offer nouns, the present-tense service verbs and the praise of the seller's voice."""
    nouns = frozenset(word_class("advertorial/offer-nouns"))
    verbs = frozenset(
        w for w in word_class("advertorial/business-verbs") if not w.endswith("ed") and w not in {"sold"}
    )
    praise = frozenset(word_class("advertorial/praise")) | _BENEFIT_WORDS
    return nouns, verbs, praise


def seller_marks(seg: str) -> int:
    """The seller's marks in one paragraph ``seg`` (0 where a mark of the story vetoes it).

    One mark each: the reader addressed; the business's own voice ("our" or "we" with an offer
    noun or a service verb within three words); a command opening a sentence (two for two);
    a price; praise of the product (a praise word or a superlative; up to two); an exclamation.
    """
    if len(seg) > _LONGEST or _QUOTE.search(seg) is not None:
        return 0
    low = seg.lower()
    words = _WORD.findall(low)
    if len(words) < 3:
        return 0
    ws = set(words)
    if ws & _REPORT_WORDS or ws & _STORY:
        return 0
    if any(len(w) >= 6 and w.endswith("ed") and w not in _PRESENT_ED for w in words):
        return 0  # (narration in the past, or a participle of a report)
    nouns, verbs, praise = _classes()
    reader = not ws.isdisjoint(_SECOND)
    business = False
    if not ws.isdisjoint(_FIRST):
        for i, w in enumerate(words):
            if w in _FIRST and any(
                x in nouns or x in verbs for x in words[i + 1 : i + 1 + _REACH]
            ):
                business = True
                break
    commands = sum(
        1 for m in _SENTENCE_START.finditer(seg) if m.group(1).lower().replace("’", "'") in _SELL_VERB_SET
    )
    price = _PRICE.search(seg) is not None
    praised = len(ws & praise) + (not ws.isdisjoint(_MOST))
    if not (business or price or (commands and reader)):
        return 0  # (no offer: a blog's or a column's voice to the reader, not a seller's)
    exclaim = _EXCLAIM.search(seg) is not None
    return reader + business + min(commands, 2) + price + min(praised, 2) + exclaim


# participles in -ed that describe a product, not a past event ("dedicated", "unlimited")
_PRESENT_ED = frozenset(
    "dedicated unlimited licensed included tailored detailed talented guaranteed personalised "
    "personalized trusted handcrafted seated registered".split()
)


def seller_levels(texts: list[str | None]) -> dict[int, int]:
    """For the paragraphs of one document (``None`` for one that is not prose: a heading, a
    quotation, a caption), the seller's pitches: 2 a warning, 1 a hint, by index.

    A paragraph with WARNING marks or more is a pitch. A middling one (MIDDLE marks or more)
    is a pitch when at least _RUN of the paragraphs within _RUN_SPAN of it are middling too (a
    page of sales lines), and a hint otherwise.
    """
    marks = [seller_marks(t) if t else 0 for t in texts]
    out: dict[int, int] = {}
    for i, m in enumerate(marks):
        if m >= WARNING:
            out[i] = 2
        elif m >= MIDDLE:
            near = sum(
                1 for j in range(max(0, i - _RUN_SPAN), min(len(marks), i + _RUN_SPAN + 1))
                if j != i and marks[j] >= MIDDLE
            )
            out[i] = 2 if near >= _RUN else 1
    return out
