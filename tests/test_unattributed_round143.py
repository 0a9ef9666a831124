"""Unattributed claims, round 143: mend of round 140's talk frames (issue 14).

The existential frame of talk going round ("there was chatter ... about", "there has been gossip
about") reads its about-phrase as the talk's content only when that content is unknown or
hypothetical: an indefinite ("about a possible share sale", "about a move"), an interrogative
("about whether", "about how"), or a person's or a body's future, plans or prospects ("about his
future", "about the club's future", "about the possibility of"). A definite known event or
thing ("about the referee's decision", "about the wedding", "about Smith's decision") is only
the topic of the talk: no warning. Trivial variations of round 140's frames join in: the plain
past of talk's growth ("Talk of a merger grew last spring"), the plain past of the agentless
passive ("The suggestion was made that") and an adjective of strength before "sense" in the
existential ("There was a real sense in the dressing room that").

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
    # the about-phrase is the talk's content: indefinite, interrogative, a future or a prospect
    ("There has also been chatter in the City about a possible share sale.",
     "'There has also been chatter in the City about'"),
    ("There is chatter about whether the manager will stay on.", "'There is chatter about'"),
    ("There was gossip among the stallholders about how the rent would be paid.",
     "'There was gossip among the stallholders about'"),
    ("There has been gossip about his future at the club.", "'There has been gossip about'"),
    ("There has been chatter about the club's future in the village.", "'There has been chatter about'"),
    ("There was gossip in the town about the possibility of a merger.",
     "'There was gossip in the town about'"),
    # the plain past of talk's growth
    ("Talk of a merger between the two societies grew last spring.",
     "'Talk of a merger between the two societies grew'"),
    ("Talk of a takeover grew louder in the spring.", "'Talk of a takeover grew'"),
    # the plain past of the agentless passive
    ("The suggestion was made that the council had hidden the report.", "'The suggestion was made that'"),
    # an adjective of strength before "sense"
    ("There was a real sense in the dressing room that the manager had lost the players.",
     "'There was a real sense in the dressing room that'"),
    ("There is a strong sense that the plan has stalled.", "'There is a strong sense that'"),
])
def test_the_cue_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # a definite known event or thing: the topic of the talk, no content
    "There was chatter in the stands about the referee's decision.",
    "There has been gossip about the wedding.",
    "There was chatter in the stands about Smith's decision to walk off.",
    "There has been much chatter about this season's kit.",
    # a copular "grew" (a speech grown tiresome), and a possessive talk
    "Talk of reform grew tiresome to the backbenchers.",
    "His talk of reform grew louder in the spring.",
    # the sense of a word, a proposal with no clause, a named maker
    "There is a real sense in which the new timetable works for everyone.",
    "Suggestions were made to improve the lighting in the park.",
    "The suggestion was made by Cllr Tom Hale that the depot should close.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
