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


# A noun of bombardment whose "of" complement names the weapons fired (``literal.py``,
# ``weapon_complement``): the literal bombardment, not the writer's drama. Traps: the
# figurative complement ("criticism"), and a conflict noun naming an event ("attacks on his
# record"), which also takes the figurative sense: both stay as on the base commit (info).
@pytest.mark.parametrize(("sentence", "word"), [
    ("The army answered with a barrage of artillery strikes that killed ten soldiers.", "barrage"),
    ("The reply was a barrage of air and artillery strikes.", "barrage"),
    ("The town woke to an onslaught of rockets from across the border.", "onslaught"),
])
def test_round155_bombardment_of_weapons_literal(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) is None


@pytest.mark.parametrize(("sentence", "word"), [
    ("The minister faced a barrage of criticism over the plan.", "barrage"),
    ("The leader faced a barrage of attacks on his record.", "barrage"),
])
def test_round155_figurative_bombardment_kept(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "info"


# An attack verb's bare or plural form after a possessive determiner is a noun
# (``literal.py``, ``adjective_of_verb``): "their caves". Traps: the verb after a noun
# subject, and after "her" (the subject of a bare infinitive).
@pytest.mark.parametrize(("sentence", "word"), [
    ("The fighters would head back to their caves in peace after the vote.", "caves in"),
])
def test_round155_attack_verb_form_after_possessive_is_noun(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) is None


@pytest.mark.parametrize(("sentence", "word"), [
    ("The club answered their critics and slams the plan.", "slams"),
    ("The senator and his allies blast the bill.", "blast"),
    ("Colleagues watched her slam the proposal in the chamber.", "slam"),
])
def test_round155_attack_verb_after_subject_kept(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"
