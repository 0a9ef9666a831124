"""Step 3 (shape), a company's "About" section: is the paragraph after an "About Northwind"
label a press release's boilerplate (the company describing itself), or the story's subhead?

Also the quotation test the voice passes share.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from lintnews.language.wordclasses import lower_forms
from lintnews.util.lazyregex import LazyRegex

if TYPE_CHECKING:
    from collections.abc import Callable

    from lintnews.document.document import Document


_ABOUT_OPENING = 90  # characters of a paragraph in which an "About" label's name opens it
# how a company's self-description may open before its name ("Founded in 1961, Northwind ...")
_FOUNDED = LazyRegex(r"(?:founded|established|formed|set\s+up|incorporated|launched|headquartered|based|since\s+(?:19|20)\d\d)\b")


def describes_company(para: str, first: str) -> bool:
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
_SELF_REGARD = LazyRegex(
    r"\b(?:we|our|us|proud(?:ly)?|pride|mission|vision|committed|dedicated|passionate|pioneer\w*|"
    r"trust(?:ed)?|\w+est(?=-)|most|best|visit|learn\s+more|more\s+information|contact|enquiries|"
    r"inquiries|media|press)\b|www\.|https?://|@|\.(?:com|org|net|example|co\.uk)\b",
    re.IGNORECASE,
)


def self_described(para: str) -> bool:
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
    return lower_forms("advertorial/praise")


def quotation_test(doc: Document) -> Callable[[int], bool]:
    def quoted(at: int) -> bool:
        return doc.quotation_at(at) is not None

    return quoted
