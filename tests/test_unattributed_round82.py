"""Unattributed claims, round 82: false alarms on a fresh writer's copy (D81, issue 14).

A next sentence that quotes words only inside its own reported speech ('Jane Roe told the
Gazette that she had been "uneasy about the tone"') is that person's indirect speech: it vouches
for the sentence before as "Jane Roe told the Gazette that ..." does. A quotation the next sentence
opens with, introduces with a colon, or gives before any "that", is a quote it tags: the cue
stays a warning (round 75). Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "The tone of the campaign drew criticism. The novelist Jane Roe, who signed the letter, told "
    "the Gazette that she had been \"uneasy about the hectoring\" of the staff.",
    "The new timetable drew criticism. The commuter Omar Haddad said that the changes were "
    "\"a slap in the face for the night shift\" at the depot.",
])
def test_a_quoted_fragment_inside_the_next_sentences_reported_speech_vouches(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize("text", [
    "The tone of the campaign drew criticism. \"It was hectoring and unkind to the staff,\" the "
    "novelist Jane Roe told the Gazette.",
    "The tone of the campaign drew criticism. The novelist Jane Roe said: \"It was hectoring and "
    "unkind to the staff.\"",
    "The new timetable drew criticism. \"It is a slap in the face,\" the commuter Omar Haddad said "
    "that evening, adding that the night shift would suffer.",
])
def test_a_quote_the_next_sentence_tags_or_introduces_does_not(lint, text: str) -> None:
    assert_warned(lint, LEAD + text, "drew criticism")
