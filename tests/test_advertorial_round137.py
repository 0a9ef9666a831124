"""Advertorial round 137 (issue 15): business, politics and regional furniture, on sentences
written for these tests (not taken from any corpus or page).

- a story's own chronology under a fact box's title ("Sanctions timeline:", "Timeline:", "Key
  dates:") with entries dated by day or year in sentence case is no timeline of earlier stories;
  title-case entries, or a title naming the outlet's coverage, still are;
- a page's tail after an appeal is no widget of teasers when a paragraph of it is a day's forecast
  or schedule entry or gives a number to call;
- a company's app described in an apposition before the sentence's own verb is reporting about a
  price, not an app plug; the outlet's "our" app keeps its warning.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.shared.headlines import chronology_label
from tests.advertorial_lint import warning_lines

BEFORE = "The inquiry heard evidence from three ministers on Tuesday about the ferry contract."
AFTER = "The committee will publish its report in the spring, the chair said."

CHRONOLOGIES = [
    (
        "Contract timeline:\n"
        "June 2019 – Ministry signs ferry contract with Tolvane Lines\n"
        "May 2021 – First delay to the new vessels announced\n"
        "March 2024 – Auditors put the overrun at £90m"
    ),
    (
        "Timeline:\n"
        "2019: Contract signed with a budget of £40m\n"
        "2022: Second cost review ordered by the board\n"
        "April 2024: Minister confirms a further delay"
    ),
    (
        "Key dates:\n"
        "4 March: Talks open in the capital, no agreement\n"
        "19 March: Second round ends after six hours\n"
        "2 April: Deadline for a deal on the ferry routes"
    ),
]


@pytest.mark.parametrize("chronology", CHRONOLOGIES, ids=["month-year", "years-label-alone", "days-key-dates"])
def test_a_chronology_under_its_fact_box_title_is_the_storys(chronology: str) -> None:
    assert warning_lines(f"{BEFORE}\n{chronology}\n{AFTER}\n") == []


@pytest.mark.parametrize(
    "timeline",
    [
        # title case: the headlines of earlier stories
        (
            "Contract timeline:\n"
            "June 2019 – Ministry Signs Ferry Contract With Tolvane Lines\n"
            "May 2021 – First Delay To New Vessels Announced\n"
            "March 2024 – Auditors Put Overrun At £90m"
        ),
        # the outlet's coverage in the title
        (
            "Our earlier coverage:\n"
            "June 2019 – Ministry signs ferry contract with Tolvane Lines\n"
            "May 2021 – First delay to the new vessels announced\n"
            "March 2024 – Auditors put the overrun at £90m"
        ),
        # no title at all: dated by month and year, still a timeline of earlier stories
        (
            "June 2019 – Ministry signs ferry contract with Tolvane Lines\n"
            "May 2021 – First delay to the new vessels announced\n"
            "March 2024 – Auditors put the overrun at £90m"
        ),
    ],
    ids=["title-case", "coverage-title", "no-title"],
)
def test_timelines_of_earlier_stories_still_warn(timeline: str) -> None:
    n = timeline.count("\n") + 1
    assert warning_lines(f"{BEFORE}\n{timeline}\n{AFTER}\n")[-3:] == [n - 1, n, n + 1]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Timeline:", True),
        ("Border talks timeline", True),
        ("Key dates:", True),
        ("Chronology of the dispute:", True),
        ("Our earlier stories timeline:", False),
        ("The timeline was agreed by both sides in March.", False),
        ("Related:", False),
    ],
)
def test_chronology_label(line: str, label: bool) -> None:
    assert chronology_label(line) is label


APPEAL = (
    "Our storm coverage is free to read. If you value it, please consider becoming a subscriber – "
    "it's $3 a week for the first month."
)
STORY_TAIL = (
    "The harbour board said crews were on standby and warned customers to expect outages.\n"
    "The worst case for the crews would be the storm arriving at high tide on Friday.\n"
)


@pytest.mark.parametrize(
    "last",
    [
        "Saturday, Kelby Point: Heavy rain easing. Winds easing. Max 24.\nSunday, Kelby Point: Fine. Max 26.",
        "In an emergency, call 999.\nFor flood help, call the flood line on 0345 100 200.",
    ],
    ids=["forecast", "numbers-to-call"],
)
def test_a_story_tail_after_an_appeal_is_no_widget_of_teasers(last: str) -> None:
    text = f"{BEFORE}\n{APPEAL}\n{STORY_TAIL}{last}\n"
    assert warning_lines(text) == [2]


@pytest.mark.parametrize(
    ("sentence", "warns"),
    [
        ("The new app, available now in Canada for $9.99 a month, is the start-up's first product.", False),
        ("Tolvane's app, available now on both phones, costs nothing for the first year.", False),
        ("Our new app, available now for $4.99 a month, is the best way to follow the inquiry.", True),
        ("The Harbour Gazette app, available now on iOS and Android.", True),
    ],
)
def test_a_companys_app_in_apposition_is_reporting(sentence: str, warns: bool) -> None:
    text = f"{BEFORE}\n{sentence}\n{AFTER}\n"
    assert (2 in warning_lines(text)) is warns


@pytest.mark.parametrize(
    ("paragraph", "warns"),
    [
        # the appeal's choice of gift
        ("Good reporting costs money. A one-off gift or a monthly contribution keeps our newsroom open.", True),
        ("The club said a one-off gift or a monthly contribution from the council would not be enough.", False),
        # the piece's sponsor after a first predicate of the piece
        ("This guide contains general information only and is sponsored by Harbour Bank.", True),
        ("The report contains no figures and is sponsored by the council, she said.", False),
        # "Sponsored." closing a paragraph of copy
        ("Find the best fixed rates in minutes. Compare now. Sponsored.", True),
        ("The gala was sponsored. The mayor attended.", False),
    ],
)
def test_appeals_and_sponsor_credits_of_the_round(paragraph: str, warns: bool) -> None:
    text = f"{BEFORE}\n\n{paragraph}\n\n{AFTER}\n"
    assert (3 in warning_lines(text)) is warns
