"""DOUBT evidence: a critic's verdict in a piece that names itself a review (round 91).

A review's job is to judge: "a sensible small hatchback", "the controls feel clumsy", "one of
the most memorable films this spring" are the verdict the reader came for, and the
piece says it is one ("<Title> review: ...", "Restaurant review: ...", "... review – ..."). The
newsroom guidance still asks a review to describe rather than dramatise or sell, so only the
plain verdict is held at ``info``: a word of the judgement kind, or a word the lexicon holds at
``info`` that only its use raised (a superlative, a predicate), a single word. What the lexicon
warns on by itself ("breathtaking", "painfully", "arguably") still warns, as in D91's gold, and
so does a hyphenated compound coined to praise or rank ("class-leading", "life-changing" in a
dealer's "review" of its own stock: D89): the copy of a seller, not a critic's plain word.

The kicker is looked for in the piece's first lines only (a headline, or a sponsor line and the
headline): a "review" later in the text ("a judicial review", "under review") says nothing.
"""

from __future__ import annotations

import re

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.util.lazyregex import LazyRegex

# "Harbour Lights review – a quiet ghost story", "2027 Brio Mini review: a city car",
# "Restaurant review: The Quay, Whitby", "Review: ...": the word before "review" is none or a
# capitalised name or number (the thing reviewed, or the kind of review); not "under review:",
# "judicial review -", nor "The review: ..." (a determiner: the noun in a sentence)
_REVIEW_KICKER = LazyRegex(r"(?:^|([\w'’.&+-]+)\s+)review\s*(?::|[–—|]|-\s)", re.IGNORECASE)
_NOT_KICKER = frozenset(("the", "a", "an", "this", "that", "our", "its", "their", "his", "her", "under",
                         "judicial", "pending", "for", "of", "in", "after"))
_HEAD_LINES = 2


def review_piece(text: str) -> bool:
    """Does one of the piece's first two lines name it a review (a kicker with a colon or
    dash after the name of what is reviewed)?"""
    lines = [line for line in text[:600].split("\n") if line.strip()][:_HEAD_LINES]
    for line in lines:
        for m in _REVIEW_KICKER.finditer(line, 0, 160):
            before = m.group(1)
            if before is None or ((before[:1].isupper() or before[:1].isdigit())
                                  and before.lower() not in _NOT_KICKER):
                return True
    return False


def critic_verdict() -> Evidence:
    """The evidence the judge records for a plain verdict in a review."""
    return Evidence("review", Effect.DOUBT, "a critic's plain verdict in a piece that names itself a review")
