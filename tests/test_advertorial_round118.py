"""Advertorial round 118: fresh inserts of issue 15's classes in the voices of outlets not yet
imitated (local TV station sites, regional titles, trade press, magazine websites, public
broadcasters, nonprofit newsrooms, live blogs).

- The outlet's print product sold to the reader ("Pick up a copy of Friday's <Masthead>", "Don't
  miss Sunday's paper", "Inside this month's issue:"), `media-plug`.
- A sports highlights plug with the programme's schedule ("Catch all the goals from ... on
  <Show>, Saturday at 10pm"), `media-plug`.
- The outlet's live blog as where the reader follows the event ("follow every lap ... on our live
  coverage"), `media-plug`.
- Public broadcasters' and nonprofits' appeals: a gift to the outlet paying for "programmes like
  this", a nonprofit newsroom that lives on gifts, a gift that "goes twice as far", the outlet
  that "can only keep going with your help", subscribers' perks in the outlet's "our"
  (`donation-appeal`).
- A station's tagline ("<Station> is your source for news and weather"), `outlet-plug`.
- A commercial partner offered by name ("Our partners at X can help you ..."), and a credit "brought
  to you in association with X" (`sponsored-marker`).
- The outlet's topic page ("all our coverage ... in one place"), `related-plug`; a piece offered
  for republication, `syndication`; the outlet on a smart speaker and the reader's pictures sent to
  its newsroom (`newsletter-plug`, `comments-boilerplate`).
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import between, warned_words, warning_lines

PLUGS = [
    ("Pick up a copy of Friday's Kelby Courier for our twelve-page fireworks guide.", "advertorial/media-plug"),
    ("Don't miss Sunday's paper, with a free map of the coastal path.", "advertorial/media-plug"),
    ("Inside this month's issue: ten weekend walks and a guide to allotment seeds.", "advertorial/media-plug"),
    ("Catch all the goals from the cup tie on Football Night, Saturday at 10pm on Channel 4.", "advertorial/media-plug"),
    ("Supporters can follow every lap of the race on our live coverage from noon.", "advertorial/media-plug"),
    ("Your gift to Valley Public Radio funds reporting like this.", "advertorial/donation-appeal"),
    ("The Dale Ledger is a non-profit newsroom that depends on gifts from readers.", "advertorial/donation-appeal"),
    ("Each donation received this week goes twice as far.", "advertorial/donation-appeal"),
    ("We are a newsroom of four and we can only keep reporting with your support.", "advertorial/donation-appeal"),
    ("Insiders get early access to our annual rankings.", "advertorial/donation-appeal"),
    ("Subscribers can download the complete data set from our research hub.", "advertorial/donation-appeal"),
    ("WKBY 4 is your trusted home for breaking news and weather in the valley.", "advertorial/outlet-plug"),
    ("Our partners at Brightwater Solar can help you find the right panels for your roof.", "advertorial/sponsored-marker"),
    ("The awards evening is brought to you in partnership with Kelby Motors.", "advertorial/sponsored-marker"),
    ("All of our coverage of the election is in one place on our special page.", "advertorial/related-plug"),
    ("This investigation is available for republication free of charge.", "advertorial/syndication"),
    ("Ask Alexa to play the Kelby Briefing every morning.", "advertorial/newsletter-plug"),
    ("Filmed the flood? Upload your videos to our news team.", "advertorial/comments-boilerplate"),
]


@pytest.mark.parametrize(("snippet", "rule"), PLUGS)
def test_the_line_is_warned(snippet: str, rule: str) -> None:
    assert warning_lines(between(snippet)) == [2]
    assert rule in [r for r, _ in warned_words(snippet)]


@pytest.mark.parametrize(
    "snippet",
    [
        # a speaker in the sentence: the call or the claim is reported
        "Pick up a copy of Friday's Kelby Courier, the editor told listeners.",
        "Catch all the goals from the cup tie on Football Night, Saturday at 10pm, the broadcaster said.",
        "Your gift to the Red Cross funds programmes like these, the charity said in its appeal.",
        "The Dale Ledger, a nonprofit newsroom that relies on donations, cut four jobs, its editor said.",
        "We can only keep going with the help of volunteers, the lifeboat crew said.",
        # no newspaper, no goal, no outlet's "our"
        "Pick up a copy of the Highway Code at any post office before the test.",
        "Don't miss Thursday's meeting at the village hall.",
        "Catch every bus from the station on Sundays before 9pm.",
        "Fans can follow every ball of the match on the club's own feed.",
        "Members of the gym get exclusive access to the new pool.",
        "The library is your best source for local history.",
        "Our partners at the county hospital have been very supportive.",
        "The records are available for inspection at the town hall.",
        "Police warned that thieves can listen in via your smart speaker.",
        "Residents were asked to send them to the council by Friday.",
        # the outlet's coverage named without its page
        "Editors gathered all their coverage of the trial in one place before the appeal.",
    ],
)
def test_the_look_alike_is_left(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []
