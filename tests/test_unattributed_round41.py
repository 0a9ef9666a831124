"""Unattributed claims, round 41: first-hand accounts read more widely; two misreadings fixed.

Precision: people who were there telling their own experience are a hint in more of the
shapes English gives it: a perfect of perception or experience ("said they had seen", "have
lost"), a hardship met ("had trouble getting through"), an outlet as the hearer ("told the
Evening Courier they had seen"), and a quantifier over a participant noun in a relative
("complaints from travellers, some of whom said they had trouble ..."). Travellers, visitors,
motorists, spectators and the like are participants. Officials, opinion groups and a
participant's view of the world still warn.

Recall: a connective set off by commas inside the verb group ("critics have, however,
argued") leaves the verb the subject's; news hearsay's place ("reports of looting at a shop in
Dunmore") is not a publication ("a report in Pediatrics" still is); material the writer calls
unconfirmed is not held by a source the next sentence names for something else.

Every sentence is written for these tests. See docs/history/unattributed-claims.md, round 41.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_hint, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


WARNED = [
    ("Critics have, however, argued that the toll is unfair.", "Critics have, however, argued"),
    ("Some economists have, meanwhile, warned that rates will rise.", "Some economists have, meanwhile, warned"),
    ("There were unconfirmed reports of looting at a chemist in Dunmore.", "unconfirmed reports"),
    ("There were reports of gunfire near the port in Kisumu.", "reports of"),
    ("There were also unconfirmed reports of looting in the market. Police said they had sent more "
     "officers to the town.", "unconfirmed reports"),
    # what still warns beside the new hints
    ("Residents said they had hoped the plant would close.", "Residents said"),
    ("Neighbours told the Evening Courier the owner was a criminal.", "Neighbours told"),
    ("Critics, some of whom said they had seen the plans, called it reckless.", "some of whom said"),
    ("Officials said they had seen no sign of the missing boat.", "Officials said"),
    ("Locals told the Harbour Gazette the cliff had always been unsafe.", "Locals told"),
]

HINTS = [
    "Neighbours told the Evening Courier they had seen vans outside the flat at night.",
    "Residents told Reuters they had trouble finding clean water.",
    "Residents said they had lost everything in the flood.",
    "Passengers said they had been waiting on the platform for three hours.",
    "The change drew complaints from travellers, some of whom said they had trouble boarding.",
    "Passengers said they had waited two hours for a bus.",
    "Locals told the Harbour Gazette they saw the cliff give way.",
]

SILENT = [
    "Critics have, too, attended every hearing.",
    "Residents have, however, lived in the valley for generations.",
    "A report in Pediatrics found that the drops worked.",
    "There were unconfirmed reports of looting, police said.",
]


@pytest.mark.parametrize(("text", "cue"), WARNED)
def test_round41_warned(lint, text, cue):
    assert_warned(lint, text, cue)


@pytest.mark.parametrize("text", HINTS)
def test_round41_hint(lint, text):
    assert_hint(lint, text)


@pytest.mark.parametrize("text", SILENT)
def test_round41_silent(lint, text):
    assert_silent(lint, text)
