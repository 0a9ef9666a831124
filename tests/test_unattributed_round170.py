"""Unattributed claims, round 170: health, science, sport and lifestyle copy (issue 14).

Built, each a construction of English with its traps:

1. A name as the subject of a state of mind's that-less clause (sources/verbs.py
   ``_named_subject``, sources/unnamed.py ``_STRICT_COMPLEMENT``): "Fans are convinced Marla
   wrote the song about him", "Viewers are certain Tobi will betray his ally" hold a view as
   "are convinced the singer wrote" did. The finite verb after the name is still required.
2. A group whose owners are a bare plural of people too (sources/unnamed.py
   ``_unnamed_owners``): "Buyers' agents are convinced that", "Parents' groups claim that":
   nobody named owns them. "The council's officers", "the parents' groups" point to someone.
3. A reaction foretold is no view held (sources/verbs.py ``_FORECAST_VIEWS``): "some will see
   that as a blessing", "many will view the fee as fair" after the plain future; "some may see
   it as" (the weasel's hedge) and "some see it as" stay.
4. A name given in a relative clause whose object is the gap (sources/relatives.py
   ``_named_gap``, sources/verbs.py ``_quoted_name_next``): "a levy critics have dubbed a tax
   on walkers", "which reviewers have called both "tender" and "slow"".
5. A participle of belief before a verb that is a noun too (passive.py
   ``_cognition_infinitive``): "is thought to work best", "are believed to account for" are
   the raising passive's infinitive; "reported to work" keeps its place.
6. A demonstrative opening the that-less clause of an impersonal passive (passive.py
   ``_demonstrative_clause``): "It is believed this bridge was built by monks", "It is thought
   these boats were made in Goa"; "it is considered this important" has no clause.
7. A "by" inside a relative clause of the complement is that clause's (passive.py
   ``_RELATIVE_OPENERS``): "has been hailed as a cure for an illness that shortens lives by
   years" keeps its warning; "hailed as a cure by the Gazette" names its judge.
8. Transfer talk on a second predicate (association.py ``_opening_subject``): "The winger
   scored 12 goals and has been linked with several clubs": the subject opens the clause.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Fans are convinced Marla wrote the ballad about her former manager.", "Fans are convinced"),
    ("Viewers are convinced Tobi is only pretending to like his housemates.", "Viewers are convinced"),
    ("Listeners are certain Okafor will quit the show before Christmas.", "Listeners are certain"),
])
def test_a_name_opens_the_view_clause(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # a name with no verb after it: no clause
    "Fans are convinced Marla, and only Marla, deserves the award.",
    "Viewers were sure of Tobi at the start.",
])
def test_a_name_with_no_clause(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Buyers' agents are convinced that prices in the valley will keep rising.", "agents are convinced"),
    ("Parents' groups claim that the new timetable was rushed through.", "groups claim"),
    ("Residents' groups warn the bus cuts will leave pensioners stranded.", "groups warn"),
])
def test_owners_who_name_nobody(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The council's officers claim that the new timetable was rushed through.",
    "The parents' groups claim that the new timetable was rushed through.",
    "Police said the teachers' groups claim the timetable was rushed.",
])
def test_owners_named_or_pointed_to(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "The lift is slow, though some will see that as a chance to use the stairs.",
    "Many will view the new parking fee as fair.",
    "Others will regard the change as overdue.",
])
def test_a_reaction_foretold(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Some may see the parking fee as a tax on shoppers.", "Some may see"),
    ("Some see the parking fee as a tax on shoppers.", "Some see"),
])
def test_a_view_held_or_hedged(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The park will charge for entry, a levy critics have dubbed a tax on walkers.", "critics have dubbed"),
    ('The park will charge for entry, a levy critics have dubbed a "walking tax".', "critics have dubbed"),
    ('The sequel, which reviewers have called both "tender" and "slow", opens on Friday.', "reviewers have called"),
    ('The sequel, which reviewers have called "tender", opens on Friday.', "reviewers have called"),
])
def test_a_name_given_in_a_relative(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Neighbours called both the police and the fire brigade.",
    'Fans called "Encore!" as the band left the stage.',
    "The day fans dubbed him a hero, he scored twice.",
])
def test_calls_that_name_nothing(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The new inhaler is thought to work best in children under ten.", "is thought to"),
    ("Private tutors are believed to account for a large share of the top grades.", "are believed to"),
    ("The old mill is believed to power half the village.", "is believed to"),
])
def test_belief_before_a_verb_that_is_a_noun_too(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The nurse was reported to work on Monday morning.",
    "The manager was held to account for the losses.",
])
def test_to_of_place_after_other_participles(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("It is believed this bridge was built by monks in the 1300s.", "It is believed"),
    ("It is thought these boats were made in Goa.", "It is thought"),
    ("It is believed this is the oldest inn in the county.", "It is believed"),
])
def test_a_demonstrative_opens_the_clause(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_a_demonstrative_as_object(lint) -> None:
    assert_silent(lint, LEAD + "It is considered this important enough to delay the vote.")


def test_a_by_inside_the_complement_relative(lint) -> None:
    assert_warned(lint, LEAD + "The drug has been hailed as a cure for an illness that shortens lives by years.",
                  "has been hailed as")


def test_a_named_judge_after_the_complement(lint) -> None:
    assert_silent(lint, LEAD + "The drug has been hailed as a cure by the Harbour Gazette.")


def test_transfer_talk_on_a_second_predicate(lint) -> None:
    assert_warned(lint, LEAD + "The winger scored 12 goals last season and has been linked with several clubs.",
                  "has been linked with")


def test_a_second_predicate_of_a_thing(lint) -> None:
    assert_silent(lint, LEAD + "The reef grew quickly and has been linked to a move in ocean currents.")
