"""Unattributed claims, round 32: what a third independent writer's news set (half WA) showed.

Precision: an unnamed group that "called for" something, or "called on" someone to act, makes
a demand and claims nothing (GUIDELINES: the category is a claim presented as fact by hearsay
or belief): which campaigners is still worth a hint, not a warning. The demand turns back into a
claim when its sentence carries the group's own words ("..., saying the wards were unsafe", "and
said", "because"), or when "called" names ("called it a cover-up"). A plural group whose body
the next sentence names in apposition ("Observers said ... The mission, led by Karin Holm,
said") is identified there: a hint.
Recall: "insiders at the theatre" stay anonymous whatever body they sit in, as "sources" do;
"figures" with a verb of the mind are people ("travel industry figures fear"; "according to
board figures" stays numbers); "according to a draft" is a document nobody names; hearsay
"apparently" before "chose", "ignored", "hid"; material "circulating online" that "purportedly
shows" something has no stated origin (a video alone is a hint); "after polls closed" is the
vote, not a survey that holds the view. Doctors, physicians and a few kinds of scientist are
unnamed sources like "scientists" ("doctors have warned"); "the doctors" point back; "cast
doubt on" voices a doubt. One
source kept anonymous for a stated reason is still unnamed (GUIDELINES; the pooled verdicts).
Each case is a pair written for these tests. See docs/history/unattributed-claims.md, round 32.
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


# (a demand: a hint, not a warning; its look-alike that claims something and still warns)
DEMANDS = [
    ("Parent groups called for a public meeting before the school closes.",
     "Parent groups called for a public meeting, saying the school had hidden its deficit."),
    ("Campaigners called for the closures to be halted until an inquiry reports.",
     "Campaigners called for the closures to be halted and said the wards were unsafe."),
    ("Critics called on the mayor to publish the contract.",
     "Critics called on the mayor to publish the contract because it had been altered."),
    ("Opposition lawmakers called on Monday for a vote on the budget.",
     "Opposition lawmakers called for an inquiry into what they said was a rigged tender."),
    ("Relief agencies and aid groups called for safe passage for civilians leaving the city.",
     "Aid groups called it the worst crisis in the region for a decade."),
]


@pytest.mark.parametrize(("demand", "claim"), DEMANDS)
def test_round32_a_demand_is_a_hint_and_a_claim_still_warns(lint, demand, claim):
    assert not _warnings(lint, demand)
    assert _claims(lint, demand, Severity.INFO)
    assert _warnings(lint, claim)


def test_round32_a_named_group_that_calls_for_something_is_not_flagged(lint):
    # named: nothing to ask at all
    # (a group noun before the name: the cue is there, and the name clears it)
    assert_trap("The campaign group Shelter called for a freeze on rents.", UNATTRIBUTED)
    assert not _claims(lint, "The campaign group Shelter called for a freeze on rents.")


def test_round32_a_group_named_in_the_next_sentence_is_a_hint(lint):
    named = ("International observers said the vote had been marred by misuse of state money. "
             "The mission, led by former minister Karin Holm, said it had seen ballot stuffing.")
    bare = ("International observers said the vote had been marred by misuse of state money. "
            "The mission said it had seen ballot stuffing.")
    quantifier = ("Some said the vote had been marred by misuse of state money. "
                  "The group, led by Ana Ruiz, said it had seen ballot stuffing.")
    assert not _warnings(lint, named)
    assert _claims(lint, named, Severity.INFO)
    assert _warnings(lint, bare)
    assert _warnings(lint, quantifier)


# (a warning; its look-alike that is not one)
FOUND = [
    # insiders placed in a body stay anonymous; staff placed in it are described
    ("Insiders at the Playhouse say a transfer to a bigger theatre is being discussed.",
     "Staff at the Playhouse say a transfer to a bigger theatre is being discussed."),
    # figures that fear are people; figures that suggest, or are cited, are numbers
    ("Travel industry figures fear the strike could hit bookings for the spring.",
     "Travel industry figures suggest the strike could hit bookings for the spring."),
    ("Fewer babies were born in the units last year, and insurance figures worry the trend will last.",
     "About 1,900 babies were born in the units last year, according to board figures."),
    # a draft nobody names; one its maker published
    ("Under the plans, the branch library would close on Mondays, according to a draft seen by our reporter.",
     "Under the plans, the branch library would close on Mondays, according to a draft published by the council."),
    # hearsay "apparently" before a choice; "apparently" as how a thing looked
    ("The water company apparently chose not to tell its customers about the readings.",
     "The water company was apparently unaware of the readings until May."),
    # circulating material that purportedly shows something; a video alone is a hint
    ("Clips circulating online purportedly show guards beating a prisoner.",
     "A clip purportedly shows guards beating a prisoner."),
    ("Photos shared on social media purportedly show ballots being stuffed.",
     "A photo purportedly shows ballots being stuffed."),
    # doctors nobody names; the doctors the story has introduced
    ("The closure of four rural units could put mothers at risk, doctors have warned.",
     "The doctors said the closure of four rural units could put mothers at risk."),
    ("Physicists say the reactor could not deliver power before the 2040s.",
     "Physicists at the Halvorsen Institute say the reactor could not deliver power before the 2040s."),
    # a doubt cast is voiced; ballots cast are not
    ("Physicists have cast doubt on the company's timeline.",
     "Voters cast their ballots at the town hall on Sunday."),
    # "polls closed" is the vote, not a survey that holds the view ("in a poll of voters" is one)
    ("Officials are believed to have filled in ballots after polls closed.",
     "The chief was believed to be the richest man in the region in a poll of voters."),
]

# Traps kept as plain text: look-alikes that no unattributed-claim rule matches (no candidate,
# tests/trap_guard.py), so nothing but a pattern loosened could make them fail; every other
# trap here holds a candidate, and the judge or a clearing context keeps it quiet.
PLAIN = frozenset({
    'The water company was apparently unaware of the readings until May.',
})


@pytest.mark.parametrize(("flagged", "other"), FOUND)
def test_round32_recall_and_look_alikes(lint, flagged, other):
    assert_trap(other, UNATTRIBUTED, PLAIN)
    assert _warnings(lint, flagged)
    assert not _warnings(lint, other)


def test_round32_an_anonymous_source_without_a_reason_is_still_unnamed(lint):
    # the wire formula with no reason: a warning. Round 32's pooled verdicts judged it true
    # with its reason too ("a senior official, who spoke on condition of anonymity because
    # ..."); since round 104 a source who asked not to be named with the reason is a hint, and
    # since round 108 the wire formula with its reason too (D109's writer marks it sourced, as
    # the message asks): tests/test_unattributed_round108.py
    assert _warnings(lint, "A senior official, who spoke on condition of anonymity, said the ward had "
                           "run out of blood.")
