"""Unattributed claims, round 108: wire, political and lifestyle copy (D109-D112, issue 14).

1. A described unnamed source whose sentence gives the reason it is not named, in the wire
   formula too ("three port officials said, speaking on condition of anonymity because the
   inquiry is confidential"; "asking not to be identified because ..."), or whose next sentence
   points back with the reason ("The officials, who asked not to be identified because ..."): a
   hint. No reason, a reason in an unrelated next sentence, and "sources" stay warned.
2. A vague group that is what an impersonal passive reports ("It is believed a member of staff
   raised the alarm"): the passive is the cue, not the group. The group as a subject of its own
   sentence stays warned.
3. A speech verb whose object is "nothing" ("ministers have said nothing"): no claim. "said
   nothing had changed" reports one and stays warned.

4. A casualty toll nobody is named as fearing ("are feared trapped", "were feared drowned"):
   warned; "is feared the most", "is feared by" and "feared and loved" are no toll.

Each with its trap. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "The ferry company will cut two winter routes, three port officials said on Monday, speaking on "
    "condition of anonymity because the plan has not been announced.",
    "The two councils are close to merging their bin services, two council officials said, asking not "
    "to be identified because the talks are private.",
    "A diplomat involved in the talks, who spoke on condition of anonymity because he was not "
    "authorised to brief reporters, said a deal was unlikely.",
    "The harbour board will sell the pier, two people involved in the sale said late on Friday.\n\n"
    "The people, who asked not to be identified because the sale is confidential, said the buyer "
    "was a hotel group.",
])
def test_a_described_source_with_its_reason_is_a_hint(lint, text: str) -> None:
    assert_hint(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    # no reason at all
    ("The ferry company will cut two winter routes, three port officials said on Monday, speaking "
     "on condition of anonymity.", "officials"),
    # a next sentence with a reason that does not point back at the source
    ("The harbour board will sell the pier, two people involved in the sale said.\n\n"
     "A hotel group is the likeliest buyer because it owns the land next door.", "people"),
    # sources: a reason does not describe them
    ("The ferry company will cut two winter routes, sources said, speaking on condition of "
     "anonymity because the plan is secret.", "sources"),
])
def test_the_reason_traps_stay_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


def test_a_group_inside_an_impersonal_passive_is_not_a_second_cue(lint) -> None:
    text = LEAD + "It is believed a member of staff raised the alarm after seeing smoke."
    found = warnings(lint, text)
    assert any("It is believed" in d.message for d in found), [d.message for d in claims(lint, text)]
    assert not any("member" in d.message for d in found), [d.message for d in found]
    text = LEAD + "It is understood that ministers had privately expected to lose the vote."
    found = warnings(lint, text)
    assert any("It is understood" in d.message for d in found)
    assert not any("ministers" in d.message for d in found), [d.message for d in found]


def test_the_group_as_its_own_source_stays_warned(lint) -> None:
    # the trap: no impersonal passive before the group
    assert_warned(lint, LEAD + "Critics believe the ferry will never pay its way.", "Critics")


def test_saying_nothing_reports_no_claim(lint) -> None:
    text = LEAD + "The mayor wrote to the ferry company. Unusually, officials have said nothing."
    assert not any("officials" in d.message for d in warnings(lint, text)), [d.message for d in claims(lint, text)]
    # the trap: "nothing" opens what they said
    assert_warned(lint, LEAD + "Officials said nothing had changed at the port.", "Officials")


@pytest.mark.parametrize("text", [
    "At least 30 people are feared trapped under the collapsed market roof.",
    "Six fishermen were feared drowned after their boat capsized off the headland.",
])
def test_a_feared_toll_is_warned(lint, text: str) -> None:
    assert_warned(lint, LEAD + text, "feared")


@pytest.mark.parametrize("text", [
    # the trap: how much, not a toll; an agent; a pair of verbs
    "The old headmaster was feared the most by the younger pupils.",
    "The new inspector is feared by every landlord in the borough.",
    "The old rector was feared and loved in equal measure.",
])
def test_feared_with_no_toll_is_no_claim(lint, text: str) -> None:
    assert not any("feared" in d.message for d in claims(lint, LEAD + text)), [d.message for d in claims(lint, LEAD + text)]
