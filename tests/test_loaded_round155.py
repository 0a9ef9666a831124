"""Loaded language, round 155: a said-verb denied or refused (issue 16).

Construction (``lintnews/builtin/loaded/evidence/doubt.py``, ``unsaid_speech``): a verdict
verb ("admit", "claim", "concede", "insist") right after a negation of its auxiliary ("does
not", "didn't", "won't", "has never", "no longer"), through "want/like/dare/bother to", or
after a refusal ("refuse to", "a refusal to", "unwilling to", "declined to"): nobody is
reported to have said anything, so no statement is coloured by the verb; held at ``info``.

Traps: the said-verb reporting a statement ("the minister admitted that ..."); a negation
that governs another verb ("claimed, not admitted"); a modal of ability or duty ("the
residents can't claim to be ...", "they should not claim ..."): the writer denies them the
right to the claim, a verdict of the writer's own.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("The ministry doesn't admit that the programme has failed.", "admit"),
    ("The ministry does not admit that the programme has failed.", "admit"),
    ("Their refusal to admit the scheme was flawed cost them the vote.", "admit"),
    ("What the board does not want to admit is that the fund is empty.", "admit"),
    ("The council doesn't want to admit the budget is short.", "admit"),
    ("They won't ever admit the scheme was a mistake.", "admit"),
    ("The agency refused to concede that the forecast had been wrong.", "concede"),
    ("The company no longer claims that the device is safe for children.", "claims"),
])
def test_round155_unsaid_speech_held_at_info(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "info"


@pytest.mark.parametrize(("sentence", "word"), [
    # the said-verb reporting a statement
    ("The minister admitted that the programme had failed.", "admitted"),
    ("The mayor claimed that the budget was balanced.", "claimed"),
    # a negation that governs another verb
    ("The coach never hid his anger and admitted the team had been poor.", "admitted"),
    # a modal of ability: the writer denies the right to the claim
    ("The residents can't claim to be surprised by the closure.", "claim"),
])
def test_round155_reported_speech_still_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"
