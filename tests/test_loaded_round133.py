"""Loaded language, round 133: verbs of upheaval and evaluative noun predicates (issue 16).

- ``loaded-language/impact`` gains the verbs of upheaval ("shake", "rattle", "roil", "upend",
  "send shockwaves through"; not "roil", the wire's plain verb of unrest), judged as round 131's "rock": an act, a report or a state as the
  subject; a physical force or a thing keeps the literal sense. "shaken" and "rattled" stay the
  feeling adjectives of the emotive list (hints).
- "hammer blow" (the figurative rule) no longer loses its start to the impact rule's bare
  "hammer" (at one start the first rule of a category wins, even where the judge then drops it).
- Nouns of a burden ("chore", "slog") are hints that warn only as a noun predicate ("the film
  is a chore"); "a chore list", "household chores" stay hints.
- A noun predicate reads past a stance adverb ("is undoubtedly a triumph", "is, frankly, a
  mess"; not a focus adverb, "is also a cover-up"), a hyphenated compound graded by a quality
  ("a slow-burning triumph") and a "by" of
  measure ("a slog by the halfway point"); a hedge ("is perhaps a triumph") and a supposed
  predicate ("if the custard is, frankly, a mess") stay hints.

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
    ("The scandal shook the government to its core.", "shook"),
    ("The ruling rattles investors who had bet on a cut.", "rattles"),
    ("The verdict upended the race for the nomination.", "upended"),
    ("The decision sent shockwaves through the industry.", "sent shockwaves through"),
    ("The news is a hammer blow to a town that has lost its bank.", "hammer blow"),
    ("The result is a chore: two hours of grey skies.", "chore"),
    ("The second act is a slog by the interval.", "slog"),
    ("The farm drama is a slow-burning triumph.", "triumph"),
    ("The launch is undoubtedly a triumph for the agency.", "triumph"),
    ("The pudding is, frankly, a mess.", "mess"),
    ("The pudding is simply a sticky mess.", "mess"),
])
def test_round133_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The earthquake shook the town before dawn.", "shook"),
    ("The mayor shook hands with the winners.", "shook"),
    ("The wind rattles the windows all night.", "rattles"),
    ("The blast sent shockwaves through the building.", "sent shockwaves through"),
    ("She pinned a chore list to the fridge.", "chore"),
    ("The trek was a slog through the mud.", "slog"),
])
def test_round133_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("The launch is perhaps a triumph.", "triumph"),
    ("If the pudding is, frankly, a mess, send it back.", "mess"),
    ("Household chores take an hour a day.", "chores"),
    ("The hearing is also a mess.", "mess"),
])
def test_round133_held_as_hints(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "info"


def test_round133_roil_is_no_term(lint) -> None:
    assert_loaded_trap(lint, "Protests over the ruling roiled the country.", "roiled", not_terms={"roiled"})


def test_round133_feeling_stays_a_hint(lint) -> None:
    assert severity_in_body(lint, "Residents were shaken by the blast.", "shaken") == "info"


def test_round133_quoted(lint) -> None:
    sentence = 'The coach said: "The scandal shook the club."'
    assert severity_in_body(lint, sentence, "shook") is None
