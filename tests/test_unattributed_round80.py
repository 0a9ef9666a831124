"""Unattributed claims, round 80: two false-alarm kinds on fresh copy (issue 14).

A relative clause whose report verb takes a gerund of the people's own doing or a negative noun
phrase ("those who reported walking daily", "patients who reported no symptoms") sorts a study's
participants by what they said of themselves: data, no claim, so the sentence's own verb decides.
A gerund of perception ("those who reported seeing a flash") tells an event they witnessed:
hearsay, still a claim. Unnamed heads of a named body speaking "in a statement" give the body's
written word: a hint; with no statement, or with no name, it stays a warning. Every sentence is
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "Those who reported cycling to work had fewer strokes over the decade.",
    "Walkers had a lower rate of strokes than those who reported no exercise at all.",
    "Residents who reported using the new bus lane had shorter commutes by spring.",
])
def test_a_self_report_of_a_habit_in_a_relative_is_data(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Those who reported seeing a flash over the harbour were asked to call police.", "Those who reported"),
    ("Those who reported being stopped by the patrol were later questioned.", "Those who reported"),
    ("Critics who reported that the scheme had failed were ignored.", "Critics who reported"),
])
def test_hearsay_of_an_event_or_a_clause_stays_a_claim(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


def test_a_named_bodys_heads_speaking_in_a_statement_give_a_hint(lint) -> None:
    text = "Bellfield Rovers bosses said in a statement that the manager had their full backing."
    assert_hint(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Bellfield Rovers bosses said the manager had their full backing.", "Bellfield Rovers bosses said"),
    ("Officials said in a statement that the bridge was safe.", "Officials said"),
])
def test_no_statement_or_no_name_stays_a_warning(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)
