"""Advertorial round 93: the kinds of piece a newsroom labels its links with, as a class.

A teaser to another piece is often led by the kind of piece it is ("Explainer:", "Profile:",
"Interview:", "Live:", "Exclusive:"): with a headline after it, on a line of its
own inside the story, it is a related link, like "Analysis:" or "Video:" before it. The same
label on the text's first line is the story's own kicker; a label with a sentence after it is an
editor's note or a subhead, not a link. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import warning_lines

TITLE = "Council backs harbour cycle lanes"
STORY = "The city council voted on Tuesday to build four kilometres of protected cycle lanes, the transport committee said."
AFTER = "Councillor Mia Hart said the lanes would open in spring and would link the ferry terminal with the station."


def lines(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize(
    "teaser",
    [
        "Explainer: What protected lanes mean for drivers",
        "Profile: The councillor behind the plan",
        "Interview: A bus driver on sharing the road",
        "Live: Council meeting as it happened",
        "EXCLUSIVE: Mayor's private talks with the bus firm",
        "Interactive: Map every lane in the city",
        "Editorial: A brave vote for a cleaner city",
        "Fact check: Do bike lanes really slow buses?",
        "Popular: Harbour seal returns to the marina",
    ],
)
def test_a_kind_of_piece_before_a_headline_inside_the_story_is_a_link(teaser: str) -> None:
    assert warning_lines(lines(TITLE, STORY, teaser, AFTER)) == [5]


@pytest.mark.parametrize(
    "kicker",
    [
        "Explainer: What protected lanes mean for drivers",
        "Review: A family reunion that never quite ignites",
        "Interview: A bus driver on sharing the road",
    ],
)
def test_the_same_label_on_the_text_s_first_line_is_the_story_s_kicker(kicker: str) -> None:
    assert warning_lines(lines(kicker, STORY, AFTER)) == []


def test_the_kicker_stays_the_story_s_when_a_plug_is_glued_under_it() -> None:
    # (the plug below the title is reported; the title line is not lifted into it)
    text = "Review: A family reunion that never quite ignites\nWin two tickets to opening night: enter by Sunday. T&Cs apply.\n\n" + STORY + "\n"
    assert warning_lines(text) == [2]


@pytest.mark.parametrize(
    "line",
    [
        "Update: The council has since said the lanes will open in April.",
        "Interview: conducted by phone on Monday and edited for length.",
    ],
)
def test_a_label_before_a_sentence_is_a_note_not_a_link(line: str) -> None:
    assert warning_lines(lines(TITLE, STORY, line, AFTER)) == []
