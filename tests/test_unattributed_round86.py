"""Unattributed claims, round 86: a fresh writer's trap-rich copy (D84; issue 14).

- a prepositional verb of thinking or talking in the passive with "as" ("is being talked about
  as a contender", "is spoken of as his heir") is a view held by nobody named; without "as"
  it is only attention;
- the people of a place by the place ("villagers say", "islanders believe") are as vague as
  "residents";
- "word is" with a that-less clause, and other nouns of talk going round with their place
  ("the whisper around the studio is that");
- a campaign "led by" a handful of people is their deed, not a claim they voice;
- a report put before a body ("according to a report to councillors") and messages with only
  the place they went round ("shared in a Facebook group") are hints.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("The new ferry is already being talked about as the fastest on the coast.", "talked about by whom"),
    ("The harbour master is spoken of as a future mayor.", "spoken of by whom"),
    ("The old quay was long thought of as unsafe.", "thought of"),
])
def test_a_prepositional_passive_with_as_is_a_view(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "The new ferry was talked about for weeks at the harbour.",
    "The language is spoken by most people on the island.",
    "The old captain is spoken of fondly at the yacht club.",
])
def test_talk_without_as_is_only_attention(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Villagers say the mill is the oldest building in the valley.", "Villagers say"),
    ("Islanders believe the lighthouse was built by monks.", "Islanders believe"),
    ("Some inhabitants claim the well never runs dry.", "inhabitants"),
])
def test_the_people_of_a_place_are_vague(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


def test_the_villagers_refer_back(lint) -> None:
    assert_silent(lint, LEAD + "The villagers say the mill is the oldest building in the valley.")


@pytest.mark.parametrize(("text", "cue"), [
    ("Word is the skipper has already handed in his notice.", "Word is"),
    ("The whisper around the harbour is that the captain was not told.", "The whisper around the harbour"),
    ("The talk in the village is that the school will close.", "The talk in the village"),
    ("The buzz around the club is that the coach will stay.", "The buzz around the club"),
])
def test_talk_going_round_is_hearsay(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


_PLAIN_WORDS = ("His last word is the one everyone remembers.",)


@pytest.mark.parametrize("text", [
    *_PLAIN_WORDS,
    "Word is a program most reporters in the harbour office use.",
    "The talk in the village hall is at seven o'clock on Friday.",
    "The word is printed on every shirt the club sells.",
])
def test_words_and_talks_that_are_no_hearsay(lint, text: str) -> None:
    assert_silent(lint, LEAD + text, plain=tuple(LEAD + t for t in _PLAIN_WORDS))


def test_a_campaign_led_by_a_few_people_is_their_deed(lint) -> None:
    assert_silent(lint, LEAD + "The vote was forced by a campaign led by a handful of local skippers.")


def test_a_claim_confirmed_by_a_few_people_stays(lint) -> None:
    assert_warned(lint, LEAD + "The sale was confirmed by several sources at the harbour.", "several sources")


@pytest.mark.parametrize("text", [
    "The ferry lost money all winter, according to a report to councillors.",
    "The pier needs new piles, according to a report to the board.",
    "The crew was told to keep working, according to messages shared in a local Facebook group.",
    "The fire began in the kitchen, according to videos posted online.",
])
def test_a_paper_put_before_a_body_and_circulated_messages_are_hints(lint, text: str) -> None:
    assert_hint(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    ("The ferry lost money all winter, according to a report.", "according to a report"),
    ("The crew was told to keep working, according to messages.", "according to messages"),
    ("The fire began in the kitchen, according to reports posted online.", "according to reports"),
    # going round among people or in a room, not online: as unnamed as any (round 34's pair)
    ("The depot will close, according to a memo circulated among drivers.", "according to a memo"),
    ("The depot will close, according to a letter shared in the staff room.", "according to a letter"),
])
def test_unplaced_and_unaddressed_documents_stay_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)
