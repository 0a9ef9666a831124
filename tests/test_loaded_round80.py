"""Loaded language, round 80: the kinds three writers' sets share (D77, D79, D81), in pairs (issue 16).

- *A feeling read off a person* ("left the court looking distraught", "appeared terrified")
  or *left by an event* ("fans were left devastated"): the writer's reading, a ``warning``;
  the same feeling reported as a state ("fans were devastated", "she felt heartbroken") stays
  a hint.
- *An emotive adjective on a scene* ("the harrowing scenes", "the scenes ... were harrowing"):
  a ``warning``; a judgement word on a scene ("wild scenes" of a crowd), a moment ("an
  unprecedented moment") and the same emotive word reported ("..., officers said") do not warn.

Sentences written for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

PAIRS = [  # (sentence, word, severity)
    ("The actor left the court building looking distraught, holding his lawyer's arm.", "distraught", "warning"),
    ("The minister appeared terrified of the question.", "terrified", "warning"),
    ("Supporters were left heartbroken after the club folded.", "heartbroken", "warning"),
    ("Shoppers were left utterly devastated by the closure of the market.", "devastated", "warning"),
    ("Supporters were heartbroken after the club folded.", "heartbroken", "info"),
    ("She said she felt heartbroken after the club folded.", "heartbroken", "info"),
    ("The harrowing scenes on the estate will raise questions for the council.", "harrowing", "warning"),
    ("The scenes on the seafront were harrowing, with families carrying bags through the water.",
     "harrowing", "warning"),
]
QUIET = [  # (sentence, word): not warned
    ("The footage was harrowing, officers said at a news conference.", "harrowing"),
    ("The victory sparked wild scenes among the crowd of fans.", "wild"),
    ("The vote marked an unprecedented moment in the history of the club.", "unprecedented"),
    ("The aid agency said the images were harrowing.", "harrowing"),
]


@pytest.mark.parametrize(("sentence", "word", "severity"), PAIRS)
def test_round80_pairs(lint, sentence: str, word: str, severity: str) -> None:
    assert severity_in_body(lint, sentence, word) == severity


@pytest.mark.parametrize(("sentence", "word"), QUIET)
def test_round80_literal_and_reported_uses_do_not_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"
