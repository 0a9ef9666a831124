"""Unattributed claims, round 174: recall on the new desks (issue 14).

Built, each a construction of English with its traps:

1. The learned professions as unnamed sources (word class ``attribution/source-nouns`` and the
   vague-source rule's terms): "Agronomists say the yields will fall", "Psychologists warn
   that", as "Economists say" and "Scientists warn" already were. A named member in apposition
   ("Jane Roe, a psychologist at Leeds, said") and the work of the trade with no view
   ("Meteorologists tracked the storm") stay silent.
2. A leader's view with "that" left out (sources/unnamed.py ``_bare_clause_follows``):
   "Community leaders say relations between the groups have rarely been stronger", "Business
   leaders fear jobs will go", as "Business leaders have warned that" already was. Leaders
   acting ("said goodbye to the staff who were", "warned residents to leave", "met the mayor")
   stay silent.
3. A due's noun that modifies the subject of a content clause (sources/verbs.py
   ``_modifies_clause_subject``): "Some residents claimed relief parcels were being sold" is a
   claim, not a due claimed; "claimed compensation payments from the fund", "claimed relief
   from the tax" stay dues.
4. A forecast in the impersonal passive (word class ``attribution/passive-that`` gains
   "expect" and "anticipate"; passive.py ``_forecast_in_clause``): "It is expected that the
   depot will close" hides who expects it, as "it is predicted that" does; "It is expected
   that all staff wear badges" (a norm, no modal of what will be) and "is expected to" (the
   expectation rule's hint) are left as they were.
5. The quoted name a group gives a thing after its object (sources/verbs.py
   ``_quoted_name_after_object``): "Critics have called the design a "glass box"" is their
   verdict; "called the council a second time" (no quotation) and "called the dog "Biscuit""
   (a proper name) are none.

Round 176 kept (1), (2) and (3) (with guards: tests/test_unattributed_round176.py) and left
(4) and (5) out after a measurement that still had round 174's blind false alarm with them in;
their warning tests went with them, their stay-quiet tests stay.

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


# 1. the learned professions as unnamed sources

@pytest.mark.parametrize(("sentence", "cue"), [
    ("Agronomists say the barley crop will be the smallest in a decade.", "Agronomists say"),
    ("Psychologists warn that the habit can become compulsive.", "Psychologists warn"),
    ("Hydrologists fear the aquifer will not recover before the summer.", "Hydrologists fear"),
    ("Glaciologists say the ice shelf could break up within a few years.", "Glaciologists say"),
    ("Some climatologists argue the drought was made worse by the dams.", "climatologists argue"),
])
def test_learned_profession_as_unnamed_source(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Meteorologists tracked the storm across the bay for two days.",  # their work, no view
    "Jane Roe, a psychologist at Leeds, said the habit was harmless.",  # named
    "Agronomists from the college tested the soil on 40 farms.",  # their work
    "The agronomist said the crop would recover.",  # the one the story has met
])
def test_learned_profession_traps(lint, sentence: str) -> None:
    _quiet(lint, LEAD + sentence)


# 2. a leader's view with "that" left out

@pytest.mark.parametrize(("sentence", "cue"), [
    ("Community leaders say relations between the two estates have rarely been better.", "Community leaders say"),
    ("Business leaders fear jobs will go if the toll is doubled.", "Business leaders fear"),
    ("Church leaders believe the hall would be better used as a shelter.", "Church leaders believe"),
])
def test_leaders_view_with_that_left_out(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Union leaders said goodbye to the crews who were leaving the yard.",  # an act, a relative
    "Community leaders warned residents to leave before the tide turned.",  # an infinitive
    "Church leaders met the mayor at the hall, where talks were held.",  # no view verb
    "Community leaders say Harbour Road will reopen in June.",  # a capital: not read (the parse's care)
    "Community leaders say goodbye to the old market this weekend.",  # no auxiliary: an act
])
def test_leaders_acting_stay_silent(lint, sentence: str) -> None:
    _quiet(lint, LEAD + sentence)


def test_leaders_with_that_still_warned(lint) -> None:
    assert_warned(lint, LEAD + "Business leaders have warned that the levy will cost jobs.", "Business leaders")


# 3. a due's noun that modifies the subject of a content clause

@pytest.mark.parametrize(("sentence", "cue"), [
    ("Some residents claimed relief parcels were being sold at the market.", "Some residents claimed"),
    ("Several tenants claimed insurance payouts had been held back for months.", "Several tenants claimed"),
])
def test_due_noun_modifying_clause_subject(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Some residents claimed compensation payments from the fund.",  # a due claimed
    "Some residents claimed relief from the council tax.",  # a due claimed
    "Investors claimed compensation after the collapse.",  # a due claimed
])
def test_dues_claimed_stay_silent(lint, sentence: str) -> None:
    _quiet(lint, LEAD + sentence)


# 4. a forecast in the impersonal passive

@pytest.mark.parametrize("sentence", [
    "It is expected that all visitors sign in at the gate.",  # a norm
    "It is expected that pupils should arrive by nine.",  # a duty
    "It is expected that the depot will close, the council said.",  # named
])
def test_impersonal_expectation_traps(lint, sentence: str) -> None:
    _quiet(lint, LEAD + sentence)


def test_expected_to_stays_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "The depot is expected to close before the winter.")


# 5. the quoted name a group gives a thing after its object

@pytest.mark.parametrize("sentence", [
    "Residents called the council a second time about the leak.",  # a telephone call
    'Neighbours called the stray dog "Biscuit" after its colour.',  # a proper name
    "Critics called the museum to ask about the opening hours.",  # a telephone call
])
def test_calls_with_no_verdict(lint, sentence: str) -> None:
    _quiet(lint, LEAD + sentence)
