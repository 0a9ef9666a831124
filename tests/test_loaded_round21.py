"""Loaded language, round 21: round 20's blind check set (now tuned on).

- Reported speech of a group named by a plural noun with no article ("experts say that the
  terrible conditions ..."), and "believe" with its "that" left out ("believing the board
  handcuffed the mayor with endless obstruction"): the words are the group's, not the writer's.

Each test pairs the reported use with the writer's own. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of

# -- a group as the speaker; "believe" with its clause ------------------------------------------


@pytest.mark.parametrize("text", [
    "But experts say that terrible conditions in the cells make the gangs stronger.",
    "Many economists believe the terrible figures will improve by spring.",
    "Since June, critics have argued the terrible figures were invented.",
])
def test_a_group_of_people_reports_the_words(lint, text):
    assert severity_of(lint, text, "terrible") == "info"


@pytest.mark.parametrize("text", [
    "But the terrible conditions in the cells make the gangs stronger, as experts know.",
    "The experts' terrible report was withdrawn.",
    "Officials visited the terrible cells on Monday.",
])
def test_a_group_that_says_nothing_leaves_the_writers_word(lint, text):
    assert severity_of(lint, text, "terrible") == "warning"


def test_a_participle_of_belief_reports_its_subjects_view(lint):
    text = ("Residents are in a mood for revenge, believing the council handcuffed the mayor with "
            "endless obstruction.")
    assert severity_of(lint, text, "endless") == "info"


def test_believe_with_an_object_and_no_clause_is_the_writers_sentence(lint):
    text = "Residents believe in the council, and the endless obstruction goes on."
    assert severity_of(lint, text, "endless") == "warning"


def test_a_participle_of_argument_whose_e_drops_takes_a_clause(lint):
    text = "The mayor resigned on Friday, arguing the board wrecked the endless talks."
    assert severity_of(lint, text, "endless") == "info"
