"""Round 62: a finite verb by the lexicon; the last senses of the source verbs.

The informant's bare clause ("I hear the council plans to sell") is told by a subject and a
finite verb, and which words are finite verbs the shipped lexicon says (any verb's past or
third-person present, ``lintnews/language/finite.txt``, built from LemmInflect), not a
hand-made list; the noun readings of the same forms are kept apart by position. One function,
``grammar.finite_verb``, serves the informant's clause and the passive's that-less clause.
Then three source verbs in a sense that tells nothing: a thing conceded in a game, a thing
highlighted with a medium, a person cited for an offence. Sentences written for these tests;
benchmarks/unattributed_battery.py holds its own (read here, not copied).
"""

from __future__ import annotations

import pytest

import lintnews
from benchmarks.unattributed_battery import (
    INFORMANT_LEXICON,
    INFORMANT_NOUN_READINGS,
    SENSE_CLAIMS_62,
    SENSES_62,
)
from lintnews.builtin.constructions.grammar import Token, finite_verb, right
from lintnews.language.finite import finite_forms
from tests.trap_guard import UNATTRIBUTED, assert_trap

CATEGORY = "unattributed-claim"


def _warned(text: str) -> bool:
    return any(d.category == CATEGORY and d.severity.value in ("warning", "error") for d in lintnews.lint_text(text))


def _tokens(text: str) -> list[Token]:
    return right(text, 0, len(text))


# -- the lexicon's finite forms ---------------------------------------------------------------

def test_the_shipped_lexicon_knows_regular_and_irregular_finite_forms():
    forms = finite_forms()
    assert all(w in forms.past for w in ("approved", "employed", "met", "knew"))
    assert all(w in forms.present for w in ("plans", "employs", "favours", "disputes"))
    assert "planned" not in forms.present and "plan" not in forms.past
    assert "plans" in forms.plural_nouns and "employs" not in forms.plural_nouns
    assert "new" in forms.adjectives and "council" not in forms.adjectives


@pytest.mark.parametrize(("text", "index", "expected"), [
    ("the firm employs", 2, True),  # a present after a noun
    ("the ferry operator charters", 3, True),
    ("the trust refused", 2, True),  # a past after a noun
    ("the plans", 1, False),  # after a determiner: a noun
    ("the new plans", 2, False),  # after an adjective: a noun
    ("the club's plans", 2, False),  # after a possessive: the plural noun
    ("the council plans for", 2, False),  # before a preposition: the plural noun
    ("the council plans to", 2, True),  # before "to": the verb
])
def test_finite_verb_keeps_noun_readings_apart_by_position(text, index, expected):
    toks = _tokens(text)
    nxt = toks[index + 1] if index + 1 < len(toks) else None
    assert finite_verb(toks[index], toks[index - 1], nxt=nxt) is expected


# -- the informant's bare clause ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "I hear the ferry operator charters a second boat in July.",
    "We understand the brewery supplies most pubs in the valley.",
    "The Courier understands the trust refused the offer in writing.",
    "I'm told the headteacher dislikes the new timetable.",
    "We hear the landlord evicted four tenants last month.",
])
def test_a_regular_verb_opens_the_informants_clause(sentence):
    assert _warned(sentence), sentence


@pytest.mark.parametrize("sentence", [
    "We understand the costs.",
    "I hear the new proposals every week.",
    "The Courier understands the council's plans.",
    "I understand the trust plans for the garden.",
    "We hear the fresh complaints of the tenants.",
])
def test_a_noun_reading_is_no_clause(sentence):
    assert_trap(sentence, UNATTRIBUTED)
    assert not _warned(sentence), sentence


@pytest.mark.parametrize("sentence", INFORMANT_LEXICON)
def test_battery_informant_lexicon_is_warned(sentence):
    assert _warned(sentence), sentence


@pytest.mark.parametrize("sentence", INFORMANT_NOUN_READINGS)
def test_battery_informant_noun_readings_are_no_warning(sentence):
    assert_trap(sentence, UNATTRIBUTED)
    assert not _warned(sentence), sentence


def test_the_passives_that_less_clause_reads_the_same_verbs():
    assert _warned("It is thought at least two clubs sent scouts to the final.")
    assert not _warned("Believed the plan would work, she signed the lease.")


# -- the last senses ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Some defenders conceded a free-kick on the edge of the box.",
    "Several keepers conceded two goals in the first half.",
    "Some pupils highlighted the dates in pink.",
    "Two officers cited the motorist for a broken light.",
])
def test_a_thing_given_up_marked_or_a_person_summoned_is_no_claim(sentence):
    assert_trap(sentence, UNATTRIBUTED)
    assert not _warned(sentence), sentence


@pytest.mark.parametrize("sentence", [
    "Some officials conceded the roof had leaked for years.",
    "Several experts highlighted the risk of a second wave.",
    "Some analysts cited high interest rates as the reason for the slump.",
])
def test_the_same_verbs_telling_a_claim_stay_warned(sentence):
    assert _warned(sentence), sentence


@pytest.mark.parametrize("sentence", SENSES_62)
def test_battery_senses_62_are_no_warning(sentence):
    assert_trap(sentence, UNATTRIBUTED)
    assert not _warned(sentence), sentence


@pytest.mark.parametrize("sentence", SENSE_CLAIMS_62)
def test_battery_sense_claims_62_are_warned(sentence):
    assert _warned(sentence), sentence


def test_the_word_sets_answer_like_a_set_of_their_words():
    """The compact word sets (one string, spans by two-letter start) answer exactly as a
    frozenset of the same words, at the edges too: one-letter words, a word that is a prefix of
    others, the empty set and words not there."""
    from lintnews.language.finite import WordSet

    words = ["a", "ab", "abc", "abd", "b", "ba", "bz", "c", "ca", "cab"]
    found = WordSet(" ".join(words))
    assert len(found) == len(words)
    for probe in [*words, "", "aa", "abe", "bb", "cabs", "d", "z", "a b", "ab "]:
        assert (probe in found) == (probe in set(words)), probe
    empty = WordSet("")
    assert len(empty) == 0 and "a" not in empty and "" not in empty
