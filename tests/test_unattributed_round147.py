"""Unattributed claims, round 147: reputation, popularity and proof with nobody behind them
(issue 14, recall on copy rewritten from press releases).

Four constructions, the open words as data: a popular following won or held with nobody
counting it ("has built a cult following among bakers", "enjoys a loyal following", "has
amassed a fiercely loyal fanbase"; received-opinion); "a name for" a quality ("has a name for
friendly service", "has long had a name for trouble"; reputation); known across a place for a
quality ("is known throughout the county for", "are known locally to flood"; reputation); the
passive of proof with no trial named ("has been proven to halve", "is clinically proven to";
"prove" in word class passive-to, with "proven" added to the lexicon's participles).

Traps: a measured following ("a following of 40,000"), "following" as a preposition, plain
possession ("has a cult following"), a naming ("has a name for the new mascot", "made a name
for herself"), a nickname ("known locally as the Bishop"), a record ("known to police"), the
active "turned out" ("has proven to be costly"), a named prover ("by Oxford researchers").

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
    # a popular following
    ("The bakery has built a cult following among home cooks.", "'built a cult following'"),
    ("The brand enjoys a loyal following among cyclists.", "'enjoys a loyal following'"),
    ("The brewery has won a devoted following across the county.", "'won a devoted following'"),
    ("The label has amassed a fiercely loyal fanbase on social media.",
     "'amassed a fiercely loyal fanbase'"),
    ("The podcast has gained a following among retired teachers.",
     "'gained a following among'"),
    # a name for a quality
    ("The café has a name for cheap, generous breakfasts.", "'has a name for'"),
    ("The pub has long had a name for trouble after closing time.", "'has long had a name for'"),
    # known across a place for a quality
    ("The shelter is known throughout the county for its adoption drives.",
     "'is known throughout the county for'"),
    ("The lanes are known locally to flood every spring.", "'are known locally to'"),
    # the passive of proof
    ("The kettle has been proven to halve boiling time.", "'has been proven to'"),
    ("The cream is clinically proven to smooth fine lines.", "'is clinically proven to'"),
    ("The method was proved to cut costs in every school.", "'was proved to'"),
])
def test_the_cue_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # a measured following, plain possession, a preposition, a named group's fans
    "The bakery has a following of 40,000 on Instagram.",
    "The bakery has a cult following.",
    "The mayor won the seat following a recount.",
    "The club has attracted a large crowd following the cup run.",
    "The band has built a following among Leeds students, the promoter Jane Roe said.",
    # a naming, not a reputation
    "The team has a name for the new mascot.",
    "She has made a name for herself in Paris.",
    "Nobody had a name for it until the vicar called it the Bowl.",
    # a nickname, a record
    "The hill is known locally as the Bishop.",
    "The man was known to police.",
    "The man was known locally to the police.",
    # the active "turned out", a named prover
    "The plan has proven to be costly.",
    "The drug was proven by Oxford researchers to cut strokes.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
