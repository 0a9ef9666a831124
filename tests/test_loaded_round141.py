"""Loaded language, round 141: recall on features and reviews (issue 16).

*An emphasizer grading an abstract noun into the whole predicate* (the new rule
``loaded-language/emphasis``, judged by ``evidence.emphasized_noun``): "The soup is pure
comfort", "The village fete was pure fairytale". "pure" before a bare noun says how fully the
noun applies (Quirk et al. 7.33); its literal sense, unmixed, is of a substance or a thing, so
the noun must be in round 131's abstract class and not in the concrete nouns.

Traps: a substance ("pure silk", "pure wool"), no noun ("The water is pure."), a denial ("is
not pure joy": the pattern wants the copula right before), a quoted speaker.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.mark.parametrize(("sentence", "word"), [
    ("The soup at the corner cafe is pure comfort, and the bread is plain.", "pure comfort"),
    ("The village fete was pure fairytale, bunting and all.", "pure fairytale"),
    ("The second act is pure nonsense.", "pure nonsense"),
])
def test_round141_emphasis_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word", "not_terms"), [
    ("The scarf on sale at the stall is pure silk.", "pure silk", ()),
    ("The yarn for the blankets is pure wool.", "pure wool", ()),
    ("The water in the spring is pure.", "pure", ("pure",)),
    ("The ending is not pure joy.", "pure joy", ("pure joy",)),
    ("\"It was pure joy,\" said the organiser, Ana Ruiz.", "pure joy", ()),
])
def test_round141_emphasis_traps(lint, sentence: str, word: str, not_terms: tuple[str, ...]) -> None:
    assert_loaded_trap(lint, sentence, word, not_terms=not_terms)
