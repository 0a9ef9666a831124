"""Unattributed claims, round 66: a vague group's reaction to a thing, not its view.

"Activists criticised the guidance", "Religious leaders condemned the mayor", "Fans hailed the
signing as a coup" report that a group reacted to something the copy names: the reaction is
the news and nothing the group holds is given as fact. That is worth a hint (say which group),
not a warning. The same groups stay warned when they give a view the copy passes on: a
that-clause ("critics said that ..."), a bare clause ("experts warn the plan will fail"), or a
reaction whose reason follows as a participle ("condemned the plan, saying it would ...").
Every sentence is written for these tests.
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


# a group's reaction to a thing the copy names: a hint
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
def test_a_groups_reaction_to_a_thing_is_a_hint(lint, sentence):
    assert not _warnings(lint, sentence), sentence
    hints = [d for d in _claims(lint, sentence, Severity.INFO) if d.rule.endswith("vague-source")]
    assert hints, sentence


@pytest.mark.parametrize("sentence", VIEWS)
def test_a_groups_view_stays_warned(lint, sentence):
    assert _warnings(lint, sentence), sentence
