"""Advertorial round 112: a link's lone teaser closed by a full stop, and a deals page's own
product headings.

A teaser written as a sentence after a label that points away from the story ("more", "also",
"related", "next", or an outlet named after "from"/"in"/"on"), on a line of its own and off the
topic of its neighbours, is a read-more line; a kind of piece ("Interview:") before a note on the
story is left. On a page whose title names deals or bargains, a product's heading that is only
its name and a was/now pair is the page's structure: a hint, not a warning.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import between, lint_advertorial, warning_lines


@pytest.mark.parametrize(
    "snippet",
    [
        "More from the Lakeside Herald: how four farm shops kept their doors open through the floods.",
        "Also on Radio Fenwick: the choir that learned to sing again after forty years apart.",
        "Related: why two villages want their own postcode.",
    ],
)
def test_a_stopped_teaser_after_a_pointing_label_is_warned(snippet: str) -> None:
    assert warning_lines(between(snippet)) == [2]


@pytest.mark.parametrize(
    "snippet",
    [
        # a kind of piece before a note on the story itself
        "Interview: conducted by phone on Thursday and shortened for clarity.",
        # a label on the story's own topic: a word shared with the lines beside it
        "More on the pool: the council will publish the engineers' report next month.",
        # an imperative label, the story's own pointer to a document (round 11's trap)
        "Read more: the full inspection findings are published online.",
        # a story's own sentence, no label
        "Swimmers from the club said they would miss the old pool and its diving board.",
    ],
)
def test_a_note_or_a_story_sentence_is_not_warned(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []


DEALS = (
    "The best kettle deals this week: cordless models up to 30% off\n"
    "We compared each price with its history over three months before listing it.\n"
    "Brewmaster K2 - was $89, now $59\n"
    "The K2 boils a full litre in under three minutes and has a filter that lifts out for cleaning.\n"
    "Buy the Brewmaster K2 at Homeway for $59\n"
    "Steamly Mini - was $45, now $29\n"
    "A small kettle for one or two cups, with a window to show the water level.\n"
    "Order the Steamly Mini at Homeway for $29 before the offer ends.\n"
)


def test_a_deals_page_product_heading_is_a_hint() -> None:
    found = {d.line: d.severity for d in lint_advertorial(DEALS)}
    assert found.get(3) is Severity.INFO, found
    assert found.get(6) is Severity.INFO, found


def test_a_deals_page_calls_to_buy_are_still_warned() -> None:
    lines = warning_lines(DEALS)
    assert 5 in lines and 8 in lines, lines


def test_a_was_now_heading_in_a_news_story_is_still_warned() -> None:
    # no deals in the title: the same heading is an insertion
    text = (
        "Council closes the old pool after roof cracks found\n"
        "The council voted on Tuesday to close the old swimming pool after engineers found cracks in its roof.\n"
        "Brewmaster K2 - was $89, now $59\n"
        "Residents who used the pool will be offered passes to the leisure centre, the council said.\n"
    )
    assert 3 in warning_lines(text)
