"""Loaded language, round 19: kinds of miss from half A of a split of the BABE and propaganda
tuning suites (alternate sentences, alternate articles, as ``benchmarks/cv_loaded.py`` splits
them), kept only where half B, not read, gained too.

- The plural of a hyphenated label whose last part the inflection lexicon does not know
  ("anti-vaxxers", "left-wingers", "race-baiters"): asked for as a noun, the compound takes
  the regular plural of its last part. A compound the lexicon knows keeps its own forms.
- "war on" before a capitalised name ("the war on Ukraine") is a war, an exception of the
  figurative rule; the exception was matched without regard to case, so every "war on" ("a
  war on science") was dropped, not held as a hint.

Each test pairs the loaded use with its literal or neutral look-alike. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from lintnews.language.expand import expand
from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# -- the plural of a hyphenated label ---------------------------------------------------------


@pytest.mark.parametrize(("term", "plural"), [
    ("anti-vaxxer", "anti-vaxxers"),
    ("left-winger", "left-wingers"),
    ("rabble-rouser", "rabble-rousers"),
])
def test_a_hyphenated_noun_with_an_unknown_last_part_takes_the_regular_plural(term, plural):
    forms = {f for fs in expand(term, "noun").values() for f in fs}
    assert plural in forms and term in forms


def test_a_hyphenated_word_not_asked_for_as_a_noun_is_not_given_a_plural():
    forms = {f for fs in expand("left-winger", None).values() for f in fs}
    assert forms == {"left-winger"}


@pytest.mark.parametrize(("sentence", "word"), [
    ("Left-wingers blocked the road outside the depot.", "Left-wingers"),
    ("The rabble-rousers at the gate threw bottles at the buses.", "rabble-rousers"),
])
def test_the_plural_of_a_hyphenated_label_warns_as_the_singular_does(lint, sentence, word):
    singular = sentence.replace(word, word[:-1]).replace("buses", "bus")
    # (reported either way; a label not measured as loaded is info with no evaluative use since
    # round 22)
    assert severity_of(lint, sentence, word) == severity_of(lint, singular, word[:-1]) is not None


@pytest.mark.parametrize("sentence", [
    "The left winger crossed for the second goal.",
    "Two wingers were booked in the first half.",
])
def test_a_winger_on_the_pitch_is_no_label(lint, sentence):
    assert not lint(sentence, select=["loaded-language"])


# -- "war on" ----------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "The senator waged a war on science for a decade.",
    "Critics called the bill a war on the poor.",
])
def test_war_on_a_common_noun_is_a_hint(lint, sentence):
    assert severity_of(lint, sentence, "war on") == "info"


@pytest.mark.parametrize("sentence", [
    "The war on Ukraine entered its third year.",
    "Soldiers returned from the war on the front in the east.",
])
def test_war_on_a_country_or_the_front_is_a_war(lint, sentence):
    assert severity_of(lint, sentence, "war on") is None
