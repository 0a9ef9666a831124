"""Loaded language, round 77: two context cues from a fresh writer's copy (issue 16).

Kept:

- *A compound object of an attack verb*: the literal-collocation check read the first noun
  after a dual-sense verb, so "blasted the penalty decision" was the sport sense. A verb's
  object is headed by the last noun of a compound; a literal noun right before a judged noun
  ("penalty decision", "flood response") only modifies it
  (``loaded.evidence.literal.literal_collocation``, ``verb=True``).
- *A later adjective of a list of predicate praise*: the rapture cue needed the copula right
  before the word; "she is tireless, inspirational and ..." puts other adjectives between
  (``loaded.evidence.evaluative.rapture``).

Each pair: the evaluative use warns, the literal or denied use does not. Sentences written
for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

COMPOUND_OBJECTS = [
    ("The visiting manager blasted the penalty decision after the match.", "blasted"),
    ("The coach blasted the penalty call that settled the tie.", None),
]

LITERAL_OBJECTS = [
    ("The striker blasted the penalty into the top corner.", "blasted"),
    ("The winger blasted the penalty over the bar in the last minute.", "blasted"),
]

LIST_RAPTURES = [
    ("She is tireless, inspirational and, by all accounts, hard to refuse.", "inspirational"),
    ("The new wing is bright, spacious and stunning.", "stunning"),
    ("The staging was bold and gorgeous.", "gorgeous"),
]

LIST_TRAPS = [
    # a supposed predicate: the writer asserts nothing
    ("If the head is kind and inspirational, the pupils will stay.", "inspirational"),
    # quoted: the speaker's words
    ('"Our head is kind, patient and inspirational," a parent said.', "inspirational"),
]


@pytest.mark.parametrize(("sentence", "word"), [c for c in COMPOUND_OBJECTS if c[1]])
def test_attack_verb_on_a_compound_object_warns(lint, sentence, word):
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), LITERAL_OBJECTS)
def test_attack_verb_on_a_literal_object_is_quiet(lint, sentence, word):
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), LIST_RAPTURES)
def test_later_adjective_of_predicate_praise_warns(lint, sentence, word):
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), LIST_TRAPS)
def test_supposed_or_quoted_list_is_not_warned(lint, sentence, word):
    assert_loaded_trap(lint, sentence, word)


def test_literal_collocation_reads_the_compound_head_for_verbs_only():
    from lintnews.builtin.loaded.evidence import literal_collocation

    text = "blasted the penalty decision"
    end = len("blasted")
    assert literal_collocation(text, end, len(text), "blasted", "blast", verb=True) is None
    # as an adjective the first noun still counts: the check is for a verb's object only
    text = "toxic waste policy"
    assert literal_collocation(text, len("toxic"), len(text), "toxic", "toxic") is not None
