"""Unattributed claims, round 175: false alarms on the new desks (issue 14, precision).

Built, each a construction of English with its traps:

1. A bare quantifier that counts the group the sentence before placed at the scene (word class
   ``attribution/scene-verbs``, sources/unnamed.py ``_scene_antecedent``): "Shoppers queued
   outside the store before dawn. Several said they had waited since midnight." is the people
   the writer met there telling their own experience, read as "Shoppers said they had waited"
   (sources/firsthand.py): a hint. A view of the world stays warned ("Many said the mayor had
   lied"); a quantifier with no such sentence before, a group that only fears or thinks, a
   paragraph break between, or a group outside ``participant-nouns`` ("Protesters") keeps the
   warning.
2. What the speakers had or lacked as their own experience (sources/firsthand.py ``_OWN``):
   "Residents said they had no water for three days", "had savings of ...", "had nothing
   left"; a view held ("had no doubt the council knew") stays warned; a passive of what was
   done to them ("said they were not told") was tried and taken out.
3. A body reporting its own measured results (word class ``attribution/own-figure-nouns``):
   "several schools reporting their best grades", "some farms reported their lowest yields":
   a hint. "Several schools reported a rise in bullying" (a claim) stays warned.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _quiet(lint, text: str) -> None:
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


# 1. a bare quantifier counting the group at the scene

@pytest.mark.parametrize("text", [
    "Shoppers queued outside the store before dawn on Saturday. Several said they had waited since midnight.",
    "Dozens of angry tenants crammed into the church hall on Monday. Many said they had no heating.",
    "Commuters packed the station concourse for an hour. Some said they had waited for three trains.",
    "The workers learned the news at a 6 a.m. briefing in the canteen. Several said they had lost "
    "their overtime.",
    "Parents gathered at the school gates on Friday. Most told the Echo they had no warning of the closure.",
])
def test_quantifier_counts_the_scene_group(lint, text: str) -> None:
    assert_hint(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    # a view of the world, not their experience
    ("Shoppers queued outside the store on Saturday. Many said the owner had cheated the town.", "Many said"),
    # no scene sentence before
    ("The store closed on Saturday. Several said they had waited since midnight.", "Several said"),
    # the group before only holds a view: no scene
    ("Shoppers fear the store will close. Several said they had waited since midnight.", "Several said"),
    # not people met where it happened
    ("Protesters gathered outside the town hall on Monday. Many said they had waited since noon.", "Many said"),
    # a view held, after the scene
    ("Parents gathered at the school gates on Friday. Several said they had no doubt the head knew.", "Several said"),
])
def test_quantifier_traps(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


def test_paragraph_break_keeps_the_warning(lint) -> None:
    text = LEAD + "Shoppers queued outside the store on Saturday.\n\nSeveral said they had waited since midnight."
    assert_warned(lint, text, "Several said")


# 2. what the speakers had or lacked

@pytest.mark.parametrize("sentence", [
    "Residents said they had no water for three days.",
    "Passengers said they had nothing to eat on the train.",
])
def test_had_or_lacked(lint, sentence: str) -> None:
    _quiet(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Residents said they had no doubt the council knew about the leak.", "Residents said"),
    ("Customers say they were not told about the rise until it was too late.", "Customers say"),
])
def test_views_and_charges_stay(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


# 3. a body's own measured results

@pytest.mark.parametrize("sentence", [
    "Pupils collected their results, with several schools reporting their best grades in a decade.",
    "Some farms are reporting their lowest yields since the drought of 1976.",
    "Several clubs reported their highest attendance figures this season.",
])
def test_own_figures(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Several schools reported a rise in bullying.", "Several schools reported"),
    ("Some schools are reporting that the exams were leaked.", "Some schools are reporting"),
])
def test_reports_of_the_world_stay(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)
