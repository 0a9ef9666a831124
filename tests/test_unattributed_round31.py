"""Unattributed claims, round 31: what a second independent writer's news set (half VA) showed.

Precision: a restrictive relative whose own passive is the cue, inside a named speaker's
reported clause ("Moen said officers were looking for a man who is thought to have driven the
van"), is the speaker's view, as the reported clause is; a study "by their own councils" names
its producer as "by the council" does. Recall, as grammar and word classes: plural "groups"
are unnamed organisations ("rights groups say"; "a group" is dropped, "the groups" points
back); "figures" are people after a word of standing ("opposition figures have long claimed");
"those close to him" are marked anonymous as "people close to him" are; "sources within the
health board" stay anonymous whatever body they sit in; "everyone knows" and "the industry
consensus is that" are common knowledge nobody vouches for; "was apparently drafted by" is
hearsay about a deed, unlike "was apparently unharmed".
Each case is a pair written for these tests. See docs/history/unattributed-claims.md, round 31.
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
    # a restrictive relative in a named speaker's reported clause
    ("Crews are searching for a second boat that is thought to have sunk near the pier, and "
     "for a man who is believed to have been aboard.",
     "Inspector Ana Ruiz said crews were searching for a man who is believed to have been aboard."),
    ("Officers are still looking for a fourth man who is thought to have driven the van.",
     "Sergeant Tom Hale said officers were still looking for a fourth man who is thought to have "
     "driven the van."),
    # a study by an institution a possessive points back to
    ("Footfall rose after similar schemes in Delft and Ghent, according to studies.",
     "Footfall rose after similar schemes in Delft and Ghent, according to studies by their own councils."),
    # plural groups; the definite and singular look-alikes
    ("Rights groups say the new law is far too broad.",
     "The groups said in a joint letter that the new law was far too broad."),
    ("Landlord groups have warned that the rules will push small landlords out.",
     "A landlord group has warned that the rules will push small landlords out."),
    ("Landlord groups have warned that the rules will push small landlords out.",
     "Blood groups are inherited from both parents."),
    # figures: people after a word of standing, numbers otherwise
    ("Opposition figures have long claimed that the council steers contracts to friends.",
     "Official figures show that the council awarded most contracts by tender."),
    ("Opposition figures have long claimed that the council steers contracts to friends.",
     "Industry figures suggest that sales fell in March."),
    # those close to someone
    ("Those close to the singer insist she had asked for a later start.",
     "Those close to the stage had a clear view of the fall."),
    # common knowledge
    ("Everyone knows the first winter in a new house is the hardest.",
     "Everyone knows the way to the harbour."),
    ("Everybody knows that the ferry is late on Sundays.",
     "Everyone knows the family who run the bakery on the square."),
    ("The industry consensus is that fares will rise again in spring.",
     "The industry's consensus was reached after two days of talks."),
    # hearsay "apparently" before a deed's passive
    ("The bill was apparently drafted with help from a national lobby group.",
     "The driver was apparently unharmed by the crash."),
    ("The letters were apparently written by a former clerk of the court.",
     "The mayor was apparently pleased with the result of the vote."),
]

# Traps kept as plain text: look-alikes that no unattributed-claim rule matches (no candidate,
# tests/trap_guard.py), so nothing but a pattern loosened could make them fail; every other
# trap here holds a candidate, and the judge or a clearing context keeps it quiet.
PLAIN = frozenset({
    'Everyone knows the way to the harbour.',
    'Everyone knows the family who run the bakery on the square.',
})


@pytest.mark.parametrize(("flagged", "cleared"), SILENT)
def test_round31_cleared_look_alikes(lint, flagged, cleared):
    assert_trap(cleared, UNATTRIBUTED, PLAIN)
    assert _warnings(lint, flagged)
    assert not _warnings(lint, cleared)


def test_round31_a_relative_after_a_comma_is_left_to_the_writer(lint):
    # a non-restrictive relative may be the writer's aside: still a warning
    text = "Sergeant Tom Hale said the road was closed, and a man who is thought to have fled is missing."
    assert _warnings(lint, "Sergeant Tom Hale said the road was closed, which is thought to have cost millions.")
    assert _warnings(lint, text)


def test_round31_sources_placed_in_a_body_stay_anonymous(lint):
    # "sources within the health board" were a hint like "staff at the hospital"; the word
    # "sources" marks anonymity whatever body follows
    flagged = "Sources within the health board say managers are drawing up plans to cancel operations."
    # (round 135: "the hospital" a hint when the story has named it before; a generic one
    # with no earlier name names nobody)
    hinted = ("Harlow General Hospital is full. "
              "Staff at the hospital say corridor care has become routine on most weekends.")
    assert _warnings(lint, flagged)
    assert not _warnings(lint, hinted)
    assert _claims(lint, hinted, Severity.INFO)


def test_round31_a_senior_figure_is_a_described_source(lint):
    # one person placed in a body: a hint, as "a senior official in the party" is
    text = "A senior figure in the party said the leader would resign within weeks."
    assert not _warnings(lint, text)
    assert _claims(lint, text, Severity.INFO)
