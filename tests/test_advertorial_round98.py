"""Advertorial round 98: scraped news pages (D98), on text written for these tests.

A review's own service line (the run told as a sentence, then the ticket prices and the
running time) stays a hint, while a listing that sells (a booking call, a saving, a code) is
still reported. A question subhead set apart from a "Related" list and tight on the paragraph
that answers it is not one of the list's headlines. A column's kicker with the writer's name
("COLUMN | Ana Ruiz") is the story's byline, not a read-more link. The site's menu of sections
with its account links is reported, and its share bar; a menu with none, a kicker line with a
date and a story naming the share tools are not.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import between, lint_advertorial, warning_lines

REVIEW = (
    "The cast is strong from the first scene, and the second act moves at a fine pace.\n\n"
    "Not everything works: the lawyer exists mainly to explain the plot, and the ending drags.\n\n"
)


def test_a_review_s_service_line_is_a_hint_not_a_warning() -> None:
    text = REVIEW + "Harbour Lights runs at the Quay Theatre until 14 June. Tickets £12-£38. Running time 2hr 10min.\n"
    found = [(d.line, d.rule, d.severity.value) for d in lint_advertorial(text)]
    assert found and all(rule == "advertorial/listing" for _, rule, _ in found)
    assert warning_lines(text) == []


def test_a_service_line_opening_on_until_is_a_hint() -> None:
    text = REVIEW + "Until 3 May. Tickets £10 to £25. Running time 90 minutes, no interval.\n"
    assert warning_lines(text) == []


@pytest.mark.parametrize(
    "listing",
    [
        # the same fields with a booking call or a saving in the paragraph: they sell
        "Harbour Lights runs at the Quay Theatre until 14 June. Tickets £12-£38, book now and save 20%. Running time 2hr 10min.",
        # laid out as fields from the first word: a venue's listing, not the review's sentence
        "Evenings 7.30pm, matinees 2pm (Closed on Mon & Tue). Running time: 2 hours 10 minutes.",
    ],
)
def test_a_listing_that_sells_or_is_laid_out_as_fields_is_reported(listing: str) -> None:
    assert warning_lines(REVIEW + listing + "\n") == [5]


EXPLAINER = (
    "A heat dome forms when high pressure parks over a region and traps warm air beneath it for days.\n\n"
    "RELATED\n"
    "Heatwave: How to keep a flat cool without air conditioning\n"
    "Live: Wildfires force evacuations on the coast\n\n"
    "{sub}\n"
    "Forecasters say such patterns have always occurred, but the air trapped under them is warmer than it was.\n"
)


def test_a_subhead_set_apart_from_a_related_list_is_not_its_headline() -> None:
    text = EXPLAINER.format(sub="Is a warmer climate to blame?")
    assert warning_lines(text) == [3, 4, 5]


def test_a_headline_spaced_like_the_list_is_still_the_list_s() -> None:
    # (no blank line between it and the list: one more headline of it)
    text = EXPLAINER.replace("coast\n\n{sub}", "coast\n{sub}\n").format(sub="Is a warmer climate to blame?")
    assert 6 in warning_lines(text)


def test_a_column_kicker_with_the_writer_s_name_is_no_read_more_link() -> None:
    text = (
        "Sending everyone back to the office will not fix what is broken\n"
        "COLUMN | Ana Ruiz\n"
        "Every January a senior manager stands at the front of a meeting and says the word culture four times.\n"
    )
    assert warning_lines(text) == []


def test_a_kicker_label_before_another_piece_s_headline_is_still_a_link() -> None:
    text = (
        "Every January a senior manager stands at the front of a meeting and says the word culture four times.\n"
        "COLUMN | Why the four-day week is here to stay\n"
        "This year it was the turn of a large insurer, which told its staff the change starts in March.\n"
    )
    assert warning_lines(text) == [2]


@pytest.mark.parametrize(
    "menu",
    [
        "Home | News | Sport | Travel | Puzzles | Subscribe | Sign in",
        "Home • World • Business • Culture • Log in • Register",
    ],
)
def test_the_site_s_menu_with_its_account_links_is_reported(menu: str) -> None:
    text = (
        "The last ferryman of the river\n"
        f"{menu}\n"
        "At a quarter to seven every morning the ferryman walks down the slipway and checks the weather.\n"
    )
    assert warning_lines(text) == [2]


@pytest.mark.parametrize(
    "line",
    [
        "Home | News | Sport | Travel | Puzzles",
        "Culture · Books | By Ana Ruiz | 3 May 2024",
        "Members voted to subscribe | the count was close",
    ],
)
def test_a_menu_without_account_links_or_a_kicker_line_is_left(line: str) -> None:
    text = (
        "The last ferryman of the river\n"
        f"{line}\n"
        "At a quarter to seven every morning the ferryman walks down the slipway and checks the weather.\n"
    )
    assert warning_lines(text) == []


@pytest.mark.parametrize(
    "bar",
    [
        "Share  |  Tweet  |  Email  |  Print  |  Save for later",
        "Share: Facebook | X | WhatsApp | Copy link",
    ],
)
def test_the_page_s_share_bar_is_reported(bar: str) -> None:
    assert warning_lines(between(bar)) == [2]


@pytest.mark.parametrize(
    "story",
    [
        "Print, email and share buttons were added to the site last year, the editor said.",
        "Facebook, X and WhatsApp were each fined by the regulator in March.",
    ],
)
def test_a_story_naming_the_share_tools_is_left(story: str) -> None:
    assert warning_lines(between(story)) == []
