"""Round 132 (advert132, issue 15): runs of related headlines, read by their shape.

- a headline whose subject carries an age, its finite verb after it ("Quay fisherman, 67, lands
  record catch of the season"), counts as headline syntax in a run (its articles no longer keep it
  out of the clipped kind);
- a related headline of the outlet's own choice, its "our" the outlet's ("Our pick of the best
  beach cafes on the coast"), is one of a pair beside the page's closing furniture.

Traps: a list of people with their ages led in by a colon, a roster with ages and no verb, a
line in the first person with no recommendation noun (a poem's, a blog's), the same "our" pair
between two paragraphs of the story with no furniture beside it, subheads in a feature.

Sentences written for this round; the positive cases are silent (or hinted) on main 2f810126.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.shared.headlines import aged_headline, outlet_pick
from tests.advertorial_lint import warning_lines

STORY_A = (
    "The harbour board agreed on Monday to dredge the inner basin for the first time in twelve years, after "
    "fishing crews said their boats were grounding at low tide."
)
STORY_B = (
    "The work will start in September and take about six weeks, with the basin closed to moorings while the "
    "dredger is in place, the board's chairman said."
)
STORY_C = (
    "Skippers welcomed the decision but said the delay had already cost them a season of early landings, and "
    "asked the board to keep the channel clear in future years."
)
PLUG = "Get the latest harbour news in your inbox every morning - sign up to our free newsletter."


@pytest.mark.parametrize(
    "line",
    [
        "Quay fisherman, 67, lands record catch of the season",
        "Former lifeguard, 81, swims the bay every day of the year",
        "Driver, 23, jailed over the crash that closed the bypass",
    ],
)
def test_an_aged_subject_and_its_verb_is_a_headline(line: str) -> None:
    assert aged_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ana Ruiz, 34, Hallam",  # a roster's line: no verb
        "Tom Reid, 41, the owner of the bakery",  # an apposition, no verb
        "My grandmother, 90, walks me to the shore",  # first person
        "Ana Ruiz, 34, runs the bakery.",  # a sentence
        "Bread, milk, eggs and butter",
    ],
)
def test_an_aged_line_without_headline_syntax_is_not_one(line: str) -> None:
    assert not aged_headline(line)


def test_three_headlines_closing_the_text_with_an_aged_one_are_warned() -> None:
    text = (
        f"{STORY_A}\n\n{STORY_B}\n\n{STORY_C}\n\nFormer lifeguard, 81, swims the bay every day of the year\n"
        "Harbour traders count cost of winter storms\nNew bus lane on Mill Road to be removed after two years"
    )
    assert warning_lines(text) == [7, 8, 9]


def test_a_list_of_people_led_in_by_a_colon_is_left() -> None:
    text = (
        f"{STORY_A}\n\nThe three skippers who spoke to the board were:\nQuay fisherman, 67, lands crab in the "
        "outer bay\nMary Kell, 54, runs the oyster beds at the point\nTom Reid, 41, fishes from the north "
        f"quay\n\n{STORY_C}"
    )
    assert warning_lines(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Our pick of the best beach cafes in Cornwall",
        "Our favourite Sunday walks by the estuary",
        "Our guide to summer festivals in the county",
    ],
)
def test_the_outlets_own_choice_in_our_is_a_headline(line: str) -> None:
    assert outlet_pick(line)


@pytest.mark.parametrize(
    "line",
    [
        "Our hearts were young along the harbour wall",  # a poem's "our"
        "Our pick of the shells we found on the beach",  # first person again: a blog's
        "Our favourite",  # too short
        "Our team of volunteers cleaned the beach on Sunday",  # no recommendation noun
    ],
)
def test_other_lines_in_our_are_no_headlines(line: str) -> None:
    assert not outlet_pick(line)


def test_a_section_name_over_an_our_pick_beside_a_plug_is_warned() -> None:
    text = (
        f"{STORY_A}\n\n{STORY_B}\n\n{PLUG}\n\nFood & Drink\nOur pick of the best beach cafes in Cornwall\n"
        "Six new bakeries to visit this summer"
    )
    assert warning_lines(text) == [5, 7, 8, 9]


def test_an_our_pick_pair_between_story_paragraphs_is_left() -> None:
    text = (
        f"{STORY_A}\n\nOur pick of the best beach cafes in Cornwall\nSix new bakeries to visit this summer"
        f"\n\n{STORY_C}"
    )
    assert warning_lines(text) == []


def test_subheads_of_a_feature_are_left() -> None:
    text = (
        f"{STORY_A}\n\nWhy the basin silted up\n\n{STORY_B}\n\nWhat the skippers want next\n\n{STORY_C}"
    )
    assert warning_lines(text) == []
