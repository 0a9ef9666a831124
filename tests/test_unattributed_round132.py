"""Unattributed claims, round 132: hidden agents (issue 14, recall).

Two agentless constructions:

- a public's liking, dislike or doubt after an adverb of its spread ("was widely disliked",
  "have been widely questioned", "was generally welcomed"): the word class
  ``reception-attitude``, read by ``passive.received`` only after widely, generally,
  commonly, popularly, universally, broadly or largely. Traps: an interrogation ("was
  questioned for six hours", "are routinely questioned at the border": "routinely" counts
  times, it spreads no view), a use ("is widely used"), a named holder after "by".
- the passive of causing to believe ("have been led to believe", "were given to
  understand"): a belief planted by somebody the copy does not name. Traps: the active with
  its object between ("the figures led analysts to believe": the subject is the cause), an
  agent before "to" ("led by the council to believe"), "led to" a noun.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.constructions import lexicon as lx
from tests.family_lint import LEAD, assert_silent, assert_warned, claims


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The pier replaced a 1970s shelter that was widely disliked.", "'widely disliked'"),
    ("Those visitor numbers have been widely questioned.", "'widely questioned'"),
    ("The new timetable was generally welcomed.", "'generally welcomed'"),
    ("The harbour master is widely liked in the town.", "'widely liked'"),
    ("The toll was broadly resented.", "'broadly resented'"),
])
def test_a_public_attitude_after_an_adverb_of_spread_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The skipper was questioned for six hours.",
    "Travellers are routinely questioned at the border.",
    "The ferry is widely used by lorries.",
    "The toll was widely resented by the Harbour Society.",
    "Anglers often questioned the figures.",
])
def test_an_interrogation_a_use_or_a_named_holder_is_not_warned(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


def test_the_attitude_class_is_liking_and_doubt_not_deeds() -> None:
    lemmas = lx.lemmas("reception-attitude")
    assert {"dislike", "question", "welcome", "mistrust"} <= lemmas
    assert not {"use", "ignore", "reject"} & lemmas


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Villagers have been led to believe that a bus will replace the ferry.", "'been led to believe'"),
    ("Staff were given to understand that the office would stay open.", "'were given to understand'"),
    ("Tenants had been made to think the rent would be frozen.", "'made to think'"),
    ("Voters, led to believe the tax would fall, backed the plan.", "'led to believe'"),
])
def test_a_belief_planted_by_nobody_named_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The tide tables led anglers to believe that the bar was safe.",
    "Residents were led by the council to believe that the pool would reopen.",
    "The storm led to hundreds of insurance claims.",
    "The tide tables were given to the harbour office in June.",
])
def test_a_named_cause_or_another_sense_is_not_warned(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("A militia believed linked to the old regime has seized the port.", "'believed'"),
    ("The skipper thought responsible has left the island.", "'thought responsible'"),
])
def test_a_reduced_small_clause_of_belief_after_a_noun_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Officials believed injured passengers had been moved to the ferry.",
    "The pilots believed delayed flights would be cancelled.",
    "Investigators believed the skipper fled.",
])
def test_an_active_past_with_its_object_is_not_a_reduced_small_clause(lint, sentence: str) -> None:
    found = [d for d in claims(lint, LEAD + sentence) if "agentless passive" in d.message]
    assert not found, [d.message for d in found]
