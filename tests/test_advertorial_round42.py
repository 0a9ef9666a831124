"""Advertorial insertions of round 42, by class rather than by sentence, on sentences written
for these tests (not taken from any corpus or page).

Round 42 read a fresh writer's false alarms by kind and fixed the general mistakes among them:
a column's kicker on a first line that asks or exclaims ("Opinion: Where is ...?") is the
story's title; "most of" is a share, not a superlative of praise (a review's verdict); a noun
heading a longer subject ("Support for 32-bit boards has been dropped") is no command. And it
added classes by function and shape: a struck-through price with its country's letters ("was
S$1,499") is no narration; a plug glued onto a figure's stop ("... in 2014.Get alerts on our
channel"); a link button's text closed by its arrow ("See rates now »"); the letters page's call
("<Outlet> welcomes letters to the editor"); a readers' poll ("Vote now in the <Outlet>'s ...
readers' poll!"); a sponsored page whose label is in capitals, and its copy sending the reader
to the sponsor's web address.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial_break import command
from lintnews.builtin.advertorial_seller import seller_marks
from tests.advertorial_lint import lint_advertorial, warning_lines

STORY = "The council voted on Tuesday to close the old swimming pool after engineers found cracks in its roof."
AFTER = "Residents who used the pool will be offered passes to the leisure centre, the council said."


def _between(line: str) -> str:
    return f"{STORY}\n{line}\n{AFTER}\n"


POSITIVES = {
    # a deal line with a dollar of another country, struck-through price and all
    "sg-dollar-code": "Grab the kettle for S$89 at Homeport (was S$129) with code KETTLE10 for an extra S$10 off.",
    "nz-dollar-now": "Now NZ$149 at Harbour Outdoor, down from NZ$199. While stocks last.",
    # a link button's text and its arrow
    "button-rates": "Compare the best fixed-rate bonds side by side. See today's rates »",
    "button-account": "Open an account ›",
    # the letters page's call, a readers' poll
    "letters": "The Harbour Gazette welcomes letters to the editor. Send yours to letters@gazette.example.",
    "poll": "Vote now in the Gazette's Best of the Coast readers' poll! Pick your favourite cafes and shops.",
}


@pytest.mark.parametrize("kind", sorted(POSITIVES))
def test_round42_insertions_are_reported(kind):
    assert warning_lines(_between(POSITIVES[kind])) == [2]


def test_a_plug_glued_onto_a_figures_stop_is_reported_without_the_story():
    line = (
        "Swimmers have been asking for a new pool since it was first announced in 2014."
        "Get breaking news alerts on our Telegram channel: t.me/harbourgazette"
    )
    found = [d for d in lint_advertorial(_between(line)) if d.severity.name == "WARNING"]
    assert [d.line for d in found] == [2]
    assert found[0].column > 1  # the story's sentence before the stop is left alone


def _sponsored(body: str) -> str:
    return "\n".join([
        "PRESENTED BY HARBOUR SAVINGS BANK",
        "How a quayside cafe doubled its seating without moving",
        "When the Ruiz family opened their cafe in 2015, they had four tables and one coffee machine.",
        "The family added a terrace this spring, and the cafe now seats forty people in summer.",
        body,
    ]) + "\n"


def test_the_sponsors_call_on_a_page_labelled_in_capitals_is_reported():
    text = _sponsored(
        "Harbour Savings has backed local businesses for more than 50 years. Talk to an advisor at any of "
        "our 12 branches, or learn more at harboursavings.example/business."
    )
    assert [d.line for d in lint_advertorial(text) if d.line == 5 and d.severity.name == "WARNING"] == [5]


def test_a_sponsored_pages_story_paragraph_naming_the_sponsor_stays_silent():
    text = _sponsored("The terrace was paid for with a loan from Harbour Savings, the family said.")
    assert [d for d in lint_advertorial(text) if d.line == 5 and d.severity.name == "WARNING"] == []


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
    # a story's letters and polls
    "The mayor said the council welcomes letters from residents about the pool.",
    "Residents can vote in the council's poll on the pool until Friday, the clerk said.",
    # an arrow in a timetable line of the story
    "Buses will run from the pool to the leisure centre every hour.",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_round42_lookalikes_stay_silent(line):
    assert warning_lines(_between(line)) == []
