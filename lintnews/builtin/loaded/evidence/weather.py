"""DOUBT evidence: an adjective of harshness measuring the weather (round 68).

Straight news copy of the weather beat writes "a brutal winter", "a savage frost",
"ferocious gales", "relentless rain": the adjective measures how hard the weather was to
bear, the way "devastating floods" measures damage, and the reporter passes no verdict on
anyone. The same adjectives before a person, an act or a policy judge it ("a brutal attack",
"a cruel policy"). Whether a harsh winter is only weather or also drama is a reader's call,
so the evidence is a doubt (``info``), not a drop. Word classes ``loaded/harsh-adjectives``,
``loaded/weather-nouns`` and ``loaded/weather-spells``.

Round 101: adjectives of gloom (``loaded/gloom-adjectives``: "bleak", "grim", "dreary") describe
dark, wet or cold weather the same way, and the weather is also described in a predicate:
"the weather was grim", "the forecast was bleak - low cloud and gales" (the forecast counts as
the weather only when a weather noun follows in the sentence; "the bank's forecast was grim"
is a verdict on the economy).
"""

from __future__ import annotations

from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence, next_words, words_before
from lintnews.util.lazyregex import LazyRegex


@lru_cache(maxsize=1)
def _classes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Harsh and gloom adjectives (every form), weather nouns and spell nouns (every form)."""
    from lintnews.language.wordclasses import lower_forms

    return (
        lower_forms("loaded/harsh-adjectives")
        | lower_forms("loaded/gloom-adjectives"),
        lower_forms("loaded/weather-nouns"),
        lower_forms("loaded/weather-spells"),
    )


def weather_nouns() -> frozenset[str]:
    """The weather nouns (``loaded/weather-nouns``), which other evidence reads too: praise of
    the weather describes it ("brilliant sunshine")."""
    return _classes()[1]


# "a run of storms", "a spell of bitter cold": the weather after a spell noun and "of"
_OF = LazyRegex(r"\s+(?i:of)\b")


# round 101: the weather as the subject of a copula ("the weather was grim", "the forecast
# looked bleak"): at most one adverb between the copula and the adjective
_COPULAS = frozenset(("is", "was", "are", "were", "looked", "looks", "seemed", "seems", "remained", "stayed"))
_FORECASTS = frozenset(("forecast", "forecasts"))
_PREDICATE_ADVERBS = frozenset(("very", "pretty", "fairly", "rather", "quite", "so", "too", "really", "still"))


def _weather_subject(text: str, start: int, end: int, lo: int, hi: int, weather: frozenset[str]) -> str | None:
    """The weather noun that is the subject of the copula before ``start``, or ``None``."""
    before = words_before(text, lo, start)
    if before and before[-1] in _PREDICATE_ADVERBS:
        before.pop()
    if len(before) < 2 or before[-1] not in _COPULAS:
        return None
    subject = before[-2]
    if subject in weather:
        return subject
    if subject in _FORECASTS and any(w in weather for w in _WORDS.findall(text[end:min(hi, end + 120)].lower())):
        return subject  # "the forecast was grim - low cloud, 40mph gusts": the weather's
    return None


_WORDS = LazyRegex(r"[a-z]+")


def harsh_weather(text: str, end: int, hi: int, word: str,
                  start: int | None = None, lo: int | None = None) -> Evidence | None:
    """A harsh adjective (``word``, lower case) before a weather or season noun, with at most
    one modifier between ("a brutal winter", "the brutal summer heat", "a bitter cold
    snap"), or before a spell of weather ("a brutal run of storms")."""
    harsh, weather, spells = _classes()
    if word not in harsh:
        return None
    if start is not None and lo is not None:
        subject = _weather_subject(text, start, end, lo, hi, weather)
        if subject is not None:
            return Evidence("harsh weather", Effect.DOUBT, f"said of the weather ('{subject}')")
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
