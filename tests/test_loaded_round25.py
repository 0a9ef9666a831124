"""Loaded language, round 25: round 23's second sample (checkB, now tuned on) and its false alarms.

- A literal predicate reached through its subject's prepositional phrase ("the trek from the
  coast to the capital was dangerous") and a second predicate adjective joined to the first
  ("was both dangerous and costly"); "costly" has a measurable sense (a price).
- An effect on a literal thing ("harmful effects on our health"); not an effect on people.
- A disaster dated by a day's possessive ("after Sunday's disaster at the quarry"), and the
  definite disaster at the start of a sentence ("The disaster on Sunday buried ...").

Each test pairs the new reading with a look-alike that still warns. Sentences written for these
tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


@pytest.mark.parametrize(("text", "word"), [
    ("For the family, the journey from the coast to the capital was always dangerous. They left in May.",
     "dangerous"),
    ("The crossing into the valley is very dangerous in winter. Few try it.", "dangerous"),
    ("For the family, the journey was both dangerous and costly. They left in May.", "costly"),
])
def test_a_literal_subject_through_its_phrase(lint, text, word):
    assert severity_of(lint, text, word) is None


@pytest.mark.parametrize(("text", "word"), [
    # the subject is no literal thing: the writer's verdict
    ("For the family, the scheme from the ministry was always dangerous. They left in May.",
     "dangerous"),
    # a relative clause between the noun and the copula: not the noun's predicate
    ("The road to the border that the minister opened is dangerous nonsense.", "nonsense"),
    ("The proposal was both reckless and dangerous. The council voted it down.", "reckless"),
])
def test_a_judged_subject_still_warns(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


def test_a_relative_clause_blocks_the_subject(lint):
    text = "The road to the border that critics oppose is dangerous. It opened in May."
    assert severity_of(lint, text, "dangerous") == "warning"


def test_an_effect_on_health_is_literal(lint):
    text = "Doctors in the town track how smoke has harmful effects on our health every summer."
    assert severity_of(lint, text, "harmful") is None


def test_an_effect_on_people_still_warns(lint):
    text = "The new levy has harmful effects on the poor, and the council knows it."
    assert severity_of(lint, text, "harmful") == "warning"


@pytest.mark.parametrize("text", [
    "Families searched the rubble after Sunday's disaster at the quarry. Nine are missing.",
    "Crews dug through the night. The disaster on Sunday buried nine homes at the quarry.",
])
def test_a_dated_disaster_is_info(lint, text):
    assert severity_of(lint, text, "disaster") == "info"


@pytest.mark.parametrize("text", [
    "Families searched the rubble after the disaster of a budget the council passed. Nine are angry.",
    "Crews dug through the night. The budget was a disaster for the town.",
])
def test_a_judged_disaster_still_warns(lint, text):
    assert severity_of(lint, text, "disaster") == "warning"


def test_a_plea_with_an_adverb_is_no_verdict(lint):
    text = "A man who admitted racially abusing a bus driver in Leeds was jailed on Friday."
    assert severity_of(lint, text, "admitted") is None


def test_admitting_a_clause_after_an_adverb_still_warns(lint):
    text = "The council admitted privately that the budget was short by a third."
    assert severity_of(lint, text, "admitted") == "warning"


@pytest.mark.parametrize(("text", "word"), [
    ("Many analysts have considered the militia among the most dangerous groups in the region.", "dangerous"),
    ("Critics consider the mayor to be reckless with public money.", "reckless"),
])
def test_a_view_reported_with_consider_is_info(lint, text, word):
    assert severity_of(lint, text, word) == "info"


@pytest.mark.parametrize(("text", "word"), [
    # the verb's object, not a view reported
    ("The council considered the reckless plan on Monday.", "reckless"),
    ("The council will consider the plan, which is reckless, on Monday.", "reckless"),
])
def test_considering_a_thing_still_warns(lint, text, word):
    assert severity_of(lint, text, word) == "warning"
