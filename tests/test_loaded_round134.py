"""Loaded language, round 134: recall on features and reviews (issue 16).

Two constructions:

- *A stretch of time the subject went through* (``evidence.judged_period``, the branch without
  "for"): "The campaign has had a bruising week.", "the club endured a dismal year". Round 132
  raised an ``info`` word opening a period noun phrase only when "for" and a party followed;
  here the party is the subject of a verb of undergoing ("have", "endure", "suffer", "face",
  "go through") whose object is the period, which ends its noun phrase. Traps: the weather on
  a day, a night or a season, a measurable word, a superlative, no verb of undergoing
  ("It was a dismal week" is left to the older evidence), an infinitive of advice.
- *The praise superlative as the writer's predicate* (the puffery rule's pattern): "the
  finest", "the loveliest", and "the most" before a psych-verb participle of delight or emotion
  after a copula or a parenthesis's comma ("It is the most exciting result of the year", "The
  chapters are the most affecting"). Traps: measurable superlatives ("the largest"), "the most
  moving parts", fine's sense of size, a subject or an object ("The finest hall in the county
  hosts"), a critic's quoted or reported verdict.

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
    ("The opposition's campaign has had a bruising week.", "bruising"),
    ("The bank has endured a dismal year, and its shares show it.", "dismal"),
    ("Shareholders have suffered a dismal quarter.", "dismal"),
    ("The minister went through a bruising fortnight in the Commons.", "bruising"),
])
def test_round134_period_undergone_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The farmers endured a bitter night as the frost set in.", "bitter"),
    ("The club has endured a miserable season of rain.", "miserable"),
    ("Traders had a volatile week.", "volatile"),
    ("\"We have had a bruising week,\" said the party's chair, Ana Ruiz.", "bruising"),
    ("After a bruising week in the Commons, the bill passed.", "bruising"),
    ("The squad wants a bruising week of training before the final.", "bruising"),
])
def test_round134_period_undergone_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("The duet is the finest two minutes of the evening.", "finest"),
    ("It is the most exciting battery result of the year.", "most exciting"),
    ("The daughter's chapters are the most affecting.", "most affecting"),
    ("Of the town's corners, the fish market is the loveliest.", "loveliest"),
    ("The finale is, quite simply, the most thrilling ten minutes of the film.", "most thrilling"),
])
def test_round134_superlative_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The engine is the most moving parts of any in its class.", "most moving"),
    ("The beach is the finest grains of sand on the coast.", "finest"),
    ("The sale was the largest since 2009.", "largest"),
    ("The finest hall in the county hosts the fair.", "finest"),
    ("Listeners ranked the most exciting bands of the decade.", "most exciting"),
    ("\"It is the finest staging of the decade,\" said the critic Ana Ruiz.", "finest"),
    ("One critic said the show was the most exciting of the year.", "most exciting"),
])
def test_round134_superlative_traps(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"
