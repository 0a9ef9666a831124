"""Unattributed claims, round 159: research's association claims (issue 14).

1. Unnamed research opening its sentence ("Studies have shown", "Research suggests", "Polls
   suggest") was built as a warning and taken out (ten news-check false alarms): it stays
   round 22's hint, which these tests keep (the same sentences, hints or silent).
2. The association claim of research copy (constructions/association.py; word classes
   association-participles, health-outcomes): "is linked to", "has been associated with",
   whose far side is a disease or health outcome and whose subject is no person, with no
   agent after it: a hint (as a warning it cost a blind team set a false alarm and gained no
   blind figure); cleared when research is named near it, told just before it, or named
   earlier in the piece (attribution/documents.py ``research_named_around``, round 22's
   ``research_named_before``).

Traps: literal links (roads, accounts, pay tied to inflation), police linking a suspect, a
player linked to a move, a charity named after a disease, a crash linked to a defect, a named
study's finding; round 40's gossip link keeps its cue.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    "Studies have shown that walking after meals lowers blood sugar.",
    "Research suggests that children who read at night sleep better.",
    "Surveys show more than half of households now own a slow cooker.",
    "Polls suggest the public is evenly split on the changes.",
    "A recent study found that coffee drinkers live longer.",
])
def test_unnamed_research_opening_its_sentence_stays_a_hint(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "A team at Halden University followed 2,000 walkers. Studies have shown that walking lowers blood sugar.",
    "Polls suggest the public is split. A YouGov survey of 2,000 adults found 48 per cent backed the plan.",
    "Dr Ana Ruiz has studied the habit for years. Research suggests it is harmless.",
    "Studies show the effect fades within a year, according to a review in the Journal of Hand Surgery.",
])
def test_research_named_near_stays_a_hint(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "A 2023 survey of 2,000 adults by Harbour Polling found most back the plan.",
    "Research suggests that children who read at night sleep better. A 2021 study by the Kessler Institute found "
    "the effect was largest in under-tens.",
    "A study by Harbour Polling found most back the plan.",
    "Research by the Halvorsen Institute suggests the reef is recovering.",
    "The study, published in The Lancet, found the vaccine safe.",
    "The council said studies show the road is safe.",
    "Research suggests the drug is safe, Dr Jane Roe said.",
    "If studies showed a risk, the drug would be withdrawn.",
    "Clinical studies have shown the drug is safe.",
    "A 2021 survey found most drivers ignore the limit.",
    "The industrial past of the river led to concern, and studies have shown high metal levels in fish.",
])
def test_named_described_or_relayed_research_is_no_warning(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize("sentence", [
    "Short-term exposure to the smoke is linked to asthma attacks, heart attacks and strokes.",
    "Low levels of the vitamin have been linked to depression and frequent colds.",
    "Poor sleep is associated with a higher risk of dementia.",
    "Eating red meat has been linked to bowel cancer.",
    "It has also been linked to heart disease.",
    "Heavy use was strongly associated with psychosis in young men.",
])
def test_an_association_with_a_disease_is_a_hint(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert_hint(lint, text)
    assert any("found by which study" in d.message for d in claims(lint, text)), text


@pytest.mark.parametrize("sentence", [
    "The town is linked to the motorway by a new road.",
    "Two men have been linked to the burglaries by police.",
    # (round 166: "He has been linked to a move to the Italian champions" is a transfer link,
    # warned now: tests/test_unattributed_round166.py; a club in the singular is a plain tie)
    "He has been linked to the club since he was a boy.",
    "The accounts were linked to a fraud ring.",
    "The pay rise is tied to inflation.",
    "The firm is associated with the Cancer Research charity.",
    "Smith has been linked to cancer research charities.",
    "The suspect has been linked to the deaths of three men.",
    "The crash was linked to a defect in the brakes.",
    "A 2021 study by the Halden Institute found that heavy drinking is linked to liver cancer.",
])
def test_literal_links_and_named_research_are_no_warning(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize("text", [
    "In a trial of 400 adults, the drug was associated with fewer strokes.",
    "A study by researchers at Halden University followed 9,000 adults for ten years.\n\n"
    "The team also looked at diet.\n\nHeavy use of salt was linked to stroke in later life.",
    "Red meat is linked to bowel cancer. The World Cancer Research Fund classes it as a risk.",
])
def test_research_named_or_told_near_an_association_clears_it(lint, text: str) -> None:
    assert not claims(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]


def test_the_gossip_link_keeps_its_cue(lint) -> None:
    assert_warned(lint, LEAD + "The striker was previously linked to a move abroad.", "'was previously linked to'")
