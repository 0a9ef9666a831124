"""EVALUATIVE evidence: an adjective of esteem after an article (round 161).

"The beloved local will close", "the actor best known as the beloved Inspector Hale", "a revered
coach": after "the" or "a", an adjective of affection or esteem (word class
``loaded/esteem-adjectives``: beloved, cherished, revered, ...) says that everyone loves the
thing, and nobody is named who does: the writer's praise (the encyclopedia's "words to watch"
puffery). After a possessor it reports the possessor's feeling ("his beloved wife", "the club's
cherished trophy": a relation, not the writer's verdict), which this reading leaves at ``info``;
so are a capitalised adjective (a title: "The Beloved Country") and the quoted and reported voice
(the judge lowers them). A name or role may follow ("the beloved Inspector Hale"): the article
still makes the esteem the writer's.
"""

from __future__ import annotations

from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence, words_before

_ARTICLES = frozenset(("the", "a", "an"))


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
    return Evidence("esteem", Effect.EVALUATIVE,
                    f"'{before[-1]} {word}': the writer's esteem, no one named who holds it")
