"""Unattributed claims, round 173: professions as sources, and passives a named person nearby
does not clear (issue 14).

Built, each a construction of English with its traps:

1. The advice of an advising trade with its field named (word class
   ``attribution/advising-trades``, sources/verbs.py ``field_named``, read by round 172's
   ``authority_advice`` only): "Financial planners generally recommend keeping", "Mortgage
   brokers advise fixing"; "Council planners recommend refusing", bare "Planners recommend
   ...", "The bank's advisers ...", "Installers fitted the pump", "Retirement planners say"
   (talk, not advice) stay silent.
2. Money held is no provenance (word class ``attribution/money-account-kinds``, provenance.py):
   "from some retirement accounts"; "Some eyewitness accounts suggest" stays warned.
3. An undertaking's by-phrase after a view passive's complement (word class
   ``attribution/effort-nouns``; complements.py ``agent_after_complement``): "is seen as part
   of a push by the bank's new chairman, Tom Reilly, to cut costs" leaves the view nobody's;
   "is seen as a triumph by the Harbour Gazette" names its judge.
4. The writer's gloss after a mid-sentence closing tag (coverage.py ``_gloss_after_tag``):
   "..., the firm said, in a move widely seen as an attempt to avoid a strike" is the writer's,
   not the firm's; "The firm said the move was widely seen as ..." (a lead) stays covered.
5. An expectation of the people present in the room of an event ("few in the room expected the
   meeting to be calmer"): a hint; "Some in the room say he lied", "Many in the village believe"
   stay warned.
6. The outlet's own correspondent in the plain past ("Our correspondent learnt that ..."), read
   as round 61's "The Times has learned"; "Our correspondent learnt to swim" has no clause.

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


# 1. the advice of an advising trade with its field named

@pytest.mark.parametrize(("sentence", "cue"), [
    ("Financial planners generally recommend keeping a year of savings in cash.", "Financial planners generally recommend"),
    ("Mortgage brokers advise fixing the rate for five years.", "Mortgage brokers advise"),
    ("Debt counsellors advise contacting the lender first.", "Debt counsellors advise"),
])
def test_advice_of_a_trade_with_its_field(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Council planners recommend refusing the application.",  # a body's officers
    "Planners recommend refusing the application.",  # bare: the officers of a body in the story
    "Local surveyors recommend checking the roof first.",
    "The bank's advisers recommend keeping cash aside.",
    "Harbour Financial Planners recommend keeping cash aside.",  # a firm's name
    "Installers fitted the pump in a day.",
    "Planners approved the scheme on Tuesday.",
    "Retirement planners say the rules are too complex.",  # talk, not advice: not read
    "Investors asked their financial planners about keeping cash.",  # an object
    "Mortgage brokers recommend a review of the rules.",  # no course of action
])
def test_trade_traps(lint, sentence: str) -> None:
    _quiet(lint, LEAD + sentence)


# 2. money held is no provenance

@pytest.mark.parametrize("sentence", [
    "You must withdraw a set amount each year from some retirement accounts.",
    "Several savings accounts pay more than 5% this year.",
])
def test_money_accounts(lint, sentence: str) -> None:
    _quiet(lint, LEAD + sentence)


def test_accounts_of_a_story_stay(lint) -> None:
    assert_warned(lint, LEAD + "Some eyewitness accounts suggest the driver fled.", "accounts")


# 3. an undertaking's by-phrase after the complement

@pytest.mark.parametrize("sentence", [
    "The merger is seen as part of a wider push by the bank's new chairman, Tom Reilly, to cut costs.",
    "The merger is seen as part of a wider push by the bank's new chairman to cut costs.",
    "The sale is seen as a bid by the founders to keep control.",
])
def test_undertaking_agent_is_no_judge(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "seen as")


@pytest.mark.parametrize("sentence", [
    "The play is seen as a triumph by the Harbour Gazette.",
    "The deal is billed as a rescue by the bank.",
])
def test_judge_after_complement_clears(lint, sentence: str) -> None:
    _quiet(lint, LEAD + sentence)


# 4. the writer's gloss after a mid-sentence closing tag

@pytest.mark.parametrize("sentence", [
    "Drivers will get a pay rise from May, the firm said, in a move widely seen as an attempt to avoid a strike.",
    "Drivers will get a pay rise from May, the firm said, in what is seen as an attempt to avoid a strike.",
])
def test_gloss_after_tag(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "seen as")


@pytest.mark.parametrize("sentence", [
    "The firm said the rise was seen as an attempt to avoid a strike.",
    "Drivers will get a rise, the firm said, adding that it was seen as fair.",
    "Drivers will get a rise, the firm said, in a statement seen as conciliatory.",
])
def test_tag_still_covers(lint, sentence: str) -> None:
    _quiet(lint, LEAD + sentence)


# passives and a named person in the next sentence (the brief's pair)

def test_named_person_doing_something_else_does_not_clear(lint) -> None:
    text = LEAD + "The plan is seen as doomed. Jane Roe, the mayor, opened the depot on Monday."
    assert_warned(lint, text, "seen as")


def test_named_holder_next_clears(lint) -> None:
    _quiet(lint, LEAD + "The plan is seen as doomed. Jane Roe, the mayor, said the plan was doomed.")


# 5. an expectation of the people in the room

def test_expectation_in_the_room_is_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "The board meets next week. Few in the room expected that meeting to be any calmer.")


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Some in the room say the chairman lied to them.", "Some in the room say"),
    ("Many in the village believe the mill will close.", "Many in the village believe"),
    ("Few in the industry expect the mill to survive.", "Few in the industry expect"),
])
def test_other_quantified_groups_stay(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


# 6. the outlet's own correspondent

def test_correspondent_learnt(lint) -> None:
    assert_warned(lint, LEAD + "Our correspondent learnt that several senators had been told to stay away.",
                  "Our correspondent learnt")


@pytest.mark.parametrize("sentence", [
    "Our correspondent learnt to swim in the river as a boy.",
    "Our reporter gathered outside the court with other journalists.",
    "The minister learnt that the vote had failed.",
])
def test_correspondent_traps(lint, sentence: str) -> None:
    _quiet(lint, LEAD + sentence)
