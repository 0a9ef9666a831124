"""Unattributed claims, round 30: the kinds an independent writer's news set (half UA) showed the
rules missing, fixed as grammar and word classes. People met at work, in a crowd or at a table
("staff", "employees", "workers", "onlookers", "diners", "a pal") are unnamed sources like
"residents" ("staff" takes a plural verb as "people" does); hearsay idioms ("rumour has it",
"word is that", "word around the club is that"), common knowledge nobody vouches for ("it is no
secret that") and the writer's unnamed informant ("we have been told that") are cues; a passive of
view keeps its as-complement past a phrase of place or medium ("described in the local press
as"); "those in the trade" are people placed, like "those who". And the look-alikes: a relative
clause's own passive ("workers who have been told that") is no speech of theirs; "may consider",
"can expect" are what people will or can do; a body of people named next ("a group of employees.
The group, Staff Voice, ...") is named; a definite institution with modifiers ("at the provincial
weather service") describes the source as "at the service" does; a place that is a hearing, a
document or a body ("described in court as") is the view's source.
Each case is a pair written for these tests. See docs/history/unattributed-claims.md, round 30.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings
from tests.trap_guard import UNATTRIBUTED, assert_trap


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# (a warning, its look-alike that is silent)
SILENT = [
    # people met at work, in a crowd or at a table
    ("Staff say corridor care has become routine on most weekends.",
     "Staff were told that the ward would close on Friday."),
    ("Prison staff have complained for months that searches were skipped.",
     "Prison staff have been told for months that searches were skipped."),
    ("Former employees of the firm claim that concrete was poured in freezing weather.",
     "Former employees of the firm were paid in full in March."),
    ("Onlookers said the pair seemed frosty at the gala.",
     "Onlookers watched the pair leave the gala early."),
    ("Diners have complained online of long waits and cold plates.",
     "Diners ate in the garden while the kitchen was rebuilt."),
    ("A pal of the couple told us the pair barely speak now.",
     "A pal of the couple drove them to the airport."),
    # a relative clause's own passive: the people spoken to
    ("Some workers who have joined the union said that their jobs will end in May.",
     "Some workers who have been told that their jobs will end in May are looking elsewhere."),
    # what people will or can do
    ("Passengers believe the total cost of flying has doubled.",
     "Passengers may consider the total cost of flying before they book."),
    ("Employees of aid groups say they pay $1,500 for a work permit.",
     "Employees of aid groups can expect to pay $1,500 for a work permit."),
    # a body of people named in the next sentence
    ("Hundreds of cleaners will lose their jobs in May, according to a group of employees. The "
     "group sent a letter to management.",
     "Hundreds of cleaners will lose their jobs in May, according to a group of employees. The "
     "group, Staff Voice, sent a letter to management."),
    # hearsay idioms and common knowledge
    ("Rumour has it he is now looking at a beach bar in Portugal.",
     "The rumour he started has it all wrong, the coach said."),
    ("Word around the training ground is that the coach has asked for funds.",
     "The word is printed on every shirt the club sells."),
    ("It is no secret in the capital that the president dislikes the broadcaster.",
     "It is no secret recipe: the bakers publish it every year."),
    # the writer's unnamed informant
    ("We have been told that the offer valued the business at £400,000.",
     "We have been told to leave the building by noon."),
    # a view placed by a phrase of place or medium; a hearing, a document or a body is its source
    ("The case was widely described in the local press as a test of the rules.",
     "The case was described in court as a test of the rules."),
    ("The plan is seen across the region as a snub to the farmers.",
     "The mill was built in the valley as a refuge for the farmers."),
    # "those" placed by where they are
    ("The restaurant has been struggling, according to those in the trade.",
     "The restaurant has been struggling, according to those figures."),
]

# Traps kept as plain text: look-alikes that no unattributed-claim rule matches (no candidate,
# tests/trap_guard.py), so nothing but a pattern loosened could make them fail; every other
# trap here holds a candidate, and the judge or a clearing context keeps it quiet.
PLAIN = frozenset({
    'It is no secret recipe: the bakers publish it every year.',
})


@pytest.mark.parametrize(("flagged", "cleared"), SILENT)
def test_round30_cleared_look_alikes(lint, flagged, cleared):
    assert_trap(cleared, UNATTRIBUTED, PLAIN)
    assert _warnings(lint, flagged)
    assert not _warnings(lint, cleared)


def test_round30_a_definite_institution_with_modifiers_describes_the_source(lint):
    # "forecasters at the service" and "at the provincial weather service" alike: a hint
    # (round 135: when the story has named the service before; a generic one names nobody)
    flagged = "Forecasters at a regional weather service said more snow was likely on Sunday."
    hinted = ("The Provincial Weather Service issued an alert. "
              "Forecasters at the provincial weather service said more snow was likely on Sunday.")
    assert _warnings(lint, flagged)
    assert not _warnings(lint, hinted)
    assert _claims(lint, hinted, Severity.INFO)


# the two weak branches of the pooled table's half A: a relative clause on an unnamed source and
# "allegedly"
BRANCH_SILENT = [
    # a name set off by a pair of dashes, as by commas ("Ana Ruiz, a critic who said ...")
    ("Meanwhile — an adviser on the campaign who said the plan would fail was fired.",
     "Burr — an adviser on the campaign who said his work came first — listed the steps taken."),
    # the view sorts the people a study measures: a hint
    ("Many teachers rate support highly, and those who agree their heads are supportive stay on.",
     "Teachers rate support highly; those who agree their heads are supportive are less than half "
     "as likely to leave."),
    # a closing tag whose hearer is an outlet with its kind
    ("Greer was allegedly in a violent relationship with Boyette, the victim's father told ABC "
     "affiliate WEAR that he would sue.",
     "Greer was allegedly in a violent relationship with Boyette, the victim's father told ABC "
     "affiliate WEAR in Pensacola."),
    ("The man was allegedly drunk, the mayor told reporters he would resign.",
     "The man was allegedly drunk, the mayor told a local TV station."),
]


@pytest.mark.parametrize(("flagged", "cleared"), BRANCH_SILENT)
def test_round30_branch_look_alikes(lint, flagged, cleared):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, cleared)


def test_round30_a_measured_group_is_a_hint(lint):
    text = ("Teachers rate support highly; those who agree their heads are supportive are less than "
            "half as likely to leave.")
    assert _claims(lint, text, Severity.INFO)
