"""DOUBT evidence: an adjective of light or colour describing a thing seen (round 72).

"Brilliant", "dazzling", "radiant", "vivid" are first of all words of light: "brilliant
textiles", "vivid dyes", "a dazzling plumage" say how bright a thing is, a checkable look,
as "a brutal winter" measures the weather (:mod:`.weather`). Before a person, an act, a work
or a plan they praise ("a brilliant scheme", "a dazzling performance"). Whether bright cloth
is only described or also sold is a reader's call, so the evidence is a doubt (``info``),
not a drop. Word classes ``loaded/light-adjectives`` and ``loaded/visible-nouns``.
"""

from __future__ import annotations

from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence, next_words


@lru_cache(maxsize=1)
def _classes() -> tuple[frozenset[str], frozenset[str]]:
    """Light adjectives and visible nouns (every form, lower case)."""
    from lintnews.language.wordclasses import lower_forms

    return (lower_forms("loaded/light-adjectives"),
            lower_forms("loaded/visible-nouns"))


def light_sense(text: str, end: int, hi: int, word: str) -> Evidence | None:
    """A light adjective (``word``, lower case) before a thing seen, with at most one modifier
    between ("brilliant textiles", "brilliant red silks", "vivid colours")."""
    light, visible = _classes()
    if word not in light:
        return None
    for w in next_words(text, end, hi, n=2):
        if w in visible:
            return Evidence("light", Effect.DOUBT, f"describes how bright a thing is ('{w}')")
    return None


def light_word(lemma: str) -> bool:
    """Round 150: is the adjective one of light ("brilliant", "radiant")? Its adverb after a
    verb tells how a thing shines ("the lights shone brilliantly"), no praise of an act."""
    return lemma.lower() in _classes()[0]
