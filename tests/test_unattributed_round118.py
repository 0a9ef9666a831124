"""Unattributed claims, round 118: sources the reading missed (issue 14, precision).

1. A competition's "contested" read at the head of its subject, not at the noun of its
   postmodifier ("Observing time on the telescope is keenly contested": the head is "time");
   ``contested-races`` gains the shares of something scarce that applicants compete for
   (time, slot, berth, spot, ticket, prize, award, grant, vacancy, scholarship). Traps: "The
   result of the election was contested" (the head is "result": disputed, now warned where main
   read "election"), "The claim is hotly contested".
2. A partitive subject with a name set beside it in the next sentence ("Several traders are
   said to ... One of them, Ann Lowe of Harbour Capital, said ..."): a named member of the group
   speaks. Traps: the member denies ("said she had never ..."), nobody speaks ("declined to
   comment"), no name ("One of them said ...").
3. An appositive that sums up the cue's clause, with a contact relative whose speaker the story
   has named before (", a process Larsen said his group had measured"). Traps: the noun is a
   claim ("a claim Larsen said ..."), the relative rejects it ("said was not yet understood"), a
   vague group ("a process scientists said ..."), a name the story has not introduced.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    "Observing time on the telescope is keenly contested.",
    "Berths at the marina are hotly contested.",
    "The seat was hotly contested.",
])
def test_contested_as_competed_for(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence), [d.message for d in warnings(lint, LEAD + sentence)]


@pytest.mark.parametrize("sentence", [
    "The result of the election was contested.",
    "The claim is hotly contested.",
])
def test_contested_as_disputed_stays_warned(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "contested")


_SAID = "Several traders are said to have pressed the board. "


def test_a_named_member_of_the_group_speaks_next(lint) -> None:
    text = LEAD + _SAID + "One of them, Ann Lowe of Harbour Capital, said a deal made sense."
    assert not warnings(lint, text), [d.message for d in warnings(lint, text)]


@pytest.mark.parametrize("nxt", [
    "One of them, Ann Lowe of Harbour Capital, said she had never spoken to the board.",
    "One of them, Ann Lowe of Harbour Capital, declined to comment.",
    "One of them said a deal made sense.",
])
def test_no_named_member_vouching_stays_warned(lint, nxt: str) -> None:
    assert_warned(lint, LEAD + _SAID + nxt, "said to")


_TEAM = "The team, led by Jon Larsen of the Polar Institute, flew radar over the shelf. "


def test_an_appositive_with_a_named_speaker_sources_the_clause(lint) -> None:
    text = LEAD + _TEAM + ("Warmer water is believed to be reaching the underside, a process Larsen said "
                           "his group had now measured directly.")
    assert not warnings(lint, text), [d.message for d in warnings(lint, text)]


@pytest.mark.parametrize("tail", [
    "a claim Larsen said was exaggerated.",
    "a process Larsen said was not yet understood.",
    "a process scientists said they had measured.",
    "a process Hedlund said his group had measured.",
])
def test_an_appositive_that_does_not_vouch_stays_warned(lint, tail: str) -> None:
    text = LEAD + _TEAM + "Warmer water is believed to be reaching the underside, " + tail
    assert_warned(lint, text, "believed to")
