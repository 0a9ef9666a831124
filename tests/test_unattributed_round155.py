"""Unattributed claims, round 155: talk with nobody in it; a credit for a deed told now (issue 14, recall).

1. A matter put into talk with nobody putting it (passive.py, ``_talked``): the finite
   agentless passive of a verb of floating a proposal (word class floated-verbs: float, moot,
   bandy with "about"/"around") or of a prepositional verb of talking with its "about" (word
   class talked-about-verbs: talk, whisper, gossip, speculate, chatter, murmur), in the
   perfect, the progressive or the present: "A takeover approach has been floated this
   morning", "A legal claim is already being talked about on forums". With it, "Eyebrows have
   been raised over" joins the questions and concerns raised by nobody (the rule's pattern).
2. A credit for a deed told as standing now (passive.py, ``_credited_deed``): "is/are/has been
   credited with" and a gerund with its object ("is credited with persuading the council"),
   also with a place phrase before "with" ("is credited in the trade with inventing"): a
   warning; the plain past ("was credited with spotting him") and a tally ("is credited with
   14 goals") stay round 11's hint.

Traps: an agent ("floated by the chairman", "talked about by the minister"), the plain past
of one occasion ("The idea was floated at Monday's meeting"), a modal, a negation, "as"
(round 127's "talked about as"), "float" in its other senses ("floated on the stock exchange",
"floated off the sandbank"), "talked through", a named holder in the sentence; a credit given by
a named body.

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
    ("A takeover approach for the bank has been floated on trading floors this morning.", "'has been floated'"),
    ("A merger of the two councils is being mooted in the town hall.", "'is being mooted'"),
    ("A group legal claim is already being talked about on consumer forums.", "'is already being talked about'"),
    ("The money will go towards a new pitch, a project that has been talked about for years.",
     "'has been talked about'"),
    ("Figures of up to £2m have been bandied about in the trade.", "'have been bandied about'"),
    ("The move has been whispered about for weeks.", "'has been whispered about'"),
    ("Eyebrows have been raised over his decision to stay on as chairman.", "'Eyebrows have been raised'"),
])
def test_talk_with_nobody_in_it_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("She is credited with persuading the council to fund the new wing.", "'is credited with'"),
    ("Schemes like this in other cities are credited with cutting roadside pollution within two years.",
     "'are credited with'"),
    ("He has been credited with saving the club from relegation.", "'has been credited with'"),
    ("A shrewd grocer, he is credited in the trade with inventing the late-night village shop.",
     "'is credited in the trade with'"),
])
def test_a_credit_for_a_deed_told_now_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The idea was floated at Monday's meeting of the committee.",
    "The idea has been floated by the chairman, Tom Hale.",
    "The firm has been floated on the stock exchange.",
    "The boat has been floated off the sandbank.",
    "No merger has been floated this year.",
    "A merger could be floated next year.",
    "The case has been talked through with the family.",
    "The plan has been talked about by the minister, Ann Cole.",
    "A merger of the two banks has been floated, the chairman, Jane Roe, said on Monday.",
    "The scheme is credited by the council with cutting traffic.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize("sentence", [
    "He was credited with spotting the winger at a Sunday-league match.",
    "She is credited with 14 goals this season.",
])
def test_a_past_or_a_tally_of_credit_stays_a_hint(lint, sentence: str) -> None:
    """Round 11's calibration: a plain past credit is the record's, a noun a tally: a hint."""
    text = LEAD + sentence
    assert not warnings(lint, text)
    assert any("credited by whom" in d.message for d in claims(lint, text)), [d.message for d in claims(lint, text)]


def test_talked_about_as_keeps_round_127s_reading(lint) -> None:
    """"talked about as a successor" is the prepositional passive's as-complement (round 127),
    its own message, not the talk frame's."""
    text = LEAD + "He is being talked about as a successor to the chairman."
    msgs = [d.message for d in warnings(lint, text)]
    assert msgs and not any("Talk told as going round" in m for m in msgs), msgs
