"""Advertorial furniture of round 18, by class and shape, on sentences written for these tests
(not taken from any corpus or page).

Round 18 read fresh scraped news copy and the article text of saved web pages (2011-2014) and
added: a share bar followed by a crosshead in plain single marks is still a unit of its own; a
picture, video or ranked-list pointer set in brackets as a sentence of its own ("(See pictures
of the flood.)"); "Read more from <Name> here."; a page's tag or filing line ("Tags: a, b, c");
a show page's "Subscribe: iTunes / RSS"; a lone "Donate" button; a "More from <Brand> and
<Brand>" widget title. A label inside an embedded tweet (its picture link, handle and date
within a tweet's length) is the tweeter's, and "follow US <noun>" (the country in capitals) is
no follow plug. Story sentences with the same words stay silent.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import reported, warned_words, warning_lines

STORY = "The ferry left the harbour at noon on Tuesday as fog settled over the estuary."
AFTER = "The harbour master said both boats were back on their moorings before dark."


# -- positives ------------------------------------------------------------------------------------

POSITIVES = {
    "bar-before-single-mark": f"{STORY} Send Facebook Twitter Google+ Whatsapp Tumblr linkedin "
    "Permalink http://gazette.example/p/2Xq1 'A storm like no other' Ahead of the vote, Ana Ruiz "
    "said it was the worst winter in a decade.\n",
    "bracketed-pictures": f"{STORY} (See pictures of the fog over the estuary.) {AFTER}\n",
    "bracketed-video": f"{STORY} (Watch the Gazette's video \"Fog Day on the Bay.\") {AFTER}\n",
    "bracketed-list": f"{STORY} (See the top 10 storms of the decade.) {AFTER}\n",
    "read-more-from": f"{STORY} Read more from Ana Ruiz here. {AFTER}\n",
}

# furniture on a line of its own, between story paragraphs (the report is on that line alone)
# (round 39: a page's tag or filing line is page furniture, not promotion, and is only a hint:
# see tests/test_advertorial_round39.py)
LINES = {
    "subscribe-feeds": "Harbour Hour, every Sunday at 8pm Subscribe: iTunes / RSS",
    "donate-button": "Donate",
    "more-from-brands": "More from Gazette and Harbour Radio Lifestyle: Get more on ferry fares",
}


@pytest.mark.parametrize("kind", sorted(POSITIVES))
def test_round18_furniture_is_reported(kind):
    flagged = reported(POSITIVES[kind])
    # the story sentence before the furniture is never part of the report
    assert "fog settled" not in flagged


@pytest.mark.parametrize("kind", sorted(LINES))
def test_round18_furniture_lines_are_reported(kind):
    assert warning_lines(f"{STORY}\n\n{LINES[kind]}\n\n{AFTER}\n") == [3]


def test_the_share_bar_stops_before_the_crosshead():
    flagged = reported(POSITIVES["bar-before-single-mark"])
    assert "Permalink" in flagged
    assert "worst winter" not in flagged


# -- look-alikes ----------------------------------------------------------------------------------

NEGATIVES = [
    # a figure reference inside a sentence, a bracketed note without a picture or a list
    "The map (see page 4) shows the route of the ferry.",
    f"{STORY} The figures are stark. (See chart.)",
    "(See also the council's statement of Monday.)",
    "He told the jury to see the pictures for themselves.",
    "Viewers can watch the video of the storm on the council's website, the mayor said.",
    # reading more told as the story
    "Readers can read more from Ana Ruiz in the weekend edition.",
    "Read more from the report here, the spokesman said.",
    # tags, filing and subscribing as the story's words
    "Tags: price tags rose by a tenth this year.",
    "Filed under: the council's report was filed under seal.",
    "Tags were handed out at the door, the organisers said.",
    "Subscribe: the council asked residents to subscribe to its alerts.",
    "Listeners can subscribe via iTunes, the station said.",
    # donating told as the story
    "Donate blood, the hospital urged residents.",
    "The charity asked people to donate now, before winter.",
    # a plain sentence that starts like a widget title
    "More from Ana Ruiz and Tom Cole arrived on Monday.",
    # the country in capitals after "follow"
    "Companies that trade abroad need to follow US GAAP and file their accounts in dollars.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_round18_lookalikes_stay_silent(text):
    assert warned_words(text + "\n") == []


def test_a_label_inside_an_embedded_tweet_is_the_tweeters():
    text = (f"{STORY} VIDEO: Crowds watch the last ferry leave Skellan quay #Harbour. More on "
            "@gazette pic.twitter.com/Ab12cD3 \"?Ana Ruiz (@anaruiz) March 1, 2017 "
            f"{AFTER}\n")
    assert warned_words(text) == []


def test_a_label_far_from_a_tweet_is_still_reported():
    # the same label, its tweet-like signature beyond a tweet's length: the page's link label
    filler = " ".join(["The crossing took three hours in the fog and the crew kept the horn going."] * 4)
    text = (f"{STORY} VIDEO: Crowds watch the last ferry leave Skellan quay {filler} "
            "pic.twitter.com/Ab12cD3 \"?Ana Ruiz (@anaruiz) March 1, 2017\n")
    assert "VIDEO:" in reported(text)
