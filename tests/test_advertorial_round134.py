"""Round 134 (advert134): precision on sports, health and local-news pages (issue 15).

A trap battery of the round's own (fixture lists, league tables, results, injury lists, dosage and
trial figures, helplines, reporting about sponsors and betting firms, police appeals, court
listings, timetables, forecasts, consultations, consumer prices) found four constructions that
warned on main 183c657f:

- a table or a list of data the story prints (a league table, a chart's top five, an election's
  results, a price survey, fixtures, a finishers' or an injury list, a timetable, a forecast) was
  read as a run of related headlines: its rows (``data_line``: a name and a figure closing the
  line, two sides joined by "v", a name with its note in brackets, a service's days and hours)
  join no headline run and are no link's text;
- a sports page's next fixture after "Next:" ("Next: Kings at Wolves, Wednesday 7.30pm") was read
  as a "Read next:" label, and grew into a warning beside the page's betting plug;
- a support service's text line ("text SHOUT to 85258" for free, confidential support) was read
  as a gift by text message;
- the story's service line "To take part in the consultation, visit ..." was read as a contest's
  entry line: a lead whose object is no contest and not the outlet's is a body's process;
- a command beside the page's plugs that sends the reader to a public body's web address ("To find
  out if you are eligible, visit nhs.uk/rsv") was read as an insertion in the outlet's voice.

Each is tested beside the true insertion of the same shape. Sentences written for this round.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.shared.headlines import data_line, table_row
from tests.advertorial_lint import warning_lines, warnings_by_line

_HEAD = (
    "Harbour Town beat Millbrook 3-1 on Saturday to move into the play-off places for the first time this season.\n\n"
    "Striker Dan Okoye scored twice in the second half after Millbrook had led at the break, and the home side held on.\n\n"
)
_TAIL = "\n\nManager Ruth Keane said her players had shown character after a difficult week and deserved the win.\n"


def _between(snippet: str) -> str:
    return f"{_HEAD}{snippet}{_TAIL}"


# -- a table or a ranked list is no run of headlines ---------------------------------------------

_TABLES = [
    "League table (top four)\n1. Stonebridge 58\n2. Kelham United 55\n3. Harbour Town 51\n4. Ashby Rovers 50",
    "Results:\nJane Hart (Labour) 1,204\nTom Lee (Conservative) 987\nAnne Fry (Lib Dem) 402\nTurnout: 31.2%",
    "Top five, weekend box office:\n1. Iron Tide - £4.1m\n2. Small Hours - £2.2m\n3. The Long Field - £1.1m",
    "Cheapest petrol in town:\nAsda, Kiln Road: 138.7p\nTesco, Mill Lane: 139.9p\nShell, High Street: 144.9p",
    "Medal table (top three)\n1. Norway 12\n2. Kenya 9\n3. Great Britain 7",
    "Five-day forecast\nMonday Heavy Rain 11C\nTuesday Sunny Spells 13C\nWednesday Light Showers 12C",
    # fixtures, a roster's noted names, a service's days and hours
    "Harbour Town v Ashby Rovers\nKelham United v Stonebridge\nPortmoor City v Deanfield",
    "Saturday's fixtures\nHarbour Town v Ashby Rovers (3pm)\nKelham United v Stonebridge (3pm)\nPortmoor City v Deanfield (5.30pm)",
    "Leading finishers:\n1. Mara Ilves (Estonia)\n2. Jo Banda (Kenya)\n3. Rosa Lind (Sweden)",
    "Injury list\nKent (hamstring) out for six weeks\nVarga (knee) out for the season\nAmadi (ankle) a doubt for Saturday",
    "Route 7 Wexley to Ashby\nMonday to Friday every 15 minutes\nSaturday every 20 minutes\nSunday and Bank Holidays Hourly",
]


@pytest.mark.parametrize("table", _TABLES)
def test_a_table_the_story_prints_is_no_headline_run(table: str) -> None:
    assert warning_lines(_between(table)) == []


def test_a_run_of_related_headlines_still_warns() -> None:
    run = (
        "Lifeboat Crew Rescues Two Walkers Stranded At High Tide\n"
        "Bakery On The Quay Closes After Eighty Years\n"
        "Council Approves New Cycle Lanes For Town Centre"
    )
    assert warning_lines(_between(run)) == [5, 6, 7]


def test_a_run_of_headlines_with_figures_still_warns() -> None:
    run = (
        "Ferry fares to rise by 5% from April\n"
        "Harbour master retires after 40 years\n"
        "Council fined £20,000 over pier collapse"
    )
    assert warning_lines(_between(run)) == [5, 6, 7]


@pytest.mark.parametrize(
    "line",
    ["Stonebridge 58", "Iron Tide - £4.1m", "Mira Hart (Labour) 1,204", "Asda, Kiln Road: 138.7p", "Turnout: 31.2%",
     "Verstal, 248 points"],
)
def test_table_rows(line: str) -> None:
    assert table_row(line)


@pytest.mark.parametrize(
    "line",
    ["Harbour Town v Ashby Rovers (3pm)", "Mara Ilves (Estonia)", "Monday to Friday every 15 minutes", "Iron Tide - £4.1m"],
)
def test_data_lines(line: str) -> None:
    assert data_line(line)


@pytest.mark.parametrize(
    "line",
    ["Harbour Town beat Ashby Rovers in derby", "Rovers v United: five things we learned", "Saturday's vote on the bypass",
     "Ferry Fares To Rise Again In Spring"],
)
def test_headlines_are_no_data_lines(line: str) -> None:
    assert not data_line(line)


@pytest.mark.parametrize(
    "line",
    ["Rates Held At 5%", "Europe Win Ryder Cup 2025", "Ferry fares to rise 5%", "Striker Joins Rovers For £2m",
     "Council fined £20,000"],
)
def test_headlines_with_a_closing_figure_are_no_rows(line: str) -> None:
    assert not table_row(line)


# -- a sports page's next fixture after "Next:" --------------------------------------------------

_GAME = (
    "The Kellerton Kings beat the Harbour Hawks 101-96 on Sunday night after trailing by 15 points at half-time.\n"
    "Point guard Andre Foye scored 34 points, including the three-pointer that put the Kings ahead for good.\n"
)
_BET = "Acca boost: Kings and Wolves both to win this week pays 3/1 at PlayNation. 18+. Gamble responsibly. Bet now.\n"
_TALK = "Comments (12) - Join the conversation. Please keep comments respectful and on topic.\n"


def test_next_fixture_beside_the_betting_plug_is_the_page_s_fixture() -> None:
    text = f"{_GAME}Next: Kings at Northgate Wolves, Wednesday 7.30pm; Hawks v Ferris Bay Bulls, Friday 8pm.\n{_BET}{_TALK}"
    found = warnings_by_line(text)
    assert 3 not in [line for line, _ in found]
    assert 4 in [line for line, _ in found]


def test_next_fixture_with_its_ground_in_brackets() -> None:
    text = f"{_GAME}Next match: Kelham United (away), Tuesday 7.45pm.\n{_BET}{_TALK}"
    assert 3 not in warning_lines(text)


@pytest.mark.parametrize(
    "teaser",
    ["Next: Harbour Town at odds with council over stadium", "Next: Ferry fares to rise again in spring"],
)
def test_next_teaser_still_warns(teaser: str) -> None:
    assert warning_lines(_between(teaser)) == [5]


# -- a support service's text line ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "For free, confidential support, text SHOUT to 85258 at any time.",
        "Anyone struggling with their mental health can contact Mind's information line on 0300 123 3393 or text SHOUT to 85258.",
        "If you are worried about your gambling, the helpline is open all week, or you can text TALK to 81066.",
    ],
)
def test_a_helpline_text_line_is_no_gift(line: str) -> None:
    assert warning_lines(_between(line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "You can help today by texting HOSPICE to 70500.",
        "If you are worried about the families and want to help, text FLOOD to 70070.",
        "Families in crisis need you: text HOPE to 70085 to give £5.",
    ],
)
def test_a_gift_by_text_still_warns(line: str) -> None:
    assert warning_lines(_between(line)) == [5]


# -- a body's process as an entry lead -----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "To take part in the consultation, visit the council's website or pick up a paper form from any library.",
        "To take part in the study, contact the research team on 01632 960 123.",
    ],
)
def test_a_body_s_process_is_no_contest(line: str) -> None:
    assert warning_lines(_between(line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "To enter, email your answer to comps@gazette.example by Friday.",
        "To take part in our reader survey, visit gazette.example/survey.",
    ],
)
def test_a_contest_s_entry_line_still_warns(line: str) -> None:
    assert warning_lines(_between(line)) == [5]


# -- a command that sends the reader to a public body's web address ------------------------------

_MATCH = (
    "Harbour City beat Kellerton Rovers 2-0 on Saturday to go top of the table for the first time since 2019.\n"
    "Ruiz scored both goals in the second half, the first a header from a corner and the second a low shot.\n"
    "Manager Lina Brandt said her side had been patient and deserved the points.\n"
    "The club said it expected a crowd of more than 20,000 for the next home game.\n"
    "Bet on every Harbour City match with QuickOdds: new customers get a £20 free bet when they stake £10. 18+. T&Cs apply.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "To find out if you are eligible, visit nhs.uk/rsv.",
        "To find out if you are eligible, visit wexley.gov.uk/parking.",
    ],
)
def test_a_public_body_s_address_is_the_story_s_service_line(line: str) -> None:
    assert 6 not in warning_lines(f"{_MATCH}{line}\n")


def test_a_seller_s_address_after_the_same_command_still_warns() -> None:
    assert 6 in warning_lines(f"{_MATCH}To find out if you are eligible, visit quickodds.co.uk/rsv.\n")
