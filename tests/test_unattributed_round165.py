"""Unattributed claims, round 165: the seven readable writers' sets read together (issue 14).

Built, each a construction of English with its traps:

1. "expected" right after a group noun, whose infinitive is a verb of taking part in an event (word class
   ``attribution/appearance-verbs``: testify, attend, appear, speak ...) is a reduced relative,
   not the group's forecast (sources/verbs.py, ``participle_not_verb``): "Experts expected to
   testify were sent home" names no source of a claim. The infinitive's class decides, not
   the participle: "Analysts expected to see rates rise" stays the analysts' forecast.
2. The verbs of first telling are one list (document/sourcing.py, ``FIRST_TOLD``) for the source
   reader and the judge's first-teller readings: "first made public by X", and "first broken
   by X" with a news noun as subject ("The story was first broken by the Courier"), vouch for
   the lone sentence before as "first reported by X" does. "The record was first broken by
   Owens" (a feat) and "made public" without "first" clear nothing.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    "Experts expected to testify were sent home when the hearing was adjourned.",
    "Fans expected to attend the final were told to arrive early.",
    "Officials expected to appear before the committee were stuck in traffic.",
    "Doctors expected to speak at the conference were delayed by the strike.",
])
def test_a_schedule_participle_before_an_appearance_is_no_source(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    # traps: the group's own forecast or view stays warned
    ("Analysts expected to see rates rise before the summer.", "Analysts expected"),
    ("Several officials expected to be consulted on the plan.", "officials expected"),
    ("Economists expected the bank to raise rates.", "Economists expected"),
    ("Critics expected the plan to fail.", "Critics expected"),
])
def test_a_forecast_by_a_group_stays_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


EMERGED = "The mayor resigned after it emerged that he had sold the pier.\n\n"


@pytest.mark.parametrize("next_paragraph", [
    "The story was first broken by the Harbour Courier.",
    "The allegations were first broken on Monday by the investigative website Tessin Watch.",
    "The sale was first made public by the campaign group Open Ledger.",
    "The payments were first made public last week by the Harbour Courier.",
])
def test_who_first_broke_it_clears_the_lone_sentence_before(lint, next_paragraph: str) -> None:
    text = LEAD + EMERGED + next_paragraph + "\n"
    assert not warnings(lint, text), [d.message for d in warnings(lint, text)]


@pytest.mark.parametrize("next_paragraph", [
    # traps: a feat, a disclosure with no "first", a vague first teller
    "The record was first broken by Jesse Owens.",
    "The pier was first broken by a storm in 1987.",
    "The sale was made public by the Harbour Courier.",
    "The story was first broken by the end of March.",
])
def test_no_first_teller_leaves_it_warned(lint, next_paragraph: str) -> None:
    assert_warned(lint, LEAD + EMERGED + next_paragraph + "\n", "'it emerged that'")
