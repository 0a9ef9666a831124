"""Loaded language, round 132: recall on the weakest blind desks (issue 16).

Two constructions:

- *A loaded word summing up a stretch of time for someone* (``evidence.judged_period``, the
  nouns of ``loaded/period-nouns``): "a punishing twelve months for the company", "a nightmare
  week for the minister". An emotive, judging, praising or intensifying word the lexicon holds
  at ``info`` (or holds back as unmeasured) is raised when it opens a noun phrase whose head is
  a period noun that "for" and a party follow. Traps: the weather on a day or a night, a
  measurable word, a superlative, a non-gradable word, the scale words, "for" before a gerund,
  no "for".
- *The critic's adjectives on a contest noun* (``loaded/contest-nouns``, read by
  ``evidence.stance.critic_verdict``): "a gutsy display", "a drab second half", "The second
  half was drab.", "The concerto was forgettable." Traps: "wooden" on a thing the noun may name
  ("a wooden display" stand), people, a sensation, denied.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads (tests145: a fresh engine a lint cost ten times the lint)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("It has been a punishing twelve months for the company, which lost ground to rivals.", "punishing"),
    ("The figures capped a blockbuster year for the bank.", "blockbuster"),
    ("It was a nightmare week for the minister.", "nightmare"),
    ("It has been a frenzied year for investors in the sector.", "frenzied"),
])
def test_round132_period_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("It was a bitter night for the farmers as frost set in.", "bitter"),
    ("It was a violent weekend for the city, with three stabbings.", "violent"),
    ("It was a perfect day for a picnic in the park.", "perfect"),
    ("It was a historic year for the club, its first title since 1950.", "historic"),
    ("The figures capped a blockbuster year.", "blockbuster"),
    ("\"It has been a punishing twelve months for the company,\" said the chief executive, Ana Ruiz.", "punishing"),
])
def test_round132_period_traps(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("It was a gutsy display from the home side.", "gutsy"),
    ("Rovers produced a gutsy, disciplined display in the rain.", "gutsy"),
    ("It was a drab second half, with few chances for either side.", "drab"),
    ("The second half was drab.", "drab"),
    ("The concerto was pleasant but forgettable.", "forgettable"),
    ("It was a plodding outing for the champions.", "plodding"),
])
def test_round132_contest_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The shop has a wooden display by the door.", "wooden"),
    ("He struck a wooden match to light the stove.", "wooden"),
    ("Tired players left the pitch after the match.", "tired"),
    ("A dull ache spread through his knee after the game.", "dull"),
    ("The game was not dull.", "dull"),
    ("The players were tired after the final.", "tired"),
])
def test_round132_contest_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)
    assert severity_in_body(lint, sentence, word) is None
