"""Loaded language, round 88: two constructions that round 87 left (issue 16).

- A manner adverb of virtue or vice inside an active verb phrase ("has bravely opened up",
  "were cynically exploiting"): the subject did it, so the adverb is still the writer's verdict;
  the passive ("was bravely borne") names no doer and stays as it was.
- An evaluative adjective as the epithet of a person ("the heartbroken singer was spotted",
  "Tireless driver Sian Morgan"): the head is a person noun from WordNet's noun.person
  (``loaded/person-nouns``); not a participle ("the acclaimed author"), a plain or
  non-gradable adjective ("the great friend", "the ideal customer") or a noun that modifies
  another ("outstanding student loans").

Each kind with its look-alike. Sentences written for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

PAIRS = [  # (warned, kept quiet, word)
    # the active perfect and progressive vs the passive
    ("The actor has bravely spoken about his illness.",
     "The illness was bravely borne for years.", "bravely"),
    ("The crews were bravely fighting the flames at dawn.",
     "The flags were bravely flown over the harbour.", "bravely"),
    ("The landlord had boldly predicted a rise in rents.",
     "The landlord's shirt was boldly patterned.", "boldly"),
    # an epithet of a person vs the same adjective before a thing or a modifier
    ("The heartbroken singer was seen leaving the hotel.",
     "The singer said she was heartbroken by the news.", "heartbroken"),
    ("The distraught mother Ana Okoro waited outside the court.",
     "The distraught tone of the letter was plain.", "distraught"),
]
QUIET = [  # (sentence, word): not warned by the new evidence
    ("The pain was bravely borne by the family.", "bravely"),
    ("She has been bravely candid before.", "bravely"),
    ("Americans owe an outstanding student loan balance.", "outstanding"),
    ("The acclaimed author Jane Mills read from her book.", "acclaimed"),
    ("The ideal customer is a small firm.", "ideal"),
    # a type a portrayal is compared with, no person whose feeling is told
    ("He plays the king less as a tyrant than a furious shop manager, which works.", "furious"),
]


@pytest.mark.parametrize(("warned", "quiet", "word"), PAIRS)
def test_round88_writer_verdict_warns_and_look_alike_does_not(lint, warned: str, quiet: str, word: str) -> None:
    assert severity_in_body(lint, warned, word) == "warning"
    assert severity_in_body(lint, quiet, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), QUIET)
def test_round88_passives_participles_and_modifiers_do_not_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


def test_round88_person_nouns_come_from_wordnet_not_body_parts() -> None:
    from lintnews.language.wordclasses import word_class

    persons = word_class("loaded/person-nouns")
    assert {"singer", "singers", "pianist", "driver", "teacher"} <= set(persons)
    assert "head" not in persons  # a body part first: "the heartbroken head" is not read as a person
