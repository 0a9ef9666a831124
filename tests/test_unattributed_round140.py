"""Unattributed claims, round 140: noun-headed hearsay with no named holder (issue 14, recall).

Talk going round, told by a noun of talk and not by a verb with a subject: the existential
frame with the place the talk goes round in and its content ("there is chatter in the capital
that", "there has also been chatter in the City about a rights issue"), talk said to grow with
its content in an of/about phrase ("talk of a merger has grown"), talk with a place phrase of
up to three words as the subject of a verb of telling ("chatter in the Square Mile suggests"),
"a sense in <place> that", a place before the content of talk going round in the
existential frame ("there are murmurs among the players about"), a body of opinion that holds a claim, and a suggestion made in an
agentless perfect passive with its clause. Clearing: a named holder in the sentence. Traps: a
noun used literally (a speech, a negotiation, a mood, chatter with no content).

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
    ("There is chatter in Varnholm that a small observer mission could be proposed.",
     "'There is chatter in Varnholm that'"),
    ("There is already chatter about a second series.", "'There is already chatter about'"),
    ("There has also been chatter in the City about a possible share sale.",
     "'There has also been chatter in the City about'"),
    ("There was gossip among the stallholders that the market would move.",
     "'There was gossip among the stallholders that'"),
    ("There is buzz in the trade that the label will be sold.", "'There is buzz in the trade that'"),
    ("Chatter in the Square Mile suggests two more directors are wavering.",
     "'Chatter in the Square Mile suggests'"),
    ("Talk of a merger between the two societies has grown in recent weeks.",
     "'Talk of a merger between the two societies has grown'"),
    ("Chatter about the coach's future is growing in the dressing room.",
     "'Chatter about the coach's future is growing'"),
    ("There is a sense in the village that it has been forgotten by the council.",
     "'There is a sense in the village that'"),
    ("A growing body of opinion holds that short walks do more good than long runs.",
     "'A growing body of opinion holds'"),
    ("The suggestion has been made that the treasurer knew about the loans.",
     "'The suggestion has been made that'"),
    ("There are murmurs among the players about the new coach's methods.", "'There are murmurs'"),
])
def test_the_cue_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # a named holder in the sentence
    "There is chatter among Labour councillors, Jane Roe said, that the leader will stand down.",
    "There is chatter among Labour councillors that the leader will stand down, according to Jane Roe.",
    "A growing body of opinion holds that short walks do more good, Dr Ana Ruiz, a physiologist, said.",
    # the nouns used literally
    "Talks between the two sides resumed in Geneva on Monday.",
    "The talk was given by Dr Roe in the main hall of the library.",
    "His talk of reform has grown tiresome to the backbenchers.",
    "There was chatter in the stands before kick-off.",
    "There was chatter in the stands over the weekend.",
    "There has been speculation in the press over the weekend.",
    "There was a buzz about the place on Saturday afternoon.",
    "There was no chatter about the match on the coach home.",
    "There is a sense in which the new timetable works for everyone.",
    "There was a sense of relief in the town after the vote.",
    "Suggestions have been made to improve the lighting in the park.",
    "The suggestion has been made by Cllr Tom Hale that the depot should close.",
    "A growing body of evidence suggests the drug works in older patients.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
