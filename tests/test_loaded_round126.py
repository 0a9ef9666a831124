"""Loaded language, round 126: recall by kind on features, reviews, sport and politics (issue 16).

- Idioms of the critic's delight and of the commentator's burden or intolerance (Oxford
  Dictionary of Idioms): "a thing of beauty", "a joy to watch", "a poisoned chalice", "pet
  project", "brooks no dissent", "a breath of fresh air" (its literal use as the object of a
  verb of taking or of "for" excepted).
- A parasynthetic compound ("short-sighted": adjective + noun + -ed) is no participle: as the
  predicate on a judged noun it is the writer's verdict, raised like any adjective held at info.
- The writer's style disjuncts as infinitive clauses set off as a parenthesis ("to be blunt",
  "to put it mildly"); not the adjective's literal clause ("had to be blunt").

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence.evaluative import parasynthetic
from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("The new ferry terminal is a thing of beauty.", "thing of beauty"),
    ("The veteran goalkeeper was a joy to watch all season.", "a joy to watch"),
    ("Whoever takes the job will inherit a poisoned chalice.", "poisoned chalice"),
    ("The tram line is the governor's pet project.", "pet project"),
    ("It is a cabinet that brooks no dissent.", "brooks no dissent"),
    ("The quiet courtyard garden was a breath of fresh air.", "breath of fresh air"),
    ("The council froze the grant. The approach is short-sighted.", "short-sighted"),
    ("The seats are, to be blunt, too narrow for adults.", "to be blunt"),
    ("To put it mildly, the launch did not go to plan.", "to put it mildly"),
])
def test_round126_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # the literal breath: the object of a verb of taking, or of a purpose's "for"
    ("The nurse stepped outside for a breath of fresh air.", "breath of fresh air"),
    ("She opened the window and took a breath of fresh air.", "breath of fresh air"),
    # a speaker's quoted idiom stays the speaker's
    ('"It is a poisoned chalice," the outgoing chair said.', "poisoned chalice"),
    ('"The approach is short-sighted," said the union leader, Ann Moss.', "short-sighted"),
    # a parasynthetic compound denied or supposed is no verdict
    ("The approach is not short-sighted.", "short-sighted"),
])
def test_round126_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), [
    # the adjective's literal clause: no parenthesis
    ("The blade had to be blunt for the safety test.", "to be blunt"),
])
def test_round126_no_candidate(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word, not_terms=(word,))


@pytest.mark.parametrize(("word", "expected"), [
    ("short-sighted", True), ("cold-blooded", True), ("heavy-handed", True),
    ("much-loved", False), ("widely-read", False), ("self-declared", False),
    ("muddled", False), ("award-winning", False),
])
def test_round126_parasynthetic(word: str, expected: bool) -> None:
    assert parasynthetic(word) is expected
