"""Unattributed claims, round 137: agentless reputation and talk going round (issue 14, recall).

1. A present naming passive under an adverb of spread, with a superlative that only judges
   ("is often called the most overlooked artist", "is sometimes called the best finisher"):
   a reputation nobody is named as giving. A name ("is often called the Venice of the North"),
   a measured rank ("the largest"), or no adverb stay as they were.
2. Talk going round with its content in the noun's own of/about phrase, said to grow, with no
   that-clause ("Rumours of a merger have grown", "Speculation about his future has
   intensified"); moods ("Fears of a slowdown have grown") and bare talk ("Rumours grew") no.
3. Talk going round in a cue's own words ("there were whispers that", "is rumoured to", "are
   whispered to") is not cleared by a speaker the next sentence names about something else:
   talk nobody owns, like a consensus; so is "there is talk", gossip, chatter, and "word ...
   is that", which a named lead in the sentence before does not voice either. A holder named
   next still clears it.

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
    # 1. a reputation by a naming passive
    ("Varga is often called the most overlooked painter of her generation.", "'is often called'"),
    ("The winger is sometimes called the best finisher in the league.", "'is sometimes called'"),
    ("The chef is widely called the least pretentious cook in town.", "'is widely called'"),
    # 2. talk said to grow, its content in its own phrase
    ("Speculation about his future has intensified in recent weeks.",
     "'Speculation about his future has intensified'"),
    ("Rumours of a merger have grown since the spring.", "'Rumours of a merger have grown'"),
    ("Murmurs in the dressing room about his form have grown louder.",
     "'Murmurs in the dressing room about his form have grown'"),
    # 3. talk going round, a named speaker next about something else
    ("There were whispers in the arena that the champion had hurt her knee. Jo Arden said afterwards "
     "that she had felt fine.", "'There were whispers'"),
    ("Officials are whispered to be planning more arrests. Poland and Lithuania said they had summoned "
     "the ambassadors.", "'are whispered'"),
    ("Drivers are unhappy, and there is talk at the garage of cuts to rural routes. The company said no "
     "decision had been taken.", "'there is talk'"),
    # ... nor by a named lead in the sentence before
    ("The Harbour Ferry Group estimates that 9,000 trips could be hit. Word among deck crew is that "
     "two routes would close.", "'Word among deck crew is that'"),
])
def test_the_cue_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # 1. names, measured ranks, no adverb, an agent, another adverb
    "The port is often called the Venice of the North.",
    "The lake is often called the largest in the region.",
    "The prize is often called the Most Valuable Player award.",
    "The room is called the most beautiful in the house by its owner, Jane Smith.",
    "The axe is also called the most lethal weapon.",
    "She is often called the most important poet of her time, the critic Ann Roe wrote.",
    # 2. moods, bare talk, a definite noun, the content after the verb
    "Fears of a slowdown have grown.",
    "Concern is mounting over the cost.",
    "Rumours grew.",
    "The speculation about his future has intensified.",
    "Speculation is mounting over the fate of the stadium.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


def test_a_holder_named_next_still_clears_talk(lint) -> None:
    text = LEAD + ("There were whispers in the club that the coach would quit. That is the view of the "
                   "Harbour Supporters Trust.")
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


def test_a_believed_passive_is_still_cleared_next(lint) -> None:
    # not talk: a named speaker next may be the one who believes it (round 122's ground)
    text = LEAD + ("Officials are believed to be planning more arrests. Poland and Lithuania said they had "
                   "summoned the ambassadors.")
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
