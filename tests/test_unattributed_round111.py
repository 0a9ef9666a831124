"""Unattributed claims, round 111: "claim" in its sense of taking a due, and a group of bodies
answered by one named with its kind (issue 14).

"People who live alone can claim a discount" says nothing: it is an entitlement, not a claim
made. The object of "claim" tells the sense (the ``claimed-possessions`` word class, now with
the reductions and repayments a household claims), and an amount may open the object ("up to
£500 in", "a 25 per cent"). Traps: a clause after the verb ("claimed the discount was unfair",
"claimed a 25 per cent rise was due to"), "claim that", a noun outside the class.

A group of bodies ("humanitarian groups") with one body of its kind named next, the kind
written before the name ("the charity X said") or the body's words set in its record first ("In
a report published in June, the X Trust said"): a hint, as round 85's "The X Programme said".
Traps: a state body, a person, a bare "the charity" (names none), a company by kind.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "Households on low pay may qualify, and people who live alone can claim a 25 per cent single-person discount.",
    "Many pensioners can claim up to £300 in winter fuel relief.",
    "Some traders claimed an exemption from the market levy.",
    "Several families claimed a reduction in their water bills last year.",
])
def test_a_due_claimed_is_no_claim_made(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize("text", [
    "Some residents claimed a 25 per cent rise in burglaries was down to the closure.",
    "Some residents claimed the discount was unfair to large families.",
    "Many landlords claim that the exemption is a loophole.",
    "Some shoppers claimed a 10 per cent markup on every loaf.",
])
def test_a_claim_made_is_still_warned(lint, text: str) -> None:
    assert_warned(lint, LEAD + text, "claim")


GROUPS = "Humanitarian groups have condemned the raids on the camps. "


@pytest.mark.parametrize("text", [
    "The charity Open Hands said in a statement that two clinics had been hit.",
    "In a report published in June, the charity Open Hands said two clinics had been hit.",
    "In its latest report, the Clearwater Relief Trust said two clinics had been hit.",
    "In a report published in June, the charity Friends of the Valley said two clinics had been hit.",
])
def test_a_body_of_the_groups_kind_named_next_is_a_hint(lint, text: str) -> None:
    assert_hint(lint, LEAD + GROUPS + text)


@pytest.mark.parametrize("text", [
    "In a report published in June, the Interior Ministry said the camps were secure.",
    "In a report published in June, Jane Roe said two clinics had been hit.",
    "In a report published in June, the charity said two clinics had been hit.",
    "In a report published in June, the company Harbour Foods said the camps were well supplied.",
])
def test_no_body_of_the_groups_kind_leaves_the_warning(lint, text: str) -> None:
    assert_warned(lint, LEAD + GROUPS + text, "groups")
