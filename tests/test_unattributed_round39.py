"""Unattributed claims, round 39: first-hand accounts, headings and standards; more hearsay found.

Precision: people who were there telling their own experience ("residents said they had to buy
water", "doctors said they were seeing more patients", "have complained of headaches", a
witnessed event told with its date) are a hint, not a warning; a speaker named with the
kinship that makes her one of the relatives names a member of "relatives"; a cue in a section
heading (a short line with no stop) is a hint; a free relative's subject is the agent of its
verb ("what the regulator described as"); a band on a scale after its publisher is cited is
the publisher's standard ("A reading above 100 is considered unhealthy"); "the final ten
minutes" vouch for nothing. Opinion and knowledge groups still warn ("Locals say the lagoon
was unknown"), and so do officials reporting what their office did.

Recall: agentless raising of a concern or question ("Concerns have been raised", "questions
have been asked"), material going round in the progressive ("Rumours have been circulating"),
"It is learnt that", "It is thought" before a clause opened by a count, "Another source
added", "Apparently" opening its sentence with no comma, a consensus passive that a named
source in the next sentence does not hold ("It is widely acknowledged that").

Every sentence is written for these tests. See docs/history/unattributed-claims.md, round 39.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_hint, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


WARNED = [
    ("Concerns have been raised for some time about the hiring of former inspectors as consultants.",
     "Concerns have been raised"),
    ("Fears were voiced that the plant would close before the winter.", "Fears were voiced"),
    ("Questions have been asked about the council's accounts.", "Questions have been asked"),
    ("Rumours have been circulating online since Monday that the firm lent out customer deposits.",
     "Rumours have been circulating"),
    ("Reports are emerging that the dam above the village has failed.", "Reports are emerging"),
    ("It is learnt that the board has been unhappy with the captain's form.", "It is learnt"),
    ("It is thought at least two other clubs have sent scouts to watch the winger.", "It is thought"),
    ("It is believed about 200 people were inside the hall when the roof fell.", "It is believed"),
    ('Another source added: "He is gutted and keeps to himself."', "Another source added"),
    ("Another source said the winger had asked to leave.", "Another source said"),
    ("The storm hit the island hard. Apparently some hotels never reopened.", "Apparently"),
    ("Apparently Smith had left the club a week before the final.", "Apparently"),
    ("It is widely acknowledged that tutoring has put good schools out of reach. Brightpath says "
     "its fees are a tenth of that.", "It is widely acknowledged"),
    ("The ending is said to have been reshot after poor screenings in Leeds, and it shows. The final "
     "ten minutes explain too much.", "is said to"),
    # opinion and knowledge groups, and officials, still warn
    ("Locals say the lagoon was unknown to tourists until 2010.", "Locals say"),
    ("Residents say the council put the project off for years.", "Residents say"),
    ("Officials said they had arrested five men after the raid.", "Officials said"),
    ("Critics say they were misled by the minister.", "Critics say"),
    ("Relatives said problems at the home had been obvious for months. Ann Lee said the manager "
     "had been helpful.", "Relatives said"),
    ("A reading above 100 is considered unhealthy.", "is considered"),
    ("It was rated good after what was described as a targeted inspection.", "was described as"),
]

HINTS = [
    "Residents of Elm Park said they had to buy bottled water for a week.",
    "Doctors at the clinic said they were seeing more children with fever than last year.",
    "Residents of Elm Park have complained of headaches since the fire.",
    "Witnesses said that on Sunday, a group of men arrived at the site and began digging.",
    "Passengers said they saw smoke pouring from the engine.",
    "Market report\n\nWhat's being rumoured\n\nThe exchange's chief executive, Tom Reyes, said withdrawals "
    "had paused on Friday.",
    "The index reached 112 at 4 p.m., according to the National Environment Agency. A reading above "
    "100 is considered unhealthy.",
]

SILENT = [
    "Relatives said problems at the home had been obvious for months. Ann Lee, whose mother, Rose, "
    "88, lived there until May, said she had written to the manager twice.",
    'The home was rated good after what the regulator described as a "targeted" inspection.',
    "Concerns have been raised by residents about the noise.",
    "Concerns could be raised about the plan.",
    "It was agreed at least in principle.",
    "Apparently unharmed, the driver walked away from the wreck.",
]


@pytest.mark.parametrize(("text", "cue"), WARNED)
def test_round39_warned(lint, text, cue):
    assert_warned(lint, text, cue)


@pytest.mark.parametrize("text", HINTS)
def test_round39_hint(lint, text):
    assert_hint(lint, text)


# Kept as plain text: look-alikes that no unattributed-claim rule matches (no candidate, see
# tests/trap_guard.py); every other silent case holds a candidate the judge keeps quiet.
PLAIN = frozenset({
    'Apparently unharmed, the driver walked away from the wreck.',
})


@pytest.mark.parametrize("text", SILENT)
def test_round39_silent(lint, text):
    assert_silent(lint, text, PLAIN)
