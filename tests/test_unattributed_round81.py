"""Unattributed claims, round 81: three construction gaps on fresh copy (issue 14, D79).

"There are whispers that ..." and "amid whispers that ..." are hearsay nouns in the frames
"rumours" already has; "a whisper" of a voice, with no that-clause, is not. An unnamed group's
concession ("aides admit") is a hint, as most such concessions are made on the record, but
"privately" or "off the record" before the verb says it was not: the group is anonymous, a
warning. "Bet" with a that-clause is a forecast staked on ("traders are betting that rates will
hold"); with a sum or "on" it is a wager. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("There are whispers that two directors wanted the sale stopped.", "There are whispers that"),
    ("Amid whispers that the chairman would quit, the shares fell.", "Amid whispers that"),
])
def test_whispers_with_their_clause_are_hearsay(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "She spoke to the nurse in a whisper before the hearing.",
    "There were whispers in the hall as the verdict was read.",
])
def test_a_whisper_of_a_voice_is_no_claim(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Port insiders privately admit that the rota was rushed.", "Port insiders privately admit"),
    ("Some executives privately admitted that the plant would close.", "Some executives privately admitted"),
])
def test_a_concession_made_off_the_record_is_anonymous(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


def test_a_concession_with_no_mark_stays_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "Port insiders admit that the rota was rushed.")


@pytest.mark.parametrize(("text", "cue"), [
    ("Dealers are betting that the bank will cut rates next month.", "Dealers are betting"),
    ("Investors bet that the merger would be blocked.", "Investors bet"),
])
def test_a_bet_with_its_clause_is_a_view(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "Investors bet £5m on the favourite last year.",
    "Investors are betting on a cut in June.",
])
def test_a_wager_is_no_claim(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)
