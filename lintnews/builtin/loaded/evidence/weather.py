"""DOUBT evidence: an adjective of harshness measuring the weather (round 68).

Straight news copy of the weather beat writes "a brutal winter", "a savage frost",
"ferocious gales", "relentless rain": the adjective measures how hard the weather was to
bear, the way "devastating floods" measures damage, and the reporter passes no verdict on
anyone. The same adjectives before a person, an act or a policy judge it ("a brutal attack",
"a cruel policy"). Whether a harsh winter is only weather or also drama is a reader's call,
so the evidence is a doubt (``info``), not a drop. Word classes ``loaded/harsh-adjectives``,
``loaded/weather-nouns`` and ``loaded/weather-spells``.
"""

from __future__ import annotations

from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence, next_words
from lintnews.util.lazyregex import LazyRegex


@lru_cache(maxsize=1)
def _classes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Harsh adjectives (every form), weather nouns and spell nouns (every form)."""
    from lintnews.language.wordclasses import word_class

    return (
        frozenset(w.lower() for w in word_class("loaded/harsh-adjectives")),
        frozenset(word_class("loaded/weather-nouns")),
        frozenset(word_class("loaded/weather-spells")),
    )


def weather_nouns() -> frozenset[str]:
    """The weather nouns (``loaded/weather-nouns``), which other evidence reads too: praise of
    the weather describes it ("brilliant sunshine")."""
    return _classes()[1]


# "a run of storms", "a spell of bitter cold": the weather after a spell noun and "of"
_OF = LazyRegex(r"\s+(?i:of)\b")


def harsh_weather(text: str, end: int, hi: int, word: str) -> Evidence | None:
    """A harsh adjective (``word``, lower case) before a weather or season noun, with at most
    one modifier between ("a brutal winter", "the brutal summer heat", "a bitter cold
    snap"), or before a spell of weather ("a brutal run of storms")."""
    harsh, weather, spells = _classes()
    if word not in harsh:
        return None
    heads = next_words(text, end, hi, n=2)
    for w in heads:
        if w in weather:
            return Evidence("harsh weather", Effect.DOUBT, f"measures the weather ('{w}')")
    if heads and heads[0] in spells:
        # (the words come lower case: the spell is found in the text as written, any case:
        # "A Brutal Run of Storms" in a headline)
        spell = text[end:hi].lower().find(heads[0])
        of = _OF.match(text, end + spell + len(heads[0]), hi) if spell >= 0 else None
        for w in next_words(text, of.end(), hi, n=2) if of is not None else ():
            if w in weather:
                return Evidence("harsh weather", Effect.DOUBT, f"measures the weather ('{heads[0]} of {w}')")
    return None
