"""Advertorial round 99: a fifth writer's crawl pages (D99), on text written for these tests.

Class members in other words: a booking line with the business's own channels (a web address, its
reception's phone), a social plug as a line's second command ("..., or follow @handle for news"),
Gift Aid furniture, the publisher's offer after a question to the reader, a valuation with its
promised speed, a seller's pitch ("That's why thousands of ... choose X", "... can't wait to meet
you"). Precision: a picture's caption with its credit is no read-more label; a guide's run of tips
in the imperative is the article's content; a negated superlative ("isn't always the best") is a
caution, not praise. Each with its look-alike.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.seller import negated
from tests.advertorial_lint import warning_lines

STORY = "The harbour board approved the new slipway on Tuesday after a long debate about its cost to the town."
AFTER = "Work is due to start in April, the board said, and the slipway should open before the summer regatta."


def lines(*parts: str) -> str:
    return "\n".join(parts) + "\n"


@pytest.mark.parametrize(
    "plug",
    [
        "Book online 24/7 at quayvets.example or call reception on 01632 960 455.",
        "Order online today at riverbakery.example and collect on Saturday.",
        "Get involved: sign up as a steward, or follow @quaysidegreens for campaign news.",
        "Pay UK tax? Tick the Gift Aid box when you give, and your gift grows at no cost to you.",
        "Curious about boats? Find out about our evening courses in boat building. Visit dunmore.example/boats.",
        "Selling up? Get an instant online valuation of your home in 30 seconds.",
        "That's exactly why thousands of cyclists choose TrailGuard cover for their bikes.",
        "Our friendly team makes every visit easy, and our hygienist Priya can't wait to meet you.",
    ],
)
def test_a_seller_s_or_a_charity_s_line_is_reported(plug: str) -> None:
    assert warning_lines(lines(STORY, plug, AFTER)) == [2]


@pytest.mark.parametrize(
    "news",
    [
        "Patients can book online at the practice's website, the surgery said on Monday.",
        "Anyone with information should call police on 101 or visit the station in Mill Street.",
        "Fans were told to follow @harbourFC for updates on the match, a club spokesman said.",
        "The charity said it had claimed Gift Aid on most donations last year.",
        "That is why thousands of drivers choose to avoid the bridge at rush hour, the survey found.",
    ],
)
def test_news_reporting_the_same_words_is_not(news: str) -> None:
    assert warning_lines(lines(STORY, news, AFTER)) == []


def test_a_caption_with_its_credit_is_no_read_more_label() -> None:
    text = lines(
        STORY,
        "Donate today: your gift helps us keep the lifeboat crews at sea this winter.",
        "Photo: Volunteers haul the new lifeboat up the slipway at dawn. © Dunmore Trust / Ann Smith",
        AFTER,
    )
    assert 3 not in warning_lines(text)


def test_a_gallery_label_is_still_reported_beside_a_plug() -> None:
    text = lines(STORY, "Sign up for our morning newsletter to get harbour news in your inbox.", "Photos: Crowds line the quay", AFTER)
    assert 3 in warning_lines(text)


GUIDE = lines(
    "How much does a first boat really cost? A beginner's guide",
    "",
    "Owning a small boat is one of the great pleasures of coastal life, but the bills add up over the years.",
    "A second-hand dinghy typically costs between £800 and £3,000, depending on its age and size.",
    "Mooring fees at the harbour run to several hundred pounds a season, and winter storage costs extra.",
    "Tips to keep costs down",
    "Register with a sailing club early and sign up for any members' storage scheme, which spreads the cost of a berth across the year.",
    "Buy rope and fittings in bulk where you can, and check the label: the dearest rope isn't always the best.",
    "Don't skip the annual hull check. Small cracks are cheap to fix now and expensive to fix later.",
    "Some insurers reportedly refuse cover for older hulls, so read the policy wording carefully.",
)


def test_a_guide_s_run_of_tips_in_the_imperative_is_the_article() -> None:
    assert warning_lines(GUIDE) == []


def test_a_lone_plug_line_between_story_paragraphs_is_still_reported() -> None:
    text = lines(STORY, "The board will publish its full plans next month.", "Tap the bell to get notified whenever we post a new video.", AFTER)
    assert warning_lines(text) == [3]


@pytest.mark.parametrize(
    ("words", "at", "expected"),
    [
        ("the dearest rope isn't always the best".split(), 6, True),
        ("the best rope in the shop".split(), 1, False),
        ("not the most reliable engine".split(), 2, True),
    ],
)
def test_a_praise_word_under_a_negation_is_a_caution(words: list[str], at: int, expected: bool) -> None:
    assert negated(words, at) is expected
