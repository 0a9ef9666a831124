"""Unattributed claims, round 17: constructions of Wikipedia-style claims written from the
guidelines and the encyclopedia "words to watch" list, each with a pair written for these
tests: the cue, and a sentence that looks like it but asserts no hearsay (or names its
source). See docs/history/unattributed-claims.md, round 17.
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


PAIRS = [
    # "to date from" is the verb after a raising passive; "to date" (so far) is no infinitive
    ("The chapel is believed to date from the twelfth century.",
     "The chapel has been repaired twice to date."),
    # an event held somewhere is no view held
    ("It is a widely held view that the pier is unsafe.",
     "The fair is often held in the harbour car park."),
    # an unnamed source that disagrees, or holds that ...; a definite group points back
    ("Historians disagree about when the fort was built.",
     "The two historians named above disagree about when the fort was built."),
    ("Some theologians hold that the relic is genuine.",
     "Some officials hold meetings on Fridays."),
    # tellings of a story told apart by a quantifier; a firm's accounts are its books
    ("Some accounts say the captain survived the wreck.",
     "Company accounts show the ferry lost money."),
    # a consensus or a prevailing view with nobody holding it; an owner holds it
    ("The consensus is that the wall is Roman.",
     "Her view is that the wall is Roman."),
    ("The prevailing view was that the pier would be rebuilt.",
     "The assumption was that the ferry would run all winter."),
    # an impersonal passive of statement; under "if" nothing is asserted
    ("It is stated that the mill burned down in 1850.",
     "If it is stated that the mill burned down, the claim is false."),
    # "thought of as": the as-complement of "think of"; the active verb has its subject
    ("Pigs are thought of as dirty animals.",
     "She had never thought of it as a problem."),
    # people of an opinion, unnamed; a named one holds it
    ("Many are of the opinion that the pier should close.",
     "The harbour master, Tom Reyes, is of the opinion that the pier should close."),
    # a standing dispute among nobody named; a debate at a meeting happened
    ("There is some debate about whether the tower is older than the church.",
     "There was a debate about the tower at the council meeting."),
    # speculation that arises with nobody speculating; a problem that arises is no hearsay
    ("Speculation has arisen that the singer faked her death.",
     "A problem has arisen with the ferry's engine."),
    # a criticism, a reception, a comparison with nobody making it
    ("A common criticism of the toll is that it hurts commuters.",
     "The toll is common on bridges in the north."),
    ("The bridge has been the subject of much criticism.",
     "The bridge has been the subject of an inquiry."),
    ("Her debut drew comparisons to early folk records.",
     "Her debut drew crowds to the harbour."),
    ("The album received mixed reviews.",
     "The album received positive reviews from The Times."),
    ("Critical reception of the play was largely positive.",
     "Her blood test was positive."),
    ("The film was a critical and commercial success.",
     "The pump suffered a critical failure."),
    # the doubt adverbs' adjectives before a noun; "supposed to" is a duty
    ("The supposed curse of the mill has never been lifted.",
     "The ferry was supposed to leave at noon."),
    ("A purported map of the wreck was sold at auction.",
     "The map purports nothing: it is a copy, the museum said."),
    # unnamed people holding a view, possessed; a named member clears
    ("The toll has its critics.",
     "The toll has critics, including the harbour master, Tom Reyes."),
    # verbs of likening and ascription after an unnamed source, with their complement
    ("Some compare the new pier to a cathedral.",
     "Officials compared notes after the meeting."),
    ("Many credit the monks with the first cheese.",
     "Many credit cards come with a fee."),
    ("Some trace the name of the cove to a shipwreck.",
     "Police traced the caller to a flat in Leeds."),
    ("Some object that the toll is too high.",
     "Residents objected to the plan at the meeting."),
    ("Fans often refer to the album as the blue record.",
     "Doctors referred the skipper to a specialist."),
    ("Human rights activists hailed the ruling as a step forward.",
     "Human rights activists hailed a taxi outside the court."),
    # a reputation in one word before a noun; "as noted in" refers to a text
    ("A renowned glassblower opened the studio.",
     "As noted in the council's report, the studio opened in May."),
    # received opinion of scholars, nobody named
    ("Scholarly opinion holds that the map is a forgery.",
     "The museum holds the map in its archive."),
    # "various" as a quantifier standing for people
    ("Various historians have argued that the fort was never finished.",
     "Various groups met at the harbour on Tuesday."),
]

# Traps kept as plain text: look-alikes that no unattributed-claim rule matches (no candidate,
# tests/trap_guard.py), so nothing but a pattern loosened could make them fail; every other
# trap here holds a candidate, and the judge or a clearing context keeps it quiet.
PLAIN = frozenset({
    'The harbour master, Tom Reyes, is of the opinion that the pier should close.',
    'There was a debate about the tower at the council meeting.',
    "A problem has arisen with the ferry's engine.",
    'The bridge has been the subject of an inquiry.',
    'Her debut drew crowds to the harbour.',
    'Her blood test was positive.',
    'The pump suffered a critical failure.',
    'Police traced the caller to a flat in Leeds.',
    'The museum holds the map in its archive.',
})


@pytest.mark.parametrize(("flagged", "not_flagged"), PAIRS)
def test_round17_constructions(lint, flagged, not_flagged):
    assert_trap(not_flagged, UNATTRIBUTED, PLAIN)
    assert _warnings(lint, flagged), flagged
    assert not _warnings(lint, not_flagged), not_flagged


def test_reputation_in_apposition_to_a_name_is_a_hint(lint):
    found = _claims(lint, "Ana Ruiz, a renowned glassblower, opened the studio.")
    assert found and all(d.severity is Severity.INFO for d in found)


def test_often_attributed_stays_received_opinion(lint):
    found = _warnings(lint, "The motto is often attributed to a Roman poet.")
    assert [d.rule for d in found] == ["unattributed-claim/received-opinion"]
