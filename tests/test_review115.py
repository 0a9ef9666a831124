"""Review 115: wrong readings in rounds loaded125-127, unattr126-128 and advert113.

1. Round 126's literal "breath of fresh air" (the object of a verb of taking) was excepted only
   with no modifier or one of three: "took a deep breath of fresh air", "a long, slow breath of
   fresh air" and "the windows let in a breath of fresh air" were figurative-language warnings.
   The breath may carry its own modifiers now, and "let in" admits air as "take" does.
2. Round 126's style disjunct "to say the least" missed its emphatic "to say the very least".
3. Round 125's presupposed verdict in a definite subject took "The", "This" and "These" but not
   "That" and "Those", as definite; and it raised an adjective measuring the weather ("The
   dreadful weather has kept boats in harbour"), which round 68 holds to be no verdict on anyone.
4. Round 127's cause laid with "put down to" missed an adverb between the particle and "to"
   ("was put down partly to"), which "was blamed partly on" has always allowed.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_warned, severity_in_body, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


_HEAD = "Ferry timetable cut again\n\n"


@pytest.mark.parametrize("sentence", [
    "She took a deep breath of fresh air.",
    "He stopped to take a long, slow breath of fresh air.",
    "The open windows let in a breath of fresh air.",
    "The nurse stepped outside for a breath of fresh air.",
])
def test_a_literal_breath_of_fresh_air_is_no_figure(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "breath of fresh air") is None


@pytest.mark.parametrize("sentence", [
    "The new coach has been a breath of fresh air.",
    "Her plan is a welcome breath of fresh air.",
    "The new coach was a real breath of fresh air for the club.",
])
def test_the_figurative_breath_of_fresh_air_still_warns(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "breath of fresh air") == "warning"


def test_to_say_the_very_least_is_the_style_disjunct(lint) -> None:
    sentence = "The results were, to say the very least, a surprise to the board."
    assert severity_in_body(lint, sentence, "to say the very least") == "warning"


def _loaded(lint, sentence: str, word: str) -> str | None:
    """The severity of ``word`` in ``sentence`` under the round 125 tests' headline."""
    text = _HEAD + sentence + "\n"
    found = [d.severity.value for d in lint(text, select=("loaded-language",))
             if d.line == 3 and sentence[d.column - 1 : d.end_column - 1].lower() == word]
    return found[0] if found else None


@pytest.mark.parametrize("sentence", [
    "That scandalous delay has left islanders without a service.",
    "Those scandalous delays have left islanders without a service.",
    "These scandalous delays have left islanders without a service.",
])
def test_a_demonstrative_subject_presupposes_the_verdict(lint, sentence: str) -> None:
    assert _loaded(lint, sentence, "scandalous") == "warning"


def test_an_adjective_on_the_weather_in_the_subject_stays_a_hint(lint) -> None:
    assert _loaded(lint, "The dreadful weather has kept boats in harbour.", "dreadful") == "info"


def test_put_down_with_an_adverb_before_to_is_a_cause_laid_by_nobody(lint) -> None:
    assert_warned(lint, _HEAD + "The delay was put down partly to a shortage of parts.\n", "put down")


@pytest.mark.parametrize("sentence", [
    "The dog was put down humanely to end its suffering.",
    "The vocals were put down quickly to tape in one take.",
])
def test_put_down_with_an_adverb_and_no_cause_stays_quiet(lint, sentence: str) -> None:
    assert not [d for d in warnings(lint, _HEAD + sentence + "\n") if "put down" in d.message]
