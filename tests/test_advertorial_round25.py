"""The seller's voice as a measured shape (round 25, issue 15), on sentences written for these
tests (invented businesses; not taken from any corpus or page).

:mod:`lintnews.builtin.advertorial.seller` counts general marks in each short paragraph (the
reader addressed, the business's "we/our" with what it sells, commands, a price, praise, an
exclamation) and reads them with the paragraphs around it. A sales page's paragraph warns; a
page of short sales lines warns line by line; a news report quoting a company's pitch, a
consumer guide's advice, a how-to, a letter to readers and an op-ed's "we" stay silent.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.seller import seller_levels, seller_marks
from tests.advertorial_lint import warning_lines

STORY = "The county council closed the Millbrook bridge to lorries on Monday after inspectors found cracks."
AFTER = "Repairs are expected to take until the end of March, the council said."


def _between(*lines: str) -> str:
    return "\n\n".join([STORY, *lines, AFTER])


def test_a_sales_pages_paragraph_warns() -> None:
    pitch = (
        "Our friendly bakers handle every order by hand, so your party gets the freshest bread in "
        "town. Reserve your loaves today from just £4!"
    )
    assert seller_marks(pitch) >= 4
    assert warning_lines(_between(pitch)) == [3]


def test_a_page_of_middling_sales_lines_warns_line_by_line() -> None:
    lines = [
        "Our dedicated crew takes care of every detail on the day.",
        "Hire the whole boathouse from £900 for an evening, with free parking.",
        "Book the terrace for your family and spread the cost over three months.",
    ]
    # each line alone is only middling: the run makes them the page's pitch (read in a document
    # the promo-voice rule points into: here its "free")
    assert all(2 <= seller_marks(line) < 4 for line in lines)
    assert seller_levels(lines) == {0: 2, 1: 2, 2: 2}
    text = STORY + "\n\n" + "\n\n".join(lines) + "\n\n" + AFTER
    assert warning_lines(text) == [3, 5, 7]


def test_one_middling_line_alone_is_no_pitch() -> None:
    assert seller_levels([STORY, "Hire the whole boathouse from £900 for an evening.", AFTER]) == {1: 1}


@pytest.mark.parametrize(
    "paragraph",
    [
        # a news report quoting a company's pitch
        'The bakery\'s owner said: "Our friendly bakers handle every order by hand. Reserve your loaves today!"',
        # a report about a company, with its prices
        "The chain announced it would sell its loaves from £4, and analysts said our region would benefit.",
        # a consumer guide's advice
        "You should compare prices before you sign, and check your contract for exit fees.",
        # a how-to
        "Cut the fabric into a circle, then fasten it over your jar with string. Keep the lid tight.",
        # a letter to readers
        "Dear readers, we are grateful for every letter you sent this year about the town.",
        # an op-ed's "we"
        "We cannot keep pretending the bridge will last; our town deserves a plan, and you deserve answers.",
        # a review in the reviewer's "we", with a price
        "It costs £65, which is more than the models we liked best, and its filter is hard to clean.",
    ],
)
def test_look_alikes_stay_silent(paragraph: str) -> None:
    assert seller_levels([paragraph]) == {} or seller_levels([paragraph])[0] < 2
    assert warning_lines(_between(paragraph)) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "You should compare prices before you sign, and check your contract for exit fees.",
        "Cut the fabric into a circle, then fasten it over your jar with string. Keep the lid tight.",
        "We cannot keep pretending the bridge will last; our town deserves a plan, and you deserve answers.",
    ],
)
def test_advice_and_opinion_stay_silent_beside_each_other(paragraph: str) -> None:
    # a run of the reader's voice is no run of sales lines without an offer in it
    assert all(level < 2 for level in seller_levels([paragraph] * 3).values())


def test_a_struck_through_price_is_no_narration() -> None:
    assert seller_marks("Now just £64.99 (was £89.99) for our whole range - order yours today!") >= 4
    assert seller_marks("The kettle was £89.99 when it went on sale last year.") == 0


def test_a_command_is_told_by_its_syntax() -> None:
    # "Spread" is no seller's verb of the list: a first word before a determiner is a command
    assert seller_marks("Spread the cost with our monthly plan.") >= 2
    # a function word before a determiner opens a statement
    assert seller_marks("After the repairs our plan is to reopen.") < 2


def test_customers_lines_beside_a_pitch_are_the_pages() -> None:
    lines = [
        "Our friendly bakers handle every order by hand, so your party gets the freshest bread in town. Reserve your loaves today from just £4!",
        '"The best sourdough I have ever bought." - Nadia, Kettleby',
        '"Soft, warm and gone in a day."',
        "– Owen P.",
    ]
    assert seller_levels(lines) == {0: 2, 1: 2, 2: 2, 3: 2}


def test_a_signed_quotation_with_no_pitch_beside_it_is_the_storys() -> None:
    lines = [
        STORY,
        '"We had no warning at all." - Nadia Hale, a driver',
        AFTER,
    ]
    assert seller_levels(lines) == {}
    assert warning_lines("\n\n".join(lines)) == []
