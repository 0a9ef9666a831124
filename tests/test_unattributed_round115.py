"""Unattributed claims, round 115: a vague group placed in a place, not in a body (issue 14).

"Western diplomats in Tarnov say ..." and "Diplomats in the harbour capital described ..." say
where the speakers are, not whose they are: a place after "in" describes nobody, and the group is
as vague as "diplomats say" (a warning). An "in" phrase naming a body stays a described source
(a hint): a body word ("in the Health Ministry"), a possessive ("in Google's office"), or a
capitalised last word after "the" ("in the Treasury").

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("Western diplomats in Brevik say privately that a trade embargo is being drafted.", "diplomats"),
    ("Diplomats in the harbour capital described the talks as stalled.", "diplomats"),
    ("Officials in Upper Mardale said the bridge would stay shut until spring.", "officials"),
    ("Analysts in the north expect the mill to close within a year.", "analysts"),
])
def test_a_group_placed_in_a_place_is_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    # a body word in the phrase
    "Officials in the Health Ministry say the vaccine order was cut by half.",
    # a possessive owner
    "Staff in Brightline's Leeds office say the layoffs were announced by email.",
    # "the" and a capitalised last word: a body's name
    "Analysts in the Treasury say the forecast was too optimistic.",
    # "at" is an affiliation, as before
    "Experts at Harwick University say the drug slowed the disease in mice.",
])
def test_a_group_placed_in_a_body_stays_a_hint(lint, text: str) -> None:
    assert_hint(lint, LEAD + text)


# News hearsay going round that then says something ("Reports circulating on Friday said ...")
# is hearsay relayed as news: a warning. Material a fact check quotes to test it ("a message
# circulating on a chat app says ...") stays round 37's hint.

def test_reports_going_round_that_say_are_warned(lint) -> None:
    assert_warned(lint, LEAD + "Reports circulating on Friday said two guards had been suspended.",
                  "Reports circulating")


def test_a_message_going_round_that_says_stays_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "A message circulating on a chat app says the tap water is unsafe to drink.")


# A place between the existential's hearsay noun and its that-clause: where the talk goes round,
# not who holds it. A body or an outlet named there is left.

@pytest.mark.parametrize("text", [
    "There is speculation in the port town that the ferry service will be sold.",
    "There were rumours among staff that the depot would close in spring.",
])
def test_existential_hearsay_with_a_place_is_warned(lint, text: str) -> None:
    assert_warned(lint, LEAD + text, "There")


@pytest.mark.parametrize("text", [
    "There are reports in the Harwick Gazette that the mayor will stand down.",
    "There is speculation in the ministry that the budget will be cut.",
])
def test_existential_hearsay_placed_in_a_body_or_outlet_is_not_warned(lint, text: str) -> None:
    assert not warnings(lint, LEAD + text)
