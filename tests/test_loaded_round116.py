"""Loaded language, round 116: breadth of the lexicon by kind (issue 16).

- Verdict said-verbs: Levin's manner-of-speaking verbs whose manner judges the speaker
  ("bleated that"), WordNet's "bristle" and the confess sense's "own up"; speech sense only.
- Puffery compounds of brochure copy ("picture-perfect", "hassle-free", "rock-solid").
- Dramatising compounds of a body's reaction ("toe-curling", "nail-biting"), at the emotive
  rule's judged severity.
- "car-crash" before any noun but an accident's ("car-crash victims" stays literal).
- Judgement idioms: "broke her silence", "sitting ducks", "a heart of stone", "the stuff of
  dreams", "a glimmer of hope"; effrontery ("had the gall to") held at info.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("The minister bleated that the new rules were a disgrace to farmers.", "bleated"),
    ("The chairman bristled that the question had no place in the meeting.", "bristled"),
    ("The resort is picture-perfect, with a harbour full of painted boats.", "picture-perfect"),
    ("Every installation is hassle-free and done in a day.", "hassle-free"),
    ("The new frame is rock-solid, even on rough tracks.", "rock-solid"),
    ("The second round produced one car-crash dinner date after another.", "car-crash"),
    ("The singer broke her silence on Monday with a short post.", "broke her silence"),
    ("The county's clinics have been sitting ducks for years.", "sitting ducks"),
    ("It would take a heart of stone not to cheer the winner.", "heart of stone"),
    ("The lemon tart is the stuff of dreams.", "stuff of dreams"),
    ("The trial results offer a glimmer of hope to families.", "glimmer of hope"),
])
def test_round116_new_kinds_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The owners had the gall to call the scheme a success.", "the gall to"),
    ("The director owned up to the error in a letter to staff.", "owned up"),
])
def test_round116_held_at_info(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "info"


def test_round116_compound_of_a_body_is_found(lint) -> None:
    assert severity_in_body(lint, "The final minutes were nail-biting for both benches.", "nail-biting") is not None


@pytest.mark.parametrize(("sentence", "word"), [
    # the animal's noise and the fur's reaction: no speech clause
    ("The lambs bleated in the lower field all night.", "bleated"),
    ("The dog's fur bristled when the gate opened.", "bristled"),
    # the accident itself
    ("Two car-crash victims were taken to the county hospital.", "car-crash"),
    # a quoted speaker's idiom is the speaker's
    ("\"It would take a heart of stone not to cheer,\" said Ana Ruiz, the club's coach.", "heart of stone"),
])
def test_round116_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)
