"""Unattributed claims, round 159: research nobody names, and its association claims (issue 14).

1. Research opening its sentence as the ground of a finding (constructions/provenance.py,
   ``_unnamed_research``; word classes research-nouns, research-finding-verbs,
   research-vague-modifiers): a bare plural or mass noun of research, or one after a vague
   count ("a", "some", "several") with time adjectives at most ("A recent study", "Some new
   research"), the subject of a verb of a finding in any tense ("Studies have shown",
   "Research suggests", "Polls suggest", "Evidence points to"), is a warning; it stays a hint
   when the paragraph up to its sentence, or the next sentence, names a study, a journal, a
   research body, a doctor or professor, or a pollster (attribution/documents.py,
   ``research_named_around``). A study named in an earlier paragraph no longer holds it at a
   hint (round 22's ``research_named_before`` still does for the other research cues).
2. The association claim of research copy (constructions/association.py; word classes
   association-participles, health-outcomes): "is linked to", "has been associated with",
   whose far side is a disease or health outcome and whose subject is no person, with no
   agent after it: a warning; a hint when research is named near it or told just before it.

Traps: a study named in the sentence or the next one, "a study by X", "a 2023 survey of
2,000 adults by Y", a field or a year before the noun, a speaker relaying it ("The council
said studies show"), a conditional; literal links (roads, accounts, pay tied to inflation),
police linking a suspect, a player linked to a move, a charity named after a disease.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Studies have shown that walking after meals lowers blood sugar.", "'Studies have shown'"),
    ("Research suggests that children who read at night sleep better.", "'Research suggests'"),
    ("Surveys show more than half of households now own a slow cooker.", "'Surveys show'"),
    ("Polls suggest the public is evenly split on the changes.", "'Polls suggest'"),
    ("A recent study found that coffee drinkers live longer.", "'A recent study found'"),
    ("Some studies suggest the drug raises the risk of stroke.", "'Some studies suggest'"),
    ("Several studies have found that the tablets do little for colds.", "'Several studies have found'"),
    ("Evidence points to a sharp fall in river insects since 2000.", "'Evidence points'"),
    ("But research has linked the chemical to liver damage.", "'research has linked'"),
])
def test_unnamed_research_opening_its_sentence_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_a_study_named_in_an_earlier_paragraph_does_not_vouch(lint) -> None:
    text = (LEAD + "A trial published last year in the Journal of Sleep Medicine followed 300 adults.\n\n"
            "Research suggests that a shorter eating window cuts down on snacking.")
    assert_warned(lint, text, "'Research suggests'")


@pytest.mark.parametrize("sentence", [
    "A team at Halden University followed 2,000 walkers. Studies have shown that walking lowers blood sugar.",
    "Polls suggest the public is split. A YouGov survey of 2,000 adults found 48 per cent backed the plan.",
    "Dr Ana Ruiz has studied the habit for years. Research suggests it is harmless.",
    "Studies show the effect fades within a year, according to a review in the Journal of Hand Surgery.",
])
def test_research_named_near_makes_a_hint(lint, sentence: str) -> None:
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


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Short-term exposure to the smoke is linked to asthma attacks, heart attacks and strokes.", "'is linked to'"),
    ("Low levels of the vitamin have been linked to depression and frequent colds.", "'have been linked to'"),
    ("Poor sleep is associated with a higher risk of dementia.", "'is associated with'"),
    ("Eating red meat has been linked to bowel cancer.", "'has been linked to'"),
    ("It has also been linked to heart disease.", "'has also been linked to'"),
    ("Heavy use was strongly associated with psychosis in young men.", "'was strongly associated with'"),
])
def test_an_association_with_a_disease_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The town is linked to the motorway by a new road.",
    "Two men have been linked to the burglaries by police.",
    "He has been linked to a move to the Italian champions.",
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


def test_research_told_just_before_an_association_makes_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "In a trial of 400 adults, the drug was associated with fewer strokes.")


def test_the_gossip_link_keeps_its_cue(lint) -> None:
    assert_warned(lint, LEAD + "The striker was previously linked to a move abroad.", "'was previously linked to'")
