"""Unattributed claims, round 177: described-but-unnamed sources and trade groups (issue 14).

Built, each a construction of English with its traps:

1. A source kept anonymous by its own word ("sources", "insiders", with or without a body or a
   place before it: "Coastguard sources", "Kremlin insiders") telling how it feels ("say they
   are particularly worried about", "said they felt misled") is the stance of the body it
   speaks for, passed on by nobody named: a warning, no longer the self-report hint of "Some
   said they felt dejected" (which stays). Officials and aides keep that hint (a body's officers
   telling their reaction: doubtful).
2. A plural of an advising trade (``attribution/advising-trades``) opening its sentence, bare or
   with its field named, then "report" in the plain present and what it sees ("Brokers report a
   rush of switching activity", "Mortgage brokers report that lenders are cutting rates"):
   warned, as "Dealers report a surge" (a source noun) already is. A determiner, an owner, a
   body's modifier, the past, "report to" (a duty), a mid-sentence subject, an object ("pay
   brokers a fee") and a headline stay silent; a member of the trade named in the next sentence
   ("Jane Roe, a broker at Roe Finance, said") clears it (attribution/members.py).
3. A body's statement confirmed or announced by its heads ("Acme chiefs confirmed in a
   statement that"), and a body named by its kind at the sentence's start ("Coastguard
   officials confirmed in a statement"): the body's written word, a hint. "Senior officials
   said in a statement" (no body), "Treasury officials ..." at the sentence's start (a capital
   no class tells from the sentence's own: doubtful) and sources stay warned.

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
    assert not claims(lint, text), [d.message for d in claims(lint, text)]


# 1. a source anonymous by its own word telling how it feels

@pytest.mark.parametrize(("sentence", "cue"), [
    ("Lifeboat sources say they are particularly worried about people walking on the harbour wall.",
     "Lifeboat sources say"),
    ("Kremlin insiders say they are furious about the leak.", "Kremlin insiders say"),
    ("Senior sources said they felt misled by the board.", "Senior sources said"),
    ("Insiders say they were shocked by the size of the fine.", "Insiders say"),
    ("Club sources told the paper they are confident the striker will stay.", "Club sources told"),
])
def test_anonymous_source_feeling_warns(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Some said they felt dejected after the vote.",
    "Officials say they are worried about the cost of the repairs.",
    "Several aides said they were relieved by the result.",
])
def test_people_telling_their_feeling_stay_hints(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


# 2. a trade's report

@pytest.mark.parametrize(("sentence", "cue"), [
    ("Brokers report a surge of first-time buyers, with some lenders easing their criteria.", "Brokers report"),
    ("Mortgage brokers report that lenders are cutting rates for the second month running.",
     "Mortgage brokers report"),
    ("Surveyors report fewer sales of older homes this spring.", "Surveyors report"),
])
def test_trade_report_warns(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Brokers reported a surge of first-time buyers in March.",
    "Brokers report to the regulator every quarter.",
    "Council planners report a rise in applications for garden flats.",
    "The bank's advisers report a rise in calls about savings.",
    "In the spring, brokers report a surge of first-time buyers.",
    "Lenders pay brokers a fee for every mortgage they arrange.",
])
def test_trade_report_traps(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence), [d.message for d in claims(lint, LEAD + sentence)]


def test_trade_report_headline_is_silent(lint) -> None:
    _quiet(lint, "Brokers report surge of first-time buyers\n\nRates fell by a quarter point on Monday.")


def test_trade_member_named_next_clears(lint) -> None:
    text = (LEAD + "Brokers report a surge of first-time buyers. Maria Silva, a mortgage broker at Silva "
            "Finance, said enquiries had doubled since January.")
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


def test_trade_report_with_other_body_next_warns(lint) -> None:
    text = LEAD + "Brokers report a surge of first-time buyers. The central bank cut its rate in May."
    assert_warned(lint, text, "Brokers report")


# 3. a body's statement

@pytest.mark.parametrize("sentence", [
    "On Friday, Acme chiefs confirmed in a statement that the plant would close.",
    "Coastguard officials confirmed in a statement that the vessel had sunk.",
    "Police chiefs said in a statement that the van had been stolen.",
])
def test_body_statement_is_a_hint(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Senior officials said in a statement that the plant would close.", "Senior officials said"),
    ("Treasury officials confirmed in a statement that the levy would rise.", "Treasury officials confirmed"),
    ("Lifeboat sources said in a statement that the vessel had sunk.", "Lifeboat sources said"),
    ("On Friday, Acme chiefs confirmed that the plant would close.", "Acme chiefs confirmed"),
])
def test_body_statement_traps(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_body_named_as_subject_is_silent(lint) -> None:
    _quiet(lint, LEAD + "The Treasury said the levy would rise in April.")
