"""Loaded language, round 129: reviewers' verdicts in the writer's voice (issue 16).

- A verdict noun closing a predicate with one quality adjective between the article and the noun
  ("It is a quiet triumph."): raised as the bare noun is ("It is a triumph."). The adjective must
  be a quality (WordNet: no pertainym sense, not an -ed participle, not modal or restrictive):
  a classifying adjective names a kind of thing ("a political triumph"), a modal one doubts it
  ("a possible scam"), a former one dates it ("a former superstar").

- An adjective in -ed the lexicon holds at info closing the predicate on a work, a performance,
  a dish or its part ("The plot is muddled."): WordNet's work nouns, none of whose senses is a
  person. Traps: people's state ("Voters were confused."), a passive with its agent ("was
  muddled by the edit"), denied, quoted.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence.quality_data import QUALITY_ADJECTIVES, QUALITY_COMPOUNDS, WORK_NOUNS
from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("The new opera house is a quiet triumph.", "triumph"),
    ("Her third novel is a rare triumph, and a short one.", "triumph"),
    ("The renovated lido was a genuine triumph for the architects.", "triumph"),
    ("The second act is fun. The plot is muddled.", "muddled"),
    ("The new stage design is outdated.", "outdated"),
])
def test_round129_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # a classifying (relational) adjective: the kind of triumph, not how good it was
    ("The ceasefire was a military triumph for the coalition.", "triumph"),
    ("The vote was a political triumph for the mayor.", "triumph"),
    # denied, supposed, quoted
    ("The reopening was not a quiet triumph.", "triumph"),
    ("If the launch is a quiet triumph, the board will expand it.", "triumph"),
    ('"It is a quiet triumph," the curator said of the new wing.', "triumph"),
    # a measure classifies or dates: a genre, a new one
    ("If the hero holds a sword of kings, the book is a high fantasy.", "fantasy"),
    ("The audit showed it was a new scandal for the board.", "scandal"),
    # a modal or restrictive adjective
    ("The pianist is a former superstar of the circuit.", "superstar"),
    # an -ed verdict on people is their state; on a work with an agent, a passive
    ("Voters were confused about the new ballot.", "confused"),
    ("The tally came late. The voters were confused.", "confused"),
    ("The plot was muddled by a late edit.", "muddled"),
    ("The plot is not muddled.", "muddled"),
    ('"The plot is muddled," the author conceded.', "muddled"),
    # the predicate goes on: the noun is no closing verdict
    ("It was a quiet triumph parade through the old town.", "triumph"),
])
def test_round129_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


def test_round129_quality_class() -> None:
    assert {"quiet", "rare", "genuine", "sorry"} <= QUALITY_ADJECTIVES
    # relational (pertainym), modal and -ed words are no quality
    assert not {"military", "political", "economic", "possible", "former", "alleged", "high", "new"} & QUALITY_ADJECTIVES
    assert "white lie" in QUALITY_COMPOUNDS
    assert {"plot", "novel", "performance"} <= WORK_NOUNS
    assert not {"voters", "voter", "dish", "table"} & WORK_NOUNS
