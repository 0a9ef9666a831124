"""Unattributed claims, round 85: a fresh writer's trap-rich copy (D83; issue 14).

- an absolute "with" clause of report whose noun phrase ends in a name ("..., with former
  ferry captain John Doe said to be top of the list") is a passive, not the name speaking;
- "those" placed by "on" or "at" ("those on the island who worry that") is as vague as "those
  in the village";
- "the word" with the place the talk goes round in ("the word on the quay is that");
- questions raised in the progressive ("questions are already being asked about why");
- a report that sent the emergency services out ("Officers were called ... following reports
  that") is a hint;
- groups of bodies illustrated next by a named civil body ("Rights groups say ... Amnesty
  International said") are a hint.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("Rumours are swirling that the board has picked a new harbour master, with former ferry captain "
     "John Doe said to be top of the list.", "said to"),
    ("Rumours are swirling that the board has picked a new harbour master, with former ferry captain "
     "John Doe said to be top of the list.", "Rumours are swirling"),
    ("The club lost again, with Jane Roe thought to be the favourite for the job.", "thought to"),
])
def test_an_absolute_with_clause_of_report_is_a_passive(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "Orban said to loud applause that the bridge would be rebuilt, and the crowd cheered.",
    "The club lost again, and Jane Roe said to be patient with the new manager.",
])
def test_a_name_speaking_before_to_is_not_a_passive(lint, text: str) -> None:
    assert_silent(lint, LEAD + text, plain=("said",))


@pytest.mark.parametrize(("text", "cue"), [
    ("There are those on the island who worry that the school will close.", "those on the island who worry"),
    ("Those at the club say the coach has lost the dressing room.", "Those at the club say"),
])
def test_those_placed_by_on_or_at_are_vague(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


def test_those_on_board_who_were_rescued_claim_nothing(lint) -> None:
    assert_silent(lint, LEAD + "Those on board were rescued by the lifeboat crew.", plain=("those",))


def test_the_word_on_a_place_is_hearsay(lint) -> None:
    assert_warned(lint, LEAD + "The ferry is late again, and the word on the quay is that the captain has quit.",
                  "the word on the quay is that")


def test_the_word_on_a_sign_is_a_word(lint) -> None:
    assert_silent(lint, LEAD + "The word on the sign is that of a saint.", plain=("word",))


def test_questions_asked_in_the_progressive_are_warned(lint) -> None:
    assert_warned(lint, LEAD + "Questions are already being asked about why the ferry still runs late.",
                  "Questions are already being asked")


def test_questions_asked_by_a_named_member_are_not(lint) -> None:
    assert_silent(lint, LEAD + "Questions are being asked by Councillor Jane Roe about why the ferry runs late.",
                  plain=("Questions",))


def test_reports_that_sent_officers_out_are_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "Officers were called to the corner shop on Mill Street at about 9pm following "
                "reports that two men had threatened staff.")


def test_reports_that_moved_prices_are_warned(lint) -> None:
    assert_warned(lint, LEAD + "Prices fell following reports that the mine had flooded.", "following reports that")


def test_groups_illustrated_by_a_named_civil_body_are_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "Rights groups say the camp is overcrowded. Amnesty International said it had "
                "counted 4,000 people in a space built for 1,000.")


@pytest.mark.parametrize("second", [
    "The Interior Ministry said it had counted 4,000 people.",
    "The agency said it had counted 4,000 people.",
    "Jane Roe said she had counted 4,000 people.",
])
def test_groups_answered_or_not_named_next_stay_warned(lint, second: str) -> None:
    assert_warned(lint, LEAD + "Rights groups say the camp is overcrowded. " + second, "Rights groups say")
