"""Unattributed claims, round 117: talk going round, after a fronted phrase or with a modifier (issue 14).

"In March, the talk around the yard was that ..." and "Among anglers, word has it that ..." are
the idioms of talk passed on by nobody (round 84-86), opening their clause after a fronted
adverbial and its comma; "Dockside talk is that ..." is round 90's bare talk noun (no
determiner, no possessive) with a copula and a that-clause. Each is a warning. A determiner or a
possessive before the noun makes it a speech reported ("her talk was that", "Monday's talk was
that"), and "the word is that" with no place stays quiet as before.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("In March, the talk around the yard was that the foreman would be moved.", "the talk around the yard was that"),
    ("Among anglers, word has it that the reservoir will be drained.", "word has it"),
    ("By the weekend, the whisper in the paddock was that the trainer had quit.", "the whisper in the paddock was that"),
    ("Dockside talk is that the ferry operator is looking for a buyer.", "talk is that"),
    ("Gossip was that the mayor would not stand again.", "Gossip was that"),
])
def test_talk_going_round_is_warned(lint, text: str, cue: str) -> None:
    found = warnings(lint, LEAD + text)
    assert any(cue in d.message for d in found), [d.message for d in claims(lint, LEAD + text)]


@pytest.mark.parametrize("text", [
    # a determiner or a possessive: a speech somebody gave
    "Her talk was that budgets would stay tight for years.",
    "The main point of Monday's talk was that budgets would stay tight.",
    "The talk is that budgets will stay tight, the treasurer told members.",
    # "the word" with no place: a report told before
    "After the break, the word is that nothing had changed.",
    # "small talk", "pep talk"
    "The pep talk was that nobody should give up.",
])
def test_a_talk_given_by_somebody_is_left(lint, text: str) -> None:
    assert not warnings(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]
