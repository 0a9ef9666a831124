"""Unattributed claims, round 161: the sourcing of the sport, courts and science desks (issue 14).

The desk batteries (benchmarks/unattributed_battery.py sport, courts, science and their -clear
negatives) found five gaps in constructions the family already has:

1. The officers of the body that investigates or prosecutes a case ("Detectives believe",
   "Prosecutors allege", "Investigators believe") speak for it as "police" does: word class
   ``case-officers``, left out of the strict frame's ``group-speakers``. A profession's view
   ("Parents fear", "Coroners warn") stays warned.
2. An article or a possessive then a source verb's form is a noun phrase ("The suspect is
   thought to have fled"), not a capitalised name speaking: the subject mention is not taken.
3. "It is understood police are treating ...": a bare content-clause subject without -s
   ("police", "staff", "police officers") then its auxiliary.
4. "Reports in Portugal claim": a state's name after "in" places the press, it names no outlet
   (word class ``countries``; news hearsay only: "a study in Pediatrics" keeps its journal).
5. "a deal worth a reported £1.1m": the participle of hearsay before an amount, after "a", as
   "the rumoured fee" is read.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned

# the court's own voice holds no cue of the family: plain look-alikes
_PLAIN = frozenset(LEAD + s for s in (
    "The court heard that the defendant stole £40,000 from the charity.",
    "The coroner found that the man died of natural causes.",
))


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    "Prosecutors allege that the defendant stole £40,000 from the charity.",
    "Detectives believe the victim knew his attacker.",
    "Investigators believe the fire was started deliberately.",
    "Detectives fear the man is armed.",
    "Prosecutors claim the driver was on his phone.",
])
def test_the_officers_of_a_case_speak_for_their_body(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Parents fear the school will close.", "Parents"),
    ("Coroners warn that the law is unclear.", "Coroners"),
    ("Insurers fear the storms will get worse.", "Insurers"),
    ("Some detectives believe the victim knew his attacker.", "detectives"),
])
def test_a_profession_or_a_counted_group_stays_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The suspect is thought to have fled to Spain.", "thought"),
    ("The suspect is now believed to have left the country.", "believed"),
    ("The suspects are thought to have fled to Spain.", "thought"),
    ("The suspect reportedly fled to Spain.", "reportedly"),
    ("The suspect had reportedly been seen at the station.", "seen"),
    ("Her claims were allegedly made up.", "allegedly"),
])
def test_a_source_verbs_noun_after_its_article_is_no_speaker(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The Times reported that the mayor allegedly took bribes.",
    "The court heard that the defendant stole £40,000 from the charity.",
    "The jury was told the suspect had fled to Spain.",
    "The coroner found that the man died of natural causes.",
    "The suspect is believed to have fled to Spain, police said.",
])
def test_a_named_or_the_courts_voice_stays_silent(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence, _PLAIN)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("It is understood police are treating the death as suspicious.", "understood"),
    ("It is understood police officers are treating the death as suspicious.", "understood"),
    ("It is thought staff were told to leave the building.", "thought"),
])
def test_a_bare_clause_subject_then_its_auxiliary(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "It is understood, police said, that the man left.",
    "It is believed police will make an arrest, a spokesman for the force said.",
])
def test_the_impersonal_passive_with_its_source_stays_silent(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Reports in Portugal claim the defender has agreed personal terms.", "Portugal"),
    ("Local reports in Spain suggest the defender has agreed personal terms.", "Spain"),
    ("Media reports in Turkey say the keeper will join next week.", "Turkey"),
])
def test_reports_in_a_country_name_no_outlet(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Reports in Portugal, including A Bola, claim the defender has agreed personal terms.",
    "Reports in Italy say the fee is £20m, Gazzetta dello Sport said.",
    "A report in Pediatrics found that the drug works.",
])
def test_reports_with_their_outlet_stay_silent(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The striker joined in a deal worth a reported £1.1m.", "reported"),
    ("He signed for a reported £20m fee.", "reported"),
    ("The club paid a rumoured $40m for the winger.", "rumoured"),
])
def test_a_reported_amount(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The reported £20m fee was confirmed by the club.",
    "A reported case of measles was confirmed by the health board.",
    "He earns a reported £50,000 a week, the club said.",
    "An estimated 400 people attended the match.",
])
def test_a_reported_amount_with_a_source_or_no_hearsay(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence, _PLAIN)
