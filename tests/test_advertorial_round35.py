"""Round 35 (issue 15): a fresh writer's misses grouped by function and shape, fixed in grammar and
document structure; on sentences written for these tests (invented places, people and firms; not
taken from any corpus or page).

- commerce: an offer's condition ("Book five nights and get 15 per cent off"); a command that
  sells coordinated inside a sentence opens the seller's reading without a price; a sales page's
  hook that opens on the reader's own, praised ("Your ideal lakeside retreat awaits."); a
  verbless "no N V-ed" ("no booking required") is no narration;
- a false alarm: a guide's description before the next item's price-and-shop line, when the line
  above it is another item's closed box, is the story's.
Each with the look-alike that must stay quiet.
"""

from __future__ import annotations

from lintnews.builtin.advertorial_seller import hook_marks, seller_marks
from tests.advertorial_lint import warning_lines

# -- commerce: an offer's condition ----------------------------------------------------------------


def test_an_offers_condition_is_two_marks() -> None:
    plain = seller_marks("Lodges from 210 pounds. Book five nights or more.")
    offer = seller_marks("Lodges from 210 pounds. Book five nights or more and get 15 per cent off.")
    assert offer >= plain + 2
    assert offer >= 4
    assert seller_marks("Reserve the Corvel 5 today and get a free charging dock worth 40 euros.") >= 4


def test_a_route_or_a_report_is_no_offer() -> None:
    # (a route's "and get off" names no reward; a report of a discount is the story's)
    assert seller_marks("Take the number 9 bus to the harbour and get off at the pier.") == 0
    assert seller_marks("Guests who booked early got 15 per cent off, the owners said.") == 0


def test_a_coordinated_command_alone_opens_the_sellers_reading() -> None:
    assert seller_marks("Check the calendar and book securely online — only three June weeks left!") >= 2
    assert seller_marks("Check the calendar and the tide tables before you set out.") == 0


def test_a_verbless_no_n_ved_is_no_narration() -> None:
    assert seller_marks("Classes from 30 euros, no booking required. Join us every Tuesday!") >= 4
    # (the past after "no one" is narration all the same)
    assert seller_marks("Classes from 30 euros, no one noticed. Join us every Tuesday!") == 0


def test_a_hook_on_the_readers_own_praised() -> None:
    assert hook_marks("Your ideal lakeside retreat awaits. The cabin stands on the north shore.") >= 2
    # (the reader's own without praise, or praise without the reader's own, is no hook)
    assert hook_marks("Your local council wants to raise the parking charge.") == 0
    assert hook_marks("The ideal lakeside retreat stands on the north shore.") == 0


COTTAGE = [
    "Kestrel Barn, Lake Orrin — sleeps 6",
    "Your ideal lakeside retreat awaits. Kestrel Barn stands on the north shore with views of the fells.",
    "Three bedrooms, two bathrooms, a wood-burner and a garden.",
    "Lodges from 210 pounds. Book five nights or more and get 15 per cent off.",
    "Check the calendar and book securely online — only three June weeks left!",
    "Arrival from 3pm, departure by 11am.",
]


def test_a_cottage_page_warns_on_its_hook_and_its_offer() -> None:
    assert warning_lines("\n\n".join(COTTAGE)) == [3, 7, 9]


def test_a_report_on_a_cottage_stays_quiet() -> None:
    story = [
        "Holiday lets on Lake Orrin face new tax",
        "Owners of holiday lets on Lake Orrin will pay a second-home levy from April, the council said.",
        "Kestrel Barn's owner, Mia Holt, said bookings had fallen and she had offered 15 per cent off.",
        "The levy was approved by 31 votes to 12.",
    ]
    assert warning_lines("\n\n".join(story)) == []


# -- a false alarm: a guide's copy before the next item --------------------------------------------

GUIDE = [
    "Presents for cyclists under 40 pounds",
    "We may earn a commission on purchases made through links in this article.",
    "Cold hands end more winter rides than punctures do.",
    "Fellrunner Thermal Gloves, 28 pounds — buy from Spokeshop.",
    "A chain checker tells you when to replace the chain, and it fits in a saddle bag.",
    "Chain checker with hook, 12.50 — shop now at Wheelwright.",
]


def test_a_guides_copy_before_the_next_item_is_the_storys() -> None:
    assert warning_lines("\n\n".join(GUIDE)) == [3, 7, 11]


def test_a_description_under_its_price_line_joins_the_box() -> None:
    box = [
        "Presents for cyclists under 40 pounds",
        "We may earn a commission on purchases made through links in this article.",
        "Fellrunner Thermal Gloves: now £28 at Spokeshop",
        "The Fellrunner gloves are warm, thin and easy to grip a brake with.",
        "Buy the Fellrunner gloves from Spokeshop.",
    ]
    assert warning_lines("\n\n".join(box)) == [3, 5, 7, 9]


# -- a sales page's hook above a commerce rule's own call ---------------------------------------

APP = [
    "Tallybook 3: your budget, sorted",
    "Meet Tallybook 3 — the easiest way to track bills, split rent and plan savings.",
    "What's new in version 3:",
    "- Shared budgets for households",
    "Try Tallybook Plus free for 30 days.",
]


def test_a_hook_above_a_commerce_call_joins_it() -> None:
    assert 3 in warning_lines("\n\n".join(APP))


def test_a_narrated_lede_above_a_commerce_call_stays_quiet() -> None:
    review = list(APP)
    review[1] = "Tallybook 3 was launched in May by a two-person studio in Leeds, and it is the easiest budget app we tested."
    assert 3 not in warning_lines("\n\n".join(review))
