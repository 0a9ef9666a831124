"""Round 138 (issue 15): a review's practical facts beside the plug that follows them.

Why: a review of a show, a restaurant or a hotel closes with the facts the reader needs (where,
when, how long, what it costs: "Tickets from £25.") and a page's plug often stands right after
them ("Book tickets now at ... save up to 40%"). The plug's weak neighbours join it, so the
review's own price line and listing were reported with the plug. The guidelines list prices with
"buy now", codes and offers, not a price stated as a fact; the writers leave such lines. Only pure
tests of text here (no document state).
"""

from __future__ import annotations

import re
from functools import cache

_PRICE_FACT_WORDS = 14  # a fact line is short: a noun, a verb at most, a price
_CURRENCY = re.compile(r"[£$€¥₹₦]\s?\d")


@cache
def _selling() -> re.Pattern[str]:
    """What a sale says and a fact does not: a word of word class ``advertorial/selling-words``
    (the reader, a call, a discount, a deal, urgency; round 173 moved it out of code), a
    percentage or an exclamation. Compiled on first use: no class is read at import."""
    from lintnews.language.wordclasses import alternation_of, listed

    return re.compile(rf"\b(?:{alternation_of(listed('advertorial/selling-words'), spaced=True)})\b|%|!",
                      re.IGNORECASE)


def price_fact(sentence: str) -> bool:
    """Is ``sentence`` a price told as a fact and nothing more ("Tickets from £25.", "Mains cost
    £14 to £22.", "Doubles from £180 a night, breakfast included.")? Short, a figure with its
    currency, no word of a sale (the reader, a call, a discount, "now", "only")."""
    s = sentence.strip().strip("*_").strip()
    if not s or len(s.split()) > _PRICE_FACT_WORDS or _CURRENCY.search(s) is None:
        return False
    return _selling().search(s) is None


def paragraph_gap(text: str, gap_start: int, gap_end: int) -> bool:
    """Is ``text[gap_start:gap_end]`` (the space between two blocks) a paragraph's break as the
    text writes them? A blank line always is; in a text with no blank line at all (every
    paragraph a line of its own), a line break is."""
    gap = text[gap_start:gap_end]
    return "\n\n" in gap or ("\n" in gap and "\n\n" not in text and "\n \n" not in text)
