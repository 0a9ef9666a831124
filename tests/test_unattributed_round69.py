"""Unattributed claims, round 69: false alarms on fresh copy, checked on a blind set.

Both kinds below were built on these sentences, measured and taken out by the round's rule
(keep a change only if a check gains and none loses: each lifted tuning sets only); their
commits and reverts are on the branch, and the tests of what they cleared are strict xfails,
so that whoever brings one back sees it. The traps are plain tests.

Two general kinds of false alarm remained on the tuning sets:

1. A participant group's account, then a named speaker who illustrates it in the NEXT
   PARAGRAPH, or in a quotation of several sentences whose tag comes at its end ("Residents
   said the river had turned brown.\\n"The river was our life. Now we buy water," said Ama Owusu,
   a trader."). Wire and web copy give each sentence its own paragraph; round 67 read the next
   sentence of the same paragraph only, and only up to a quotation's first full stop. The
   guidelines clear a source named in the next sentence: the speaker is named (warning gone).
2. Forecasters with the weather service named in their sentence or the one next to it ("The
   Met Office warning runs until 9pm. Forecasters said ..."): the service says whose
   forecasters they are, as round 65's officials after a named body; a hint.

Traps of the same shapes stay warned: a contrast, an answering verb, an office on the other
side, a group anonymous on purpose, a bare name, two paragraphs on, a speaker with no
description; forecasters with no service near, or with a service two sentences away, or
another kind of group beside the service. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# kind 1: a participant group, then its illustrating speaker in the next paragraph or after a
# quotation of several sentences: not warned
ILLUSTRATED_ON = [
    "Residents say the council has ignored them for years.\n"
    "Maria Lopez, 71, who lives above the bakery, said she had written to the mayor six times.",
    "Traders said the new market rules were unfair.\n"
    "\"We pay the rent. Now they want a licence as well,\" said Colin Marsh, a florist on the high street.",
    "Passengers said the new fares were a scandal.\n"
    "\"It costs me more to get to work than I earn in an hour. Nobody listens,\" said Priya Nair, a mother of two.",
    "Fans said the club had lost its way.\n"
    "\"There is no plan. The owners do not care,\" said Dean Carter, 34, who has followed the club since he was six.",
    "Workers said the pay offer was an insult.\n"
    "\"Prices have gone up by a third. They offer us two per cent,\" said Kofi Mensah, 58, a welder at the yard.",
    "Residents of the estate say the landlord has ignored complaints about damp.\n"
    "\"The walls are black. My son has asthma,\" said Grace Hill, who has lived in the block for ten years.",
    "Customers said the bank's new app was a step backwards.\n"
    "\"I cannot find anything. The old one was fine,\" said Peter Daly, a retired teacher from Cork.",
    "Fans said the ticket prices were out of reach for families.\n"
    "Tom Walsh, 45, a season-ticket holder for twenty years, said he would not renew.",
    "Residents said the bus cuts would leave the village cut off.\n"
    "\"It is the only way to the doctor. Without it I am stuck,\" said Anna Reid, 82, a widow who does not drive.",
    "Staff said the hospital's managers had lost their trust.\n"
    "\"We raised it again and again. Nothing changed,\" said Musa Bello, a nurse on the children's ward.",
    "Residents say the lifts are a disgrace. \"I am on the ninth floor. I carry my shopping up "
    "the stairs,\" said Edna Price, 80, a retired teacher.",
]

ILLUSTRATED_TRAPS = [
    # a contrast, an answering verb
    "Residents say the council has ignored them for years.\n"
    "But Maria Lopez, 71, who lives above the bakery, said the council had been helpful.",
    "Traders said the new market rules were unfair.\n"
    "\"It is not that bad. The rules are fair,\" insisted Colin Marsh, a florist on the high street.",
    # an office on the other side
    "Passengers said the new fares were a scandal.\n"
    "\"We froze fares for two years. This rise is modest,\" said Priya Nair, the council's transport director.",
    "Workers said the pay offer was an insult.\n"
    "Peter Daly, the company's chief executive, said the offer was the best it could afford.",
    # anonymous on purpose
    "Sources said the talks were doomed.\n"
    "\"There is no deal. Everyone has gone home,\" said Dean Carter, a negotiator.",
    "Residents who asked not to be named said the police had ignored them.\n"
    "\"We called and called. Nobody came,\" said Musa Bello, 40, a trader.",
    # a bare name, no description
    "Farmers said the new subsidy scheme was badly designed.\n"
    "\"It pays the big estates. Small farms get nothing,\" said Joseph Otieno.",
    # a speaker who speaks no words
    "Residents of the estate say the landlord has ignored complaints about damp.\n"
    "Grace Hill, who has lived in the block for ten years, was taken to hospital last week.",
    # two paragraphs on
    "Fans said the club had lost its way.\n"
    "The team has lost six games in a row.\n"
    "\"There is no plan,\" said Kofi Mensah, 58, a season-ticket holder.",
    # no speaker next
    "Customers said the bank's new app was a step backwards.\n"
    "The bank said in a statement that the app had been tested by thousands of users.",
    # a bare title describes no participant
    "Some fans said the prices were out of reach.\n"
    "\"It is too much. Families cannot go,\" said Councillor Tom Walsh.",
    # nothing after the group
    "Residents said the council had ignored their complaints.",
]

# kind 2: forecasters with the weather service named beside them: a hint, not a warning
FORECASTERS_NEAR = [
    "The Met Office warning runs from 6am to 9pm. Forecasters said gusts could reach 80mph.",
    "Forecasters warned of more heavy rain on Sunday. The Met Office has issued a yellow warning for the north.",
    "The National Weather Service issued a flood watch for the county. Forecasters said up to six inches could fall.",
    "Forecasters expect the storm to make landfall on Friday. The national weather service said winds would reach 120mph.",
    "The meteorological department has warned fishermen not to go to sea. Forecasters said the cyclone would strengthen.",
    "Met Éireann has issued an orange wind warning for Cork and Kerry. Forecasters expect gusts of 130km/h.",
    "Forecasters predict a wet start to the week. The weather service said a band of rain would arrive on Monday.",
    "The Indian Meteorological Department said the monsoon had reached Kerala. Forecasters expect it to reach Mumbai within ten days.",
    "Forecasters warned that the snow could cause travel chaos. The Met Office said up to 20cm could fall on high ground.",
    "The weather bureau has issued a heat alert for the capital. Forecasters said temperatures could reach 44C.",
]

# already so on main (a member's own noun; the service in the group's phrase or tag): not warned
ALREADY_CLEAR = [
    "Farmers said the new subsidy scheme was badly designed.\n"
    "\"It pays the big estates. Small farms get nothing,\" said Joseph Otieno, a farmer from Machakos.",
    "Forecasters at the Met Office expect temperatures to fall below zero overnight.",
    "Forecasters said the heatwave would last until the weekend, the Bureau of Meteorology said.",
]

FORECASTER_TRAPS = [
    # no service near
    "Forecasters warned that air pollution would reach severe levels on Wednesday.",
    "Forecasters expect a cold winter. Gas prices have already risen.",
    # another group beside the service
    "The Met Office has issued a yellow warning. Experts said the flood defences would not hold.",
    "Critics said the forecasts were wrong. The Met Office said its models had been accurate.",
    "The Met Office has issued a warning for ice. Residents said the roads had not been gritted.",
    # a contrast: the service answers its forecasters' critics
    "Forecasters said the storm would miss the coast. But the Met Office later issued a red warning.",
    # anonymous on purpose
    "Forecasters who asked not to be named said the warning came too late. The Met Office said it "
    "had followed its procedures.",
    # a new paragraph starts a new point
    "Forecasters said the rain would ease by Tuesday.\n"
    "The Met Office has issued a flood alert for the valley.",
    # a weather word that is no service
    "The weather has been mild all month. Forecasters said it would turn cold on Friday.",
    "Some economists and forecasters expect a recession. The Met Office said it would be a wet spring.",
]



def _story(text: str) -> str:
    """``text`` as a story's body, under a headline line (the copy's first line is read as one)."""
    return "Town left waiting\n" + text


@pytest.mark.xfail(strict=True, reason="round 69: built and taken out (only the tuning set I gained, no check moved)")
@pytest.mark.parametrize("text", ILLUSTRATED_ON)
def test_illustrated_on_is_not_warned(lint, text: str) -> None:
    text = _story(text)
    assert not _warnings(lint, text), [d.message for d in _warnings(lint, text)]


@pytest.mark.parametrize("text", ILLUSTRATED_TRAPS)
def test_illustrated_trap_stays_warned(lint, text: str) -> None:
    text = _story(text)
    assert _warnings(lint, text), [d.message for d in _claims(lint, text)]


# (round 83 brought kind 2 back, with the service named: a proper name or a definite description)
@pytest.mark.parametrize("text", FORECASTERS_NEAR)
def test_forecasters_beside_their_service_are_a_hint(lint, text: str) -> None:
    text = _story(text)
    assert not _warnings(lint, text), [d.message for d in _warnings(lint, text)]
    assert _claims(lint, text, Severity.INFO)


@pytest.mark.parametrize("text", ALREADY_CLEAR)
def test_already_clear_on_main(lint, text: str) -> None:
    text = _story(text)
    assert not _warnings(lint, text), [d.message for d in _warnings(lint, text)]


@pytest.mark.parametrize("text", FORECASTER_TRAPS)
def test_forecaster_trap_stays_warned(lint, text: str) -> None:
    text = _story(text)
    assert _warnings(lint, text), [d.message for d in _claims(lint, text)]
