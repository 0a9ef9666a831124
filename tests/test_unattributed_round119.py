"""Unattributed claims, round 119: recall on new copy (issue 14).

1. A vague agent's group phrase before the complement ("is regarded by some in the party as",
   "is feared by many at the club to be"): the by-phrase ended at the preposition, so a verb of
   seeing or holding had no complement and read as sight. Traps: no complement ("was seen by
   many in the town on Sunday"), a hearing or a document as the place ("by some at the hearing
   as": the hearing's record).
2. A next-sentence speaker who will not say ("... but declined to say where", "said it was too
   early to say"): a non-answer vouches for nothing before it. Trap: the same speaker with an
   answer ("said officers believed the men came from Leeds").
3. ``soldier`` and ``blogger`` in ``source-nouns`` ("Soldiers said", "military bloggers
   claimed"), ``post`` in ``report-nouns`` ("Posts on fan forums claim"). Traps: soldiers who
   act and say nothing, the post office as a speaker.

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
    ("The treasurer is regarded by some in the party as the likely winner.", "regarded by whom"),
    ("The coach is seen by many at the club as a stopgap.", "seen by whom"),
    ("The stand is feared by many within the club to be unsafe.", "feared by whom"),
])
def test_a_vague_agent_with_its_group_then_the_complement(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The eclipse was seen by many in the town on Sunday.",
    "The treasurer was seen by some at the hearing as evasive.",
])
def test_a_vague_agent_without_a_view_stays_quiet(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence), [d.message for d in warnings(lint, LEAD + sentence)]


_GANG = "The gang is thought to travel in from outside the county. "


@pytest.mark.parametrize("nxt", [
    "DI Ann Roe said officers were working with other forces but declined to say where the men were based.",
    'DI Ann Roe said it was "too early" to say where the men were based.',
    "DI Ann Roe would not confirm where the men were based.",
])
def test_a_non_answer_next_vouches_for_nothing(lint, nxt: str) -> None:
    assert_warned(lint, LEAD + _GANG + nxt, "thought to")


def test_an_answer_next_still_vouches(lint) -> None:
    text = LEAD + _GANG + "DI Ann Roe said officers believed the men came from Leeds."
    assert not warnings(lint, text), [d.message for d in warnings(lint, text)]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Soldiers at a forward post said the town had been shelled all night.", "soldiers"),
    ("Military bloggers claimed the strikes had hit a depot.", "bloggers"),
])
def test_soldiers_and_bloggers_are_unnamed_sources(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_posts_are_unnamed_material(lint) -> None:
    found = claims(lint, LEAD + "Posts on fan forums claim that the singer has moved to Leeds.")
    assert any("post" in d.message for d in found), [d.message for d in found]


@pytest.mark.parametrize("sentence", [
    "Soldiers cleared the road on Monday.",
    "The post office said it would close on Monday.",
    "The post was filled in May, the council said.",
])
def test_soldiers_and_posts_without_a_claim_stay_quiet(lint, sentence: str) -> None:
    assert not claims(lint, LEAD + sentence), [d.message for d in claims(lint, LEAD + sentence)]
