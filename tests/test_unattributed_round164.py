"""Unattributed claims, round 164: the held-out weasel sentences' margin (issue 14).

Built, each a construction of English with its traps:

1. A participle that places an unnamed group where it lives, stays or works, before its
   preposition, is a reduced relative that names nobody ("residents living near the plant
   say"): word class ``placing-verbs`` (live, reside, stay, camp, shelter, work, base, employ,
   station, serve; every form from the build) replaces round 135's five participles
   (sources/phrase.py). A group placed "near" a thing is left: it speaks of it first hand.
2. An "-ing" word first after a quantifier, before a people or group noun that is no source
   noun, modifies that noun ("some fishing communities feel", "many working parents say"):
   the quantifier's group runs on to the noun (sources/phrase.py, ``group_words``).
3. A cause that leads an unnamed quantity of people to a belief ("the delay led many to
   believe", "prompted some to speculate"): the believers are the vague source, as in "many
   believe" (the vague-source pack pattern).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Some residents living in the tower say the lifts are unsafe.", "living in the tower say"),
    ("Residents living on the estate fear the levy will rise.", "living on the estate fear"),
    ("Many families staying in the shelter complain that the heating is off.", "staying in the shelter"),
    ("Some tenants residing in the tower believe the cladding is unsafe.", "residing in the tower"),
    ("Many working parents say the nursery fees are too high.", "Many working parents say"),
    ("Some fishing communities feel that the new quota is unfair.", "Some fishing communities feel"),
    ("Many farming families fear the drought will last into spring.", "Many farming families fear"),
    ("The long delay led many to believe that the bridge was unsafe.", "'led many to believe'"),
    ("The closure prompted some to speculate that the mill would be sold.", "'prompted some to speculate'"),
    ("The rattle led some people to think the boiler was faulty.", "'led some people to think'"),
])
def test_unnamed_groups_are_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize(("sentence", "cue"), [
    # traps: the same words where a warning stays
    ("Many feared officials would block the plan.", "Many feared"),
    ("Residents near the plant say the smell is unbearable.", "Residents near the plant say"),
    ("Some leading economists believe the rate will rise.", "leading economists believe"),
])
def test_the_traps_stay_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # a source noun's phrase is read as its own head: described by its institution, a hint
    "Some leading economists at the Bank of England say the rate will rise.",
])
def test_described_groups_stay_hints(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Residents living in the tower, including Ana Ruiz, say the lifts are unsafe.",
    "Residents living near the plant say the smell is unbearable.",
    "People living in the flats were moved out on Monday.",
    "The delay led many to believe the bridge was unsafe, said Ana Ruiz, the county engineer.",
    "The tide tables led anglers to believe the cove was safe.",
    "The closure led some to call for a new bridge.",
    "Some using the old ferry pass have been refunded.",
])
def test_traps_stay_silent(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)
