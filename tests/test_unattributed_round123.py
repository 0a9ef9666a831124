"""Unattributed claims, round 123: groups of people by what they do or where they go, a
compound preposition of place after the source, and material passed round as a reduced
relative (issue 14, recall).

1. People by what they do or where they go voicing a view as a group: "teacher", "visitor"
   and "goer" join ``source-nouns``; a "-goer" compound ("theatre-goers") is an anchor of its
   own (terms never match after a hyphen) read from its head. Their own experience told with
   a first-hand clause stays a hint (they are ``participant-nouns``). Traps: "a teacher said"
   (singular with no view clause reads as before), "the visitors" (refers back), "Ana Ruiz, a
   teacher at the school, said" (named).
2. A compound preposition of place between the source and its verb ("Teachers up and down the
   country complain that", "Fans in and around the town say"). Trap: "The lift went up and
   down the tower" (no source).
3. Material passed round, a past participle right after its noun and then how or where it went
   ("Footage shared widely on social media showed", "A video posted online shows"). Traps:
   "shared by the fire service" (its maker named), "posted on the gang's leak site" (whose
   channel it is: a hint at most), "the report shared with the board" (definite).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Teachers complain that the new syllabus is too narrow.", "Which teachers?"),
    ("Longtime visitors feel that the fair has lost its charm.", "Which visitors?"),
    ("Concert goers say the hall is too cold.", "Concert goers"),
])
def test_a_group_by_activity_voicing_a_view_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Ana Ruiz, a teacher at the school, said the syllabus is too narrow.",
    "The visitors said the fair had lost its charm.",
    "The theatre-goers left before the interval.",
    "Visitors said they had waited two hours at the gate.",
])
def test_named_referring_back_or_first_hand_is_not_warned(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence), [d.message for d in warnings(lint, LEAD + sentence)]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Teachers up and down the country complain that classes are too big.", "up and down the country complain"),
    ("Fans in and around the town say the club is doomed.", "in and around the town say"),
])
def test_a_compound_place_preposition_after_the_source(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_up_and_down_without_a_source_is_silent(lint) -> None:
    text = LEAD + "The lift went up and down the tower all day."
    assert not claims(lint, text), text


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Footage shared widely on social media showed a group of men forcing a door.", "Footage shared"),
    ("A video posted online shows the mayor asleep at his desk.", "A video posted"),
])
def test_material_passed_round_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "A video shared by the fire service shows the blaze.",
    "A message posted on the gang's leak site claimed responsibility.",
    "The report shared with the board showed a loss.",
])
def test_material_with_its_maker_or_referring_back_is_not_warned(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence), [d.message for d in warnings(lint, LEAD + sentence)]
