"""Advertorial furniture of round 19, by class and shape, on sentences written for these tests
(not taken from any corpus or page).

Round 19 tuned on round 18's check halves and added: a stop and a closing mark mangled into
'"\ufffd\ufffd?' (replacement characters between the mark and its "?") before a writer's account
line or a teaser card; a related story's dated teaser whose last sentence ends in a quotation's
closing mark ('... called for "calm talks." (18.03.2017)'); a subscribe button alone on its line
("Subscribe:"); a pointer to a document's full text on a line of its own ("READ Reyes's full
remarks:"); a writer's contact box ("You can e-mail her; bookmark her page; follow her on
Twitter"); a venue's or an event's fact fields ("Opening hours: ... 10am to 5pm", "Admission
free"). Precision: a line of the story is not made a plug by another hint elsewhere in its
paragraph (only their number), and a signal in a tweet flattened without its signature but with
its picture link close after it is the tweeter's. Story sentences with the same words stay
silent.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import reported, warned_words, warning_lines

STORY = "The ferry left the harbour at noon on Tuesday as fog settled over the estuary."
AFTER = "The harbour master said both boats were back on their moorings before dark."
MANGLED = "\"\ufffd\ufffd?"


# -- positives ------------------------------------------------------------------------------------

POSITIVES = {
    "follow-after-mangled-mark": f"{STORY} \"We will sail again,\" he said. {MANGLED}Follow Ana Ruiz "
    "on Twitter at http://twitter.com/anaruiz\n",
    "card-after-mangled-mark": f"{STORY} The memo said the crossing \"may be the last of the "
    "winter.\"?How will the ferry cuts affect you? Learn more\n",
    "teaser-after-quotation": "In Porto, the harbour minister pledged to work with the unions to end "
    "the ferry strike. The unions called for \"calm talks.\" (18.03.2017) Ferry crews walked out "
    "again on Monday, the union said after meeting the minister. (17.03.2017) " + AFTER + "\n",
}

# furniture on a line of its own, between story paragraphs (the report is on that line alone)
LINES = {
    "lone-subscribe": "Subscribe:",
    "full-remarks": "READ Ruiz's full remarks:",
    "full-statement": "Read the full statement below:",
    "contact-box": "Ana Ruiz is the harbour reporter for the Gazette. You can send her an e-mail; "
    "bookmark her page; follow her on Twitter; and get e-mail alerts when she reports the latest news.",
    "venue-fields": "Opening hours: Tuesday to Sunday, 10am to 5pm. Admission free.",
}


@pytest.mark.parametrize("kind", sorted(POSITIVES))
def test_round19_furniture_is_reported(kind):
    flagged = reported(POSITIVES[kind])
    assert flagged
    # the story sentence before the furniture is never part of the report
    assert "fog settled" not in flagged


@pytest.mark.parametrize("kind", sorted(LINES))
def test_round19_furniture_lines_are_reported(kind):
    assert warning_lines(f"{STORY}\n\n{LINES[kind]}\n\n{AFTER}\n") == [3]


def test_both_dated_teasers_are_reported():
    flagged = reported(POSITIVES["teaser-after-quotation"])
    assert "18.03.2017" in flagged and "17.03.2017" in flagged


# -- look-alikes ----------------------------------------------------------------------------------

NEGATIVES = [
    # a mangled mark inside the story, with no account or card after it
    f"{STORY} \"We will sail again,\" he said. {MANGLED}The crew agreed.",
    # a bracketed date inside a story sentence
    "The law was signed on Friday (17.03.2017) and takes effect in May.",
    # subscribing, reading and following told as the story
    "Subscribe: the council asked residents to sign up for flood alerts.",
    "Subscribers said the price of the paper rose by a tenth.",
    "Reyes asked MPs to read the full report before the vote.",
    "Read the full statement, the minister told reporters, and you will see we were right.",
    "Neighbours said you can reach him on the ferry; he will not follow anyone on Twitter, his son said.",
    # a venue's fields told as the story
    "Admission to the hospital rose by a tenth, the board said.",
    "Tickets sold out within an hour, the organisers said.",
    "Entry was free for children, and the hall was full by 7pm.",
    "Hours later, at 5pm, the police reopened the road.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_round19_lookalikes_stay_silent(text):
    assert warned_words(text + "\n") == []


def test_story_lines_are_not_made_a_plug_by_their_number():
    # two results sentences each name a firm by a superlative (a company hint) and narrate in the
    # past tense: two hints in a paragraph, but lines of the story, so no plug
    text = ("Europe's biggest ferry group unveiled a net profit of 1.7 billion euros for last year, "
            "up by a tenth on 2015. In May the region's largest port handled a record number of "
            f"crossings. {AFTER}\n")
    assert warned_words(text) == []


def test_two_company_hints_outside_the_story_are_still_reported():
    text = ("Northwind is Europe's biggest ferry group, with routes to 40 islands. Founded in 1990, "
            "Northwind serves over 2 million passengers a year.\n")
    assert reported(text)


def test_a_signal_in_a_tweet_before_its_picture_link_is_the_tweeters():
    text = (f"{STORY} Locals mocked the offer on Twitter:- These are real ferry tickets you can buy "
            "at @harbourline for $95. We are living in the dark timeline. pic.twitter.com/Ab12cD3 "
            f"{AFTER}\n")
    assert warned_words(text) == []


def test_the_same_offer_without_the_tweet_is_still_reported():
    text = f"{STORY}\n\nBuy now: ferry tickets from $95 at harbourline.example. Book today!\n"
    assert reported(text)


# -- a related-stories widget at the page's end ----------------------------------------------------

TAIL_TEASERS = (
    "Not every harbour master trains at a sea school, but some towns produce more of them. Here they are.\n\n"
    "Some ferry jobs are not glamorous, but they pay well. Here are five of them.\n\n"
    "An old lighthouse is up for sale. Who should buy it? Our readers have ideas.\n\n"
    "How important are ferries to island life?\n"
)


def test_short_teasers_after_the_closing_furniture_are_reported():
    text = f"{STORY}\n\n{AFTER}\n\nQuestions? Comments? Email us at news@gazette.example\n\n{TAIL_TEASERS}"
    assert warning_lines(text) == [5, 7, 9, 11, 13]


def test_short_story_paragraphs_after_the_furniture_stay_silent():
    # the same place, but the paragraphs narrate, quote or give speakers: the story goes on
    narrated = (
        "The ferry sailed at noon.\n\nThe crew cheered when it docked.\n\n"
        "Two boats were late.\n\nThe mayor waved from the quay.\n"
    )
    quoted = (
        "\"We will sail again,\" the captain said.\n\n\"Not today,\" said the mate.\n\n"
        "\"Maybe tomorrow.\"\n\n\"Then we wait.\"\n"
    )
    speakers = "HOST: Welcome back.\n\nRUIZ: Thank you.\n\nHOST: Is the ferry safe?\n\nRUIZ: It is.\n"
    for tail in (narrated, quoted, speakers):
        text = f"{STORY}\n\nQuestions? Comments? Email us at news@gazette.example\n\n{tail}"
        assert warning_lines(text) == [3], tail


def test_three_short_paragraphs_are_too_few_for_a_widget():
    three = TAIL_TEASERS.split("\n\n", 1)[1]
    text = f"{STORY}\n\nQuestions? Comments? Email us at news@gazette.example\n\n{three}"
    assert warning_lines(text) == [3]


# -- a blog's and an event page's insertions ------------------------------------------------------

BLOG = {
    "lead-magnet": "Click the image to download your free packing checklist.",
    "own-product": "Pro tip: You can find more ferry walks like this in my online shop, available here.",
    "booking-line": "Tickets start at £25 and can be booked at harbourhall.example.",
}


@pytest.mark.parametrize("kind", sorted(BLOG))
def test_round19_blog_insertions_are_reported(kind):
    assert warning_lines(f"{STORY}\n\n{BLOG[kind]}\n\n{AFTER}\n") == [3]


BLOG_LOOKALIKES = [
    "Click the image to see the storm over the bay.",
    "Voters who click the button to register will be sent a form, the council said.",
    "\"My cookbook took ten years to write,\" the chef said.",
    "Tickets can be bought at the station on the day, the operator said.",
    "Police said the tickets were bought from touts.example by a man in his 30s.",
]


@pytest.mark.parametrize("text", BLOG_LOOKALIKES)
def test_round19_blog_lookalikes_stay_silent(text):
    assert warned_words(text + "\n") == []
