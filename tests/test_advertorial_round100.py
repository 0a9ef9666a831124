"""Advertorial round 100: reporting paragraphs and a seller's own price and stock lines (issue 15),
on text written for these tests.

Precision: a paragraph that reports with its sources (a speaker who "said", beside the prices,
tickets or events it reports) is the story's, even when one of its plain sentences holds a plug's
words ("early-bird tickets"); the same sentence pasted as a plug (the reader addressed, a link, a
paragraph with no source) is still reported. Recall: a seller's price tag (a product's name,
"from" and a price with the trade's terms: "OTR", "pp"), a sale price against the seller's own
former one ("currently €9.95 instead of €12.50") and its stock line ("available in the Gallery Shop
and online") beside the seller's other lines. Each with its look-alike.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.cues import PAST
from tests.advertorial_lint import warning_lines

STORY = "The harbour board approved the new slipway on Tuesday after a long debate about its cost to the town."
AFTER = "Work is due to start in April, the board said, and the slipway should open before the summer regatta."


def lines(*parts: str) -> str:
    return "\n".join(parts) + "\n"


@pytest.mark.parametrize(
    "paragraph",
    [
        # the prices the story reports, with the organiser's reason beside them
        "Day passes will cost £45 this summer, with early-bird tickets at £38. The organiser, Ruth Dale, "
        "said costs for fencing and stewards had gone up.",
        # the source first, the plain sentence after it
        "A survey by the Quayside Traders' Association found that most stalls had raised prices, its chair said. "
        "Early-bird tickets for the food fair sold out within an hour.",
    ],
)
def test_a_paragraph_that_reports_with_its_sources_is_the_story_s(paragraph: str) -> None:
    assert warning_lines(lines(STORY, paragraph, AFTER)) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        # the same words with no source: the plug's own paragraph
        "Day passes will cost £45 this summer, with early-bird tickets at £38 for a limited time only.",
        # a source in the paragraph, but the plug speaks to the reader
        "The organiser said costs had gone up. Grab your early-bird tickets now before they are gone.",
        # a source in the paragraph, but the plug gives its link
        "The organiser said costs had gone up. Early-bird tickets are on sale now at quayfair.example.",
    ],
)
def test_a_plug_beside_or_without_a_source_is_still_reported(paragraph: str) -> None:
    assert warning_lines(lines(STORY, paragraph, AFTER)) == [2]


@pytest.mark.parametrize(
    "tag",
    ["Harbour Tourer 5 Sport from £31,495 OTR", "Quayside Suite - only £89 pp", "Kettle Pro from £12 per month"],
)
def test_a_seller_s_price_tag_is_reported(tag: str) -> None:
    assert warning_lines(lines(STORY, tag, AFTER)) == [2]


@pytest.mark.parametrize(
    "news",
    [
        "Weekend tickets will cost £149, up from £135 last year.",
        "The Harbour Tourer 5 is priced from £31,495 on the road, the maker said.",
    ],
)
def test_a_price_the_story_quotes_is_not(news: str) -> None:
    assert warning_lines(lines(STORY, news, AFTER)) == []


def test_a_seller_s_sale_price_beside_its_own_shop_is_reported() -> None:
    text = lines(
        "Line the tin with paper and heat the oven before you start on the batter.",
        "My tip: a good peeler saves time. The one I use is in my shop at quaykitchen.example/peeler "
        "(currently €9.95 instead of €12.50!)",
        "Beat the butter and sugar until pale, then add the eggs one at a time.",
    )
    assert warning_lines(text) == [2]


def test_a_fare_the_story_reports_is_not() -> None:
    text = lines(STORY, "Single fares are now £3 instead of £4.20 after the subsidy, the operator said.", AFTER)
    assert warning_lines(text) == []


def test_a_stock_line_beside_the_seller_s_offer_is_reported() -> None:
    text = lines(
        "The exhibition runs until March in the east wing.",
        "Not a member yet? Join from £5 a month and enjoy free entry and 10% off in our shop.",
        "Take it home: the fully illustrated guide (120 pages, £18) is available in the Quay Gallery Shop and online.",
        "The exhibition is supported by the Harbour Trust.",
    )
    assert 3 in warning_lines(text)


def test_a_lone_availability_line_is_only_a_hint() -> None:
    text = lines(STORY, "The report is available in the council's shop and online, a spokesman said.", AFTER)
    assert warning_lines(text) == []


@pytest.mark.parametrize(
    ("sentence", "past"),
    [
        ("The fully illustrated guide costs £18.", False),
        ("A newly opened shop sells it.", False),
        ("The crew opened the shop.", True),
    ],
)
def test_a_participle_after_an_adverb_of_degree_is_no_narration(sentence: str, past: bool) -> None:
    assert (PAST.search(sentence) is not None) is past
