"""Unattributed claims, round 151: precision in the attribution judge (issue 14).

Two readings of the context:

1. a cue inside the reported content of an agentless hearsay passive already warned in its
   sentence ("It is rumoured that a well-known hotel group has ...", "is rumoured to have been
   dropped after complaints", "is being held up by campaigners as proof that cleaners are being
   blamed for ..."): one claim, whose hidden holder the outer warning asks for; the inner
   reputation word, judging passive or vague provenance is kept as a hint;
2. a forecasters' consensus closed by "according to" a consensus whose compiler is named ("...,
   according to a consensus compiled by the research house Orrin", "according to a Finwire
   consensus"), as round 106 reads "according to LSEG data".

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import LEAD, assert_silent, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _severities(lint, sentence: str) -> dict[str, Severity]:
    """The unattributed-claim cues of ``sentence`` (linted under a headline), by their quoted text."""
    text = LEAD + sentence
    return {d.message.split("'")[1]: d.severity for d in claims(lint, text)}


@pytest.mark.parametrize(("sentence", "outer", "inner"), [
    ("It is rumoured that a well-known hotel group has approached the owners about the site.",
     "It is rumoured", "well-known"),
    ("A similar levy in another county is rumoured to have been dropped after complaints.",
     "is rumoured to", "after complaints"),
    ("The ruling is being held up by campaigners as proof that cleaners are being blamed for the "
     "failings of their agencies.", "is being held up by campaigners as", "are being blamed for"),
])
def test_a_cue_inside_a_warned_hearsay_content_is_a_hint(lint, sentence: str, outer: str, inner: str) -> None:
    found = _severities(lint, sentence)
    assert found.get(outer) is Severity.WARNING, found
    assert found.get(inner) is Severity.INFO, found
    assert len(warnings(lint, LEAD + sentence)) == 1, found


@pytest.mark.parametrize(("sentence", "inner"), [
    # a relative clause set off by a comma is the writer's aside, and "widely" holds its own view
    ("Backbenchers are said to be angry with the chief whip, whose handling of the rebels has been "
     "widely blamed for the defeats.", "has been widely blamed for"),
    ("Fans are said to be angry with the manager, whose tactics are blamed for the slump.", "are blamed for"),
    # a second hearsay passive tells a second claim
    ("Several buyers are said to be interested, with one fund reported to have offered to lead the deal.",
     "reported to"),
    ("The complaints are understood to concern the treatment of junior aides, several of whom are said "
     "to have left their posts.", "are said to"),
    # the clause ends before the inner cue
    ("It is rumoured that the hotel will close; a well-known chain has made an offer for the building.",
     "well-known"),
    ("It is rumoured that the hotel will close, but a well-known chain has made an offer for the building.",
     "well-known"),
    # the inner cue comes before the frame
    ("A well-known chain is rumoured to have made an offer for the building.", "well-known"),
    ("The levy was dropped after complaints, and the hotel is rumoured to be for sale.", "after complaints"),
])
def test_a_cue_outside_the_content_keeps_its_warning(lint, sentence: str, inner: str) -> None:
    assert_warned(lint, LEAD + sentence, f"'{inner}'")


FELL = "Shares in Parvel fell 4% after the group reported revenue of £2.1bn. "


@pytest.mark.parametrize("sentence", [
    "Analysts had expected £2.3bn, according to a consensus compiled by the research house Orrin.",
    "Analysts had expected £2.3bn, according to a Finwire consensus.",
    "Analysts had forecast £2.3bn, according to estimates collated by Finwire.",
])
def test_a_consensus_with_its_compiler_named_clears_the_forecasters(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + FELL + sentence)


@pytest.mark.parametrize("sentence", [
    # the compiler is not named
    "Analysts had expected £2.3bn, according to a consensus compiled by the company.",
    "Analysts had expected £2.3bn, according to a consensus of forecasts.",
    # not an expectation: a view of what will happen, which no consensus measures
    "Analysts say the chief executive will step down, according to a consensus compiled by Orrin.",
])
def test_a_consensus_without_a_named_compiler_stays_warned(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + FELL + sentence, "'Analysts")
