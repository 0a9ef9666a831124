"""Advertorial round 102: web pages of other kinds (D102) and service journalism (D101), on text
written for these tests.

Precision first: a newsletter's diary of its own coming events ("Tue 1 April – Sibling photos",
"Fri 4 April – Term ends at 1.30pm") is a calendar, not a list of links; a review's method note
("manufacturers do not see our reviews") is no call to read the outlet's reviews; advice that
warns of a cost in a modal's hedge ("excess weight can cost £12 a kilo") is no seller's price;
a service page's signpost of itself ("This page explains ...") and the reader's way out of a
service ("If you no longer want it, you can cancel at any time") are no plugs. Then class members
in other words: the newsroom's contact line for affected readers, a data feed's credit and delay
notice, a testimonial rated with stars after its signature. Each with its look-alike.
"""

from __future__ import annotations

from lintnews.builtin.shared.headlines import calendar_entry
from tests.advertorial_lint import warning_lines, warnings_by_line

STORY = "The council approved the budget on Tuesday after a long debate that ran past midnight in the chamber."
AFTER = "The vote was seven to two, the clerk said, and the budget takes effect in April across the borough."


def lines(*parts: str) -> str:
    return "\n".join(parts) + "\n"


DIARY = lines(
    "Hillside Infants – Newsletter, Summer Term Week 3",
    "",
    "Dear Families,",
    "",
    "Thank you to everyone who came to the plant sale on Saturday, which raised £212 for the garden club.",
    "",
    "Swimming",
    "Year 2 start their swimming lessons next week. Please send a towel and a named bag every Wednesday.",
    "",
    "Key dates ahead",
    "Wed 7 May – Class photos",
    "Fri 9 May – Sports day on the field, 1.30pm",
    "Mon 12 May – Book fair opens at 3pm",
    "",
    "Best wishes,",
    "Mr K. Osei, Headteacher",
)


def test_a_newsletter_s_diary_with_short_weekdays_is_no_list_of_links() -> None:
    assert warning_lines(DIARY) == []


def test_calendar_entries_by_short_weekday_and_by_their_hour() -> None:
    assert calendar_entry("Wed 7 May – Class photos")
    assert calendar_entry("Fri 9 May – Sports day on the field, 1.30pm")
    assert calendar_entry("Thurs 15 May: Parents' evening from 4pm")
    # a timeline of earlier stories dates its headlines so too, with no hour: still no calendar
    assert not calendar_entry("Mon 3 March: Sea Wall Gives Way in Overnight Storm")


def test_a_run_of_headlines_dated_by_weekday_is_still_reported() -> None:
    text = lines(
        STORY,
        "",
        "Tuesday 4 March – Harbour Board Delays Vote on Ferry Terminal",
        "Wednesday 5 March – Judge Halts Work on the New Marina",
        "Thursday 6 March – Teenage Sailor Sets Record for Solo Crossing",
        "",
        AFTER,
    )
    assert warning_lines(text) == [3, 4, 5]


def test_a_review_s_method_note_is_no_plug_for_its_reviews() -> None:
    text = lines(
        STORY,
        "",
        "How we test: every kettle boils the same litre of water ten times. We pay for the kettles,"
        " and makers do not see our reviews before they go live.",
        "",
        AFTER,
    )
    assert warning_lines(text) == []


def test_a_call_to_read_the_outlet_s_reviews_is_still_reported() -> None:
    text = lines(STORY, "", "Want more? See our reviews of the best budget kettles.", "", AFTER)
    assert warning_lines(text) == [3]


ADVICE = lines(
    "How to pay less for your ferry crossing",
    "",
    "Fares on the island routes rose by 9% this spring, the operator said on Monday.",
    "",
    "Reserve a car space when you book the crossing. Measure your roof box first: an oversize vehicle can cost"
    " £30 more at the port. If you travel as a couple, it may be cheaper to take one return than two singles.",
    "",
    "The operator said it would review its prices again in the autumn, after a summer of complaints.",
)


def test_advice_warning_of_a_hedged_cost_is_not_a_pitch() -> None:
    assert warning_lines(ADVICE) == []


def test_a_pitch_with_its_own_price_is_still_reported() -> None:
    text = lines(
        "Winter breaks at the Old Mill",
        "",
        "Book your winter break today and save! Rooms from just £89 a night, breakfast included. Treat"
        " yourself to our award-winning spa and enjoy our best views of the estuary!",
        "",
        AFTER,
    )
    assert 3 in warning_lines(text)


def test_a_service_page_s_signpost_and_the_way_out_are_no_plugs() -> None:
    text = lines(
        "Changes to parking permits from 1 July",
        "Westbay Borough Council | Parking",
        "",
        "This page explains how resident permits are changing and what you need to do.",
        "",
        "Permits will cost £40 a year from 1 July, up from £30, the council's cabinet agreed in March.",
        "",
        "If you already have a permit, it stays valid until it runs out. If you no longer want a permit,"
        " you can cancel at any time and get a refund for the months left.",
    )
    assert warning_lines(text) == []


def test_a_page_that_plugs_itself_is_still_reported() -> None:
    text = lines(STORY, "", "Bookmark this page and follow our live blog for every result tonight!", "", AFTER)
    assert warning_lines(text) == [3]


def test_the_newsroom_s_contact_line_for_affected_readers() -> None:
    text = lines(
        STORY,
        "",
        AFTER,
        "",
        "If you have been affected by the issues in this story, you can call our newsdesk in confidence"
        " on 01234 000 333.",
    )
    assert warnings_by_line(text) == [(5, "advertorial/comments-boilerplate")]


def test_a_story_s_contact_advice_is_not_the_newsroom_s_line() -> None:
    text = lines(
        STORY,
        "",
        "Residents affected by the flooding were told to contact the council's emergency team on Friday.",
        "",
        AFTER,
    )
    assert warning_lines(text) == []


def test_a_data_feed_s_credit_and_delay_notice() -> None:
    text = lines(STORY, "", AFTER, "", "Market data supplied by Example Ticker. Prices delayed by at least 20 minutes.")
    assert warnings_by_line(text) == [(5, "advertorial/syndication")]


def test_a_report_of_a_delay_is_the_story_s() -> None:
    text = lines(
        STORY,
        "",
        "Share prices were delayed by 20 minutes on Tuesday after a fault at the exchange, a spokesman said.",
        "",
        AFTER,
    )
    assert warning_lines(text) == []


def test_a_testimonial_rated_with_stars_after_its_signature() -> None:
    text = lines(
        STORY,
        "",
        "“The friendliest campsite we have stayed at, and so clean.” – Tripadvisor reviewer ★★★★★",
        "",
        AFTER,
    )
    assert warnings_by_line(text) == [(3, "advertorial/page-copy")]


def test_a_review_s_own_star_line_is_not_a_testimonial() -> None:
    text = lines(
        "★★★★ The Lighthouse Keeper, Quay Theatre, until 4 May",
        "",
        "The new staging of the play is tight and often very funny, with a fine turn from the lead.",
        "",
        "It runs for two hours with an interval, and the cast of six rarely leave the stage.",
    )
    assert warning_lines(text) == []
