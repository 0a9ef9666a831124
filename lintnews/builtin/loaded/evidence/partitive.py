"""The head of a partitive noun phrase: "a savage round of cuts", "a fresh wave of layoffs".

An adjective before a quantifying noun of a series or a mass ("round", "wave", "spate",
"string", "barrage": Quirk et al., A Comprehensive Grammar of the English Language, 5.8-5.9,
partitive constructions) qualifies what the series is of: "a savage round of cuts" judges the
cuts, as "savage cuts" does. The attributive reading (``evaluative.attributive``) would stop at
"round", which names no person, act or event; this module reads past it to the noun after "of"
(``loaded/judged-nouns``, every form), at most one modifier between ("a brutal wave of job
cuts"). Not a partitive of things ("a brutal wave of heat", "a savage round of golf"): the head
after "of" must be a judged noun.
"""

from __future__ import annotations

from functools import lru_cache

from lintnews.builtin.loaded.evidence.evidence import DETERMINERS, Effect, Evidence, classes
from lintnews.util.lazyregex import LazyRegex

# the quantifying noun right after the word, then "of" (the noun's plural too: "savage rounds
# of cuts"); a capital is a name ("a bitter Round of Talks" title) and is not read
_PARTITIVE_OF = LazyRegex(r"[ \t]+([a-z]+)[ \t]+of\b")
_WORD = LazyRegex(r"[ \t]+([a-z][a-z'’-]*)\b(?![-'’])")
_MAX_MODIFIERS = 1


@lru_cache(maxsize=1)
def _partitives() -> frozenset[str]:
    """Every form of ``loaded/partitive-nouns``."""
    from lintnews.language.wordclasses import lower_forms

    return lower_forms("loaded/partitive-nouns")


def partitive_head(text: str, end: int, hi: int) -> str | None:
    """The judged noun after a partitive right after ``end`` ("round of cuts": "cuts"), or None."""
    m = _PARTITIVE_OF.match(text, end, hi)
    if m is None or m.group(1) not in _partitives():
        return None
    judged = classes().judged
    pos = m.end()
    for i in range(_MAX_MODIFIERS + 2):
        w = _WORD.match(text, pos, hi)
        if w is None:
            return None
        word = w.group(1).lower()
        pos = w.end()
        if word in judged:
            return word
        if i == 0 and word in DETERMINERS:
            continue  # "a fresh round of the cuts"
        if i > _MAX_MODIFIERS:
            return None
    return None


def partitive(text: str, end: int, hi: int) -> Evidence | None:
    """EVALUATIVE: the word qualifies a partitive whose "of" names a judged noun."""
    head = partitive_head(text, end, hi)
    if head is None:
        return None
    return Evidence("attributive", Effect.EVALUATIVE, f"judges '{head}' (the partitive's head)")


__all__ = ["partitive", "partitive_head"]
