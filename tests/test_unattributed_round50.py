"""Unattributed claims, round 50: gaps found by paradigm batteries, not by corpus misses.

A battery crossed each determiner the issue names with source heads, modifiers and verbs, and
each hearsay noun with the frames it takes. Two grammatical gaps showed:

- "few" with its article or a degree word ("a few analysts", "quite a few", "only a few", "very
  few") was read as a phrase starting at "few", after a word that is no clause boundary, so the
  source was never reached; "a growing number of", "plenty of", "a chorus of" were not read as
  quantities.
- a hearsay or view noun said to grow or spread, with the claim in its that-clause
  ("speculation is mounting that", "fears grew that", "rumours are rife that"), had no frame.
- material of unstated origin whose maker the next sentence names ("Footage has emerged ...
  The video was released by the prison service.") was cleared only for nouns of speech and a
  capitalised maker; any document, study or footage noun (word class report-nouns), the verbs
  of making and releasing, and an identifiable institution ("the prison service") now clear it.

Every sentence is written for these tests. See docs/history/unattributed-claims.md, round 50.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


WARNED = [
    ("A few analysts say the merger will collapse.", "A few analysts say"),
    ("A few senior sources say the merger will collapse.", "A few senior sources say"),
    ("Quite a few economists believe the rate cut came too late.", "Quite a few economists believe"),
    ("Only a few insiders think the chairman will stay.", "Only a few insiders think"),
    ("Very few analysts expect the merger to collapse.", "Very few analysts expect"),
    ("The merger will collapse, a few analysts said.", "a few analysts said"),
    ("A growing number of economists warn that the rate cut came too late.", "A growing number of economists warn"),
    ("An increasing number of critics argue the scheme is too costly.", "An increasing number of critics argue"),
    ("Plenty of economists think the rate cut came too late.", "Plenty of economists think"),
    ("A chorus of critics has warned that the scheme is too costly.", "A chorus of critics has warned"),
    # a quantity noun before modifiers: the article is not a determiner of a phrase of its own
    ("A handful of senior sources say the merger will collapse.", "A handful of senior sources say"),
    ("The merger will collapse, a handful of Western analysts said.", "a handful of Western analysts said"),
    ("According to a number of London-based insiders, the merger will collapse.",
     "According to a number of London-based insiders"),
    # a quantity of documents is no document governed by "of"
    ("A lot of reports suggest the merger will collapse.", "A lot of reports suggest"),
    ("Speculation is mounting that the chairman will quit.", "Speculation is mounting"),
    ("Speculation grew that the chairman would quit before the vote.", "Speculation grew"),
    ("Speculation is rife that the chairman will quit.", "Speculation is rife"),
    ("Fears are growing that the old bridge is unsafe.", "Fears are growing"),
    ("Concern has been building that the old bridge is unsafe.", "Concern has been building"),
    ("Rumours are rife that the club will be sold.", "Rumours are rife"),
]

SILENT = [
    # quantities of things, and "few" that counts what is done, not who says it
    "A few analysts attended the briefing on Tuesday.",
    "A growing number of families have moved to the valley.",
    "Quite a few of the houses on the street were empty.",
    # growth without a that-clause claims nothing; a noun's own clause is not this frame
    "Fears grew after the storm cut power to the valley.",
    "Concern is mounting over the cost of the new bridge.",
    "The growing fear that the bridge is unsafe kept drivers away.",
    "Speculation that the chairman would quit grew through the week, but he stayed.",
    # a named holder of the view
    "Speculation grew that the chairman would quit, the Gazette's city editor wrote.",
    "The report grew longer with each draft.",
    # the maker named in the next sentence
    "Footage has emerged of the guard asleep. The video was released by the prison service on Tuesday.",
    "Footage has emerged of the flood. The images were taken by the Halvorsen Coastguard.",
    "A study found the drug cut deaths by half. The study was conducted by Halvorsen Institute researchers.",
]

STILL_WARNED = [
    # a maker that names nobody, or a verb that does not make the material
    ("Footage has emerged of the guard asleep. The video was filmed by a passer-by.", "Footage has emerged"),
    ("Footage has emerged of the guard asleep. The video was watched by millions.", "Footage has emerged"),
]


@pytest.mark.parametrize(("text", "cue"), WARNED)
def test_round50_warned(lint, text, cue):
    assert_warned(lint, text, cue)


@pytest.mark.parametrize(("text", "cue"), STILL_WARNED)
def test_round50_still_warned(lint, text, cue):
    assert_warned(lint, text, cue)


# Kept as plain text: look-alikes that no unattributed-claim rule matches (no candidate, see
# tests/trap_guard.py); every other silent case holds a candidate the judge keeps quiet.
PLAIN = frozenset({
    'A growing number of families have moved to the valley.',
})


@pytest.mark.parametrize("text", SILENT)
def test_round50_silent(lint, text):
    assert_silent(lint, text, PLAIN)
