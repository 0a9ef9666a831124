"""Advertorial round 94: insertions in news stories worded by new writers (D90, D91), on text
written for these tests.

Kinds: a link label in capitals with its headline and the story's next sentence glued on with no
stop; the outlet's own live coverage to follow; "<Outlet> is hiring:"; the outlet's own tool
("Use our ... calculator"); an article tool's label with its explanation; a series' funder and
the editorial-control note; a paywall's note and its call to subscribe; a republication licence
offered to the reader; a player's button in capitals closing a line; a comparison plug after a
question to the reader; a price to unlock the outlet's pieces. And a false alarm: a publisher's
price for access to its own sites, reported in the third person. Each with the look-alike a
story writes.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.shapes import glued_story
from tests.advertorial_lint import warning_lines, warnings_by_line

STORY = "Ferry crossings were cancelled on Tuesday after gusts of 90mph hit the coast, the operator said."
AFTER = "The operator said services would resume on Thursday if the wind dropped."


def lines(*parts: str) -> str:
    return "\n".join(parts) + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "READ ALSO: Island fares to rise again in spring as fuel costs climb The operator said it would add sailings.",
        "ALSO READ | Winter sailings table: Where every route stands after week 3 \"We have never seen a winter "
        "like it,\" the harbour master said.",
    ],
)
def test_a_capital_link_label_with_a_story_sentence_glued_on_is_reported(line: str) -> None:
    assert warning_lines(lines(STORY, line, AFTER)) == [2]


def test_a_headline_then_a_sentence_is_told_from_a_sentence_alone() -> None:
    assert glued_story("Fares to rise in spring as fuel costs climb The operator said it would add sailings.")
    # (a headline alone, or a stop inside what would be the headline, is not this shape)
    assert not glued_story("Fares to rise in spring as fuel costs climb")
    assert not glued_story("Fares rose. The operator said it would add sailings on the route.")


def test_a_kicker_in_title_case_before_a_sentence_stays_a_hint() -> None:
    line = "Live: The operator said it would run extra sailings to Harris and Lewis on Wednesday."
    assert warning_lines(lines(STORY, line, AFTER)) == []


def test_a_live_coverage_plug_is_reported_though_it_shares_the_story_s_words() -> None:
    line = "LIVE: Follow our rolling coverage of the gales and the ferry cancellations here."
    assert warnings_by_line(lines(STORY, line, AFTER)) == [(2, "advertorial/newsletter-plug")]


def test_a_reader_who_followed_the_coverage_is_the_story_s() -> None:
    line = "Readers who followed our coverage of the ferry dispute wrote in by the hundred."
    assert warning_lines(lines(STORY, line, AFTER)) == []


def test_an_outlet_hiring_by_name_is_its_own_plug() -> None:
    line = "The Kettleby Echo is hiring: we're looking for a court reporter. Details on our careers page."
    assert warnings_by_line(lines(STORY, line, AFTER)) == [(2, "advertorial/outlet-plug")]


def test_a_firm_hiring_in_the_third_person_is_the_story_s() -> None:
    line = "The shipyard is hiring: it wants 200 welders by the spring, the union said."
    assert warning_lines(lines(STORY, line, AFTER)) == []


def test_the_outlet_s_tool_offered_to_the_reader_is_a_plug() -> None:
    line = "Use our flood map to check whether your street is at risk, and get alerts for your postcode."
    assert warning_lines(lines(STORY, line, AFTER)) == [2]


def test_advice_to_use_a_tool_of_one_s_own_is_the_story_s() -> None:
    line = "Use a sharp knife to cut the mooring line, the coastguard advises."
    assert warning_lines(lines(STORY, line, AFTER)) == []


def test_an_article_tool_with_its_explanation_is_a_notice() -> None:
    line = "Gift this article: subscribers can share up to five stories a month with anyone."
    assert warning_lines(lines(STORY, line, AFTER)) == [2]


def test_a_series_funder_and_the_editorial_control_note_are_a_sponsor_s_credit() -> None:
    line = (
        "This report is part of Coastlines, a series on island life funded by the Marram Trust. "
        "The Gazette keeps full editorial control."
    )
    assert warnings_by_line(lines(STORY, line, AFTER)) == [(2, "advertorial/sponsored-marker")]


def test_a_board_saying_the_paper_keeps_control_is_the_story_s() -> None:
    line = "The trust's chair said the paper retains full editorial control over the series."
    assert warning_lines(lines(STORY, line, AFTER)) == []


def test_a_paywall_note_and_its_call_to_subscribe_are_a_notice() -> None:
    line = "This story is free to read. To access our full archive and weekly data briefings, subscribe to Gazette Plus."
    assert warnings_by_line(lines(STORY, line, AFTER)) == [(2, "advertorial/site-notice")]


def test_a_publisher_s_price_for_its_own_sites_is_reported_business() -> None:
    line = (
        "The group, which owns four local titles, charges £6 a month for unlimited access to all of its "
        "sites, with a first-month offer of £1."
    )
    assert warning_lines(lines(STORY, line, AFTER)) == []


def test_a_republication_licence_offered_to_the_reader_is_syndication() -> None:
    line = "Republish our stories for free, online or in print, under a Creative Commons licence."
    assert warnings_by_line(lines(STORY, line, AFTER)) == [(2, "advertorial/syndication")]


def test_a_player_button_closing_a_sentence_s_line_is_a_plug() -> None:
    line = "The ferry is named after a fisherman who drowned in 1953. WATCH THE VIDEO"
    assert warning_lines(lines(STORY, line, AFTER)) == [2]


def test_a_capital_phrase_inside_the_story_is_left_alone() -> None:
    line = "The crew painted a warning on the hull. WATCH THIS SPACE, the skipper joked to reporters."
    assert warning_lines(lines(STORY, line, AFTER)) == []


def test_a_comparison_plug_after_a_question_to_the_reader_is_a_call() -> None:
    line = "Planning a trip to the islands? Compare ferry deals from every operator in a minute."
    assert warning_lines(lines(STORY, line, AFTER)) == [2]


def test_a_comparison_the_story_makes_is_left_alone() -> None:
    line = "Why do fares differ so much? The operators blame fuel, and compared prices rose 12 per cent."
    assert warning_lines(lines(STORY, line, AFTER)) == []


def test_a_price_to_unlock_the_outlet_s_pieces_is_an_appeal() -> None:
    line = "Ferries stop at noon on Sundays. Want more guides like this? Unlock every Gazette guide from £1 a week."
    assert warning_lines(lines(STORY, "", line, "", AFTER)) == [3]


def test_an_update_that_unlocks_features_is_the_story_s() -> None:
    line = "The update will unlock more features for owners from next month, the carmaker said."
    assert warning_lines(lines(STORY, line, AFTER)) == []
