"""Review 138 (of advert140's pack examples, advert141, unattr173, loaded166; issues 14, 15,
16): what the review found on copy the new code was not written for.

1. An undertaking's by-phrase (constructions/lexicon.py ``effort_agent``, one decision for
   passive.py and attribution/complements.py, which each had their own): round 173 read every
   "by" after an effort noun as the noun's agent, so "seen as a smart move by analysts" lost
   its judges and "by most economists" warned a second time as a vague source. A bare group
   of people who judge holds the view, unless the noun's purpose infinitive follows.
2. Accounts told, not held (constructions/provenance.py ``_TELLING_FRAME``): "According to
   current accounts, the fire started ..." lost its warning to round 173's money accounts
   ("current" is a bank's product and the present both).
3. Plural-only entries (``scene-rooms``' "stands", ``money-account-kinds``' "expenses") were
   dead under the noun tags: the classes are read untagged.
4. "so-called" before a one-word noun and a manner clause (loaded evidence/doubt.py
   ``_defined_term``): "the so-called reforms, slashing benefits" is the writer's sneer, not
   round 166's gloss of a term of art ("the so-called backdoor ISA, paying into ...").
5. A rulings list's entry pattern (shared/headlines.py ``_RULING_ENTRY``) had a lazy run
   before trailing blanks: quadratic on a long line of blanks.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import time

import pytest

from lintnews.builtin.shared.headlines import rulings_list
from tests.family_lint import LEAD, assert_hint, assert_warned, claims, severity_in_body, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# 1. the judges after an undertaking noun

@pytest.mark.parametrize(("sentence", "cue"), [
    ("The sale was widely seen as a smart move by analysts.", "smart move by analysts"),
    ("The rebrand was seen as a bold move by investors, who sent the shares up 4%.", "bold move by investors"),
])
def test_judges_after_an_undertaking_noun(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_quantified_judges_warned_once(lint) -> None:
    found = warnings(lint, LEAD + "The price cut was seen as a sensible step by most economists.")
    assert len(found) == 1 and "by most economists" in found[0].message, [d.message for d in found]


def test_purpose_keeps_the_undertaking_agent(lint) -> None:
    text = LEAD + "The vote was seen as a push by investors to oust the board."
    found = warnings(lint, text)
    assert found and not any("by investors" in d.message for d in found), [d.message for d in found]


# 2. accounts told, whatever their modifier

@pytest.mark.parametrize(("sentence", "cue"), [
    ("According to current accounts, the fire started in the kitchen.", "current accounts"),
    ("By some current accounts, the crowd numbered 10,000.", "current accounts"),
])
def test_accounts_told(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Savers can withdraw from some current accounts without penalty.",
    "Staff paid for the trips from several expenses accounts.",
])
def test_accounts_held(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence), [d.message for d in claims(lint, LEAD + sentence)]


# 3. the stands of a ground are a scene

def test_few_in_the_stands_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "Few in the stands expected a draw.")


def test_some_in_the_stands_say_warned(lint) -> None:
    assert_warned(lint, LEAD + "Some in the stands say the referee was bribed.", "Some in the stands say")


# 4. "so-called" before one noun and a manner clause

def test_so_called_one_noun_manner_clause_warns(lint) -> None:
    sentence = "The so-called reforms, slashing benefits for the poorest families, were passed on Tuesday."
    assert severity_in_body(lint, sentence, "so-called") == "warning"


def test_so_called_compound_term_glossed_stays_a_hint(lint) -> None:
    sentence = "The so-called bed tax, charging visitors £2 a night, starts in May."
    assert severity_in_body(lint, sentence, "so-called") == "info"


# 5. a rulings list's entry is read in linear time

def test_ruling_entry_linear_on_blanks() -> None:
    entry = "Quay Motors: appeal" + " " * 30000 + "x"
    t0 = time.perf_counter()
    assert not rulings_list("Other rulings this week", [entry, "Harbour Ferries: complaint upheld"])
    assert time.perf_counter() - t0 < 0.5


def test_rulings_list_still_read() -> None:
    assert rulings_list("Other rulings this week",
                        ["Harbour Ferries: complaint about fares upheld", "Quay Motors: appeal dismissed  "])
