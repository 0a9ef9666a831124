"""Advertorial classes widened in round 10 (issue 15), on sentences written for these tests
(not taken from any corpus or page).

Round 10 read real article pages as lintnews extracts them and found page furniture the rules
did not know: a widget title in its own words ("Other Opinion Columns", "Recent Slide Shows",
"More Must-Reads From <outlet>"), a syndication line naming a web address rather than an
outlet, a note sending the reader to the writer's own mail address, a comment widget's loading
message, and a sign-up button's title-case text. The look-alikes report the same words in a
story sentence and stay silent.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import lint_advertorial, warning_lines

BEFORE = "The lifeboat crew was called out twice on Sunday as fog settled over the estuary."
AFTER = "Both boats were back on their moorings before dark, the station manager said."

FURNITURE = {
    "other-columns": "Other Opinion Columns",
    "recent-slideshows": "Recent Slide Shows",
    "featured-galleries": "Featured Photo Galleries",
    "must-reads": "More Must-Reads From The Estuary Post",
    "latest-videos": "Latest Videos",
    "published-at-address": "Originally published at www.tidelog.example on 4 May 2013.",
    # (round 122: "Write to <Name> at <address>", "Email <Name> at <address>", a named person's
    # e-mail contact line, is the writer's own details, no plug: pinned silent in STORY below)
    "loading-comments": "Loading comments …",
    "sign-up-button": "Want tide tables every Friday? Sign Up for Slack Water",
    # the second pass: a widget's own messages, a share plea, an app plug, a bracketed link
    "loading-widget": "Loading tide data ...",
    "please-wait": "Please wait…",
    "widget-unavailable": "This map is temporarily unavailable. Please try again later.",
    "recommend-article": "Recommend this story to anyone who sails out of the estuary.",
    "download-your-app": "Done! Open the message on your phone to download your new app.",
    "bracketed-link": "[Seal pups return to the sandbanks after a quiet winter]",
}


@pytest.mark.parametrize("kind", sorted(FURNITURE))
def test_page_furniture_between_two_paragraphs_is_reported(kind: str) -> None:
    text = f"{BEFORE}\n\n{FURNITURE[kind]}\n\n{AFTER}"
    assert warning_lines(text) == [3], kind


STORY = {
    "write-to-writer": "Write to Mara van Dijk at mara.vandijk@estuarypost.example",
    "email-writer": "Email Tom Achebe at t.achebe@estuarypost.example",
    "columns-in-story": "Other columns in the collection were written by the same keeper in the 1950s.",
    "published-in-story": "The logbook was originally published by a local printer in 1912.",
    "wrote-to-writer": "Residents wrote to the coroner at her office in the town hall.",
    "loading-in-story": "Loading comments from the crew took most of the inquiry's second day.",
    "signed-up-in-story": "Forty volunteers signed up for the new training course in April.",
    "loading-in-past": "Loading the boat took the crew most of an hour.",
    "unavailable-reported": "The coastguard said its radio mast was temporarily unavailable on Sunday.",
    "recommended-reported": "The inspector recommended the report to every harbour board in the county.",
    "bracket-one-word": "[Inaudible]",
    "bracket-note": "[Editor's note: the crew's names were withheld at their request.]",
}


@pytest.mark.parametrize("kind", sorted(STORY))
def test_the_same_words_in_a_story_sentence_stay_silent(kind: str) -> None:
    text = f"{BEFORE}\n\n{STORY[kind]}\n\n{AFTER}"
    assert warning_lines(text) == [], kind


def test_a_widget_title_leads_the_headlines_under_it() -> None:
    text = (
        f"{BEFORE}\n\nMore Must-Reads From The Estuary Post\n\n"
        "Harbour Dredging Plan Faces Fresh Delay\n\nWhy Seal Numbers Are Rising Along the Coast\n\n"
        "Write to Mara van Dijk at mara.vandijk@estuarypost.example\n"
    )
    found = {d.line for d in lint_advertorial(text) if d.severity.rank >= Severity.WARNING.rank}
    assert found == {3, 5, 7}  # (round 122: the writer's contact line under them is no plug)
