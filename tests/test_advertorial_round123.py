"""Advertorial round 123: issue 15's shape part, on lines written for these tests.

- A run of TWO headline-shaped lines between two paragraphs of the story, each line off the
  topic of the story around it and of the other line (no content word in common, cut to its
  stem), each five words or more in title case or in the syntax of headlines: two related links
  (``advertorial/headline-list``, warning; a run of three was already warned).
- A title-case run glued into a paragraph's line between two sentences of the story (ten words
  or more after a sentence's stop, then the next sentence opening on "The", "It" ...): the links
  whose line breaks a scraper lost (warning).
- Traps left alone: subheads (they share words with the paragraph they head), a byline's name
  and title, a dateline and a reporting credit, a caption, a pull quote, a list of names, a
  table of results, a product's line with its price, a lead-in's list, two short fragments of
  the story; and, glued, a work's title opening a sentence, a list of names before their verb, a
  quoted headline.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import lint_advertorial

RULE = "advertorial/headline-list"
STORY = "The council approved the harbour budget on Tuesday after a long debate that ran past midnight in the town hall."
AFTER = "The vote was seven to two, the clerk said, and the new budget takes effect in April across the district."


def _pair(first: str, second: str, before: str = STORY, after: str = AFTER) -> str:
    return f"{before}\n\n{first}\n\n{second}\n\n{after}\n"


def _shape(text: str) -> list[tuple[int, str]]:
    """The headline-list rule's reports: (line, severity name)."""
    return sorted((d.line, d.severity.name) for d in lint_advertorial(text) if d.rule == RULE)


def _warned(text: str) -> list[int]:
    return sorted(d.line for d in lint_advertorial(text) if d.severity.rank >= Severity.WARNING.rank)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Lifeboat Crew Rescues Two Walkers Stranded at High Tide", "Bakery on the Quay Closes After Eighty Years"),
        ("Lifeboat crew rescues two walkers stranded at high tide", "Bakery on the quay closes after eighty years"),
        ("Teenage Sailor Sets Record for Solo Crossing to Islands", "Bakery on the Quay Closes After Eighty Years"),
    ],
)
def test_a_run_of_two_off_topic_headlines_is_warned(first: str, second: str) -> None:
    assert _shape(_pair(first, second)) == [(3, "WARNING"), (5, "WARNING")]


def test_one_of_the_two_lines_alone_is_no_warning() -> None:
    text = f"{STORY}\n\nBakery on the Quay Closes After Eighty Years\n\n{AFTER}\n"
    assert _warned(text) == []  # (a hint, as before: it may be a subhead)


def test_the_run_of_two_needs_the_story_on_both_sides() -> None:
    short = "The vote was close."
    text = _pair("Lifeboat Crew Rescues Two Walkers Stranded at High Tide",
                 "Bakery on the Quay Closes After Eighty Years", after=short)
    assert _warned(text) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # subheads: each shares words with the paragraphs around it
        ("What the Harbour Budget Means for Ferry Passengers", "Why the Council Vote Was So Close This Year"),
        ("The Long Road to a Deal on Harbour Fares", "Lifeboat Crew Rescues Two Walkers Stranded at High Tide"),
        # a byline's name and title, a dateline and a credit
        ("By Maria Lopez Garcia", "Senior Political Correspondent at The Harbour Gazette"),
        ("Maria Lopez Garcia", "Senior Political Correspondent for the Gazette"),
        ("KETTLEBY, England (Reuters)", "Reporting by Ana Ruiz and Tom Hale in Kettleby"),
        # a pull quote and a line under it
        ('"Nobody Wanted This Fight in the First Place"', "Kettleby Residents Gather Outside the Old Chapel"),
        # a list of names, a table of results
        ("Judith Hale, Owen Marsh, Lena Ortiz and Sam Keller", "Mara van Dijk, Ana Ruiz, Tom Hale and Rui Costa"),
        ("Kettleby Rovers 3 Hexley Athletic 1", "Brinton Wanderers 0 Ashford Dynamos 2"),
        # a product's line with its price, beside a buy line
        ("Koto Air Two Wireless Headphones - was $199, now $139", "Sonora QX Five Headphones - was $349, now $229"),
        # two short fragments of the story, two questions
        ("Not any more.", "Until now."),
        ("Is the Ferry Service Worth Saving at Last?", "Will the Islanders Ever Get a Bridge Built?"),
        # the writer's first person
        ("My Week on the Night Shift at the Depot", "Why I Finally Gave Up My Old Car"),
    ],
)
def test_the_traps_of_a_run_of_two_are_left(first: str, second: str) -> None:
    # (the shape's warnings: a price line is a buy button's, commerce-cta's, as before)
    assert [line for line, sev in _shape(_pair(first, second)) if sev == "WARNING"] == []


def test_a_lead_in_makes_the_two_lines_the_story_s_own_list() -> None:
    before = "The council set out the main changes to services across the district on Tuesday, which are:"
    text = _pair("Bus Fares to Rise by Five Per Cent From April", "Library to Reopen in the Spring After Repairs",
                 before=before)
    assert _warned(text) == []


GLUED = ("Lifeboat Crew Rescues Two Walkers Stranded at High Tide Bakery on the Quay Closes After "
         "Eighty Years")


def test_a_title_case_run_glued_into_the_paragraph_is_warned() -> None:
    text = f"{STORY} {GLUED} {AFTER}\n"
    found = [d for d in lint_advertorial(text) if d.rule == RULE]
    assert [(d.line, d.severity.name) for d in found] == [(1, "WARNING")]
    assert text[found[0].column - 1 : found[0].end_column - 1] == GLUED


@pytest.mark.parametrize(
    "rest",
    [
        # a work's title opening a sentence runs on in lower case
        "The Girl Who Loved the Sea and Other Stories From the Harbour is her third book, and it sold well.",
        # a list of names before their verb: a name's last word opens no sentence
        "Owen Marsh of the Harbour Trust and Ann Lee of the Quay Society said the result was fair to everyone.",
        # a quoted headline, a headline in the story's words
        '"Lifeboat Crew Rescues Two Walkers Stranded at High Tide," the headline read, and the clerk laughed.',
        # fewer than ten words in title case
        "Lifeboat Crew Rescues Two Walkers The vote was seven to two, the clerk said.",
    ],
)
def test_the_traps_of_a_glued_run_are_left(rest: str) -> None:
    assert _warned(f"{STORY} {rest}\n") == []


def test_a_glued_run_on_the_story_s_topic_is_left() -> None:
    on_topic = ("Harbour Budget Approved After Long Debate in the Town Hall at Midnight on Tuesday")
    assert _warned(f"{STORY} {on_topic} {AFTER}\n") == []


def test_a_run_of_two_after_the_story_s_last_paragraph_is_warned() -> None:
    text = (f"{STORY}\n\nLifeboat Crew Rescues Two Walkers Stranded at High Tide\n\n"
            "Bakery on the Quay Closes After Eighty Years\n")
    assert _shape(text) == [(3, "WARNING"), (5, "WARNING")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Maria Lopez Garcia", "Senior Political Correspondent for the Gazette"),  # a byline at the end
        ("What Happens Next for the Harbour Budget Plan", "The Council Meets Again to Approve the Plan"),
    ],
)
def test_the_traps_of_a_run_of_two_at_the_end_are_left(first: str, second: str) -> None:
    assert [line for line, sev in _shape(f"{STORY}\n\n{first}\n\n{second}\n") if sev == "WARNING"] == []


def test_a_title_case_run_closing_the_paragraph_is_warned() -> None:
    text = f"{STORY} {GLUED}\n\n{AFTER}\n"
    found = [d for d in lint_advertorial(text) if d.rule == RULE]
    assert [(d.line, d.severity.name) for d in found] == [(1, "WARNING")]
    assert text[found[0].column - 1 : found[0].end_column - 1] == GLUED


def test_a_sentence_closing_the_paragraph_with_its_stop_is_left() -> None:
    rest = "Lifeboat Crew Rescues Two Walkers Stranded at High Tide Bakery on the Quay Closes After Eighty Years."
    assert _warned(f"{STORY} {rest}\n\n{AFTER}\n") == []
