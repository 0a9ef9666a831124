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
])
def test_a_call_glued_onto_a_price_or_odds_line_is_warned(snippet: str) -> None:
    assert warning_lines(between(snippet)) == [2]


@pytest.mark.parametrize("snippet", [
    "Buy now - pay later schemes have grown fast, the regulator said, and many shoppers miss a payment.",
    "Punters have backed them at Fenwick Bet all week, the bookmaker's spokesman said.",
    "Calder Town are out at 9/1 after their defeat, and few punters back them at that price.",
    "Shops are quiet after the holiday - buy now or later, prices will stay flat, analysts said.",
])
def test_reporting_about_buying_and_betting_is_left(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []
