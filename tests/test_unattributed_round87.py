"""Unattributed claims, round 87: a record placed as where the claim is made, and phrasal verbs.

- "in the council's budget papers", "in its annual report", "in the Treasury's own figures": a
  record owned by a body the text names is the claim's source, as "according to" it would be;
  an owner nobody names ("one expert's", "the critics'") or a record nobody owns ("in a report",
  "in the papers") is no source;
- "thought up", "thought through", "held up", "seen off" are phrasal verbs of another sense
  (invented, planned, delayed, beaten): no view held by anybody; "held up as a model" is still one.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "The cost of the new depot is put at £3m in the council's budget papers.",
    "In its annual report, the bank's losses are put at $2bn.",
    "The shortfall is put at £40m in the Treasury's own figures.",
    "The shortfall is estimated at £40m in the hospital trust's latest accounts.",
])
def test_a_record_its_owner_publishes_is_the_source(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    ("The cost of the new depot is put at £3m in one expert's estimate.", "put by whom"),
    ("The cost of the new depot is put at £3m in the critics' own figures.", "put by whom"),
    ("The cost of the new depot is put at £3m in a report seen by this newspaper.", "put by whom"),
    ("It was reported in the papers that the harbour master had resigned.", "reported by whom"),
])
def test_a_record_nobody_names_is_no_source(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "The parking scheme was thought up by two students in 2019.",
    "The timetable was clearly not thought through by the planners.",
    "The convoy was held up by protesters for an hour on the bypass.",
    "The challengers were seen off by a late goal from the captain.",
])
def test_a_phrasal_verb_of_another_sense_holds_no_view(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    ("The harbour master was held up as a model by some commentators.", "held by whom"),
    ("The parking scheme was thought by many to be a mistake.", "thought by whom"),
])
def test_the_same_verbs_holding_a_view_still_warn(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)
