"""Advertorial furniture of issue 15's round 15, by class, on sentences written for these tests
(not taken from any corpus or page).

Round 15 measured a fourth set of real page furniture and widened the classes it missed by their
vocabulary and syntax: a comment widget's counts, buttons and form notices ("Comments [7]",
"Report Abuse", "Your comment is awaiting moderation"), a tip line's button and thanks, alert
and sign-up promises ("Get breaking news alerts", "We hate spam", "Unsubscribe at any time"),
a player's and an event's calls ("See all videos", "Early-bird tickets end ..."), a giveaway,
widget titles in title case ("More on <Outlet>", "Latest in <Section>", "Suggested Reads"),
sponsored widget titles, a poll's buttons and a form's character counter, a print view's source
line and a careers title. Story sentences with the same words stay silent.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import lint_advertorial, warning_lines

ONE = "The lifeboat crew was called out twice on Sunday as fog settled over the estuary."
TWO = "RNLI officials say both boats were back on their moorings before dark."
GLUE = "The estuary officer says the moorings are not just about money."

ITEMS = {
    "comment-count": "Reader Comments (42)",
    "comment-brackets": "Comments [7]",
    "report-abuse": "Report Abuse",
    "no-comments": "No comments yet. Be the first to comment.",
    "comment-on": "Comment on this story",
    "awaiting": "Your comment is awaiting moderation.",
    "email-form": "Email (will not be published):",
    "on-topic": "Please stay on topic and keep it short.",
    "tip-us": "Tip Us",
    "tip-thanks": "Thanks for your tip!",
    "tip-if": "If you have a news tip about the harbour, get in touch with us.",
    "alerts": "Get breaking news alerts from the Gazette.",
    "alerts-label": "Breaking News Alerts",
    "notified": "Get notified when Dana Reyes publishes a new column.",
    "spam": "We hate spam as much as you do. You can unsubscribe at any time.",
    "mailing-list": "Estuary Gazette Weekly Mailing List",
    "connect": "Connect With Us",
    "videos": "See all videos",
    "early-bird": "Early-bird tickets end on Friday at midnight.",
    "past-episodes": "To hear earlier episodes of the Harbour Hour, go to our archive.",
    "giveaway": "Summer giveaway: win a pair of kayaks!",
    "more-on": "More on Estuary Gazette",
    "latest-in": "Latest in Transport",
    "suggested": "Suggested Reads",
    "whats-hot": "What's Hot",
    "most-shared": "The most shared stories on the Gazette over the past week.",
    "sponsored": "Sponsored Links",
    "poll": "Submit Vote",
    "characters": "Message (500 characters max)",
    "printed": "This article was printed from https://estuarygazette.example/news/fog",
    "careers": "Job Openings at Estuary Gazette",
    "support": "Ways to Support WEGZ",
}


@pytest.mark.parametrize("kind", sorted(ITEMS))
def test_each_class_is_reported_in_its_own_paragraph(kind: str) -> None:
    lines = warning_lines(f"{ONE}\n\n{ITEMS[kind]}\n\n{TWO}")
    assert lines and set(lines) <= {3}, kind


GLUED = ["comment-count", "tip-us", "latest-in", "suggested", "sponsored", "more-on", "careers", "poll"]


@pytest.mark.parametrize("kind", GLUED)
def test_a_label_glued_on_after_a_story_sentence_is_reported(kind: str) -> None:
    text = f"{TWO}\n\n{GLUE}{ITEMS[kind]}\n\n{ONE}"
    assert warning_lines(text) == [3], kind


def test_a_widget_title_run_into_a_paragraph_is_reported_without_the_story_around_it() -> None:
    line = f"{GLUE} Suggested Reads Fog Closes The Estuary Again Ferry Crews Win Their Pay Claim"
    found = [d for d in lint_advertorial(f"{ONE}\n\n{line}") if d.severity.name == "WARNING"]
    assert [d.line for d in found] == [3]
    assert found[0].column > len(GLUE)


STORY = {
    "comments": "The council received comments (about 40 of them) on the plan.",
    "on-topic": "He told the panel to stay on topic, the chair said.",
    "abuse": "The inquiry will report abuse cases to police, the minister said.",
    "comment-on": "Readers said they would comment on this article later.",
    "email": "The email address will not be published in the register, officials said.",
    "alerts": "The council said it would get flood alerts to residents sooner.",
    "connect": "Connect with nature this spring, the trust urged.",
    "safe": "Your data is safe, the bank said on Tuesday.",
    "newsletter": "The paper's weekly newsletter closed in 2019, its editor said.",
    "videos": "Residents saw more videos of the storm on Tuesday, police said.",
    "giving": "The council is giving away compost bins to residents.",
    "more-on": "More on Tuesday, when the board meets.",
    "more-stories": "More stories will follow in the coming weeks.",
    "more-in": "More in Common found that most voters backed the plan.",
    "most-read": "The most read stories on the site in the past week were about the ferry.",
    "sponsored": "Sponsored content was banned from the site in 2020, the editor said.",
    "characters": "The bill limits posts to 280 characters, officials said.",
    "printed": "The leaflets were printed from a template, the council said.",
    "jobs": "Jobs at the harbour are at risk, the union said.",
    "support": "Ways to support refugees arriving in the port",
    "quoted": '"Get breaking news alerts on your phone," the minister told the crowd.',
}


@pytest.mark.parametrize("kind", sorted(STORY))
def test_the_same_words_in_the_story_are_left_alone(kind: str) -> None:
    assert warning_lines(f"{STORY[kind]}\n\n{TWO}") == [], kind


def test_two_plugs_in_two_paragraphs_are_two_diagnostics() -> None:
    text = f"{ONE}\n\nReport Abuse\n\nSponsored Links\n\n{TWO}"
    assert warning_lines(text) == [3, 5]


def test_furniture_glued_on_inside_an_open_quotation_is_reported() -> None:
    # a quotation that runs on into the next paragraph leaves no closing mark; a scraper's
    # furniture glued onto its stop with no space is still furniture, not the speaker's words
    text = f'{ONE}\n\nThe harbour master said: "These moorings are full. They will stay full until May.Comments [7]\n\n{TWO}'
    found = [d for d in lint_advertorial(text) if d.severity.name == "WARNING"]
    assert [d.line for d in found] == [3]
    assert found[0].column > text.splitlines()[2].index("May.")


def test_furniture_glued_on_after_a_closing_quotation_mark_is_reported() -> None:
    text = f'{ONE}\n\nThe moorings are full for the summer. “We expect more boats next year.”Got a tip? Tell us.\n\n{TWO}'
    assert warning_lines(text) == [3]


def test_the_same_furniture_spoken_inside_a_quotation_is_left_alone() -> None:
    text = f'{ONE}\n\nThe editor said: "Readers send us comments [7 today alone] and we read them all."\n\n{TWO}'
    assert warning_lines(text) == []


def test_a_reading_label_before_a_headline_that_opens_with_a_figure_is_reported() -> None:
    text = f"{ONE} See also: 12 Ways To Beat The Queue At The Quay\n\n{TWO}"
    assert warning_lines(text) == [1]
