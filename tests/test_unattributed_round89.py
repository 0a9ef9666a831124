"""Unattributed claims, round 89: misses of two writers' sets (D87, D88; issue 14).

- a named speaker who opens the next sentence with a title before the name and no comma
  ("Naval historian Tom Reed said ...") vouches for the claim before, as "Tom Reed, a naval
  historian, said ..." does; a time opener ("Later that day Tom Reed said") or a noun phrase
  that only mentions the name ("Critics of Tom Reed said") is no title.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("speaker", [
    "Tom Reed, a naval historian, said",
    "Naval historian Tom Reed said",
    "Harbour Museum curator Ann Lee said",
    "But maritime archaeologist Ann Lee said",
])
def test_a_titled_speaker_opening_the_next_sentence_vouches(lint, speaker: str) -> None:
    assert_silent(lint, LEAD + f"The ship is thought to have sunk in 1744. {speaker} the wreck matched the records.")


@pytest.mark.parametrize("speaker", [
    "Later that day Tom Reed said he was going home.",
    "The harbour closed at noon and Tom Reed said he was going home.",
])
def test_a_name_not_opening_its_sentence_does_not_vouch(lint, speaker: str) -> None:
    assert_warned(lint, LEAD + f"The ship is thought to have sunk in 1744. {speaker}", "is thought to")
