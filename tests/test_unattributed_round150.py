"""Unattributed claims, round 150: judging passives with a vague agent (issue 14, recall).

1. Reading and counting as judging (word classes passive-vague-agent and
   passive-vague-agent-complement gain "read" and "count"): "will be read by many in the City as
   a sign of weakness", and a ranking after the vague agent ("is counted by many among the
   most important dates": "among", a determiner and a superlative within three words).
2. Phrasal verbs of judging whose particle sits between the participle and the vague agent:
   "has been written off by most pundits" (a source noun or "many", "some", "most" as the
   agent), "is being held up by campaigners as proof" ("hold up" keeps "hold"'s complement
   condition).

Traps: reading and counting with no view ("was read by thousands of people", "were counted by
volunteers", "is read by many pupils as part of the course"), a ranking with no superlative
("counted by many among the staff"), a write-off of debts by lenders ("were written off by
many banks"), a wreck ("The car was written off in the crash"), a named agent ("written off by
the insurer"), a delay ("was held up by protesters for an hour", "held up by campaigners
blocking the road").

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The merger will be read by many in the City as a sign of weakness.", "read by whom"),
    ("Her novel was read by critics as a portrait of the town.", "read by whom"),
    ("The fair is counted by many among the most important dates of the year.", "counted by whom"),
    ("The bakery is now counted by many among the finest in the county.", "counted by whom"),
    ("The third candidate has been written off by most pundits.", "written off by whom"),
    ("The ruling is being held up by campaigners as proof that the law does not work.", "held up by whom"),
])
def test_the_cue_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The letter was read by thousands of people on the first day.",
    "The votes were counted by volunteers at the town hall.",
    "The poem is read by many pupils as part of the course.",
    "The ballots were counted by many among the staff.",
    "The old debts were written off by many banks in the crisis.",
    "The car was written off in the crash.",
    "The lorry was written off by the insurer after the crash.",
    "The march was held up by protesters for an hour.",
    "The bus was held up by campaigners blocking the road.",
    # review 122 (mended at the merge): "as" opening a clause of its own is a conjunction of
    # time, not the role the passive gives
    "The march was held up by campaigners as police closed the bridge.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
