"""Unattributed claims, round 83: a titled speaker with no comma; a forecaster's named service.

1. A vague group's view, then a speaker whose role is written as a title before the name, with
   no article or comma ("Deputy head Ben Mallory says", "Retired nurse Jo Bell said"): English
   news style sets the role in apposition, as "Jo Bell, a retired nurse, said" (round 67 read
   only the latter). Who the titled speaker is decides: a described member of the group is named
   (warning gone); an office of a body that speaks for the group's people (a parish council for
   residents, a union for workers) or a deputy among a workplace's staff is a hint; an office of
   the other side (a factory manager after workers, a council engineer or spokesman after
   residents), an answering verb, or a title that is no role ("Later that day X said") leaves
   the warning.
2. Forecasters with a weather service named in their sentence or next to it are the service's
   (tests in test_unattributed_round69.py); an indefinite service ("a regional weather service")
   names no body (round 30's test).

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "Residents say the crossing is dangerous. Retired nurse Jo Bell said she had seen three crashes there.",
    "Parents say the new timetable is chaotic. Local childminder Priya Shah says pick-ups now overlap.",
    "Analysts expect a rate cut in June. Chief economist Sarah Lin said inflation had slowed sharply.",
    "Critics say the bypass will ruin the marsh. Veteran campaigner Tom Eddy said the route was wrong.",
])
def test_a_titled_member_of_the_group_names_it(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize("text", [
    # a deputy among a workplace's staff
    "Staff say the inspection went well. Deputy head Ben Mallory says the new rules were popular.",
    "Colleagues say he was kind. Assistant manager Rita Cole said he never missed a shift.",
    # an officer of a body that speaks for the group's people
    "Residents say the flood wall was never finished. Parish council chair Ian Rudd said the money ran out.",
    "Workers say the pay offer is too low. Union rep Dan Hoyle said members would vote next week.",
])
def test_a_titled_officer_of_the_group_is_a_hint(lint, text: str) -> None:
    assert_hint(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    # the other side's office answers the group
    ("Workers say the shifts are too long. Factory manager Tom Hale said the rota was fair.", "Workers say"),
    ("Residents say the road is dangerous. Council engineer Jo Bell said the road was safe.", "Residents say"),
    ("Residents say the road is dangerous. Council spokesman Jo Bell said repairs were planned.",
     "Residents say"),
    # the top office among staff is management, not one of them
    ("Staff say the school is underfunded. Head teacher Ben Mallory said the budget was balanced.", "Staff say"),
    # no role: a time phrase before a bare name
    ("Residents say the road is dangerous. Later that day Jo Bell said she had seen a crash.", "Residents say"),
    # an answering verb
    ("Residents say the road is dangerous. Retired nurse Jo Bell said she rejected the claim.",
     "Residents say"),
    # a counted group: only "One owner, X," counts one of them
    ("Some shop owners say trade has halved. Local baker Ann Wu said her takings were steady.",
     "Some shop owners say"),
])
def test_a_titled_speaker_who_is_not_of_the_group_leaves_the_warning(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


def test_disputes_as_a_noun_is_no_answer(lint) -> None:
    """"stalled by funding disputes" is the plural noun; "disputes the claim" is the verb."""
    assert_hint(lint, LEAD + "Residents say the flood wall was never finished. Parish council chair "
                "Ian Rudd said the scheme had stalled over funding disputes.")
    assert_warned(lint, LEAD + "Residents say the flood wall was never finished. Parish council chair "
                  "Ian Rudd said he disputes the claim.", "Residents say")


@pytest.mark.parametrize(("warned", "hinted"), [
    ("Forecasters at a regional weather service said more snow was likely on Sunday.",
     "Forecasters at the regional weather service said more snow was likely on Sunday."),
    ("A private weather agency has issued a warning. Forecasters said gusts could reach 70mph.",
     "The national weather agency has issued a warning. Forecasters said gusts could reach 70mph."),
])
def test_forecasters_need_a_named_service(lint, warned: str, hinted: str) -> None:
    assert_warned(lint, LEAD + warned, "Forecasters")
    assert_hint(lint, LEAD + hinted)
