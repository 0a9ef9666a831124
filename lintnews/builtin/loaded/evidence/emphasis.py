"""EVALUATIVE evidence: an emphasizer adjective grading an abstract noun as the whole
predicate (round 141).

"The soup is pure comfort", "The village fete was pure fairytale": "pure" before a bare noun says how
fully the noun applies (Quirk et al. 7.33, the emphasizers "pure", "sheer", "utter"), so the
noun, standing alone as the predicate, is the writer's verdict on the subject. The literal
sense, unmixed, is of a substance or a thing ("The scarf is pure silk", "The yarn is pure
wool"): the noun must be abstract, an act, a state, a feeling, a cognition or a communication
first in WordNet and no physical force or thing (round 131's class, ``impact-abstract.txt``,
a :class:`~lintnews.language.finite.WordSet`; no new table), and no noun of things
(``concrete.txt``, round 125's review), nor one with a substance among its other senses
(``material.txt``, review 120: "The ring is pure gold", gold being first the coins, is the
metal unmixed; built by ``benchmarks/wordnet_material.py``).

Traps (tests/test_loaded_round141.py, tests/test_loaded_review120.py): a substance ("pure
silk", "pure wool", "pure gold", "pure amber"), no noun ("The water is pure."), a denial ("is
not pure joy": the rule's pattern wants the copula right before), a quoted speaker (the voice
judge).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.builtin.loaded.evidence.impact import abstract_nouns
from lintnews.builtin.loaded.evidence.presupposed import concrete_nouns
from lintnews.language.finite import WordSet


@cache
def material_nouns() -> WordSet:
    """The abstract nouns with a substance among their senses (``material.txt``; empty when
    the file is missing: the judge then reads them as abstract, as round 141 did)."""
    try:
        return WordSet(Path(__file__).with_name("material.txt").read_text(encoding="utf-8").strip())
    except OSError:
        return WordSet("")


def emphasized_noun(text: str, start: int, end: int) -> Evidence | None:
    """The bare noun an emphasizer grades (the match's last word) is abstract: no thing, and no
    substance in any sense ("pure gold" is the metal unmixed before it is a verdict)."""
    noun = text[start:end].rsplit(None, 1)[-1].lower()
    if noun not in abstract_nouns() or noun in concrete_nouns() or noun in material_nouns():
        return None
    return Evidence("emphasis", Effect.EVALUATIVE, f"'{noun}' graded into the whole predicate")
