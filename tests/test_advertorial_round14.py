"""Advertorial furniture left over after round 13 (issue 15, round 14), by class, on sentences
written for these tests (not taken from any corpus or page).

Round 14 took the classes the three real-furniture sets still missed: the outlet's careers,
mission and about-us plugs ("Work at <Outlet>", "We're hiring", "Help us keep the web open.",
"Learn more about our programs"), a subscription button in capitals glued on ("SUBSCRIBE
NOWto ..."), a follow widget ("Don't miss stories Follow <Outlet>"), a blogroll (its title and a
post's age), a related-content title in sentence case glued before a headline that says who
said it, a call set off by a spaced dash after a participle ("..., delivered daily – sign up
for ..."), and a long plug glued onto an opening quotation mark.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import lint_advertorial, warning_lines

ONE = "The lifeboat crew was called out twice on Sunday as fog settled over the estuary."
TWO = "RNLI officials say both boats were back on their moorings before dark."

ITEMS = {
    "work-at": "Work at the Estuary Gazette",
    "hiring": "We're hiring!",
    "join-team": "Join our team: reporters, editors and designers wanted.",
    "apply-join": "Apply and join us",
    "positions": "See all open positions",
    "mission": "Help us keep the open web alive.",
    "learn-more": "Learn more about our programs",
    "reports": "Learn more about our programs Check out our annual reports and financials",
    "subscribe-caps": "SUBSCRIBE NOWto get home delivery",
    "follow-widget": "Don't miss stories Follow the Estuary Gazette",
    "dash-call": "The best of the Gazette, delivered daily – sign up for The Estuary Gazette newsletter.",
    "blogroll": "Blogroll\nTide tables and the maths of the moon",
    "related": "Related content Moorings fill up early this year, says harbour master Ann Cole. Read more",
}


@pytest.mark.parametrize("kind", sorted(ITEMS))
def test_each_class_is_reported_in_its_own_paragraph(kind: str) -> None:
    lines = warning_lines(f"{ONE}\n\n{ITEMS[kind]}\n\n{TWO}")
    assert lines and set(lines) <= {3, 4, 5}, kind


GLUED = ["work-at", "mission", "learn-more", "subscribe-caps", "related"]


@pytest.mark.parametrize("kind", GLUED)
def test_each_class_glued_on_after_a_story_sentence_is_reported(kind: str) -> None:
    text = f"{TWO}\n\nThe estuary officer says the moorings are not just about money.{ITEMS[kind]}\n\n{ONE}"
    assert warning_lines(text) == [3], kind


STORY = {
    "hiring": "The shipyard said it is hiring 200 welders this spring.",
    "quoted-hiring": '"We\'re hiring as fast as we can," the yard manager said.',
    "work-at": "Work at the harbour resumed on Monday after the strike.",
    "mission": "Its mission is to help us build a better world, the charity's founder told the hearing.",
    "quoted-mission": '"Help us keep the web open," the campaigners wrote in their letter to the minister.',
    "quoted-learn": '"If you want to learn more about our programs, come to the open day," the dean said.',
    "learn": "She said she wanted to learn more about our neighbours before the vote.",
    "reports": "The agency publishes its annual reports each May, the clerk said.",
    "caps": "The paper's advert read SUBSCRIBE NOW in red, the designer recalled.",
    "dont-miss": "Don't miss stories about the harbour, she told the new reporters.",
    "age": "The mayor left office 3 weeks ago",
    "blogs": "Tech Blogs were full of the news, the analyst said.",
    "related": "Related content was taken down on Friday, the company said.",
    "newsletter": "The council launched its newsletter in May and readers signed up for the Harbour Weekly newsletter in their thousands.",
}


@pytest.mark.parametrize("kind", sorted(STORY))
def test_the_same_words_in_the_story_are_left_alone(kind: str) -> None:
    assert warning_lines(f"{STORY[kind]}\n\n{TWO}") == [], kind


def test_a_long_plug_glued_onto_a_quotation_is_cut_off_before_it() -> None:
    line = 'Create your new blog or website for free"We want your help," the mayor told the crowd.'
    found = [d for d in lint_advertorial(f"{ONE}\n\n{line}") if d.severity.name == "WARNING"]
    assert [(d.line, d.column, d.end_column) for d in found] == [(3, 1, line.index('"') + 1)]


def test_a_post_age_glued_onto_the_next_sentence_is_reported() -> None:
    text = f"{ONE}\n\nEstuary-Net Blogs Tide tables and the maths of the moon 3 days agoThe crew said the fog lifted.\n\n{TWO}"
    assert warning_lines(text) == [3]
