"""EVALUATIVE evidence: an emphasizer adjective grading an abstract noun as the whole
predicate (round 141).

"The soup is pure comfort", "The village fete was pure fairytale": "pure" before a bare noun says how
fully the noun applies (Quirk et al. 7.33, the emphasizers "pure", "sheer", "utter"), so the
noun, standing alone as the predicate, is the writer's verdict on the subject. The literal
sense, unmixed, is of a substance or a thing ("The scarf is pure silk", "The yarn is pure
wool"): the noun must be abstract, an act, a state, a feeling, a cognition or a communication
first in WordNet and no physical force or thing (round 131's class, ``impact-abstract.txt``,
a :class:`~lintnews.language.finite.WordSet`; no new table), and no noun of things
(``concrete.txt``, round 125's review).

Traps (tests/test_loaded_round141.py): a substance ("pure silk", "pure wool"; "pure gold" warns: "gold" is first the coins in WordNet), no noun ("The
water is pure."), a denial ("is not pure joy": the rule's pattern wants the copula right
before), a quoted speaker (the voice judge).
"""

from __future__ import annotations

from lintnews.builtin.loaded.evidence.evidence import Effect, Evidence
from lintnews.builtin.loaded.evidence.impact import abstract_nouns
from lintnews.builtin.loaded.evidence.presupposed import concrete_nouns


def emphasized_noun(text: str, start: int, end: int) -> Evidence | None:
    """The bare noun an emphasizer grades (the match's last word) is abstract."""
    noun = text[start:end].rsplit(None, 1)[-1].lower()
    if noun not in abstract_nouns() or noun in concrete_nouns():
        return None
    return Evidence("emphasis", Effect.EVALUATIVE, f"'{noun}' graded into the whole predicate")
