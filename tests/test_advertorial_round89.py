"""Advertorial round 89: pages a news crawl gathers (D89), on text written for these tests.

False alarm fixed: a schedule the story gives (a tour's dates, a club's fixtures: a date, then a
place and a venue) read as a timeline of earlier stories. Class members in other words: a paid
label before a bar ("SPONSORED | ..."), a text-to-give short code, a credit advert's legal line,
a section's link label in capitals ("ALSO IN HARLOW: ..."), a booking button alone on its line or
in a bar of buttons. Each with the look-alike a story writes.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.shared.headlines import schedule_entry
from tests.advertorial_lint import warning_lines, warnings_by_line

STORY = "The band confirmed the tour on Thursday, their first run of headline shows in three years."
AFTER = "Tickets go on general sale next week, the promoter said in a statement on Friday."

TOUR = (
    "2 May - Leeds, Corn Exchange",
    "4 May - Hull, City Hall",
    "5 May - York, Barbican",
    "7 May - Derby, Guildhall Theatre",
    "9-10 May - London, Roundhouse",
)

TIMELINE = (
    "3 Nov 2023 - Harbour board delays vote on ferry terminal",
    "9 Jan 2024 - Judge halts work on ferry terminal",
    "14 Mar 2024 - Ferry terminal plan goes back to the drawing board",
)


def lines(*parts: str) -> str:
    return "\n".join(parts) + "\n"


def test_a_tour_schedule_led_in_by_a_label_is_the_story_s() -> None:
    assert warning_lines(lines(STORY, "Tour dates:", *TOUR, AFTER)) == []


def test_a_tour_schedule_without_a_label_or_years_is_the_story_s() -> None:
    assert warning_lines(lines(STORY, *TOUR, AFTER)) == []


def test_a_fixture_list_of_sides_is_the_story_s() -> None:
    fixtures = ("6 Sept: Harlow v Ashbury", "13 Sept: Kettleby v Harlow", "20 Sept: Harlow v Brinton")
    assert warning_lines(lines(STORY, *fixtures, AFTER)) == []


def test_a_timeline_of_earlier_stories_is_still_reported() -> None:
    assert warning_lines(lines(STORY, *TIMELINE, AFTER)) == [2, 3, 4]


def test_a_timeline_with_years_and_no_label_whose_entries_are_names_is_still_reported() -> None:
    # (dated by day and year with no label before them: a teaser list may name places only)
    dated = ("3 Nov 2023 - Harlow, Quay Street", "9 Jan 2024 - Ashbury, Mill Lane", "14 Mar 2024 - Kettleby, Town Hall")
    assert warning_lines(lines(STORY, *dated, AFTER)) == [2, 3, 4]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2 May - Leeds, Corn Exchange", True),
        ("21-22 Mar - London, Roundhouse", True),
        ("6 Sept: Harlow v Ashbury", True),
        ("3 Nov 2023 - Harbour board delays vote on ferry terminal", False),
        ("2 May - Leeds council approves the budget, mayor says", False),
        ("Leeds, Corn Exchange", False),
    ],
)
def test_schedule_entry(line: str, expected: bool) -> None:
    assert schedule_entry(line) is expected


def test_a_paid_label_before_a_bar_is_a_marker() -> None:
    text = lines(STORY, "SPONSORED | Two-for-one lunches at the Anchor every Sunday in June.", AFTER)
    assert warnings_by_line(text) == [(2, "advertorial/sponsored-marker")]


def test_a_league_s_promoted_sides_are_no_marker() -> None:
    text = lines(STORY, "Promoted: Harlow Town, Ashbury Rovers | Relegated: Kettleby", AFTER)
    assert warning_lines(text) == []


def test_a_text_to_give_code_told_to_the_reader_is_an_appeal() -> None:
    line = "The trust repairs the pier every winter. To help, visit pier.example/give or text PIER to 70070 to give £3."
    assert warnings_by_line(lines(STORY, line, AFTER)) == [(2, "advertorial/donation-appeal")]


def test_a_text_to_give_code_reported_is_the_story_s() -> None:
    line = "Supporters can text PIER to 70070 to give £3, and 4,000 people did so in a week, the trust said."
    assert warning_lines(lines(STORY, line, AFTER)) == []


def test_a_credit_advert_s_legal_line_is_sales_copy() -> None:
    line = "Finance example: 48 payments of £199, deposit £2,000. Representative APR 7.9%. Subject to status."
    assert 2 in warning_lines(lines(STORY, line, AFTER))


def test_a_representative_apr_reported_is_the_story_s() -> None:
    line = "The lender's loans carried a representative APR of 39.9%, the regulator said, and most were subject to status checks."
    assert warning_lines(lines(STORY, line, AFTER)) == []


def test_a_section_label_in_capitals_before_a_headline_is_a_related_plug() -> None:
    text = lines(STORY, "ALSO IN HARLOW: Bus station to close for a month of repairs", AFTER)
    assert warnings_by_line(text) == [(2, "advertorial/related-plug")]


def test_a_round_up_sentence_led_by_also_in_is_the_story_s() -> None:
    text = lines(STORY, "Also in court: a man from Harlow was fined £200 for speeding on the bypass.", AFTER)
    assert warning_lines(text) == []


@pytest.mark.parametrize("button", ["CHECK AVAILABILITY", "Call 01632 960 221 | Email agent | Book a viewing"])
def test_a_booking_button_is_the_seller_s(button: str) -> None:
    assert warning_lines(lines(STORY, button, AFTER)) == [2]


def test_a_story_telling_readers_to_book_a_viewing_runs_on() -> None:
    line = "Buyers can book a viewing through the agent from Monday, the council said."
    assert warning_lines(lines(STORY, line, AFTER)) == []
