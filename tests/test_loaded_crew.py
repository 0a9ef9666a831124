"""The verdict verb "crow" (to gloat) by its own forms only: the lexicon also gives the archaic
past "crew", which in news copy is always the noun (a ship's, a film's, a fire engine's crew).
Found by round 86 in passing ("The crew was told to ..." reported as a verdict on a speaker).

Sentences written for the test, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    "The crew was told to leave the ship before dawn.",
    "A film crew waited outside the court.",
])
def test_crew_is_a_noun_not_the_past_of_crow(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "crew") is None


@pytest.mark.parametrize(("sentence", "word"), [
    ("The senator crowed that the bill had passed.", "crowed"),
    ("Rivals crow that the scheme has failed.", "crow"),
    ("Aides were crowing about the poll.", "crowing"),
])
def test_crow_of_a_speaker_is_still_a_hint(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "info"
