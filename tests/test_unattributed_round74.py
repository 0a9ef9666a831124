"""Unattributed claims, round 74: a view put in an imagined speaker's mouth.

The pack pattern "one / you + could, might, can, may + argue, say, claim, contend" is a cue
only when the verb states a view: a content clause after it, or the verb set off as a
parenthesis or a closing tag. With "one" that view is nobody's in particular (a warning); with
"you" it is the writer's own view put to the reader, a hedge GUIDELINES.md does not count (a
hint). With no clause after it the verb states no view in either case (a refund claimed, a
greeting said, a quarrel with someone): a hint. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# (hint, trap): the same verb; the trap has a view after it, or "one" as the speaker
PAIRS = [
    # a thing obtained, against a claim made
    ("Owners of the old model can claim a refund, and you can claim yours at the shop.",
     "Owners of the old model are angry, and one could claim that the firm misled them."),
    ("Savers can claim up to £300 in relief, and you can claim it online.",
     "Savers are angry, and one could claim the scheme was a trap."),
    # a greeting or an answer, against a view
    ("With the new charger you can say goodbye to tangled cables.",
     "With the new charger one might say the old cables were a nuisance all along."),
    ("You can say no to the upgrade when the screen asks.",
     "One can say with some confidence that the upgrade is a failure."),
    # words to speak, against a view
    ("To start the timer, you can say \"Set a timer for ten minutes.\"",
     "To start with, one might say the timer is the best part of the speaker."),
    # a quarrel or a struggle, against a view
    ("You can argue with the referee, but you will lose.",
     "One could argue the referee lost control of the game."),
    ("In August you can contend with the crowds or go early.",
     "In August one could contend that the crowds spoil the town."),
    # "you" with a view: the writer's own hedge, put to the reader; "one": nobody's view
    ("You could argue the new phone is overpriced for what it does.",
     "One could argue the new phone is overpriced for what it does."),
    ("You can say that the bridge was a waste of money.",
     "One can say that the bridge was a waste of money."),
]


@pytest.mark.parametrize(("hint", "trap"), PAIRS)
def test_an_imagined_speaker_with_no_view_or_the_reader_is_a_hint(lint, hint: str, trap: str) -> None:
    assert_hint(lint, LEAD + hint)
    assert warnings(lint, LEAD + trap), [d.message for d in claims(lint, LEAD + trap)]


def test_set_off_as_a_parenthesis_stays_a_warning(lint) -> None:
    assert warnings(lint, LEAD + "The plan, one might argue, was doomed from the start.")


def test_the_notes_say_why(lint) -> None:
    (obtained,) = claims(lint, LEAD + "You can claim a refund within 30 days.")
    assert "no view follows" in obtained.message
    (reader,) = claims(lint, LEAD + "You could argue the new phone is overpriced.")
    assert "writer's own view" in reader.message


def test_that_as_the_words_just_said_is_no_view(lint) -> None:
    assert_hint(lint, LEAD + "The striker said the pitch was a swamp. You can say that again.")
