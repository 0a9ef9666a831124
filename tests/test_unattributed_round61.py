"""Round 61: the writer's and the outlet's unnamed informant.

Hearsay whose informant the copy withholds, told in the first person ("I'm told", "we
understand", "I hear", "we have learned", "I'm reliably informed") or as the outlet's own
knowledge ("The Times understands", "this newspaper has learned", "SunSport understands", "the
Chronicle can reveal"), with a content clause after it or set off as a parenthesis or a tag. The
same verbs with no clause (an instruction, an object, a preposition) tell no hearsay; a named
informant clears it. Sentences written for these tests; benchmarks/unattributed_battery.py
``informant`` and ``informant-clear`` hold their own (read here, not copied).
"""

from __future__ import annotations

import pytest

import lintnews
from benchmarks.unattributed_battery import INFORMANT_CLEAR, informant
from tests.trap_guard import UNATTRIBUTED, assert_trap

CATEGORY = "unattributed-claim"


def _found(text: str) -> list:
    return [d for d in lintnews.lint_text(text) if d.category == CATEGORY and d.severity.value in ("warning", "error")]


def _warned(text: str) -> bool:
    return bool(_found(text))


@pytest.mark.parametrize("sentence", [
    "I'm told the bakery on Mill Lane will shut in June.",
    "We are told that the contract was signed before the vote.",
    "I have been told two of the councillors own land near the site.",
    "We understand the regulator has opened an inquiry.",
    "I hear the manager wants a new goalkeeper.",
    "We gather the ferry company lost the bid.",
    "We have learned that the school knew of the leak in 2019.",
    "I'm reliably informed the band will reform next year.",
    "The orchestra, I'm told, has cancelled its tour.",
    "The vote was rigged, we are told.",
    "And I understand more than 40 staff face redundancy.",
])
def test_the_writers_informant_is_warned(sentence):
    found = _found(sentence)
    assert found, sentence
    assert found[0].rule.endswith("passive-attribution")
    assert "told by whom?" in found[0].message


@pytest.mark.parametrize("sentence", [
    "This newspaper understands that the bishop will resign.",
    "The Sunday Times has learned the bank paid the fine in secret.",
    "MailOnline understands the singer has left her label.",
    "The Evening Chronicle can reveal that the hospital lost the files.",
    "The Herald has been told the mill will close.",
    "The merger is off, the Financial Times understands.",
])
def test_the_outlets_informant_is_warned(sentence):
    found = _found(sentence)
    assert found, sentence
    assert found[0].rule.endswith("vague-provenance")


def test_the_outlet_cue_spans_the_outlet_and_its_verb():
    text = "SunSport understands the striker wants a move."
    cue = _found(text)[0]
    assert text[cue.column - 1 : cue.end_column - 1] == "SunSport understands"


@pytest.mark.parametrize("sentence", [
    "I am told to report to the front desk.",
    "We are told nothing by the council.",
    "I understand the concerns of the parents.",
    "We understand your anger.",
    "The Guardian understands its audience.",
    "I hear you, and I agree.",
    "We hear from a nurse in Leeds.",
    "The Times has learned from the row.",
    "\"I'm told I talk too much,\" the coach said.",
    "I'm told by the club's lawyer, Ana Ruiz, that the deal is done.",
    "The pier will reopen, I hear from the harbour master, Tom Reyes.",
    "I hear the pier will reopen. Tom Reyes, the harbour master, said on Friday that it would.",
    "What we understand about the virus is limited.",
    "She understands the club will appeal.",
    "The council has learned that lesson.",
])
def test_no_clause_or_a_named_informant_is_no_warning(sentence):
    assert_trap(sentence, UNATTRIBUTED)
    assert not _warned(sentence), sentence


@pytest.mark.parametrize("sentence", list(informant()))
def test_battery_informant_is_warned(sentence):
    assert _warned(sentence), sentence


@pytest.mark.parametrize("sentence", INFORMANT_CLEAR)
def test_battery_informant_clear_is_no_warning(sentence):
    assert_trap(sentence, UNATTRIBUTED)
    assert not _warned(sentence), sentence
