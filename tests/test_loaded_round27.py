"""Loaded language, round 27: round 26's blind check (now tuned on) and its false alarms by kind.

- "So-called" before a coined compound (nouns in a row, a hyphenated coinage, a term of three
  words) introduces a term, not the writer's doubt.
- A characterisation opened by its participle ("Labeled slimy by many, ..."), and the verbs of
  derision with "as" ("scorned as a failure"): the view is someone else's.
- No attributive judgement across a preposition ("an offensive against government forces").
- A phrase capitalised as a name ("the Axis of Evil"); a superlative in a hyphenated word
  ("one of the best-studied groups").
- An editorial adverb joined to another "-ly" adverb mid-clause is one of manner ("happily and
  safely").
- Literal senses by kind: money owed ("outstanding loans"), a quantity ("dangerous amounts"),
  seas and paths ("the treacherous sea"), medicine ("inflammatory arthritis", "pap smears"),
  machines ("a power-hungry device"), waste by its source ("general garbage").

Each reading is paired with a look-alike that still warns. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded import evidence as ev
from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "Two soldiers were hurt in the so-called friendly fire incident near the border.",
    "Fans still copy his so-called duck walk on stage.",
    "The study followed the so-called left-behind wives of migrant workers.",
    "Economists call this so-called share squeezing a passing phase.",
])
def test_so_called_before_a_coined_compound_is_a_term(lint, text):
    assert severity_of(lint, text, "so-called") == "info"


@pytest.mark.parametrize("text", [
    "The so-called experts were wrong again about the economy.",
    "His so-called reforms have left the poor worse off.",
    "The senator, a so-called democratic socialist, made millions from his books.",
    "Her so-called friends betrayed her within a week.",
    "The so-called human rights activists never visited the camps.",
    "Every piece of so-called evidence put forth by the police has collapsed.",
])
def test_so_called_doubting_a_word_still_warns(lint, text):
    assert severity_of(lint, text, "so-called") == "warning"


@pytest.mark.parametrize(("text", "word"), [
    ("Labeled slimy by many, these worms quietly till the soil.", "slimy"),
    ("2) Viewing the talks as useless, the hawks prepared for force.", "useless"),
    ("The general, once widely scorned as a disgraceful failure, won the vote.", "disgraceful"),
])
def test_a_characterisation_reported_is_the_characteriser_s(lint, text, word):
    assert severity_of(lint, text, word) == "info"


@pytest.mark.parametrize(("text", "word"), [
    # the capitalised participle inside a sentence is no characterisation of its own
    ("These worms, Labeled by the farm, are slimy and disgusting.", "disgusting"),
    # a verb of derision with its object and no "as": the writer's adjective
    ("Critics scorned the plan, a disgraceful failure by any measure.", "disgraceful"),
])
def test_the_writer_s_own_verdict_beside_a_characterising_verb_still_warns(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


def test_no_attributive_judgement_across_a_preposition(lint):
    assert severity_of(lint, "Rebels pushed on with a major offensive against government forces.",
                       "offensive") == "info"
    assert severity_of(lint, "The senator made offensive remarks about the refugees.", "offensive") == "warning"


def test_a_phrase_capitalised_as_a_name(lint):
    assert severity_of(lint, "It was as when the president put Iran into the Axis of Evil after the attacks.",
                       "Axis of Evil") is None
    assert severity_of(lint, "Those three regimes formed a true axis of evil.", "axis of evil") == "warning"
    # a label capitalised is still the label ("the Deep State" in the writer's voice): judged
    # as a label (alone it is info, unmeasured), not dropped as a name
    assert severity_of(lint, "The bureaucrats of the Deep State undermine the president every day.",
                       "Deep State") == "info"


def test_a_superlative_in_a_hyphenated_word(lint):
    assert severity_of(lint, "The villagers are one of the best-studied groups in the world.",
                       "one of the best") is None
    assert severity_of(lint, "The hotel is one of the best hotels in the city.", "one of the best") == "warning"


def test_an_adverb_of_manner_joined_to_another(lint):
    assert severity_of(lint, "Gifts of money help children enter the new year happily and safely.",
                       "happily") == "info"
    assert severity_of(lint, "Happily, nobody was hurt in the crash.", "happily") == "warning"
    assert severity_of(lint, "The talks, sadly and predictably, failed.", "predictably") == "warning"
    # before its verb the pair is no manner of doing: "repeatedly and shamelessly lied"
    assert severity_of(lint, "The mayor has repeatedly and shamelessly lied to voters.", "shamelessly") == "warning"


def test_manner_pair_evidence():
    text = "They left quickly and happily."
    start = text.index("happily")
    assert ev.manner_pair(text, start, start + 7, 0) is not None
    text = "Sadly and predictably, the talks failed."
    assert ev.manner_pair(text, 0, 5, 0) is None


@pytest.mark.parametrize(("text", "word"), [
    ("The outstanding value of investment by insurers exceeded 13 trillion yuan.", "outstanding"),
    ("The bank wrote off outstanding loans worth $2bn.", "outstanding"),
    ("Children were exposed to dangerous amounts of lead for years.", "dangerous"),
    ("At least 500 people drowned trying to cross the treacherous sea this year.", "treacherous"),
    ("She has trouble walking because of inflammatory arthritis.", "inflammatory"),
    ("The clinic offers birth control, pap smears and screenings.", "smears"),
    ("I would like to know the battery life of this power-hungry little device.", "power-hungry"),
    ("Most of it is general garbage from homes and offices.", "garbage"),
])
def test_literal_senses_by_kind(lint, text, word):
    assert severity_of(lint, text, word) in (None, "info")


@pytest.mark.parametrize(("text", "word"), [
    ("The council's outstanding performance deserves praise from everyone.", "outstanding"),
    ("He is a dangerous man who should never hold office.", "dangerous"),
    ("Lawmakers are treading a dangerous and reckless path.", "dangerous"),
    ("The senator is a treacherous and cowardly man.", "treacherous"),
    ("The mayor made inflammatory remarks at the rally.", "inflammatory"),
    ("The minister ran a smear campaign against the judge.", "smear campaign"),  # round 156: the phrase
    ("The power-hungry governor seized the courts.", "power-hungry"),
    ("It was a garbage argument from start to finish.", "garbage"),
])
def test_the_evaluative_senses_still_warn(lint, text, word):
    assert severity_of(lint, text, word) == "warning"
