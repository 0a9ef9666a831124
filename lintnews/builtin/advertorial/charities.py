"""A "how to help" box that sends the reader to a named charity's appeal (round 139, issue 15).

Why: after a disaster, a court case or a health story, the story's own box tells readers where
to give ("How to help: donate to the British Red Cross's flood appeal at ... or text ... to
70000", "You can give to the Trussell Trust's winter appeal ... Every £5 buys a food parcel").
The appeal rules read the giving's words (a text-to-give code, the value of a gift) and warned.
The guidelines' appeals are the outlet's own ("Your support helps us..."); a box that names an
outside charity by its name, and never speaks as the outlet, is the story's service, a doubtful
case at most: a hint, not a warning. The outlet's own appeal speaks as "we" / "our" / "us", or
names no charity (its masthead is no charity's name).
"""

from __future__ import annotations

import re
from functools import cache

from lintnews.builtin.advertorial.cues import FIRST_PLURAL
from lintnews.util.lazyregex import LazyRegex

# the outlet's journalism as the appeal's object: never a charity's box
_OUTLET_TOPIC = LazyRegex(r"\b(?:journalism|reporting|newsroom|subscri\w+|membership)\b", re.IGNORECASE)


@cache
def _charity_name() -> LazyRegex:
    """A charity by its name: capitalised words ending in a charity's head (the word class
    ``advertorial/charity-heads``), the head itself capitalised ("the Trussell Trust", "British
    Red Cross", "Disasters Emergency Committee", "Oxfam"): a lower-case "trust" or "aid" is a
    common word, not a name."""
    from lintnews.language.wordclasses import alternation_of, lower_forms

    heads = {h for h in lower_forms("advertorial/charity-heads") if h[:1].isalpha()}
    capitalised = {" ".join(w[:1].upper() + w[1:] for w in h.split()) for h in heads}
    return LazyRegex(rf"(?<![\w’'-])(?:{alternation_of(capitalised, spaced=True)})(?![\w-])")


def charity_box(paragraph: str) -> bool:
    """Does ``paragraph`` send the reader to an outside charity named by its name, with no word
    of the outlet's voice ("we", "our", "us") and no word of the outlet's journalism or its
    subscriptions? Then an appeal's words in it are the story's "how to help" box: a hint."""
    if FIRST_PLURAL.search(paragraph) is not None or _OUTLET_TOPIC.search(paragraph) is not None:
        return False
    return any(not _masthead_fund(paragraph, m.start()) for m in _charity_name().finditer(paragraph))


# the capitalised words right before a charity's head ("the Harbour Gazette Relief Fund")
_NAME_BEFORE = LazyRegex(r"(?:(?-i:[A-Z])[\w’'&.-]*[ \t]+){1,4}\Z")


def _masthead_fund(paragraph: str, at: int) -> bool:
    """Round 147 (issue 15): is the charity's name at ``at`` the outlet's own fund, a masthead's
    word among the capitalised words of its name ("the Himalayan Tribune Relief Fund", "the Valley
    Courier Christmas Appeal")? A newspaper's fund is the outlet's appeal, not an outside charity."""
    from lintnews.language.wordclasses import lower_forms

    m = _NAME_BEFORE.search(paragraph, max(0, at - 80), at)
    if m is None:
        return False
    own = lower_forms("advertorial/masthead-nouns")
    return any(w.lower() in own for w in m.group(0).split())
