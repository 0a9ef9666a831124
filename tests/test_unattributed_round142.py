"""Unattributed claims, round 142: talk going round with a place, in any tense (issue 14, recall).

The idiom of talk passed on by nobody named, extended to its other tenses and places: "had it
that" beside "has it that" after a place phrase ("chatter at the finals had it that", "murmurs
in the hall had it that": the nouns of `murmured-hearsay` and whispers in the provenance
construction, `_place_then_has_it`), "along" and "through" as places ("word along the quay is
that"), and word said to spread with its clause ("word has spread on social media that", "word
got around the estate that", "word is spreading that"), and talk heard going round with its
clause ("Dockers had heard rumblings for months that", "residents have heard rumours that"),
and a reputation held by a group left unnamed ("has a reputation among local cyclists as"). Clearing: a named holder in the
sentence. Traps: a time ("that night"), a verb of telling that owns the clause, a definite or
possessive talk noun, an institution as the place, no clause.

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
    ("Chatter at the regatta had it that the judges were split.",
     "'Chatter at the regatta had it that'"),
    ("Gossip in the village had it that the vicar was leaving.",
     "'Gossip in the village had it that'"),
    ("Murmurs in the marquee had it that the show would move to Leeds.",
     "'Murmurs in the marquee had it'"),
    ("Whispers around the estate had it that the pub would close.",
     "'Whispers around the estate had it'"),
    ("Word along the quay is that the ferry company is for sale.",
     "'Word along the quay is that'"),
    ("The word along the towpath was that the lock keeper had quit.",
     "'The word along the towpath was that'"),
    ("Word had it that the skipper had signed elsewhere.", "'Word had it that'"),
    ("Word has spread on neighbourhood forums that a second bakery is closing.",
     "'Word has spread on neighbourhood forums that'"),
    ("Word got around the estate that the pub would shut in May.",
     "'Word got around the estate that'"),
    ("Word is spreading that the coach will go before Christmas.", "'Word is spreading that'"),
    # talk heard going round, with its clause
    ("Dockers had heard rumblings for months that the yard would close.",
     "'heard rumblings for months that'"),
    ("Residents have heard rumours that the quarry will reopen.", "'heard rumours that'"),
    ("Nurses had heard whispers for weeks that the ward would shut.",
     "'heard whispers for weeks that'"),
    # a reputation held by a group left unnamed
    ("The junction has a reputation among local cyclists as a dangerous bend.",
     "'has a reputation among local cyclists as'"),
    ("The lake has long enjoyed a reputation with anglers for big pike.",
     "'has long enjoyed a reputation with anglers for'"),
])
def test_the_cue_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # a named holder in the sentence
    "Word has spread on neighbourhood forums that a second bakery is closing, according to Jane Roe.",
    # a time after the spreading, no clause
    "Word spread through the crowd that night, and hundreds came to the quay.",
    "Word spread quickly along the valley and the road was soon blocked.",
    # a verb of telling owns the clause
    "Word spread quickly after the mayor said that the pier would close.",
    # a definite or possessive noun, an institution as the place, no clause
    "Her murmurs in the hall had it that way for an hour.",
    "Whispers around the club had it that the coach had quit, the chairman told reporters.",
    "The rumour in the report had it wrong from the start.",
    "His word along the quay was always that of a careful man.",
    # a hearer who names the teller, a definite talk noun, a negotiation, a time
    "Nurses heard rumours from a ward manager that the unit would shut.",
    "Nurses had heard the rumours that the unit would shut, and laughed them off.",
    "The mayor heard talks that went on all night between the unions and the board.",
    "We heard talk that night about the match, and little else.",
    # a named group, a reputation with its measure named as its holder
    "The firm has a reputation among Labour voters as a friend of the unions.",
    "The junction has a reputation among local cyclists as a dangerous bend, Jane Roe, the county engineer, said.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
