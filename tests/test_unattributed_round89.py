"""Unattributed claims, round 89: misses of two writers' sets (D87, D88; issue 14).

- a named speaker who opens the next sentence with a title before the name and no comma
  ("Naval historian Tom Reed said ...") was made to vouch for the claim before, as "Tom Reed, a
  naval historian, said ..." does; taken out at the session's end: the blind B82 and D77 each
  lost a hit (the writers read such a speaker as answering, not vouching), against one false
  alarm fewer on B73. Round 100 put it back for passives of belief only, not for the
  newsroom's "is understood to" (D77's hit) nor other cues (B82's): the test below keeps an
  understood claim warned, and round 100's tests the believed one cleared;
- an unnamed source that "sees" a likelihood or a worth ("analysts see a growing chance of a
  cut", "see value in") voices a view; a sight ("saw smoke") or an opening ("a chance to win")
  does not;
- "swear" with a clause ("locals swear the well never runs dry") vouches for a claim; an oath,
  a curse or a liking ("swore the oath", "swore at", "swear by") does not;
- the writer's own denial after a claim ("..., but that is not always the case.") keeps the
  next sentence's named holder from clearing it: that source backs the denial.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def test_a_titled_speaker_in_the_next_sentence_does_not_vouch_for_what_is_understood(lint) -> None:
    assert_warned(lint, LEAD + "The ship is understood to have sunk in 1744. Naval historian Tom Reed said "
                  "the wreck matched the records.", "is understood to")


@pytest.mark.parametrize("speaker", [
    "Later that day Tom Reed said he was going home.",
    "The harbour closed at noon and Tom Reed said he was going home.",
])
def test_a_name_not_opening_its_sentence_does_not_vouch(lint, speaker: str) -> None:
    assert_warned(lint, LEAD + f"The ship is thought to have sunk in 1744. {speaker}", "is thought to")


@pytest.mark.parametrize(("text", "cue"), [
    ("Bond traders see a growing chance of a rate cut in June.", "Bond traders see"),
    ("Analysts see little risk of a recession this year.", "Analysts see"),
    ("Investors see value in the shares after the fall.", "Investors see"),
])
def test_see_with_a_likelihood_or_worth_is_a_view(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "Residents saw smoke over the harbour.",
    "Fans see a chance to win the cup this year.",
])
def test_see_with_a_sight_or_an_opening_is_no_view(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Locals swear the old well never runs dry.", "Locals swear"),
    ("Residents swear that the tap water tastes of metal.", "Residents swear"),
])
def test_swear_with_a_clause_vouches_for_a_claim(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "The new ministers swore the oath of office on Monday.",
    "Several fans swore at the referee after the match.",
    "Many cyclists swear by a waxed chain.",
])
def test_swear_as_an_oath_a_curse_or_a_liking_is_no_claim(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize("tail", [
    ", but that is not always the case.",
    ", though this is a myth.",
    ", but it isn't true.",
])
def test_the_writers_denial_keeps_the_next_sentence_from_holding_the_claim(lint, tail: str) -> None:
    text = (f"Installers are widely believed to overcharge{tail} A survey by the consumer group "
            "Fairfix found that prices varied widely.")
    assert_warned(lint, LEAD + text, "widely believed to")


def test_a_next_sentence_holder_still_clears_a_claim_left_undisputed(lint) -> None:
    text = ("Installers are thought to overcharge. That is the view of the consumer group Fairfix.")
    assert_silent(lint, LEAD + text)
