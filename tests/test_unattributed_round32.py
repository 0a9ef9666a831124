"""Unattributed claims, round 32: what a third independent writer's news set (half WA) showed.

Precision: an unnamed group that "called for" something, or "called on" someone to act, makes
a demand and claims nothing (GUIDELINES: the category is a claim presented as fact by hearsay
or belief): which campaigners is still worth a hint, not a warning. The demand turns back into a
claim when its sentence carries the group's own words ("..., saying the wards were unsafe", "and
said", "because"), or when "called" names ("called it a cover-up").
Each case is a pair written for these tests. See docs/history/unattributed-claims.md, round 32.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings

# (a demand: a hint, not a warning; its look-alike that claims something and still warns)
DEMANDS = [
    ("Parent groups called for a public meeting before the school closes.",
     "Parent groups called for a public meeting, saying the school had hidden its deficit."),
    ("Campaigners called for the closures to be halted until an inquiry reports.",
     "Campaigners called for the closures to be halted and said the wards were unsafe."),
    ("Critics called on the mayor to publish the contract.",
     "Critics called on the mayor to publish the contract because it had been altered."),
    ("Opposition lawmakers called on Monday for a vote on the budget.",
     "Opposition lawmakers called for an inquiry into what they said was a rigged tender."),
    ("Relief agencies and aid groups called for safe passage for civilians leaving the city.",
     "Aid groups called it the worst crisis in the region for a decade."),
]


@pytest.mark.parametrize(("demand", "claim"), DEMANDS)
def test_round32_a_demand_is_a_hint_and_a_claim_still_warns(lint, demand, claim):
    assert not _warnings(lint, demand)
    assert _claims(lint, demand, Severity.INFO)
    assert _warnings(lint, claim)


def test_round32_a_named_group_that_calls_for_something_is_not_flagged(lint):
    # named: nothing to ask at all
    assert not _claims(lint, "The charity Shelter called for a freeze on rents.")
