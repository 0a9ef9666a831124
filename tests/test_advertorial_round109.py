"""Advertorial round 109: a seller's "who is this for" question with the preposition first.

Round 64's pitch casts the reader as the buyer of "this" product ("Who is this game for?"); the
same question asked with "for whom" first ("For whom is this course?", an app page's translated
heading "For whom this game?") is the same seller's question. Its look-alikes: a story asking for
whom a reported scheme was meant, a question about "this" that names no product, and a quoted
question attributed to a speaker.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import lint_advertorial, rules_on_line_3


@pytest.mark.parametrize(
    "heading",
    [
        "For whom is this course?",
        "For whom this game?",
        "For whom was this workshop?",
        "Tips and tricks. For whom is this app?",
    ],
)
def test_a_for_whom_question_about_this_product_is_page_copy(heading: str) -> None:
    assert rules_on_line_3(heading) == ["advertorial/page-copy"]


def test_the_for_whom_heading_is_a_warning() -> None:
    found = [d for d in lint_advertorial("For whom is this kit?\n") if d.rule == "advertorial/page-copy"]
    assert [d.severity.name.lower() for d in found] == ["warning"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The inquiry asked for whom the housing scheme was really meant.",
        "For whom is this change a good thing? Tenants, the council argues.",
        "For whom the bell tolls was first published in 1940.",
        '"For whom is this course?" asked Maya Brent, who chairs the college board.',
        "It is unclear for whom this programme was designed, the auditors wrote.",
    ],
)
def test_for_whom_in_a_story_is_left_alone(sentence: str) -> None:
    assert rules_on_line_3(sentence) == []
