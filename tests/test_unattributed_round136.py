"""Unattributed claims, round 136: a bare plural of people voicing a view, the verbs as data
(issue 14, recall).

Round 130's strict frame read a ``group-speakers`` plural ("Parents", "Insurers", "Ambulance
crews") only at a fixed list of present verbs. The verbs are now a word class
(``attribution/group-views``), every form by lemma, read in the present, the progressive and the
perfect, and a state of mind after "are" or "remain" joins them:

1. concession, acceptance, warning, anticipation: "Hospital managers privately concede that",
   "Managers have privately accepted that", "Insurers expect the bill will";
2. the progressive: "Engineers are privately warning that";
3. a state of mind: "Parents are anxious that", "Plenty of shoppers remain convinced that".

Traps: a past ("Insurers were warning", "Parents were anxious"), a generic fact ("Parents pay
the fees in June": no verb of a view), an object with no clause ("Swimmers expect a cold
race"), a definite group, a tag set off by commas in mid sentence ("His fortune, prosecutors
believe, included ..."), a coordinated definite conjunct, and "say" and "report", which this
round left out (a check set's and a blind set's false alarm).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    # 1. the verbs of the class beyond round 130's list
    ("Hospital managers privately concede that the waiting list was padded.",
     "'Hospital managers privately concede'"),
    ("Managers have privately accepted that the winter will be worse.",
     "'Managers have privately accepted'"),
    ("Insurers expect the bill will run into millions.", "'Insurers expect'"),
    # 2. the progressive
    ("Engineers are privately warning that the new wall may be too low.",
     "'Engineers are privately warning'"),
    ("Swimming clubs are complaining that the pool is too cold.", "'Swimming clubs are complaining'"),
    # 3. a state of mind after "are" or "remain"
    ("Parents are anxious that the bus route will be cut.", "'Parents are anxious'"),
    ("Plenty of shoppers remain convinced that the chains are shrinking their packs.",
     "'Plenty of shoppers remain convinced'"),
])
def test_a_group_view_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # a past account: who was there, not a standing view
    "Insurers were warning that the bill would be high.",
    "Parents were anxious that the bus would be late.",
    "Engineers conceded that the wall was too low.",
    # a generic fact about a group: no verb of a view
    "Parents pay the fees in June.",
    # an object, no clause
    "Swimmers expect a cold race.",
    "Parents are anxious about the cost.",
    # a definite group
    "The engineers are warning that the wall may be too low.",
    # a tag set off by commas in mid sentence
    "His fortune, prosecutors believe, included two villas on the coast.",
    # "say", "report" are not read (rounds 130 and 136 ablated them); a definite conjunct
    "Parents say the rota is unfair.",
    "Shopkeepers report that takings are down by a third.",
    "Ship pilots and the analysts she hired fear that the channel is silting up.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    found = warnings(lint, LEAD + sentence)
    assert not found, [d.message for d in claims(lint, LEAD + sentence)]
