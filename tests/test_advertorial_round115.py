"""Advertorial round 115: a broadcast plug told to the reader in the second person with its
schedule and no command ("You can hear more about the bridge on <Show>, weekdays from 6pm on Radio
<Name>"), and a finance page's not-advice notice glued to a story sentence whose "said" used to
read as the notice's speaker.

The plug needs "you / listeners / viewers can ..." at a sentence's start, a programme's name after
"on" (not a date) and its schedule (a day, a clock time, a frequency, a station). A presenter quoted
or reported, a date after "on", and a sentence about seeing the river are left. The notice's
speaker check now reads its own sentence only: a speaker in that sentence still leaves it.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import between, warned_words, warning_lines


@pytest.mark.parametrize(
    ("snippet", "rule"),
    [
        ("You can hear more about the footbridge on Teatime Live, weekdays from 5pm on Radio Marsh.",
         "advertorial/media-plug"),
        ("You can catch the full interview with the surveyor on Quayside Tonight, Sundays at 9pm.",
         "advertorial/media-plug"),
        ("You'll be able to watch more from the towpath on Marsh TV tomorrow from 6pm.",
         "advertorial/media-plug"),
        ("Listeners can hear more about the ferry on The Long Drive, weekdays from 4pm on Radio Marsh.",
         "advertorial/media-plug"),
        # the notice glued to a story sentence with its own speaker
        ("This article is for information only and is not financial advice. Capital at risk. "
         "Shares in the contractor rose 4% on Monday, a spokeswoman said.",
         "advertorial/financial-disclaimer"),
        ("The information in this article is not intended as financial advice. Capital at risk. "
         "The mayor said the crossing would open next year.",
         "advertorial/financial-disclaimer"),
        ("Past performance is not a reliable guide to future returns. Councillors said the cost had doubled.",
         "advertorial/financial-disclaimer"),
        ("The writer has no position in any company named. Engineers said the piers needed work.",
         "advertorial/financial-disclaimer"),
    ],
)
def test_the_line_is_warned(snippet: str, rule: str) -> None:
    assert warning_lines(between(snippet)) == [2]
    assert rule in [r for r, _ in warned_words(snippet)]


@pytest.mark.parametrize(
    "snippet",
    [
        # a presenter reported or quoted
        "You can hear more about the footbridge on Teatime Live at 5pm, the presenter said on Monday.",
        '"You can hear more on Radio Marsh every weekday," she told listeners.',
        # a date after "on", not a programme
        "You could hear more on Tuesday, when the minister answers questions at 3pm.",
        # no programme: the river seen from the bridge; a place after "in"
        "You can see the river from the new bridge on Sundays when the gates open.",
        "You could hear more in Parliament on Tuesdays, when ministers take questions.",
        # the notice with its speaker in its own sentence
        "This is not investment advice, the watchdog said of the app's tips.",
        "Past performance is no guide to future returns, the adviser said.",
    ],
)
def test_the_look_alike_is_left(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []
