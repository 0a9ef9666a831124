"""EVALUATIVE evidence: an adjective of esteem after an article (round 161).

"The beloved local will close", "the beloved village pub", "a revered
coach": after "the" or "a", an adjective of affection or esteem (word class
``loaded/esteem-adjectives``: beloved, cherished, revered, ...) says that everyone loves the
thing, and nobody is named who does: the writer's praise (the encyclopedia's "words to watch"
puffery). After a possessor it reports the possessor's feeling ("his beloved wife", "the club's
cherished trophy": a relation, not the writer's verdict), which this reading leaves at ``info``;
so are a capitalised adjective (a title: "The Beloved Country"), a capitalised word after it
(round 123: "the much-loved Harbour Fair" may be a title), a noun modifier naming the holder of
the affection ("the beloved family dog": the family's pet), and the quoted and reported voice
(the judge lowers them).
"""

from __future__ import annotations

from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence, words_before
from lintnews.util.lazyregex import LazyRegex

_ARTICLES = frozenset(("the", "a", "an"))
_NEXT = LazyRegex(r"[ \t]+([\w'’-]+)")
# a noun modifier naming whose affection it is: the family's, the household's pet ("the beloved
# family dog", round 62's trap), not the writer's
_HOLDERS = frozenset(("family", "household", "pet", "childhood"))


@lru_cache(maxsize=1)
def _esteem_adjectives() -> frozenset[str]:
    """Every form of ``loaded/esteem-adjectives``."""
    from lintnews.language.wordclasses import listed

    return listed("loaded/esteem-adjectives", "lemmas")


def esteem(text: str, start: int, end: int, lo: int, word: str) -> Evidence | None:
    """The adjective of esteem at ``start:end`` right after an article: "the beloved pub"."""
    if not text[start:start + 1].islower() or word.lower() not in _esteem_adjectives():
        return None  # (lower case only: a capitalised one opens a title or a name)
    before = words_before(text, lo, start)
    if not before or before[-1] not in _ARTICLES:
        return None
    nxt = _NEXT.match(text, end)
    if nxt is None or nxt.group(1)[:1].isupper() or nxt.group(1).lower() in _HOLDERS:
        return None  # "the much-loved Harbour Fair" (round 123: a name, maybe a title), "the beloved family dog"
    return Evidence("esteem", Effect.EVALUATIVE,
                    f"'{before[-1]} {word}': the writer's esteem, no one named who holds it")
