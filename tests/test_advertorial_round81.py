"""Advertorial round 81: a fresh writer's copy (issue 15), on text written for these tests.

New members of known classes: a membership ask after a condition on the reader's taste ("If you
value guides like these, become a member ..."), a series credit on an explainer, guide or profile.
New look-alikes that are not advertorial: a public scheme whose name ends in "Discount", a
newsroom's note on its own story ("Editor's note: ... Our coverage is independent ..."), and a
review's service line (closing date, running time) above a booking plug.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import between, lint_advertorial, warning_lines, warnings_by_line

STORY = "The harbour board voted on Tuesday to delay the ferry terminal for another year, citing rising steel costs."
MIDDLE = "Engineers had warned that the old pier would need repairs before the winter storms arrive."
AFTER = "The board will meet again in March, when a revised budget for the terminal is due."


def paragraphs(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "Good reporting takes time. If you value guides like these, become a member from £4 a month.",
        "If you enjoyed this week's letters, consider subscribing to the Gazette.",
        "If you rely on our flood alerts, please support us with a gift today.",
    ],
)
def test_a_membership_ask_after_a_condition_on_the_reader_is_an_appeal(line: str) -> None:
    assert warnings_by_line(between(line)) == [(2, "advertorial/donation-appeal")]


@pytest.mark.parametrize(
    "line",
    [
        "If you value your privacy, switch off location tracking, the regulator said.",
        "If you enjoyed the first series, the second starts on the radio in May.",
        '"If you value the lifeboat, become a volunteer," the coxswain told the meeting.',
    ],
)
def test_advice_and_a_quoted_call_after_a_condition_are_not_appeals(line: str) -> None:
    assert warning_lines(between(line)) == []


@pytest.mark.parametrize("noun", ["explainer", "guide", "profile", "podcast"])
def test_a_series_credit_on_any_kind_of_piece_is_a_sponsor_marker(noun: str) -> None:
    line = f"This {noun} is part of our Coastal Futures series, supported by the Marram Trust. The trust has no editorial input."
    assert warnings_by_line(paragraphs(STORY, MIDDLE, line, AFTER)) == [(5, "advertorial/sponsored-marker")]


def test_a_piece_in_an_unsponsored_series_is_not_a_marker() -> None:
    line = "This explainer is part of our series on coastal erosion, which runs every Sunday."
    assert warning_lines(paragraphs(STORY, MIDDLE, line, AFTER)) == []


def test_a_public_scheme_named_discount_is_no_shopping_copy() -> None:
    line = "The Warm Homes Discount of £150 is paid automatically to most eligible households."
    found = lint_advertorial(paragraphs(STORY, MIDDLE, line, "Related: How to read your bill | Is a heat pump worth it?"))
    assert [d.line for d in found if d.rule == "advertorial/commerce-copy"] == []


def test_a_shop_s_discount_of_a_price_is_still_shopping_copy() -> None:
    found = lint_advertorial(between("A discount of £20 on every order this week, with free delivery."))
    assert [d.rule for d in found] == ["advertorial/commerce-copy"]


def test_an_editor_s_note_on_the_outlet_s_own_tie_is_not_an_insertion() -> None:
    note = (
        "Editor's note: The Harbour Gazette is a media partner of the ferry festival. "
        "Our festival coverage is independent of that arrangement."
    )
    assert warning_lines(paragraphs(STORY, MIDDLE, AFTER, note)) == []


def test_the_same_voice_without_the_note_s_label_is_still_an_insertion() -> None:
    plug = "The Harbour Gazette is on every newsstand. Our festival coverage starts in print on Friday."
    assert warning_lines(paragraphs(STORY, MIDDLE, AFTER, plug)) == [7]


def test_a_note_that_sells_is_still_reported_by_its_class() -> None:
    note = "Disclosure: we may earn a commission if you buy through the links on this page."
    assert warning_lines(paragraphs(STORY, MIDDLE, AFTER, note)) == [7]


REVIEW = (
    "The play opened on Tuesday to a full house, and the cast were called back four times.",
    "The design is a single room of pale wood that opens to the dark water behind it.",
)
BOOKING = "Tickets from £12. Book now at cornhall.example and save 10% with code CORN10."


def test_a_review_s_service_line_above_a_booking_plug_stays_a_hint() -> None:
    text = paragraphs(*REVIEW, "Until 3 May. Running time 90 minutes, no interval.", BOOKING)
    found = {d.line: d.severity for d in lint_advertorial(text)}
    assert found == {5: Severity.INFO, 7: Severity.WARNING}


def test_a_listing_s_lines_run_together_with_its_booking_line_are_one_plug() -> None:
    listing = "The Corn Hall, Kettleby\nEvenings 7.30pm, matinees 2pm\n" + BOOKING
    found = [d for d in lint_advertorial(paragraphs(*REVIEW, listing)) if d.severity.rank >= Severity.WARNING.rank]
    assert [(d.line, d.end_line) for d in found] == [(5, 7)]


def test_a_service_line_with_its_own_price_joins_the_plug() -> None:
    text = paragraphs(*REVIEW, "Until 3 May. Running time 90 minutes. Tickets £12-£30.", BOOKING)
    assert warning_lines(text) == [5, 7]
