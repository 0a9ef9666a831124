"""Unattributed claims, round 135: groups placed in an institution (issue 14, recall).

1. A definite lower-case institution after a preposition of place ("at the ministry", "within
   the parliamentary group", "in the department") names the speakers' body only if the story
   has named that body before (its word inside a proper name: "the Met Service ... forecasters
   at the service"); with no such name it is a generic institution and names nobody: a warning,
   where round 30 read every such phrase as a description (a hint). A proper name in the phrase
   ("analysts at Peel Hunt") still describes the source.
2. A quantifier's group with a state of mind after "remain": "Many physicists remain
   unconvinced that", "Officials remain convinced that" (the cheap look before the parse did
   not know the adjectives; "remain" no longer runs into the quantifier's group words).
3. A participle placing people where they work before the preposition ("doctors working in the
   ward say", "staff based at the plant"): the phrase is read as the preposition's.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Staff at the ministry say the plan was drawn up in a hurry.", "'Staff at the ministry say'"),
    ("The clinic's surgery unit was busy. Nurses working there are tired. Officials at the department "
     "said the rota had broken down.", "'Officials at the department said'"),
    ("Critics within the ruling group have privately grumbled that the leader is out of touch.",
     "'Critics within the ruling group have privately grumbled'"),
    ("Many physicists remain unconvinced that the device works.", "'Many physicists remain unconvinced'"),
    ("Many shoppers remain convinced that the chains are shrinking their packs.",
     "'Many shoppers remain convinced'"),
    ("Officials remain convinced that the bridge will open on time.", "'Officials remain convinced'"),
    # 3. a placing participle before the preposition
    ("The ward was full. Doctors working in the ward say morale has collapsed.",
     "'Doctors working in the ward say'"),
])
def test_a_vague_source_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize(("sentence", "cue"), [
    # the body named before: its officers are described, a hint
    ("The Met Service issued a storm alert on Friday. Forecasters at the service said more snow was "
     "likely.", "'Forecasters at the service said'"),
    ("Harbour County Council met on Monday. Staff at the council say the budget is short.",
     "'Staff at the council say'"),
    # a proper name in the phrase
    ("Analysts at Dunmore Brokers said in a note that a merger could cut costs.",
     "'Analysts at Dunmore Brokers said'"),
    ("Doctors working at Harlow General say the ward is full.", "'Doctors working at Harlow General say'"),
])
def test_a_named_body_is_a_hint(lint, sentence: str, cue: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
    assert any(cue in d.message for d in claims(lint, text, Severity.INFO))


@pytest.mark.parametrize("sentence", [
    # a capital at a sentence start is no proper name: the ministry stays unnamed, the cue warned
    "Ministry staff met on Monday. Staff at the ministry say the plan was drawn up in a hurry.",
])
def test_a_sentence_start_capital_names_nothing(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "'Staff at the ministry say'")


@pytest.mark.parametrize("sentence", [
    "Officials remain convinced of the need for a bridge.",
    "Many residents remain in their homes despite the warning.",
    "The officials remain convinced that the bridge will open on time.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    found = warnings(lint, LEAD + sentence)
    assert not found, [d.message for d in claims(lint, LEAD + sentence)]
