"""Round 129 (advert129): insertions nobody has worded yet, found by a battery of fresh ones.

``benchmarks/advertorial_battery.py`` words issue 15's classes afresh in the voices of each kind
of page (wire, broadcaster, tabloid, state media, fact checker, opinion, review site, blog, deals
and sponsored pages) and lints each inside a story. Its silent groups were widened as classes:

- the reader told to pass the page itself on: a sharing verb in the imperative on "this" and a
  kind of page ("Don't forget to like and share this post!"), or help asked for by sharing it;
- the reader's story, pictures or tips sent to the outlet's own address ("Email your story to
  news@...");
- the reader asked how they liked any kind of page ("Enjoyed this column?");
- the writer's own work as the reader's taste ("If you like what I do") and the tip jar;
- a paid-placement notice on this programme or page; "This is a sponsored feature in partnership
  with X";
- the outlet's own news or section as a link label ("Also in the news:", "More from the blog:"),
  a shop's "Shop more deals:", and a label glued onto the story's last sentence (a hint);
- a sale's call with its named seller ("Book your holiday today with X");
- a syndication credit naming its purpose ("Content provided by X for syndication.");
- "Receive" as a reader act of the insertion rule ("Receive our weekly fact checks by email").

Sentences written for this round; the positive cases are silent on main 498ede06.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import FLOOD_A as STORY_A
from tests.advertorial_lint import FLOOD_B as STORY_B
from tests.advertorial_lint import FLOOD_C as STORY_C
from tests.advertorial_lint import between, lint_advertorial, warning_lines


def flood(snippet: str) -> str:
    """``snippet`` as its own paragraph (line 5) between the flood story's second and third."""
    return f"{STORY_A}\n\n{STORY_B}\n\n{snippet}\n\n{STORY_C}"


@pytest.mark.parametrize(
    "snippet",
    [
        "Don't forget to like and share this post!",
        "Help us fight misinformation by sharing this fact check.",
        "Have you been affected by the floods? Email your story to news@harbourpost.example.",
        "Enjoyed this column?",
        "Like this fact check?",
        "If you like what I do, consider buying me a coffee.",
        "If you enjoy my writing, please tell your friends.",
        "This programme contains product placement.",
        "This is a sponsored feature in partnership with Brightline Insurance.",
        "Also in the news: Rail strike called off",
        "More from the blog: My ten favourite soups",
        "Shop more deals: The best laptop bargains this week",
        "Book your holiday today with Coastline Holidays.",
        "Content provided by Atlas Press for syndication.",
    ],
)
def test_a_fresh_insertion_of_a_known_class_is_warned(snippet: str) -> None:
    assert warning_lines(flood(snippet)) == [5]


@pytest.mark.parametrize(
    "snippet",
    [
        # a report of people sharing a post, a quoted appeal, a police appeal
        "Users continue to share this post, which falsely claims the bridge has closed.",
        "Thousands of people shared this video before it was removed.",
        '"Please share this post so we can find Rosie," the family wrote on Facebook.',
        "Help us find the missing dog by sharing this appeal, the charity said.",
        "Email your photos to appeals@police.example, officers said.",
        "Police asked witnesses to send their footage to detectives.",
        # taste that is no appeal, a programme's placement reported
        "If you like this kind of music, the festival has three stages.",
        "The film contains product placement for a car brand, critics said.",
        # a round-up's sentence, a public service's booking
        "Also in the news this week, the council approved the budget.",
        "Book your flu jab today with your GP.",
        # the broadcaster's numbers reported, a newsletter company's story
        "The broadcaster said its app had two million users.",
        "The newsletter company, Inkwell, was sold to a rival for $40 million.",
        # credits and a copyright line
        "Reporting by Ana Ruiz; editing by Tom Hale.",
        "Copyright 2026 Atlas Press. All rights reserved.",
        "Photograph supplied by the family.",
    ],
)
def test_reporting_credits_and_public_service_lines_are_left(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []


def test_receive_our_product_breaks_from_the_story() -> None:
    text = f"{STORY_A}\n\n{STORY_B}\n\nReceive our weekly fact checks by email.\n\n{STORY_C}"
    assert [d.rule for d in lint_advertorial(text) if d.severity.value == "warning"] == [
        "advertorial/insertion"
    ]


def test_receive_in_the_story_is_no_plug() -> None:
    text = f"{STORY_A}\n\n{STORY_B}\n\nReceive the water board's flood warnings by text message.\n\n{STORY_C}"
    assert [d for d in lint_advertorial(text) if d.severity.value == "warning"] == []


def test_a_related_label_glued_onto_the_story_is_a_hint() -> None:
    text = f"{STORY_A}\n\n{STORY_C}Recommended reading: Minister opens new bridge"
    found = [(d.rule, d.severity.value) for d in lint_advertorial(text)]
    assert ("advertorial/read-more", "info") in found


def test_a_stop_inside_a_name_is_no_glued_label() -> None:
    text = f"{STORY_A}\n\nThe report, Related: Rivers in Flood, was published on Monday."
    assert [d for d in lint_advertorial(text) if d.rule == "advertorial/read-more"] == []
