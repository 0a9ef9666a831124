"""Unattributed claims, round 146: precision in the attribution judge (issue 14).

Three readings of the context that make a cue attributed, or no claim the writer passes on
(a fourth, a proposal's mandative clause as no claim, was tried and taken out: its sentences stay
warned below):

1. a forecasters' consensus counted again in the next sentence as the respondents of a poll
   that names its pollster ("Economists had widely expected the hold. All 31 economists polled by
   Finwire had forecast it."): a hint;
2. researchers whose research the next sentence's closing "according to" names with its makers
   ("..., according to scans by Netwatch, a company that monitors servers"): a hint;
3. the writer's verdict on a group that holds a view ("opponents who say nobody uses the lane are
   wrong"): the writer judges the view in his own voice.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    # tried and taken out (it cost a team set a hit): a proposal's mandative clause stays warned,
    # as a view of what ought to be done that nobody is named to hold
    ("It has been suggested that the mayor should resign.", "'It has been suggested'"),
    ("It was suggested that the council review the budget before March.", "'It was suggested'"),
    # a past in the clause: a claim passed on
    ("It has been suggested that the treasurer knew about the loans.", "'It has been suggested'"),
    ("The suggestion was made that the mayor knew about the loans.", "'The suggestion was made that'"),
])
def test_a_suggestion_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_a_poll_named_next_makes_the_consensus_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "Economists had widely expected the decision. All 31 economists polled by the "
                "news agency Finwire had forecast a hold.")
    assert_hint(lint, LEAD + "Economists had widely expected the decision. A Finwire poll of 31 economists "
                "had found the same.")


@pytest.mark.parametrize("sentence", [
    # the poll names no pollster
    "Economists had widely expected the decision. All 31 economists polled by the agency had forecast a hold.",
    # another group polled
    "Economists had widely expected the decision. All 31 traders polled by Finwire had forecast a hold.",
    # a contrast: the poll is set against the group
    "Economists had widely expected the decision. But economists polled by Finwire had forecast a cut.",
    # the next paragraph starts another point
    "Economists had widely expected the decision.\n\nAll 31 economists polled by Finwire had forecast a hold.",
])
def test_the_consensus_stays_warned(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "economists")


def test_research_named_by_a_closing_according_to_is_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "Security researchers have pointed to a flaw in a file-transfer program as the "
                "likely way in. The firm's servers ran an old version in August, according to scans by "
                "Netwatch, a company that monitors servers.")


@pytest.mark.parametrize("sentence", [
    # the scans' makers unnamed
    "Security researchers have pointed to a flaw in a file-transfer program as the likely way in. The "
    "firm's servers ran an old version in August, according to scans seen by this newspaper.",
    # a contrast
    "Security researchers have pointed to a flaw in a file-transfer program as the likely way in. But the "
    "firm's servers ran a new version in August, according to scans by Netwatch.",
])
def test_researchers_stay_warned(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "researchers")


def test_the_writers_verdict_on_the_holders(lint) -> None:
    assert_silent(lint, LEAD + "Cycling on the road rose 11 percent after the lane opened. That is a real "
                  "gain, and opponents who say nobody uses the lane are wrong.")
    assert_silent(lint, LEAD + "Critics who claim the bridge is unsafe are simply mistaken.")


@pytest.mark.parametrize("sentence", [
    # the copula is their view's own: their claim goes on as a subject's
    "Critics who say the plans are wrong have called for a review.",
    "Critics who say the bridge is unsafe have called for it to close.",
    "Residents who say the bridge is unsafe were not consulted.",
    "Opponents say nobody uses the lane, and they are angry.",
])
def test_the_holders_stay_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert warnings(lint, text), [d.message for d in claims(lint, text)]
