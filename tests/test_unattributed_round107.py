"""Unattributed claims, round 107: an impersonal passive with a time phrase before its content
(D107, issue 14).

1. "It was reported earlier this month that ...", "It is feared this week that ...": a short time
   phrase between the participle and "that" says when, not who; the passive is warned as it is
   without the phrase. A "this" that opens a time phrase is no object pronoun ("considered this
   plan" stays an active verb's object).
2. Traps: a by-agent still names the source ("It was reported by the agency last week that"), a
   verb of deciding is no report ("It was decided last week that"), and a referring "it" with an
   object stays an active verb ("It has criticised this plan").

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("It was reported earlier this month that the rebels had pulled back from two towns.", "It was reported"),
    ("It was reported last week that the ferry company would cut its winter timetable.", "It was reported"),
    ("It is feared this week that the river will burst its banks.", "It is feared"),
    ("It was rumoured this morning that the coach would resign.", "It was rumoured"),
])
def test_time_phrase_before_that_is_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "It was reported by the Harbour Gazette last week that the ferry company would cut its timetable.",
    "It was decided last week that the school would close in June.",
    "It has criticised this plan for a new road.",
])
def test_time_phrase_traps_are_not_warned(lint, text: str) -> None:
    assert not warnings(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]


def test_hearsay_adverb_inside_a_source_held_at_info_is_warned(lint) -> None:
    # the workers are held at info (they tell what they saw); "reportedly" hides its own teller
    text = LEAD + "Staff at the depot had reportedly complained about the wiring last spring."
    found = warnings(lint, text)
    assert len(found) == 1 and "reportedly" in found[0].message, [d.message for d in claims(lint, text)]


def test_hearsay_adverb_with_its_teller_named_stays_silent(lint) -> None:
    # trap: the outlet named in the tag tells it; the source held at info stays a hint
    text = LEAD + "Staff at the depot had reportedly complained about the wiring, the Harbour Gazette said."
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
