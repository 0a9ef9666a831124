"""Loaded language, round 135: a noun of an imagined extreme as a noun modifier (issue 16).

"A family escaped a nightmare blaze", "they faced a nightmare 50-minute drive", "he completed
a miracle cure", "the wonder drug": a noun of the bad dream or of a wonder
(``loaded/figure-nouns``) premodifying another noun is gradable in sense there ("a nightmare
journey" is "a nightmarish journey"), the writer's figure for the head, not a kind of it
(``evidence.figure_modifier``). "nightmare" is the emotive rule's noun (a warning held at
``info`` as unmeasured, now raised here); "miracle" and "wonder" are the new rule
``loaded-language/figure-modifier``, kept only where the evidence holds and dropped elsewhere.
"dream" was in it until review 117: its classifying use ("a dream sequence", "a dream diary")
is as common as its figure ("a dream move"), so it is left alone (a trap below).

Traps: the noun heading its own phrase ("a nightmare for the council", "a dream of a home",
"the miracle of birth"), the noun as a subject before its verb ("A nightmare looms", "The
dream ended", "a dream come true"), no article ("No wonder drugs failed"), the verb "wonder",
a quoted speaker's words, a capitalised title.

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
    ("A family of four escaped a nightmare blaze at their farmhouse on Sunday.", "nightmare"),
    ("Commuters faced a nightmare 90-minute journey after the signal failure.", "nightmare"),
    ("The clinic sold a miracle cure for back pain to hundreds of patients.", "miracle"),
    ("The wonder drug has been approved by the regulator.", "wonder"),
])
def test_round135_figure_modifier_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("She has long had a dream of a cottage by the sea.", "dream"),
    ("The film opens with a dream sequence set in a flooded city.", "dream"),
    ("Patients kept a dream diary for the sleep study.", "dream"),
    ("The miracle of the harvest is celebrated each autumn.", "miracle"),
    ("A nightmare looms for the council's finance team.", "nightmare"),
    ("The dream ended when the club was relegated.", "dream"),
    ("The trophy was a dream come true for the village side.", "dream"),
    ("No wonder drugs failed to reach the market that year.", "wonder"),
    ("Residents wonder whether the road will ever reopen.", "wonder"),
    ("\"It was a nightmare journey,\" said the driver, Ana Ruiz.", "nightmare"),
])
def test_round135_figure_modifier_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word, not_terms=("dream",))  # (no term of any rule since review 117)


def test_round135_capitalised_title_left_alone(lint) -> None:
    """A capitalised noun is a name's word ("the Dream Team of 1992"), not the writer's figure:
    the evidence reads the lower-case noun only."""
    assert_loaded_trap(lint, "The club's Dream Team won the cup in 1992.", "dream", not_terms=("dream",))


def test_round135_denied_figure_is_a_hint(lint) -> None:
    """A denied figure praises nothing ("It is not a miracle cure"): a hint at most."""
    assert severity_in_body(lint, "It is not a miracle cure, but it helps my back.", "miracle") != "warning"
