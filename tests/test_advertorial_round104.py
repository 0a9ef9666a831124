"""Advertorial round 104: public-media, nonprofit and membership newsrooms' pages, on text written
for these tests.

Precision first: a nonprofit newsroom's funder disclosure with its independence statement ("Funders
have no say in our editorial decisions") is transparency, not promotion, and a tip line next to it
does not carry it into a plug. Then class members in other words: a programme's underwriting
credit ("Support for <the outlet's work> comes from ..."), an event notice opening on "Join us!"
with its sponsor's tagline, "book yours at ...", and a member station's pledge drive, renewals,
matching gifts and legacy gifts. Each with its look-alike.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import warning_lines

STORY = "The council approved the budget on Tuesday after a long debate that ran past midnight in the chamber."
AFTER = "The vote was seven to two, the clerk said, and the budget takes effect in April across the borough."


def around(*snippets: str) -> str:
    """Each snippet as its own paragraph between two story paragraphs (the first on line 3)."""
    return "\n\n".join((STORY, *snippets, AFTER)) + "\n"


DISCLOSURE = (
    "This story was produced with support from the Marram Fund. Funders have no say in our editorial"
    " decisions and do not see stories before publication."
)


def test_a_funder_disclosure_with_its_independence_statement_is_not_advertorial() -> None:
    assert warning_lines(around(DISCLOSURE)) == []


def test_the_disclosure_is_not_carried_into_the_tip_line_beside_it() -> None:
    tip = "Know something about a quarry near you? Send us a tip securely."
    assert warning_lines(around(DISCLOSURE, tip)) == [5]


def test_a_sponsor_credit_without_the_funders_statement_is_still_reported() -> None:
    assert warning_lines(around("This series was produced with support from Tidewater Bank.")) == [3]


@pytest.mark.parametrize(
    "credit",
    [
        "Support for election coverage comes from the Birch Family Foundation and from members of this station.",
        "Funding for this programme is provided by Harbour Mutual.",
        "Major support for our science reporting comes from the Quill Trust.",
    ],
)
def test_a_programme_s_underwriting_credit(credit: str) -> None:
    assert warning_lines(around(credit)) == [3]


@pytest.mark.parametrize(
    "report",
    [
        "Support for the bill comes from rural lawmakers and farm groups.",
        "Funding for the new ferry comes from a regional grant, the harbour board said.",
        "Support for public radio comes from a shrinking pool of donors, the station manager said.",
    ],
)
def test_a_report_of_who_backs_or_funds_something_is_not_a_credit(report: str) -> None:
    assert warning_lines(around(report)) == []


def test_an_event_notice_with_join_us_and_a_sponsor_s_tagline() -> None:
    notice = (
        "Join us! A farewell picnic for the harbourmaster will be held Saturday, May 4, noon-3 p.m. at the"
        " quay. Sponsored by Quayside Bakery and Northwind Credit Union, proud supporters of your community."
    )
    assert warning_lines(around(notice)) == [3]


def test_a_quoted_join_us_and_a_reported_sponsor_are_not_plugs() -> None:
    text = around(
        '"Join us!" the protesters shouted as they marched past the bank on Friday afternoon.',
        "The bank, a long-time sponsor of the club, said it would review the deal next year.",
    )
    assert warning_lines(text) == []


def test_book_yours_after_the_tickets() -> None:
    plug = "The launch is on Friday at 7pm. Tickets are £8, so book yours at quaybooks.example/events."
    assert warning_lines(around(plug)) == [3]


@pytest.mark.parametrize(
    "appeal",
    [
        "It is our spring pledge drive. Make your pledge today and keep local news strong.",
        "Double your impact: a generous donor will match every new monthly gift through June 30.",
        "Have you renewed your membership? Renew online or call 555-0110.",
        "You can leave a gift to the station in your will.",
        "We are listener-supported, and every dollar stays in the valley.",
    ],
)
def test_a_member_station_s_appeals_in_other_words(appeal: str) -> None:
    assert warning_lines(around(appeal)) == [3]


@pytest.mark.parametrize(
    "report",
    [
        "The station's spring pledge drive raised $1.2 million, the general manager said.",
        "Donations to the flood appeal will be matched by the government, the minister said.",
        "He left a gift to the church in his will, his daughter told the court.",
        "Renew your passport before the summer rush, the passport office advised on Monday.",
    ],
)
def test_reports_of_drives_matches_and_bequests_are_not_appeals(report: str) -> None:
    assert warning_lines(around(report)) == []


def test_a_notice_s_closing_sponsor_credit() -> None:
    notice = "A picnic will be held Saturday at the quay. Sponsored by Quayside Bakery and the Friends of the Library."
    assert warning_lines(around(notice)) == [3]


def test_a_sentence_that_goes_on_after_sponsored_by_is_the_story_s() -> None:
    report = "The ferry left at noon. Sponsored by the council, the fair runs all week on the green by the pier."
    assert warning_lines(around(report)) == []


def test_a_broadcast_plug_with_its_schedule() -> None:
    assert warning_lines(around("Hear this story on Morning Harbour, weekdays from 5 a.m. on 89.1 FM.")) == [3]


def test_hear_more_on_a_weekday_is_no_programme() -> None:
    assert warning_lines(around("Hear more on Tuesday, when the council votes, the mayor said.")) == []


def test_places_left_with_a_fee_is_a_pitch() -> None:
    pitch = "My two-day kite workshop still has two places left for May. All levels welcome, £180 including lunch."
    assert warning_lines(around(pitch)) == [3]


def test_places_left_in_a_report_is_not() -> None:
    report = "The school has two places left for September, the head said, and fees are £4,000 a term."
    assert warning_lines(around(report, "The ferry had only three seats left on Friday, and a ticket cost £12.")) == []
