"""Advertorial round 111: a newsroom's furniture on everyday stories, by class and shape.

Class members the earlier rules did not read: a timeline's label naming the outlet
("Previously on the Courier:") over headlines dated by a month in brackets, a tip line asked as
a question whose answer goes to "us" with its channel, the outlet's own piece pointed to on its
own channel ("our explainer ... on our video hub"), the outlet proud of its own campaign with a
partner, and a command to buy through the outlet's own partner. False alarms taken out: a
column's tagline with the writer's feedback address, and a travel writer's tip that passes on
what locals say.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import between, lint_advertorial, warning_lines, warns_alone_under


@pytest.mark.parametrize(
    ("snippet", "rule"),
    [
        (
            "Do you want to tell us how the closure affects your family? Email newsdesk@harbourpost.example.",
            "advertorial/comments-boilerplate",
        ),
        (
            "Would you like to share your pool memories with us? Our team reads every message.",
            "advertorial/comments-boilerplate",
        ),
        (
            "Catch up: our full video of the meeting is still on our website for a week.",
            "advertorial/media-plug",
        ),
        (
            "The Post is proud to partner with Swim Safe for our Learn to Swim appeal this summer.",
            "advertorial/media-plug",
        ),
        (
            "Order the guidebook through our books partner and save a fifth on the cover price.",
            "advertorial/commerce-cta",
        ),
    ],
)
def test_furniture_in_other_words_is_warned(snippet: str, rule: str) -> None:
    assert warns_alone_under(snippet, rule)


@pytest.mark.parametrize(
    "snippet",
    [
        # a reported question to residents, with its speaker
        "\"Do you want to tell us what you saw?\" the officer asked the crowd at the gate.",
        # a firm's partnership, reported: no campaign of "our" own
        "The club said it was proud to partner with the school on a new swimming programme.",
        # a reported booking, no partner of the outlet's
        "Parents booked lessons through a partner club in the next town, the coach said.",
        # the council's own video, reported
        "The council posted a video of the meeting on its website on Wednesday, officials said.",
    ],
)
def test_story_look_alikes_are_left_alone(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []


def test_a_timeline_under_the_outlets_label_is_warned() -> None:
    text = (
        "The council voted on Tuesday to close the old swimming pool after engineers found cracks.\n"
        "Residents will be offered passes to the leisure centre, the council said.\n"
        "Previously on the Harbour Post:\n"
        "Engineers find cracks in pool roof (March)\n"
        "Swimmers protest over pool hours (June)\n"
        "Council delays decision on pool repairs (September)\n"
    )
    assert warning_lines(text) == [3, 4, 5, 6]


def test_a_list_the_story_leads_in_to_is_left_alone() -> None:
    text = (
        "The council voted on Tuesday to close the old swimming pool after engineers found cracks.\n"
        "The council set out what happens next:\n"
        "Swimming lessons move to the leisure centre\n"
        "Season tickets to be refunded in full\n"
        "Pool site to be sold by the end of the year\n"
    )
    assert warning_lines(text) == []


def test_a_columns_tagline_with_its_feedback_address_is_not_a_plug() -> None:
    text = (
        "The ferry board has cut the island timetable three times in two years, and each ferry cut hurt the islands most.\n"
        "The ferry board must now decide whether the islands get a ferry service or merely a managed decline of the timetable.\n"
        "The cheap answer for the board is another review of the ferry timetable. The honest answer for the islands is a ferry subsidy.\n"
        "Ann Lee is a former harbour master. Send feedback to columns@harbourpost.example.\n"
        "The views expressed are the author's own.\n"
    )
    assert warning_lines(text) == []


def test_the_feedback_address_without_a_tagline_is_still_read() -> None:
    # the same call in a short paragraph of its own about the outlet stays reported
    text = between("Send your feedback to columns@harbourpost.example and join the conversation in the comments below.")
    assert 2 in warning_lines(text)


def test_a_travel_tip_that_passes_on_what_locals_say_is_not_a_pitch() -> None:
    text = (
        "The old town is steep, and the way to see it is on foot, starting early before the heat.\n"
        "The funicular from the river costs €4 and runs every ten minutes until midnight.\n"
        "For lunch, the lanes behind the market hide small grills where a plate of fish costs under €12. "
        "Try Casa Rio for its grilled squid, which locals swear is the best on the coast.\n"
        "The city has frozen new holiday-let licences in three districts, according to a 2023 study by the university.\n"
    )
    assert [d.line for d in lint_advertorial(text)] == []


def test_a_pitch_without_the_passed_on_view_is_still_a_hint_or_more() -> None:
    text = (
        "The old town is steep, and the best way to see it is on foot, starting early before the heat.\n\n"
        "Book now at casario.example: the best grilled squid on the coast, from just €12. Try it today!\n\n"
        "The city has frozen new holiday-let licences in three districts, according to the council.\n"
    )
    assert 3 in [d.line for d in lint_advertorial(text)]


@pytest.mark.parametrize(
    "snippet",
    ["Comments on this story are now closed.", "Commenting has been turned off for this article."],
)
def test_a_comment_policy_closing_this_pages_thread_is_warned(snippet: str) -> None:
    assert warns_alone_under(snippet, "advertorial/comments-boilerplate")


def test_a_consultations_comments_that_closed_are_news() -> None:
    assert warning_lines(between("Public comments on the pool plan closed on Friday, the council said.")) == []
