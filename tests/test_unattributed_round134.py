"""Unattributed claims, round 134: a speaker near the cue who does not vouch for it (issue 14,
recall).

Four readings that let a named or described source clear a claim it is not the source of:

1. A named body opening the next sentence that speaks through a release of its own ("said in
   its morning update that", "said in a report on Friday that", "said in a statement that"):
   its bulletin gives its own news, so it clears the claim before it only when round 122's
   cohesion judge finds the claim taken up (a content word again, a pronoun, a pointer back,
   an answer) or it carries no count of its own (:func:`coverage.released`).
2. A claim the writer says nobody has confirmed, later in its own sentence (", though the
   government has not confirmed any deaths"): the named lead of the sentence before does not
   hold it, so no hint stands in for a source (:func:`doubt.previous_named_lead`).
3. An "according to" phrase set off by commas inside a later conjunct with a finite verb of its
   own ("X is rumoured to own a villa, and was last seen, according to a neighbour, leaving in a
   taxi"): it sources that conjunct, not the cue's (:func:`coverage.later_conjunct`).
4. A passive of hearsay ("is said to", "are reported to", "is rumoured to") opening a second
   conjunct with a subject of its own after a lead's reported clause ("Ana Ruiz said the unit
   was busy, and several midwives are reported to have left"): the writer passes a report on in
   a clause of its own, not more of what the lead said (``coverage._own_hearsay_conjunct``).

Traps: a release that takes the claim up (a shared word, a pronoun), a release with no count, a
named lead with no word of doubt, an "according to" phrase closing the cue's own clause, a
named speaker in the cue's own sentence ("..., the engineer Ana Ruiz told the council").

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import LEAD, assert_silent, assert_warned, claims


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("Rebel units are reported to have massed tanks about eight kilometres to the east. The general staff "
     "of Ruritania said in its morning update that it had repelled 23 attacks in the past 24 hours.",
     "'are reported to'"),
    ("Fighting was said to have eased on Saturday night. The Harbour Relief Agency said in a report on "
     "Friday that more than 1,900 civilians had been killed in the province.", "'was said to'"),
    ("The singer is rumoured to have bought a castle. Harbour Records said in a statement that 40,000 "
     "copies of the album had been sold.", "'is rumoured to'"),
])
def test_a_release_of_another_fact_does_not_clear(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    # the release takes the claim up: the same words
    "The ferry is said to have been delayed by 40 minutes. Harbour Ferries said in a statement that the "
    "ferry had left 40 minutes late because of fog.",
    # a pronoun takes up the claim's subject
    "The man is believed to have fled by boat. Harbour Police said in a statement that he had boarded a "
    "ferry at 6am.",
    # no count of its own: the speaker clears as before
    "Rebel units are reported to have massed tanks to the east. The general staff of Ruritania said in its "
    "morning update that the front was quiet.",
    # a plain named speaker next, no release (round 122's ground, unchanged)
    "Rebel units are reported to have massed tanks to the east. Ana Ruiz, the defence minister, said the "
    "army was ready.",
    # the speaker in the cue's own sentence
    "The bridge is said to be unsafe, the engineer Ana Ruiz told the council.",
])
def test_a_source_that_takes_the_claim_up_still_clears(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


def test_an_unconfirmed_claim_after_a_named_lead_is_warned(lint) -> None:
    text = LEAD + ("The health ministry said 42 people had been treated in hospital. At least two protesters "
                   "are believed to have been killed, though the government has not confirmed any deaths.")
    assert_warned(lint, text, "'are believed to'")
    text = LEAD + ("The health ministry said 42 people had been treated in hospital. Two protesters are "
                   "believed to have died, but police have yet to confirm this.")
    assert_warned(lint, text, "'are believed to'")


def test_a_named_lead_without_doubt_stays_a_hint(lint) -> None:
    text = LEAD + ("The health ministry said 42 people had been treated in hospital. At least two protesters "
                   "are believed to have been killed in the clashes.")
    found = claims(lint, text)
    assert found and all(d.severity is Severity.INFO for d in found), [d.message for d in found]


def test_according_to_in_a_later_conjunct_does_not_source_the_cue(lint) -> None:
    text = LEAD + ("Mr Hale is rumoured to own properties in Spain, and was last seen, according to a "
                   "neighbour who would not give her name, leaving his home in a taxi.")
    assert_warned(lint, text, "'is rumoured to'")


@pytest.mark.parametrize("text", [
    "Mr Hale is rumoured to own properties in Spain and a yacht, according to Harbour Bank records.",
    "Mr Hale is rumoured to own properties in Spain, according to Harbour Bank records, and a yacht.",
])
def test_according_to_closing_the_cues_clause_still_sources_it(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Ana Ruiz said the unit was busy, and several midwives are reported to have left.", "'are reported to'"),
    ("Finance Minister Tom Hale said last week that the bank's board was timid, and the two men are said "
     "to have barely spoken since.", "'are said to'"),
])
def test_a_hearsay_passive_in_a_conjunct_of_its_own_is_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    # "and that": a second clause of the same report
    "Harbour Police said the man fled on foot, and that two others are said to have escaped by car.",
    # no comma: one report of two things
    "Harbour Police said the man fled on foot and two others are said to have escaped by car.",
    # a belief passive is not a report passed on: left to the lead as before
    "Harbour Police said the man fled on foot, and two others are believed to have escaped by car.",
])
def test_a_passive_inside_the_leads_report_still_cleared(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)
