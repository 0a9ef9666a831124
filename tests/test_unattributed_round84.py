"""Unattributed claims, round 84: misses on a fresh writer's copy (D81, D79; issue 14).

Two constructions the hearsay frames missed, and two clearings that were too generous:

- the existential in the perfect ("there have been suggestions that") is the existential of
  "there were suggestions that";
- "word is that" opening a clause joined by "and" or "but", not only a sentence;
- a lead's coverage stops at a comma-set ", where" relative: a relative of place is the writer's
  aside, as ", which" is;
- a next sentence whose subject reports a figure of its own ("The group reported revenue of
  ...") gives a fact beside the claim, not its holder.

Every sentence is written for these tests; each warned one is silent on main.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("There have been suggestions that the budget was cut to pay for the new stadium.", "There have been suggestions"),
    ("There had been rumours that the mayor would stand down before the summer.", "There had been rumours"),
])
def test_the_perfect_existential_of_hearsay_is_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "There have been suggestions from the harbour board that the budget was cut to pay for it.",
    "There have been three meetings since the budget was cut in March.",
])
def test_an_existential_with_its_source_or_no_hearsay_is_not(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


def test_word_is_that_after_and_is_warned(lint) -> None:
    text = "Her fee is modest, and word in the publishing trade is that she refused a rival's offer."
    assert_warned(lint, LEAD + text, "word in the publishing trade is that")


def test_a_word_that_is_no_report_is_not(lint) -> None:
    text = "He kept his promise, and the word on the sign is that of the old owner."
    assert_silent(lint, LEAD + text)


def test_a_comma_set_where_relative_is_the_writers_aside(lint) -> None:
    text = ("The ferry company said crossings would not run on Tuesday, and the coast road remains shut "
            "at Millbay, where part of the sea wall is thought to have collapsed.")
    assert_warned(lint, LEAD + text, "is thought to")


def test_a_lead_still_covers_its_reported_clause(lint) -> None:
    text = ("The ferry company said crossings would not run on Tuesday because part of the sea wall "
            "is thought to have collapsed.")
    assert_silent(lint, LEAD + text)


def test_a_next_sentence_reporting_the_subjects_own_figures_does_not_vouch(lint) -> None:
    text = ("The bakery chain is understood to be closing a third shop in Leeds. The company, which is "
            "owned by a family trust, reported sales of £40m last year.")
    assert_warned(lint, LEAD + text, "is understood to")


def test_a_next_sentence_reporting_the_claim_still_vouches(lint) -> None:
    text = ("The bakery chain is understood to be closing a third shop in Leeds. The company reported "
            "that the shop had lost money for three years.")
    assert_silent(lint, LEAD + text)
