"""Advertorial insertions of round 42, by class rather than by sentence, on sentences written
for these tests (not taken from any corpus or page).

Round 42 read a fresh writer's false alarms by kind and fixed the general mistakes among them:
a column's kicker on a first line that asks or exclaims ("Opinion: Where is ...?") is the
story's title; "most of" is a share, not a superlative of praise (a review's verdict); a noun
heading a longer subject ("Support for 32-bit boards has been dropped") is no command. And it
added two classes by function and shape: a struck-through price with its country's letters
("was S$1,499") is no narration; a link button's text closed by its arrow ("See rates now »").
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.insertion import command
from lintnews.builtin.advertorial.seller import seller_marks
from tests.advertorial_lint import AFTER, STORY, warning_lines
from tests.advertorial_lint import between as _between

POSITIVES = {
    # a deal line with a dollar of another country, struck-through price and all
    "sg-dollar-code": "Grab the kettle for S$89 at Homeport (was S$129) with code KETTLE10 for an extra S$10 off.",
    "nz-dollar-now": "Now NZ$149 at Harbour Outdoor, down from NZ$199. While stocks last.",
    # a link button's text and its arrow
    "button-rates": "Compare the best fixed-rate bonds side by side. See today's rates »",
    "button-account": "Open an account ›",
}


@pytest.mark.parametrize("kind", sorted(POSITIVES))
def test_round42_insertions_are_reported(kind):
    assert warning_lines(_between(POSITIVES[kind])) == [2]


# -- the general mistakes: look-alikes that must stay silent ----------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "OPINION: The ferry is gone. Where is the plan for the islands?",
        "Opinion: Will the ring road ever fix our traffic?",
        "Analysis: Can the harbour board survive another winter?",
    ],
)
def test_a_kicker_on_a_first_line_that_asks_is_the_storys_title(title):
    text = (
        f"{title}\nBy Ana Ruiz\n"
        "It is now a year since the council cut the winter ferry, and the debate at the town hall has moved on.\n"
        "The council said the service cost too much to run in the winter months.\n"
    )
    assert warning_lines(text) == []


def test_the_same_label_after_the_story_still_points_to_another_piece():
    text = f"{STORY}\nOPINION: Where is the plan for the islands?\n{AFTER}\n"
    assert warning_lines(text) == [2]


def test_most_of_is_a_share_not_praise():
    verdict = (
        "If you want a reliable bike that will do most of the work on hills, yes. "
        "The two rivals are lighter, but both cost about $300 more."
    )
    praise = (
        "If you want the most reliable bike on the hills, this is it. "
        "It costs about $300 less than its rivals."
    )
    assert abs(seller_marks(verdict)) < abs(seller_marks(praise))


def test_a_reviews_verdict_with_most_of_stays_silent():
    text = "\n".join([
        "Review: the Harbour Cruiser is the e-bike I would buy with my own money",
        "Northline Reviews is reader-supported. When you buy through links on our site, we may earn a commission.",
        "I rode the Harbour Cruiser for five weeks along the sea wall and up the hill to the station.",
        "Should you buy it?",
        "If you want a reliable commuter that will do most of the work on hills, yes. "
        "The Coastline and the Quayrider are lighter, but both cost about $400 more and have smaller batteries.",
        "Buy the Harbour Cruiser for $1,899 at Harbour Bikes",
    ]) + "\n"
    assert 5 not in warning_lines(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Support for 32-bit ARM boards has been dropped.",
        "Support for older phones and tablets running the first version was dropped in May.",
        "Order from the regional office of the ministry came late on Friday.",
    ],
)
def test_a_noun_heading_a_long_subject_is_no_command(sentence):
    assert command(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Subscribe to the Harbour newsletter for the latest news.",
        "Listen to the show where you can hear the whole interview.",
    ],
)
def test_a_command_with_a_clause_after_it_is_still_one(sentence):
    assert command(sentence) is not None


LOOKALIKES = [
    # a price in a story, reported in the past tense
    "The kettle was S$89 last year, the retailer said, and it costs S$99 now.",
    # an arrow in a timetable line of the story
    "Buses will run from the pool to the leisure centre every hour.",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_round42_lookalikes_stay_silent(line):
    assert warning_lines(_between(line)) == []
