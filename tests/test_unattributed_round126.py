"""Unattributed claims, round 126: a projection with no forecaster, and a bare plural of people
vouching for nothing (issue 14, recall).

1. "Spending is projected to grow 3 percent": the raising passive of "project" (word class
   ``passive-to``) gives a forecast whose owner is unsaid. Traps: the forecaster named ("by the
   IMF", "the company said"), the literal sense with no infinitive ("projected onto a screen",
   "projected to the audience").
2. "Parents say morale has collapsed, and several teachers are understood to have left": a bare
   plural of ``participant-nouns`` ("Parents", "Commuters"), capitalised only because it opens the
   sentence, was read as a name and vouched for the passive after it. Trap: a named speaker as
   the lead still covers it.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.document import sourcing
from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Ticket sales are projected to double by the summer.", "are projected to"),
    ("Council tax income is projected to fall for a third year.", "is projected to"),
])
def test_a_projection_with_no_forecaster_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Ticket sales are projected to double by the summer, the club said.",
    "Council tax income is projected by the treasurer to fall for a third year.",
    "The old film was projected onto a sheet in the village hall.",
    "The slides were projected to the audience in the main hall.",
])
def test_a_projection_with_its_owner_or_a_literal_sense_is_silent(lint, sentence: str) -> None:
    found = [d for d in warnings(lint, LEAD + sentence) if "projected" in d.message]
    assert not found, [d.message for d in found]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Commuters say the service has got worse, and two drivers are understood to have quit.",
     "are understood to"),
    ("Parents say the roof leaks, and the head is thought to have asked for repairs.", "is thought to"),
])
def test_a_bare_plural_of_people_vouches_for_no_passive(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_a_named_lead_still_covers_the_passive(lint) -> None:
    text = LEAD + "Ana Ruiz said the roof leaks, and the head is thought to have asked for repairs."
    found = [d for d in claims(lint, text) if "thought" in d.message]
    assert not found, [d.message for d in found]


def test_a_sentence_opening_plural_is_no_name() -> None:
    assert sourcing.source_kind("Parents", "say") is None
    assert sourcing.source_kind("Ana Ruiz", "said") == "named"
