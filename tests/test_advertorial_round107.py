"""Advertorial round 107: local-news, lifestyle and commerce pages, on text written for these tests.

Precision first: a travel writer's hosted-trip disclosure ("The writer's stay was provided by X")
is an ethics line told as a fact, not a sale: a hint (`disclaimer`), no longer a warning. Then
class members in other words, each with its look-alike: a readers' offer redeemed at the counter
(against a police appeal's reference number and a story's shop prices), an event or webinar plug
by its registration call or its label (against a registration deadline in the news), and the
outlet's affiliate earnings named as revenue or income (against a firm's reported revenue).
"""

from __future__ import annotations

import time

import pytest

from tests.advertorial_lint import BUDGET_STORY, around, lint_advertorial, rules_on_line_3, warnings_by_line


@pytest.mark.parametrize(
    "disclosure",
    [
        "Getting there: the island is an hour by ferry. The writer's accommodation was provided by the Island Trust.",
        "The writer travelled as a guest of the Coastal Tourism Board.",
        "My stay was provided by the Lakeside Hotel.",
    ],
)
def test_a_hosted_trip_disclosure_is_a_hint_not_a_warning(disclosure: str) -> None:
    found = lint_advertorial(around(disclosure))
    assert warnings_by_line(around(disclosure)) == []
    assert any(d.rule == "advertorial/disclaimer" for d in found)


@pytest.mark.parametrize(
    "offer",
    [
        "READERS' OFFER: Quote HARBOUR10 at the till for 10% off any order over £20. The shop opens at nine on Saturdays.",
        "Show this page at the counter to get a free coffee with any cake at the Lantern Café.",
        "Show this voucher or quote QUAY5 at the box office for £5 off a family ticket.",
        "Mention the Gazette when booking to receive a free dessert at the Old Mill.",
        "Reader offer: two tickets for the price of one at the Regal this month.",
    ],
)
def test_a_readers_offer_redeemed_in_the_shop(offer: str) -> None:
    assert rules_on_line_3(offer) == ["advertorial/commerce-cta"]


@pytest.mark.parametrize(
    "report",
    [
        "Anyone with information is asked to call 101, quoting reference 4512 of 3 June.",
        "Officers urged witnesses to quote CAD 2231 when calling the force.",
        "The bakery sells a loaf for £3.20 and a coffee for £2.10, the owner said.",
        "The hospice has raised £40,000 towards its £100,000 target, the trust said.",
        "Customers were told to show their receipts at the counter to get a refund, the shop said.",
    ],
)
def test_look_alikes_of_a_readers_offer_are_news(report: str) -> None:
    assert lint_advertorial(around(report)) == []


@pytest.mark.parametrize(
    "report",
    [
        "The council's scheme lets shoppers quote SHOPLOCAL at the till for 10% off in 40 stores.",
        '"Quote GRANDMA at the till for a free scone," the owner joked.',
        "Quote SPRING10 at the till for 10% off, the shop's owner said.",
    ],
)
def test_a_reported_or_quoted_counter_code_is_not_warned(report: str) -> None:
    assert warnings_by_line(around(report)) == []


@pytest.mark.parametrize(
    "plug",
    [
        "Upcoming webinar: Pricing for the spring season. Register free and receive our Retail Outlook report. Places are limited.",
        "Register free and receive our quarterly lettings briefing.",
        "Free masterclass: How to start a market stall, with our business editor.",
        "Register online to download your free copy of our guide to the county's walks.",
    ],
)
def test_an_event_or_webinar_plug_by_its_registration_call(plug: str) -> None:
    assert "advertorial/media-plug" in rules_on_line_3(plug)


@pytest.mark.parametrize(
    "report",
    [
        "Residents must register by Friday to vote in the by-election, the council said.",
        "The chamber of commerce held a webinar on business rates on Tuesday, attended by 40 traders.",
        "Places are limited, the organisers said, and the walk starts at ten.",
    ],
)
def test_look_alikes_of_an_event_plug_are_news(report: str) -> None:
    assert lint_advertorial(around(report)) == []


@pytest.mark.parametrize(
    "disclosure",
    [
        "Our product picks are independent, but we earn affiliate revenue when you buy through links in this article.",
        "We may receive a small amount of referral income from purchases made via this page.",
        "Affiliate income from these links helps fund the site.",
    ],
)
def test_affiliate_earnings_named_as_revenue_or_income(disclosure: str) -> None:
    assert rules_on_line_3(disclosure) == ["advertorial/affiliate-disclosure"]


@pytest.mark.parametrize(
    "report",
    [
        "The company earned affiliate revenue of £2m last year, its accounts show.",
        '"We earn affiliate revenue when readers buy through our guides," the founder said.',
        "Publishers' affiliate income rose by a fifth in the year, according to the trade body.",
    ],
)
def test_reported_affiliate_revenue_is_news(report: str) -> None:
    assert lint_advertorial(around(report)) == []


def test_the_counter_code_check_is_linear_on_a_long_line() -> None:
    """The code's window is bounded: a long line of capitals and 'quote' costs linear time."""

    def timed(repeats: int) -> float:
        text = BUDGET_STORY + "\n\n" + "Show this page or quote ABCDEFGHIJ " * repeats + "\n"
        start = time.perf_counter()
        lint_advertorial(text)
        return time.perf_counter() - start

    small, large = timed(500), timed(4000)
    assert large < max(small, 0.05) * 8 * 3
