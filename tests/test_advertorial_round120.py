"""Advertorial round 120: a station's and an outlet's furniture (issue 15), on sentences written
for these tests.

- A station's name with its channel's number ("KBTR 7", "News 4", "Channel 9") in the labels
  that took only words: "MORE FROM <Name>:" and "More from <Name>" (`related-plug`).
- "Like <Name> on Facebook." ended there (`newsletter-plug`); round 4 wanted "us" or "our page".
- The command to watch or stream a channel on the streaming devices (Roku, Fire TV ...) and a
  newscast named with its hours ("Watch KBTR 7 News at 5, 6 and 10") (`media-plug`).
- The outlet's alerts by its name on a messaging channel, a catch-up with its named podcast
  (`newsletter-plug`); more of the outlet's news by its name (`related-plug`).
- "Stay / stick with <Name> for updates", "Count on <Name> for coverage" with a channel's number
  and no qualifier (round 110 wanted "live / the latest ..."), `newsletter-plug`.
- The alerts on the outlet's named app or "our app" ("Get live traffic alerts on the <Name> 12
  app"), and the reader sent to search or look up records in the outlet's own database, map or
  tracker ("Search every inspection in our <Title> database"), `newsletter-plug` (round 94 took
  only "use / try our <tool>").
- A paid label closed by a stop alone on its line ("Sponsored content."), `sponsored-marker`;
  "Previous coverage:" before a headline, `read-more`; "More local news" alone, `related-plug`.
- "stream" before a device, "like" before a page on a platform, "count on" and "stick with"
  before a name open a command
  (`cues.IMPERATIVE`), so such a plug glued beside a "said" sentence is kept.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import between, lint_advertorial, warned_words, warning_lines

PLUGS = [
    ("MORE FROM NEWS 4: Crews battle brush fire near Elm Ridge", "advertorial/related-plug"),
    ("MORE FROM KBTR 7 NEWS: Crews battle brush fire near Elm Ridge", "advertorial/related-plug"),
    ("More from Channel 9", "advertorial/related-plug"),
    ("More local news", "advertorial/related-plug"),
    ("See more local news from KBTR 7.", "advertorial/related-plug"),
    ("Read more stories from the Harbour Post.", "advertorial/related-plug"),
    ("Like KBTR 7 on Facebook.", "advertorial/newsletter-plug"),
    ("Like WKBY on Instagram for behind-the-scenes clips.", "advertorial/newsletter-plug"),
    ("Get KBTR 7 alerts on WhatsApp.", "advertorial/newsletter-plug"),
    ("Get Harbour Post breaking news alerts by text.", "advertorial/newsletter-plug"),
    ("Catch up on the day's top stories with the Harbour Post podcast.", "advertorial/newsletter-plug"),
    ("Stay with KBTR 7 for updates.", "advertorial/newsletter-plug"),
    ("Get live weather alerts on the WKBY 4 app, free in your app store.", "advertorial/newsletter-plug"),
    ("Get traffic updates on our free app.", "advertorial/newsletter-plug"),
    ("Search every school's test scores in our Class Results database.", "advertorial/newsletter-plug"),
    ("Look up your street in our interactive flood map.", "advertorial/newsletter-plug"),
    ("Search our database of council salaries.", "advertorial/newsletter-plug"),
    ("Count on WKBY for coverage of the storm.", "advertorial/newsletter-plug"),
    ("Stick with Harbour FM for the latest travel news.", "advertorial/newsletter-plug"),
    ("Stream KBTR 7 News live on Roku, Fire TV and Apple TV.", "advertorial/media-plug"),
    ("Stream KBTR+ free on Roku and Chromecast.", "advertorial/media-plug"),
    ("Watch KBTR 7 News at 5, 6 and 10 on Channel 7.", "advertorial/media-plug"),
    ("Catch Harbour Tonight weeknights at 6.30.", "advertorial/media-plug"),
    ("Sponsored content.", "advertorial/sponsored-marker"),
    ("Previous coverage: Council votes to repair the footbridge", "advertorial/read-more"),
]


@pytest.mark.parametrize(("snippet", "rule"), PLUGS)
def test_the_line_is_warned(snippet: str, rule: str) -> None:
    assert warning_lines(between(snippet)) == [2]
    assert rule in [r for r, _ in warned_words(snippet)]


@pytest.mark.parametrize(
    "snippet",
    [
        "Stream KBTR 7 News live on Roku and Fire TV. Engineers said the deck was sound.",
        "Like KBTR 7 on Facebook. Engineers said the deck was sound.",
        "Engineers said the deck was sound. Stream KBTR 7 News live on Roku and Fire TV.",
        "Count on KBTR 7 for coverage of the storm. Engineers said the deck was sound.",
        "Engineers said the deck was sound. Get live traffic alerts on the KBTR 7 app, free in your app store.",
        "Curious about your street? Look up every repair in our Roadworks Tracker map, only on kbtr7.example.",
    ],
)
def test_the_plug_glued_beside_a_reported_sentence_is_warned(snippet: str) -> None:
    assert warning_lines(between(snippet)) == [2]


@pytest.mark.parametrize(
    "snippet",
    [
        # "Like" as a comparison, or before a crowd
        "Like Harbour Council on Facebook, the library posts its opening hours online.",
        "Like many residents, she follows the council on Facebook.",
        # a stream of water; a device named in a reported sentence
        "Stream levels on the river rose after the storm on Roku Hill.",
        "Fans can watch the final on Roku and Fire TV, the league said.",
        # a team, not a newscast; a presenter quoted
        "Watch Marsh Rovers at 3pm on Saturday, the club urged fans.",
        "Watch Harbour Tonight at 6pm, the presenter told viewers.",
        # a public body's alerts, a call reported, no channel
        "Get Harbour Council alerts on WhatsApp.",
        "Get Flood Alerts from the Environment Agency by text.",
        "Get Coast Rail alerts on WhatsApp, the operator urged passengers.",
        # somebody to stay with or count on, not a channel's updates
        "Stay with the group for updates, guides told hikers.",
        "Count on Marsh Rovers for goals this season.",
        "Count on Smith for updates, the coach said.",
        # a public body's app, a speaker's archive, a search told in the third person
        "Get flood alerts on the Environment Agency app.",
        "Search the records in our archive, the librarian said.",
        "Residents can search the database of inspections in our library.",
        "Find your nearest polling station on the council website.",
        # a catch-up that is no news
        "Catch up on sleep with the Calm app, the doctor suggested.",
        # no outlet named, a story's sentence opening on the label's words
        "See more news from the council on its website.",
        "More from Channel 4 staff joined the strike on Monday.",
        "More local news outlets have closed this year.",
        "Previous coverage of the trial was limited by reporting restrictions.",
        # the paid label in a sentence, and a one-word answer with a stop
        "Sponsored content is rising across the industry.",
        "Promoted.",
    ],
)
def test_the_look_alike_is_left(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []


def test_a_station_label_is_one_diagnostic_and_leaves_the_story() -> None:
    text = between("MORE FROM NEWS 4: Crews battle brush fire near Elm Ridge")
    found = [d for d in lint_advertorial(text) if d.severity.name == "WARNING"]
    assert [(d.line, d.end_line) for d in found] == [(2, 2)]
