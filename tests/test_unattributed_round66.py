"""Unattributed claims, round 66: false alarms on real copy, by kind.

Two kinds were built on these sentences, measured, and taken out by the
round's rule (keep a change only if a check gains and none loses); their commits and reverts are
on the branch, and the hint tests are strict xfails, so that whoever brings one back sees it:
(1) a vague group's reaction to a thing ("activists criticised the guidance", "leaders condemned
the governor") as a hint: the team's news-synth check lost a true claim and no check gained (its
writers read a vague group's reaction as a cue); (2) "allegedly" in crime copy whose proceedings
are told in the common forms ("has been charged after", "will appear in court", "was refused
bail", "is in custody"), the charge being the allegation, as "arrested after allegedly ..."
already is: only the tuning set Y2 gained. The look-alikes that must stay warned are plain
tests. Every sentence is written for these tests.
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


# a group's reaction to a thing the copy names: wanted as a hint; built and taken out (see above)
REACTIONS = [
    "Housing campaigners on Tuesday criticised the council's new rent rules.",
    "Religious leaders and politicians in both parties condemned the governor for closing the shelter.",
    "Rights activists hailed the ruling as a step forward for tenants in the province.",
    "Several opposition lawmakers denounced the budget during Thursday's sitting.",
    "Campaigners rejected the quota deal at Friday's meeting in the harbour hall.",
    "Many residents voiced their opposition to the new bypass at the hearing.",
    "Environmental groups praised the port authority for dropping the dredging plan.",
    "Some commentators are criticising the broadcaster for cutting the debate short.",
    "Union activists condemned the closure of the village school on Saturday.",
    "Critics mocked the minister's slogan within hours of the launch.",
    "Many activists praised the mayor after the vote on the market square.",
    "Opponents of the scheme decried the lack of consultation with fishing crews.",
]

# the same groups passing on a view, or with no reaction verb: still warned
VIEWS = [
    "Housing campaigners said the council's new rent rules would push families out.",
    "Critics argue that the budget leaves the poorest households worse off.",
    "Rights activists warn the ruling will make evictions easier.",
    "Several opposition lawmakers condemned the budget, saying it would cut school meals.",
    "Many residents voiced concerns that the bypass would flood their gardens.",
    "Environmental groups believe the dredging plan would harm the estuary.",
    "Some commentators claim the broadcaster cut the debate short on orders from above.",
    "Critics say the minister's slogan was copied from a rival party.",
    "Experts criticised that the tests had been run on too few patients.",
    "Opponents of the scheme insist the consultation was never carried out.",
    "Some parents fear the closure of the village school will empty the valley.",
    "Many believe the mayor was warned about the market square months ago.",
]


@pytest.mark.parametrize("sentence", REACTIONS)
@pytest.mark.xfail(strict=True, reason="round 66: built and taken out (news-synth lost a true claim, no check gained)")
def test_a_groups_reaction_to_a_thing_is_a_hint(lint, sentence):
    assert not _warnings(lint, sentence), sentence
    hints = [d for d in _claims(lint, sentence, Severity.INFO) if d.rule.endswith("vague-source")]
    assert hints, sentence


@pytest.mark.parametrize("sentence", VIEWS)
def test_a_groups_view_stays_warned(lint, sentence):
    assert _warnings(lint, sentence), sentence


# -- "allegedly" in crime copy whose proceedings the common forms tell: the charge is the
# allegation ("has been charged after", "will appear in court", "was refused bail", "is in
# custody"): a hint that asks whose it is, as "arrested after allegedly ..." already is

PROCEEDINGS = [
    "A Kelso man has been charged after a woman was allegedly assaulted at a tram stop on Friday night.",
    "A 41-year-old man will appear in court on Tuesday after a pharmacy was allegedly robbed in Marrick.",
    "A woman has been charged over a crash in which she was allegedly driving at twice the speed limit.",
    "The man, who was allegedly carrying a machete, was refused bail at the magistrates court.",
    "The driver allegedly left the scene before officers arrived, and he was charged on Sunday.",
    "Two men have been charged after a taxi driver was allegedly threatened with a bottle.",
    "A teenager is due to appear in the youth court after a bus shelter was allegedly set alight.",
    "The cashier allegedly took 4,000 pounds from the till over six months. She was granted bail "
    "and will appear in court in March.",
    "A man who allegedly rammed a patrol car has been denied bail.",
    "Charges have been laid against a builder who allegedly dumped asbestos in a creek.",
    "A man is in custody after a shopkeeper was allegedly stabbed in Harlow on Monday.",
    "A 19-year-old was charged on Friday after a delivery rider was allegedly robbed at knifepoint.",
]

# the same "allegedly" with no proceedings, or with the look-alikes of one (a fee, a battery,
# a committee): still warned
NO_PROCEEDINGS = [
    "The mayor allegedly accepted gifts from a developer before the vote.",
    "A woman was allegedly assaulted at a tram stop in Kelso on Friday night.",
    "A pharmacy was allegedly robbed in Marrick, and the owner has closed it for a week.",
    "The council was charged a fee after the bins were allegedly left out for a month.",
    "The battery was charged overnight after it allegedly overheated in the van.",
    "The striker allegedly refused to travel with the squad to the away match.",
    "The minister allegedly ignored warnings about the dam; she will appear before the committee in May.",
    "The singer allegedly owned three houses in the hills above the city.",
    "Players allegedly bet on their own matches during the last season.",
    "The referee allegedly ignored a foul before the goal, and fans were charged higher prices for the final.",
    "The landlord allegedly cut the heating in the middle of winter.",
    "A shopkeeper was allegedly stabbed in Harlow on Monday, and the street was closed until noon.",
]


@pytest.mark.parametrize("sentence", PROCEEDINGS)
@pytest.mark.xfail(strict=True, reason="round 66: built and taken out (only the tuning set Y2 gained, no check moved)")
def test_allegedly_in_reported_proceedings_is_a_hint(lint, sentence):
    assert not _warnings(lint, sentence), sentence
    assert _claims(lint, sentence, Severity.INFO), sentence


@pytest.mark.parametrize("sentence", NO_PROCEEDINGS)
def test_allegedly_without_proceedings_stays_warned(lint, sentence):
    assert _warnings(lint, sentence), sentence
