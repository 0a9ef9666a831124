"""Advertorial furniture from a third set of pages nobody had tuned on (issue 15, round 13), on
sentences written for these tests (not taken from any corpus or page).

Round 13 pasted the furniture of blogs, institutes and campaign sites into article text. What it
missed were comment counts and comment-form labels ("1 comment", "No comments:", "6 Comments on
<title>"), a blog engine's share buttons and feed link, subscriptions to an outlet's lists, an
account prompt ("New here? Sign up!"), a supporters' widget, a pointer to the whole interview
elsewhere, a media label before a headline in sentence case, widget titles in sentence case
("Most viewed this month", "The latest updates", "More about <Name>"), a site builder's plug
for itself, and a signal glued onto a story sentence's stop before a digit ("...about pay.6
Comments on ..."), which the splitter does not end (a stop before a digit may be a decimal).
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import lint_advertorial, warning_lines

ONE = "The lifeboat crew was called out twice on Sunday as fog settled over the estuary."
TWO = "RNLI officials say both boats were back on their moorings before dark."

ITEMS = {
    "count": "1 comment",
    "no-comments": "No comments:",
    "count-on-title": "7 Comments on Estuary moorings fill up early this year",
    "write-comment": "WRITE A COMMENT",
    "poll": "There are not yet enough votes for a result to be displayed. Vote now!",
    "share-to": "Email ThisBlogThis!Share to TwitterShare to Facebook",
    "feed": "Subscribe to:\nPosts (Atom)",
    "events-list": "Subscribe to our events list",
    "new-here": "New here? Sign up!",
    "donors": "Thank you to our supporters!\nand thousands of donors like you!",
    "full-interview": "Listen to the full interview (in Welsh) on Radio Estuary.",
    "more-videos": "More videos",
    "podcast-label": "Podcast: The long fight over the estuary moorings and what it cost",
    "most-viewed": "Most viewed this month",
    "latest": "The latest updates",
    "more-about": "More about Dana Reyes",
    "more-profiles": "More Estuary Profiles",
    "archive": "All posts from 2021",
    "profile": "View my complete profile",
    "site-builder": "Create your new blog or website for free",
    "platform-plug": "Blog at WordPress.com.",
}


@pytest.mark.parametrize("kind", sorted(ITEMS))
def test_new_words_of_known_classes_are_reported_in_their_own_paragraph(kind: str) -> None:
    lines = warning_lines(f"{ONE}\n\n{ITEMS[kind]}\n\n{TWO}")
    assert lines and set(lines) <= {3, 4}, kind


GLUED_AFTER_STOP = ["count-on-title", "more-about", "most-viewed", "more-videos", "podcast-label", "latest"]


@pytest.mark.parametrize("kind", GLUED_AFTER_STOP)
def test_a_title_glued_on_after_a_story_sentence_is_reported_and_the_sentence_is_not(kind: str) -> None:
    item = ITEMS[kind]
    text = f"{TWO}\n\nThe estuary officer says the moorings are not just about money.{item}\n\n{ONE}"
    found = [d for d in lint_advertorial(text) if d.severity.name == "WARNING"]
    at = text.split("\n")[2].index(item) + 1
    assert [(d.line, d.column) for d in found] == [(3, at)], kind


def test_a_count_glued_onto_a_stop_before_its_digit_opens_a_unit_of_its_own() -> None:
    # the splitter ends no sentence at "money.6" (a stop before a digit may be a decimal), and the
    # reporting verb before it would have made the whole a line of the story
    text = f"{ONE}\n\nThe officer says the dispute is not about money.6 Comments on Estuary moorings fill up"
    found = [d for d in lint_advertorial(text) if d.severity.name == "WARNING"]
    assert [(d.line, d.column) for d in found] == [(3, text.split("\n")[2].index("6 Comments") + 1)]


STORY = {
    "comments-received": "The council received 40 comments on the plan, the clerk said.",
    "no-comment": "\"No comment,\" the harbour master said as he left the hearing.",
    "not-enough-votes": "There were not enough votes to pass the bill, the speaker said.",
    "responses": "Officials said 12 responses to the consultation backed the plan.",
    "subscribe-alerts": "Residents can subscribe to the council's flood alerts, the mayor said.",
    "share-to-staff": "Staff were told to share to Twitter only what had been cleared, the memo said.",
    "supporters-quote": "\"We need more supporters like you,\" the candidate told the crowd.",
    "whole-debate": "Thousands watched the whole debate on television, the broadcaster said.",
    "more-videos-story": "More videos emerged on Tuesday, police said.",
    "most-viewed-story": "Most viewed this week were the flood pictures, the editor said.",
    "more-about-plan": "More about the plan will be known on Friday, the mayor said.",
    "latest-news": "The latest news came on Tuesday, officials said.",
    "own-website": "Students learn to create their own website in the course, the school said.",
    "decimal": "The tide rose 2.6 metres on Sunday, 0.4 more than forecast.",
}


@pytest.mark.parametrize("kind", sorted(STORY))
def test_the_same_words_in_the_story_are_left_alone(kind: str) -> None:
    assert warning_lines(f"{STORY[kind]}\n\n{TWO}") == [], kind


@pytest.mark.parametrize("item", ["1 comment", "No comments:", "14 replies"])
def test_a_comment_count_in_lower_case_glued_on_after_a_stop_is_reported(item: str) -> None:
    text = f"{TWO}\n\nThe estuary officer says the moorings are full.{item}\n\n{ONE}"
    found = [d for d in lint_advertorial(text) if d.severity.name == "WARNING"]
    assert [(d.line, d.column) for d in found] == [(3, text.split("\n")[2].index(item) + 1)], item


def test_a_label_that_a_signal_ends_is_a_unit_before_the_quotation_glued_to_it() -> None:
    # "Subscribe to: Posts (Atom)": the signal ("Posts (Atom)") does not open the sentence, but it
    # ends a short label that does; the quotation after it stays a line of the story
    line = 'Subscribe to: Posts (Atom)"We have not seen water this high," the officer said.'
    found = [d for d in lint_advertorial(f"{ONE}\n\n{line}") if d.severity.name == "WARNING"]
    assert [(d.line, d.column, d.end_column) for d in found] == [(3, 1, line.index('"') + 1)]


def test_a_sign_in_prompt_run_into_a_flattened_widget_is_reported() -> None:
    assert warning_lines(f"{ONE}\n\nGet involved Sign in New here? Sign up!\n\n{TWO}") == [3]


def test_a_subscription_glued_on_after_a_closing_quotation_mark_is_reported() -> None:
    text = f'{ONE}\n\nThe officer said: "We are ready for the spring tides."Subscribe to our events list\n\n{TWO}'
    assert warning_lines(text) == [3]
