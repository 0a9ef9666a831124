"""Advertorial round 87: pages a news crawl gathers (issue 15), on text written for these tests.

New members of known classes, each with a look-alike that is not advertorial: a line led by a
pictograph or an arrow ("📥 Download ...", "→ Grab them at ..."), a paid label before a bar with
"In partnership with X", a product card's line with more on it, a gift guide's description under
its card, signed praise beside a plug, a share prompt, a follow call with its account, a booking
line's purpose before its command, a credit to a partnerships team, a sponsor's praise on its
labelled page, scarcity after a dash, and advice that names the reader only in a condition.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import between, warning_lines, warnings_by_line

STORY = "The harbour board voted on Tuesday to delay the ferry terminal for another year, citing rising steel costs."
MIDDLE = "Engineers had warned that the old pier would need repairs before the winter storms arrive."
AFTER = "The board will meet again in March, when a revised budget for the terminal is due."


def paragraphs(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ('📥 Download the free Meridian report: "Safer Fleets 2026" — meridian.example/report', "advertorial/reader-cta"),
        ("👉 Grab my free planner here", "advertorial/reader-cta"),
        ("→ Grab them at Amazon before the coupon runs out", "advertorial/commerce-cta"),
        ("Wishlist our new puzzle game, Moss Garden, on Steam: it really helps us.", "advertorial/reader-cta"),
    ],
)
def test_a_call_led_by_a_pictograph_or_an_arrow_is_read_from_its_first_word(line: str, rule: str) -> None:
    assert warnings_by_line(between(line)) == [(2, rule)]


def test_an_arrow_before_a_story_sentence_is_not_a_call() -> None:
    assert warning_lines(between("→ Ferry fares rose by a fifth last year, the operator said.")) == []


@pytest.mark.parametrize("label", ["PAID CONTENT | In partnership with Kestrel Bank", "SPONSORED | In association with Kestrel Bank"])
def test_a_paid_label_before_a_bar_and_its_partner_is_a_marker(label: str) -> None:
    assert warnings_by_line(between(label)) == [(2, "advertorial/sponsored-marker")]


def test_a_coproduction_with_a_newsroom_is_not_a_marker() -> None:
    line = "The documentary was produced in collaboration with the Coast Courier newsroom."
    assert warning_lines(paragraphs(STORY, line, AFTER)) == []


@pytest.mark.parametrize(
    "card",
    [
        "3. Ridgeback hiking poles — €59 at Bergmann Outdoor (free delivery)",
        "4. Pantry box subscription — from £12/month at pantrybox.co.uk",
        "2. Harewood notebook — $22 (about £17) from Harewood on Etsy",
        "5. The Quiet Coast by Ann Lee — £16.99 at Pageturners, or £9.99 on Kindle",
    ],
)
def test_a_product_cards_line_with_more_on_it_is_a_shopping_line(card: str) -> None:
    assert warnings_by_line(paragraphs(STORY, card, AFTER)) == [(3, "advertorial/commerce-cta")]


def test_a_fare_in_a_story_sentence_is_not_a_card() -> None:
    line = "The return fare — £5 at Kettleby station — has not risen since 2019, the operator said."
    assert warning_lines(paragraphs(STORY, line, AFTER)) == []


def test_a_products_description_under_its_card_stays_a_hint() -> None:
    text = paragraphs(
        "Six gifts for the cook who has everything",
        "1. Spice club subscription — £8 at spiceclub.co.uk",
        "A box of spices arrives each month with a recipe card. You can skip a month or cancel at any time.",
        "2. Marlow bread knife — £30 at marlowknives.co.uk",
        "The blade is long enough for a sourdough loaf, and the handle is oak.",
    )
    lines = warning_lines(text)
    assert 3 in lines and 7 in lines
    assert 5 not in lines


def test_a_deals_description_between_its_card_and_its_button_is_the_deals() -> None:
    text = paragraphs(
        STORY,
        "Harbour Sound earbuds — $49 (was $99) at Amazon",
        "Last year's model, but the battery lasts all day. Free returns within 30 days, cancel anytime.",
        "Get them at Amazon for $49",
        AFTER,
    )
    assert {3, 5, 7} <= set(warning_lines(text))


@pytest.mark.parametrize(
    "praise",
    [
        '"I had never baked bread before. Now I make a loaf every week." — Tom R., teacher, Leeds',
        '★★★★★ "The best class I have ever taken. Anna is a star!" — Joe & Kim, York',
        '⭐ "Warm, funny and secretly hard." — Game Desk | "The best farming game of the year." — Pixel Weekly',
    ],
)
def test_signed_praise_beside_a_pitch_is_the_pitchs(praise: str) -> None:
    text = paragraphs(
        "Our bakery class runs every Saturday morning in the old mill on Quay Street.",
        praise,
        "Ready to start? Book a free taster session with me today.",
    )
    assert set(warning_lines(text)) == {3, 5}


def test_a_quotation_with_its_speaker_beside_a_pitch_is_the_storys() -> None:
    text = paragraphs(
        "Our bakery class runs every Saturday morning in the old mill on Quay Street.",
        '"We will rebuild the pier by summer," the mayor said.',
        "Ready to start? Book a free taster session with me today.",
    )
    assert warning_lines(text) == [5]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("You can share this article on social media:", "advertorial/newsletter-plug"),
        ("Follow all the latest from the harbour: @HarbourDesk on X", "advertorial/newsletter-plug"),
        ("To book a live demo of the scanner, visit scanco.example/demo.", "advertorial/business-pitch"),
        ("MORE FROM KTVB 4:", "advertorial/related-plug"),
        (
            "This article was produced by Meridian in collaboration with the Fleet Weekly partnerships team.",
            "advertorial/sponsored-marker",
        ),
        ("From £899 per person | Max 12 guests — only 4 places left!", "advertorial/commerce-cta"),
    ],
)
def test_class_members_in_other_words(line: str, rule: str) -> None:
    assert warnings_by_line(paragraphs(STORY, MIDDLE, line, AFTER)) == [(5, rule)]


@pytest.mark.parametrize(
    "line",
    [
        "Residents can share this story on social media, the council said.",
        "To book a vaccination, call 119 or visit the NHS website.",
        "By Friday there were only 40 places left",
        "The ferry now has only 12 seats left after the refit, the operator said.",
    ],
)
def test_look_alikes_in_the_story_are_left_alone(line: str) -> None:
    assert warning_lines(paragraphs(STORY, MIDDLE, line, AFTER)) == []


def test_the_sponsors_praise_on_its_labelled_page_is_its_copy() -> None:
    text = paragraphs(
        "How sensors are changing the way fresh fish moves",
        "SPONSORED CONTENT | In partnership with Coldwave",
        "Fresh fish spoils fast when a trailer's temperature drifts for an hour on a motorway.",
        "Coldwave's game-changing TraceBox system is fitted to 200 lorries, and it pays for itself within a year.",
        "Hauliers with older trailers say the retrofit is hard to justify on thin margins.",
    )
    assert warnings_by_line(text) == [(3, "advertorial/sponsored-marker"), (7, "advertorial/sponsor-copy")]


def test_a_company_praised_in_a_story_without_a_label_is_left_alone() -> None:
    text = paragraphs(
        STORY,
        "Coldwave's game-changing TraceBox system is fitted to 200 lorries, and it pays for itself within a year.",
        AFTER,
    )
    assert warning_lines(text) == []


def test_advice_that_names_the_reader_only_in_a_condition_is_not_a_pitch() -> None:
    text = paragraphs(
        "Why we wax every chain we service",
        "We have waxed chains in the workshop since October, and they stay clean through the winter.",
        "If you ride a lot in the rain, a decent wet lube is still a sensible choice, and we'll keep stocking it.",
        "Honestly, the old oils belong in a museum.",
        "Ready to try it? Book a wax service online at spokes.example/book or pop into our Mill Street shop.",
    )
    assert 5 not in warning_lines(text)
