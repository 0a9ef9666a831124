"""Advertorial round 72: related links and timelines told by their shape (issue 15), on text
written for these tests.

New shapes: a run of headline lines after a short paragraph of the story, headline lines with no
blank line between them in a text of blank-line paragraphs, a timeline of earlier stories glued
into a paragraph, a lone headline with its date or with a link's word between two paragraphs.
Traps: subheads, captions, bylines, datelines, credits, a list the story leads in to, Q&A
questions, a pull quote, a results table, and a story's own timeline told as sentences.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.shared.headlines import score_line
from tests.advertorial_lint import lint_advertorial, warning_lines

LONG = "The council voted on Tuesday to close the old swimming pool after engineers found cracks in its roof."
SHORT = "The pool closes on Friday."
AFTER = "Residents who used the pool will be offered passes to the leisure centre, the council said."
HEADLINES = (
    "Harbour ferry fares to rise by 10% in spring",
    "Why the town's oldest pub is closing its doors",
    "Five things to know about the new bypass",
)


def paragraphs(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def test_a_run_of_headlines_after_a_short_story_paragraph_is_reported() -> None:
    text = paragraphs("Pool to close", SHORT, *HEADLINES, AFTER)
    assert warning_lines(text) == [5, 7, 9]


def test_headlines_with_no_blank_line_between_them_are_one_block() -> None:
    text = paragraphs("Pool to close", SHORT, "\n".join(HEADLINES), AFTER)
    found = [d for d in lint_advertorial(text) if d.severity.name == "WARNING"]
    assert [(d.line, d.end_line) for d in found] == [(5, 7)]


def test_a_hard_wrapped_story_paragraph_is_no_list() -> None:
    wrapped = "Councillors said the pool\nhad been losing money for years\nand could not be repaired."
    assert warning_lines(paragraphs("Pool to close", SHORT, wrapped, AFTER)) == []


def test_a_timeline_glued_into_a_paragraph_is_reported_from_its_first_headline() -> None:
    line = (
        "Residents will see the changes next year. Council to vote on bypass plan – 12 March 2025 "
        "Bypass plan delayed again – 3 June 2025 The scheme will cost about £3m."
    )
    found = [d for d in lint_advertorial(paragraphs(LONG, line, AFTER)) if d.severity.name == "WARNING"]
    assert len(found) == 1
    d = found[0]
    assert line[d.column - 1 : d.end_column - 1] == (
        "Council to vote on bypass plan – 12 March 2025 Bypass plan delayed again – 3 June 2025"
    )


def test_one_glued_headline_between_two_story_sentences_is_reported() -> None:
    line = "Residents will see the changes next year. Bypass Plan Delayed Again – June 3, 2025 The scheme will cost about £3m."
    assert warning_lines(paragraphs(LONG, line, AFTER)) == [3]


@pytest.mark.parametrize(
    "line",
    [
        "Council to vote on bypass plan – 12 March 2025",
        "Watch the moment a seal pup returns to the sea",
        "Quiz: How well do you know the harbour's history?",
    ],
)
def test_a_lone_headline_with_a_date_or_a_link_s_word_is_reported(line: str) -> None:
    assert warning_lines(f"{LONG}\n{line}\n{AFTER}\n") == [2]


TRAPS = [
    # a subhead about the paragraph after it, in sentence case and in title case
    f"{LONG}\nWhat the closure means for swimmers\nSwimmers will have to travel to the leisure centre in Kettleby, the council said.\n",
    f"{LONG}\nWatch out for changes to the bus timetable\n{AFTER}\n",
    # a caption, a byline, a credit
    f"{LONG}\nThe pool on its last day of opening in 2024. Photo: Ana Ruiz\n{AFTER}\n",
    f"{LONG}\nBy Ana Ruiz, Local Democracy Reporter\n{AFTER}\n",
    f"{LONG}\n{AFTER}\nAdditional reporting by Tom Hale and Priya Shah\n",
    # a dateline opening the paragraph
    paragraphs(LONG, "KETTLEBY, England – 12 March 2025 The council met again to discuss the pool.", AFTER),
    # a list the story leads in to
    paragraphs(LONG, "The main changes are:", *HEADLINES, AFTER),
    # Q&A questions, each answered
    paragraphs(
        LONG,
        "When will the pool close?",
        "It closes on Friday, and the council will board it up next month.",
        "Where can swimmers go instead?",
        "The leisure centre in Kettleby has offered lane times on weekday mornings.",
    ),
    # a period with its dates, not a story's date
    f"{LONG}\nHigh Tide Alert For The Quay 4 October 2026 – 6 October 2026\n{AFTER}\n",
    # a pull quote
    f"{LONG}\n“We will not let this pool close without a fight”\n{AFTER}\n",
    # a results table
    paragraphs(
        "Kettleby kept their place at the top of the table on Saturday with a narrow win over their rivals.",
        "Kettleby 2 Hexley 1\nAshford Town 0 Brinton Rovers 3\nCorley 1 Dunmore United 1",
        "The league resumes next weekend after the international break, the organisers said.",
    ),
    f"{LONG}\nKettleby 2 Hexley 1\nAshford Town 0 Brinton Rovers 3\nCorley 1 Dunmore United 1\n{AFTER}\n",
    # the story's own timeline, told as sentences
    paragraphs(
        LONG,
        "On 12 March 2025 the council voted to delay the plan. On 3 June 2025 it was delayed again.",
        "The plan was approved – 12 March 2025 – and delayed again in June, the council said.",
        AFTER,
    ),
]


@pytest.mark.parametrize("text", TRAPS)
def test_what_is_not_advertorial_stays_quiet(text: str) -> None:
    assert warning_lines(text) == [], text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Kettleby 2 Hexley 1", True),
        ("Dunmore United 2-1 Corley Athletic", True),
        ("Harbour fares to rise by 10% in 2025", False),
        ("Glass and Light | Harbour Museum, 14 Quay Street | 3 March - 28 June", False),
    ],
)
def test_a_results_table_row_is_told_from_a_headline(line: str, expected: bool) -> None:
    assert score_line(line) is expected
