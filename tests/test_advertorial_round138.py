"""Round 138 (advert138): advertorial precision on unseen templates (issue 15).

Four readings built from the readable sets' false alarms and misses, each tested on sentences
written for this round:

- a fact box under its own heading ("Pollen forecast" over a day-by-day forecast, "Main changes
  from May" over the rules' points) is the story's, not a run of related headlines:
  ``shared.boxes.fact_box_heading`` (word class ``advertorial/fact-box-nouns``); a heading that
  points to other stories ("More results") still heads links;
- a rule's obligation on an affiliate link ("affiliate links must be disclosed ...") reports the
  rules: the affiliate rule's exception;
- a kind-of-piece label on the title's line under the page's masthead and section rail
  ("Review: ..." as the third line) labels the piece: ``advertorial.pagehead.under_page_head``;
- a betting box: "Bet on" opening its line with the bookmaker's offer or age gate after it;
- a review's price told as a fact ("Tickets from £25.") and its listing stay out of the plug
  after them: ``advertorial.factlines`` (in a text with no blank line, each line is a paragraph);
- a shop's price button closed by its arrow ("£189 at Harbour Home >") and a call to "stream now
  on" a service warn, and a sign-up to a newsletter named by its title ("Sign up to the Harbour
  Brief for the latest ...").
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.factlines import paragraph_gap, price_fact
from lintnews.builtin.advertorial.pagehead import under_page_head
from lintnews.builtin.shared.boxes import fact_box_heading
from tests.advertorial_lint import warnings_by_line

_LEAD = (
    "Pollen counts across the valley reached their highest level of the spring on Monday, "
    "the county's allergy clinic said, as warm winds carried birch pollen in from the hills.\n"
    "Doctors at Marlow General said they had seen twice the usual number of asthma patients.\n"
)
_TAIL = "The clinic said the counts should fall when rain arrives later in the week.\n"
_PLUG = "Subscribe to the Valley Courier for $1 a week and never miss a story.\n"


def _lines(text: str) -> set[int]:
    return {line for line, _rule in warnings_by_line(text)}


# -- a fact box under its own heading ---------------------------------------------------------

_BOXES = [
    "Pollen forecast\nTuesday: Very high (birch)\nWednesday: High (grass)\nThursday: Moderate (grass)\n",
    "Main changes from May 2028\nPaid posts carry a label at the top\nGifted stays declared in the caption\n"
    "Penalties of up to £20,000 for repeat breaches\n",
    "Injury list\nHarlan Moss hamstring strain\nDevi Okafor knee ligament damage\nTomas Reyes ankle sprain\n",
]


@pytest.mark.parametrize("box", _BOXES)
def test_a_fact_box_under_its_heading_is_the_story(box: str) -> None:
    assert not _lines(f"{_LEAD}{box}{_TAIL}")


@pytest.mark.parametrize("box", _BOXES[:2])
def test_a_fact_box_beside_a_plug_joins_it_not(box: str) -> None:
    text = f"{_LEAD}{box}{_PLUG}"
    assert _lines(text) == {text.count("\n")}


def test_a_pointing_heading_still_heads_links() -> None:
    links = (
        "Lifeboat crew rescues two walkers cut off by tide\nBakery on the quay closes after 80 years\n"
        "Teenage sailor sets record for solo crossing to the islands\n"
    )
    assert _lines(f"{_LEAD}More from the coast\n{links}{_TAIL}") >= {4, 5, 6}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Pollen forecast", True),
        ("Main changes from May 2028", True),
        ("**Injury list**", True),
        ("More results", False),
        ("Latest scores", False),
        ("The forecast is for rain.", False),
        ("Key dates:", False),
        ("Forecast changes at $5 a month", False),
    ],
)
def test_fact_box_heading(line: str, expected: bool) -> None:
    assert fact_box_heading(line) is expected


# -- a rule's obligation on an affiliate link --------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "Under the new code, affiliate links must be clearly labelled beside the price.",
        "Affiliate links will have to be disclosed before the first paragraph of a post.",
        "Referral codes should also be declared in the caption, the guidance says.",
    ],
)
def test_a_rule_on_affiliate_links_is_reporting(sentence: str) -> None:
    assert not _lines(f"{_LEAD}{sentence}\n{_TAIL}")


@pytest.mark.parametrize(
    "sentence",
    [
        "This page contains affiliate links, and we may earn a commission when you buy.",
        "Affiliate links on this page earn us a small fee.",
    ],
)
def test_the_page_s_own_disclosure_still_warns(sentence: str) -> None:
    assert _lines(f"{_LEAD}{sentence}\n{_TAIL}") == {3}


# -- a kicker on the title's line under the page's head -----------------------------------------

_STORY = (
    "The hotel sits on the shore of the loch, forty minutes from the nearest town, and was "
    "reopened in March after a two-year refit, its owners said.\n"
)


def test_a_kicker_under_the_masthead_labels_the_piece() -> None:
    text = f"The Valley Courier\nFood | Restaurants\nReview: The Old Mill, a riverside kitchen worth the detour\n{_STORY}{_PLUG}"
    assert _lines(text) == {5}


def test_the_same_label_after_the_story_is_a_link() -> None:
    text = f"{_STORY}{_STORY}Review: The Old Mill, a riverside kitchen worth the detour\n{_PLUG}"
    assert 3 in _lines(text)


def test_under_page_head() -> None:
    head = "The Valley Courier\nFood | Restaurants\n"
    assert under_page_head(head + "Review: X", len(head))
    assert not under_page_head(_STORY + "Review: X", len(_STORY))
    assert not under_page_head("A\nB\nC\nD\nReview: X", 8)


# -- a betting box ------------------------------------------------------------------------------

_MATCH = (
    "Harwick Albion travel to Dunmore on Saturday needing a win to stay in the play-off places, "
    "and the manager said his squad was fully fit.\n"
)
_AFTER = "Kick-off at Dunmore's Quay Park is at 3pm, the club confirmed.\n"


@pytest.mark.parametrize(
    "line",
    [
        "Bet on Harwick v Dunmore with Quaybet: new customers get £20 in free bets. 18+.",
        "*Bet on the derby: Harwick 2.10, Draw 3.40, Dunmore 3.25 on Quaybet. 18+. Play responsibly.*",
        "Bet on the play-offs with Quaybet - new users get $100 in bonus bets. Must be 21+.",
    ],
)
def test_a_betting_box_warns(line: str) -> None:
    assert 2 in _lines(f"{_MATCH}{line}\n{_AFTER}")


@pytest.mark.parametrize(
    "line",
    [
        "Fans who bet on the derby were offered free bets by three firms, the regulator said.",
        "Bet on it: Harwick will be in the play-offs by May, the manager said.",
    ],
)
def test_betting_reported_is_news(line: str) -> None:
    assert not _lines(f"{_MATCH}{line}\n{_AFTER}")


def test_a_headline_with_a_box_noun_heads_no_box() -> None:
    links = (
        "Village school to close as pupil numbers fall\nParents protest over cut to the ferry timetable\n"
        "Headteacher praised for turning round the academy\n"
    )
    assert _lines(f"{_LEAD}{links}{_TAIL}") == {3, 4, 5}


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Squad numbers rise", False), ("Council approves new rules for taxis", False), ("Key dates at a glance", True)],
)
def test_a_box_heading_is_a_noun_phrase(line: str, expected: bool) -> None:
    assert fact_box_heading(line) is expected


# -- a review's practical facts beside the plug after them --------------------------------------

_REVIEW = (
    "The cast of the revival are superb, and the second act's closing number brought the house down "
    "on the first night, as the critic from the Evening Star noted.\n"
)
_BOOKING = "Book tickets now at Stagebox and save up to 30% on midweek shows.\n"


@pytest.mark.parametrize("fact", ["Tickets from £25.", "Mains cost £14 to £22.", "Doubles from £180 a night, breakfast included."])
def test_a_price_told_as_a_fact_stays_out_of_the_plug(fact: str) -> None:
    assert _lines(f"{_REVIEW}{fact}\n{_BOOKING}") == {3}


@pytest.mark.parametrize("line", ["Tickets from £25 - book now.", "Tickets from just £25 this week only!"])
def test_a_price_with_a_call_joins_the_plug(line: str) -> None:
    assert 2 in _lines(f"{_REVIEW}{line}\n{_BOOKING}")


def test_price_fact_and_paragraph_gap() -> None:
    assert price_fact("Tickets from £25.")
    assert not price_fact("Tickets from £25, save 20% today.")
    assert not price_fact("The council spent £25m on the new theatre, which opened in 2019 after years of delays.")
    assert paragraph_gap("a\nb\nc", 1, 2)
    assert not paragraph_gap("a\nb\n\nc", 1, 2)
    assert paragraph_gap("a\nb\n\nc", 3, 5)


# -- a shop's button with its arrow; a call to stream now ------------------------------------

@pytest.mark.parametrize("line", ["£189 at Harbour Home >", "$74 at Voltshop ›"])
def test_a_price_button_with_its_arrow_warns(line: str) -> None:
    assert 2 in _lines(f"{_REVIEW}{line}\n{_REVIEW}")


@pytest.mark.parametrize(
    "line",
    ["Catch every episode of the drama - stream now on Flixbox.", "Stream it today on iHarbour."],
)
def test_a_call_to_stream_now_warns(line: str) -> None:
    assert 2 in _lines(f"{_REVIEW}{line}\n{_REVIEW}")


@pytest.mark.parametrize(
    "line",
    [
        "Viewers can stream it on Flixbox from Friday, the broadcaster said.",
        "The council said the meeting was streamed on its website.",
        "The shop sold the kettle for £39 at its Harbour Street branch.",
    ],
)
def test_streaming_and_prices_reported_are_news(line: str) -> None:
    assert not _lines(f"{_REVIEW}{line}\n{_REVIEW}")


# -- a sign-up to a newsletter named by its title ---------------------------------------------

def test_a_sign_up_to_a_titled_newsletter_warns() -> None:
    line = "Sign up to the Harbour Brief for the latest openings on the coast."
    assert 2 in _lines(f"{_REVIEW}{line}\n{_REVIEW}")


def test_a_sign_up_to_a_council_scheme_is_news() -> None:
    line = "Sign up to the Warm Homes scheme for free loft insulation, the council said."
    assert not _lines(f"{_REVIEW}{line}\n{_REVIEW}")
