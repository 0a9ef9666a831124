"""Unattributed claims, round 75: a next sentence that names who holds, made or confirmed the
claim without "X said" (``attribution/holders.py``).

GUIDELINES.md clears a cue by an identifiable source in the same sentence or the next. Each
pair is a cleared sentence and its twin that stays a warning: the next sentence only mentions a
named person doing something else, declines to comment, asks a question, negates, or names
nobody. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


CLAIM = "The bridge is believed to be the oldest in the county. "
COST = "The repairs are estimated to cost £2m. "

# (cleared, trap)
PAIRS = [
    # a word pointing back, and its holder
    (CLAIM + "That is the view of the Harbour Historical Society, which has studied it since 1990.",
     CLAIM + "That is not the view of the Harbour Historical Society."),
    (CLAIM + "That is the view of the Harbour Historical Society.",
     CLAIM + "That is the view of many experts."),
    (CLAIM + "That is what Tom Hale, the society's archivist, believes.",
     CLAIM + "Tom Hale, the society's archivist, opened it to walkers in 1990."),
    (COST + "The figure comes from the council's own surveyors.",
     COST + "The figure does not come from the council's surveyors."),
    (CLAIM + "The claim rests on a 1962 study by Jane Roe.",
     CLAIM + "The Harbour Historical Society declined to comment."),
    # passive with its agent
    (CLAIM + "This was confirmed by the Harbour Historical Society on Friday.",
     CLAIM + "This was denied by the Harbour Historical Society on Friday."),
    (CLAIM + "The claim was first made in a 1962 guide by the historian Jane Roe.",
     CLAIM + "It was painted in 1962 by the artist Jane Roe."),
    # a named agent doing it to the claim
    ("The bill is considered the toughest in Europe. Its author, Senator Mary Major, described it"
     " that way at its launch.",
     "The bill is considered the toughest in Europe. Its author, Senator Mary Major, described it"
     " at its launch."),
    ("The firm is understood to be for sale. Its chief executive, Jane Roe, confirmed as much on Monday.",
     "The firm is understood to be for sale. Its chief executive, Jane Roe, resigned on Monday."),
    ("The deal is reported to be worth £5m. The Harbour Gazette put the figure at £5m.",
     "The deal is reported to be worth £5m. The Harbour Gazette put the story on its front page."),
    (CLAIM + "The Harbour Historical Society agrees.",
     CLAIM + "The Harbour Historical Society did not respond to questions."),
    # a named body's records
    ("Attendance is thought to have doubled. The club's figures, published on Monday, show 12,000.",
     "Attendance is thought to have doubled. Official figures show 12,000."),
    (COST + "Figures from the Harbour Trust show a similar sum.",
     COST + "Is that the view of the Harbour Trust?"),
    # a vague group's members, named
    ("Critics argue the scheme is too costly. They include the Taxpayers' Union and Tom Hale.",
     "Critics argue the scheme is too costly. Tom Hale voted for it in 2019."),
    # a named speaker after a fronted phrase
    (CLAIM + "In its 2019 report, the Harbour Historical Society said it dates from 1320.",
     CLAIM + "In its 2019 report, the society listed every bridge on the river."),
]


@pytest.mark.parametrize(("cleared", "trap"), PAIRS)
def test_a_holder_named_next_clears_the_claim(lint, cleared: str, trap: str) -> None:
    assert not claims(lint, LEAD + cleared), [d.message for d in claims(lint, LEAD + cleared)]
    assert warnings(lint, LEAD + trap), [d.message for d in claims(lint, LEAD + trap)]


def test_a_definite_agent_the_story_names_clears_it_and_one_it_never_names_is_a_hint(lint) -> None:
    named = ("The painting was lent by the Harbour Gallery. It is believed to be a forgery. This was"
             " confirmed by the gallery on Friday.")
    assert not claims(lint, LEAD + named)
    assert_hint(lint, LEAD + "The painting is believed to be a forgery. This was confirmed by the gallery on Friday.")


def test_a_named_bodys_unnamed_people_are_a_hint(lint) -> None:
    text = LEAD + "Experts warn the dam may fail. The warning comes from engineers at the Harbour Institute."
    assert_hint(lint, text)
    (found,) = claims(lint, text)
    assert "not by name" in found.message


def test_the_thing_itself_made_bought_or_listed_stays_a_warning(lint) -> None:
    assert warnings(lint, LEAD + CLAIM + "It was made by masons from the Harbour Guild.")
    assert warnings(lint, LEAD + "The painting is believed to be a forgery. The Tate bought the painting in 1990.")
    assert warnings(lint, LEAD + "The painting is believed to be a forgery. It appears in the Tate's catalogue.")
