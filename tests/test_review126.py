"""Review 126: the wrong readings of what rounds 155 and 156 (unattributed claims) merged.

1. A fraction after "by" is how much, not who: round 155's credit for a deed ("is credited
   with cutting pollution by a fifth") was warned as a vague agent ("The agent names nobody"),
   as was "were seen as rising by a third". A fraction after "by" is now a measure, as "by
   half" already was (``passive._agent``), unless "of" names whom it counts ("by a third of
   voters") or the verb's complement follows it ("is seen by a third as a failure"): those
   stay a vague agent.
2. A weekday or a month after "by" is a deadline, not a named judge: round 156's agent after
   the complement read "The colt is tipped for the Derby by Saturday" as named and cleared it
   (``complements.agent_after_complement`` and ``passive._agent``).
3. The plain present of "float" (no perfect, no progressive) is a habit of setting afloat
   ("Candles are floated on the river each year"), not round 155's talk going round; "moot"
   and the talk verbs keep the plain present, and the perfect of "float" keeps its warning.

The cost of both rounds was probed (the cue repeated in one sentence of 30-390 KB, many short
lines): the time grows about linearly, no fix was needed (docs/history/speed.md, review 126).

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings

_VAGUE = "The agent names nobody"


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The scheme is credited with cutting pollution by a fifth.", "'is credited with'"),
    ("The levy is credited with cutting traffic by two-thirds.", "'is credited with'"),
    ("Prices were seen as rising by a third.", "'were seen as'"),
])
def test_a_fraction_after_by_is_a_measure_not_a_vague_agent(lint, sentence: str, cue: str) -> None:
    text = LEAD + sentence
    assert_warned(lint, text, cue)
    assert not any(_VAGUE in d.message for d in claims(lint, text)), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize("sentence", [
    "The plan was seen as a failure by a third of voters.",
    "The plan is seen by a third as a failure.",
])
def test_a_fraction_that_counts_people_stays_a_vague_agent(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert any(_VAGUE in d.message for d in warnings(lint, text)), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The colt is tipped for the Derby by Saturday.", "'is tipped for'"),
    ("The striker is tipped for the award by March.", "'is tipped for'"),
])
def test_a_weekday_or_month_after_by_is_no_judge(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_a_named_judge_after_the_complement_still_clears(lint) -> None:
    text = LEAD + "The colt is tipped for the Derby by the Racing Post."
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize("sentence", [
    "Candles are floated on the river each year during the festival.",
    "Water lilies are floated in bowls at the ceremony.",
])
def test_the_plain_present_of_float_is_no_talk(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Plans for a new stadium have been floated.", "'have been floated'"),
    ("A merger of the two councils is being floated.", "'is being floated'"),
    ("A new stadium has been mooted for years.", "'has been mooted'"),
])
def test_the_perfect_and_progressive_of_float_stay_talk(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)
