"""Round 128 (advert128): a shopping page's own content, and calls glued onto a line.

- On a shopping page (its title names deals or bargains, or an affiliate disclosure opens it),
  a paragraph of two sentences or more whose hints are all shopping terms and which commands
  nothing is the page's own prose (the round-up's intro, a pick's verdict): it stays a hint and
  joins none of the page's buttons (``Signals._guide_copy``). The page's buttons stay warned.
- A deals page's product heading with its colon right after the name ("Kestrel 14 (2023): was
  £999, now £799") is the page's own card, like round 112's spaced separator.
- A shop's button closing a price line after a spaced dash ("£64.99 at Marlow Home - buy now"),
  and a bookmaker's call glued onto a line of odds ("- back them at Fenwick Bet now for the best
  odds") are commercial calls.

Sentences written for this round.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import between, warning_lines

GUIDE = """The best garden hoses of the year, tested
By A Writer
If you buy through a link on this page, we may earn a commission.
Hoses are cheap, but a bad one kinks, leaks and cracks within a season. We ran water through twelve of them for a month.
Our top pick: Marlow FlexiCoil. The FlexiCoil never kinked once in our tests. It coiled neatly and the brass fittings did not leak.
£34.99 at Marlow Home - buy now
Budget pick: Tarn Lite. At £15, the Tarn is hard to beat. Its plastic connectors cracked after three weeks of use.
Get the Tarn Lite at Greenway with code HOSE10
How long should a hose last? Most last five years if they are drained and stored out of the sun.
"""

DEALS = """Weekend kettle deals: big savings on Harbour and Quay models
By A Writer
When you buy through links on our site, we may earn an affiliate commission.
Spring sales mean kettle prices are low, and we've rounded up the best offers we could find. Prices were checked on Friday and may have changed since.
Harbour Rapid 1.7L: was £79, now £49
The Rapid boils a litre in under two minutes and is quieter than most.
Buy now at Quayside for £49
Quay Classic: was £59, now £39
A good price for a kettle this well made.
Buy now at Harbour Direct for £39
"""


def _lines(text: str) -> list[int]:
    return warning_lines(text)


def test_a_guides_pick_verdict_is_its_content() -> None:
    lines = _lines(GUIDE)
    assert 5 not in lines and 7 not in lines
    assert 4 not in lines and 9 not in lines


def test_a_guides_buttons_stay_warned() -> None:
    lines = _lines(GUIDE)
    assert 3 in lines and 6 in lines and 8 in lines


def test_a_deals_pages_intro_and_cards_are_its_content() -> None:
    lines = _lines(DEALS)
    assert 4 not in lines
    assert 5 not in lines and 8 not in lines


def test_a_deals_pages_buttons_stay_warned() -> None:
    lines = _lines(DEALS)
    assert 3 in lines and 7 in lines and 10 in lines


def test_a_pick_pasted_into_a_story_is_still_read() -> None:
    """The same pick's paragraph and its button in a news story (no shopping page): warned."""
    text = (
        "The council voted on Tuesday to close the old swimming pool after engineers found cracks.\n"
        "Our top pick: Marlow FlexiCoil. The FlexiCoil never kinked once in our tests. It coiled neatly.\n"
        "£34.99 at Marlow Home - buy now\n"
        "Residents who used the pool will be offered passes to the leisure centre, the council said.\n"
    )
    lines = _lines(text)
    assert 3 in lines and 1 not in lines and 4 not in lines


@pytest.mark.parametrize("snippet", [
    "£64.99 at Marlow Home - buy now",
    "£1,249 at Cycle Barn – shop now",
    "Calder Town are out at 9/1 - back them at Fenwick Bet now for the best odds.",
    "Rovers are 5/2 to go up. Back them with Northgate Bet today.",
    "Get Calder Town at 9/1 with Fenwick Bet now.",
])
def test_a_call_glued_onto_a_price_or_odds_line_is_warned(snippet: str) -> None:
    assert warning_lines(between(snippet)) == [2]


@pytest.mark.parametrize("snippet", [
    "Buy now - pay later schemes have grown fast, the regulator said, and many shoppers miss a payment.",
    "Punters have backed them at Fenwick Bet all week, the bookmaker's spokesman said.",
    "Calder Town are out at 9/1 after their defeat, and few punters back them at that price.",
    "Shops are quiet after the holiday - buy now or later, prices will stay flat, analysts said.",
    "Take Highway 1 at Monterey today and drive south along the coast for the best views.",
    "Calder Town are 9/1, and punters who back them at Fenwick Bet now get the best odds, the firm said.",
])
def test_reporting_about_buying_and_betting_is_left(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []


# -- safety advice to a shopper is no sale ------------------------------------------------------

BATTERIES = (
    "Phone batteries, explained\n\n"
    "Most phones now have an optimised charging setting that holds the battery at 80 per cent overnight.\n\n"
    "Fast chargers are widely blamed for shortening battery life, but the evidence is thin, engineers say.\n\n"
    "Cheap third-party chargers are a different matter. Reports have surfaced of unbranded plugs overheating "
    "and melting on bedside tables. {line}\n\n"
    "A battery loses around a fifth of its capacity after 500 full cycles, which is about two years for most people.\n"
)


@pytest.mark.parametrize("line", [
    "Buy from a reputable retailer and look for the safety mark on the plug.",
    "Order only from a registered pharmacy and check the licence number on its website.",
    "Buy from an authorised dealer, and keep the receipt in case the unit fails.",
])
def test_a_caution_about_whom_to_buy_from_is_left(line: str) -> None:
    assert warning_lines(BATTERIES.format(line=line)) == []


@pytest.mark.parametrize("snippet", [
    "Buy from a trusted retailer such as Quayside Home and save 20% with code SAFE20.",
    "Buy the Harbour charger from Quayside Home today and save 20% with code SAFE20.",
])
def test_a_named_shop_is_still_a_sale(snippet: str) -> None:
    assert warning_lines(between(snippet)) == [2]


def test_caution_reads_the_kind_of_seller() -> None:
    from lintnews.builtin.advertorial.promo_voice import caution

    assert caution("Buy from a reputable online retailer.", 0)
    assert not caution("Buy from a retailer.", 0)
    assert not caution("Shop at a reputable store like Harbour Home.", 0)
    assert not caution("Buy from Quayside today.", 0)


# -- the writers narrating their reporting are no seller's "we" ----------------------------------

MYTHS = (
    "Few gadgets attract as much folk advice as kettles. Descale it every week. Never fill it to the top. "
    "Switch it off at the wall to save power. We asked an engineer which of these hold up."
)


def test_we_asked_an_expert_is_the_writers_story() -> None:
    text = f"Kettle myths, tested\n\n{MYTHS}\n\nThe first myth is the oldest, the engineer said.\n"
    assert warning_lines(text) == []


def test_a_sellers_we_still_reads_as_a_pitch() -> None:
    from lintnews.builtin.advertorial.seller import seller_marks

    pitch = "Descale it every week. Never fill it to the top. We offer the best kettles in town, save 20% now!"
    assert seller_marks(pitch) > 0
    assert seller_marks(MYTHS) == 0  # ("We asked an engineer": the writers' reporting)
    assert seller_marks("We need your help this winter. Donate £5 today and we deliver a meal!") != 0


# -- an affiliate disclosure with the links placed "in this guide" --------------------------------

@pytest.mark.parametrize("snippet", [
    "Book through the links in this guide and we may get a small cut.",
    "Shop through the links on this page and we may earn a small fee.",
])
def test_links_in_this_guide_disclose_a_cut(snippet: str) -> None:
    assert warning_lines(between(snippet)) == [2]


def test_a_disclosure_reported_is_left() -> None:
    snippet = "Shoppers who book through the links in the guide pay more, the watchdog said, and we have asked the firm why."
    assert warning_lines(between(snippet)) == []


# -- a related label: "More on this story:", and a capitals label glued onto the story ------------

def test_more_on_this_story_with_headlines_is_a_plug() -> None:
    snippet = "More on this story: Ferry firm cancels winter sailings | How to claim a refund for a cancelled trip"
    assert warning_lines(between(snippet)) == [2]


def test_a_capitals_label_glued_onto_the_story_is_a_plug() -> None:
    text = (
        "The council voted on Tuesday to close the old swimming pool after engineers found cracks in its roof.\n"
        "MORE: Library opening hours cut in savings driveMargaret is believed to have swum there every week for forty years. "
        "She was at the meeting.\n"
        "The pool will shut at the end of the month, the council said.\n"
    )
    assert 2 in warning_lines(text)


def test_a_camel_case_name_after_more_is_no_glue() -> None:
    """No capitals label: a name such as "McDonald" or "YouTube" in a story line is not cut."""
    text = (
        "The council voted on Tuesday to close the old swimming pool after engineers found cracks in its roof.\n"
        "More than 200 people watched the debate on YouTube, and councillor Ann McDonald said the vote was close.\n"
        "The pool will shut at the end of the month, the council said.\n"
    )
    assert warning_lines(text) == []


# -- a note on the making of this piece joins no plug beside it ------------------------------------

def test_a_piece_note_is_not_grown_into_the_plug_below() -> None:
    text = (
        "The video was filmed in 2019 and shows a different ground, our checks found.\n\n"
        "This fact check was produced as part of our partnership with the Harbour Data Fund, which supports fact-checking.\n\n"
        "Seen something you think needs checking? Send it to us on WhatsApp at +44 7700 900111.\n"
    )
    lines = warning_lines(text)
    assert 3 not in lines and 5 in lines
