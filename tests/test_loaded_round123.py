"""Loaded language, round 123: the context judge raising entries held at info (issue 16).

- A participle compound opened by a degree adverb ("much-loved", "well-loved") before a common
  noun is the writer's grading of the feeling, praise like any attributive puffery word; a bare
  participle ("acclaimed", "celebrated") stays others' acclaim.
- A verdict verb's noun form between a possessive and "of"/"that" ("the ministry's boast of
  record funding") names the owner's words with the writer's verdict; "claim" (the general noun
  of assertion) stays held.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence.evaluative import graded_participle
from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("The much-loved fair has survived lean years before.", "much-loved"),
    ("Crowds packed the much-loved market on Saturday morning.", "much-loved"),
    ("The ministry's boast of record funding ignores inflation.", "boast"),
])
def test_round123_raised_to_warning(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # a bare participle is others' acclaim, reported
    ("The acclaimed author will open the fair in June.", "acclaimed"),
    # a name after the compound is a title, not a thing praised
    ("The much-loved Harbour Fair has survived lean years before.", "much-loved"),
    # the compound as a predicate is left to the other evidence
    ("The fair, much-loved by the town, has survived lean years.", "much-loved"),
    # a speaker's words stay the speaker's, quoted or reported
    ("Organisers said the much-loved fair would return in June.", "much-loved"),
    ('"It is a much-loved fair," the mayor said.', "much-loved"),
    # "claim" is the general noun of assertion, maybe the reporting itself
    ("The audit questioned the ministry's claim of record funding.", "claim"),
    ("The audit questioned his claims that funding had risen.", "claims"),
    # a verb, not a noun after a possessive (round 142: the present "boasts of" + a noun phrase
    # is now the verb of possession and warns; the past keeps this trap)
    ("The ministry boasted of record funding.", "boasted"),
])
def test_round123_left_at_info(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) in ("info", None)


@pytest.mark.parametrize(("word", "graded"), [
    ("much-loved", True), ("Well-loved", True), ("acclaimed", False), ("celebrated", False),
    ("much-hyped-up", False), ("much-anticipated", True), ("award-winning", False),
])
def test_graded_participle(word: str, graded: bool) -> None:
    assert graded_participle(word) is graded
