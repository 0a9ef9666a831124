"""Round 130 (advert130): furniture that issue 15's classes missed, widened as classes.

- a readers' offer redeemed with a code after a spaced hyphen or en dash, the dash a plain-text
  writer types ("... family ticket - quote FAIRDAY5 when booking");
- a box's title naming a section or show between the modifier and a kind of piece ("Other garden
  guides", "More TV recaps"), over the headlines it lists;
- a person's age between commas as a headline's apposition ("Retired nurse, 71, ..."), no list;
- two related headlines beside the page's furniture (a plug reported on its own), whatever their
  topic, and a section's name over them ("Home & Garden");
- a sponsor's kicker with its subject and verb left out ("Part of our ... series, supported by X");
- a piece syndicated or licensed to partner, client or affiliate outlets.

Sentences written for this round; the positive cases are silent (or hinted) on main 80349fac.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.shared.headlines import headline_like
from tests.advertorial_lint import FLOOD_A as STORY_A
from tests.advertorial_lint import FLOOD_B as STORY_B
from tests.advertorial_lint import FLOOD_C as STORY_C
from tests.advertorial_lint import between, warning_lines

PLUG = "For every update on the floods, follow us on Facebook and Instagram and turn on notifications."


@pytest.mark.parametrize(
    "snippet",
    [
        "Our readers get a free programme with every seat at the Lantern Theatre - mention code LANTERN7 when ordering.",
        "Readers get a free dessert at the Quay Kitchen – show this page at the counter to claim it.",
        "This report is syndicated to member newspapers across the region through the Newsline service.",
        "Our stories are licensed to partner websites every morning.",
    ],
)
def test_a_fresh_insertion_of_a_widened_class_is_warned(snippet: str) -> None:
    assert warning_lines(between(snippet)) == [2]


def test_a_sponsors_kicker_without_its_verb_is_warned() -> None:
    text = f"Inside the boatyard that still builds wooden ferries\n\nPart of our Coastal Trades series, supported by Northgate Bank\n\n{STORY_A}"
    assert warning_lines(text) == [3]


@pytest.mark.parametrize(
    "snippet",
    [
        # a police appeal's reference, a council's page, a fronted phrase of the story
        "Anyone with information should call 101 - quote reference 4471 of 3 May.",
        "The council told residents to visit its Planning Portal page for the plans.",
        "Part of a project funded by the lottery, the new riverside path opens on Monday.",
        "Part of the money came from a fund supported by the water company.",
        # syndication reported
        "The column was syndicated to partner newspapers in forty states, his family said.",
        # an event listing with its price and time, opening hours
        "Harbour Museum, Quay Street. Open Tuesday to Sunday, 10am to 5pm. Free entry.",
    ],
)
def test_reporting_appeals_and_listings_are_left(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []


def test_a_section_or_show_named_in_a_box_title_lists_its_headlines() -> None:
    text = (
        f"{STORY_A}\n\n{STORY_C}\n\nOther garden guides\n"
        "How to keep slugs off your hostas this summer\nTen shrubs that survive a dry spell in August"
    )
    assert warning_lines(text) == [5, 6, 7]


def test_a_box_title_over_a_paragraph_is_only_a_hint() -> None:
    text = f"{STORY_A}\n\nOther council reviews\n\n{STORY_C}"
    assert warning_lines(text) == []


def test_an_age_between_commas_is_a_headlines_apposition() -> None:
    assert headline_like("Retired nurse, 71, runs her hundredth marathon after hip operation", strict=False)
    assert not headline_like("Bread, milk, eggs and butter", strict=False)


def test_a_related_pair_with_an_age_apposition_is_warned() -> None:
    text = (
        f"{STORY_A}\n\nRetired Nurse, 71, Runs Her Hundredth Marathon After Hip Operation\n"
        f"Bakery on the Quay Closes After Eighty Years\n\n{STORY_C}"
    )
    assert warning_lines(text) == [3, 4]


def test_two_related_headlines_beside_a_plug_are_the_pages() -> None:
    # on the story's own topic (a related box lists stories on its subject), before a plug
    text = (
        f"{STORY_A}\n\n{STORY_B}\n\nFlood barriers to be raised again next winter after council vote\n"
        f"Town hall steps reopen to the public after clean-up\n\n{PLUG}"
    )
    assert warning_lines(text) == [5, 6, 8]


def test_a_section_name_over_two_headlines_beside_a_plug() -> None:
    text = (
        f"{STORY_A}\n\n{STORY_B}\n\n{PLUG}\n\nHome & Garden\nFive easy ways to keep your cellar dry this winter\n"
        "Gardeners turn to willows to hold river banks in place"
    )
    assert warning_lines(text) == [5, 7, 8, 9]


def test_two_headlines_on_the_story_topic_between_paragraphs_are_left() -> None:
    # no furniture beside them: a related pair must be off the story's topic (round 123)
    text = (
        f"{STORY_A}\n\n{STORY_B}\n\nFlood barriers to be raised again next winter after council vote\n"
        f"Town hall steps reopen to the public after clean-up\n\n{STORY_C}"
    )
    assert warning_lines(text) == []


def test_a_section_name_over_two_headlines_without_furniture_is_left() -> None:
    text = (
        f"{STORY_A}\n\n{STORY_B}\n\nHome & Garden\nFive easy ways to keep your cellar dry this winter\n"
        f"Gardeners turn to willows to hold river banks in place\n\n{STORY_C}"
    )
    assert 7 not in warning_lines(text)



def test_two_headlines_beside_a_plug_inside_the_story_are_left() -> None:
    # the plug between two paragraphs of the story does not make the lines beside it links
    text = (
        f"{STORY_A}\n\nFlood barriers to be raised again next winter after council vote\n"
        f"Town hall steps reopen to the public after clean-up\n\n{PLUG}\n\n{STORY_C}"
    )
    assert warning_lines(text) == [6]
