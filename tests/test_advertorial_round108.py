"""Advertorial round 108: organisations' own pages, on text written for these tests.

Three classes a business's, a club's or a parish's page carries and a story does not, each with
its look-alike: a customer's testimonial on its own line (a quotation praising a service, signed
after a dash by a customer, "member since" or a place) against a story's quoted resident, a
critic's pull-quote and a letter's signature; the organisation's own event as a listing line
(a label, a weekday's date and hours from and to, parted by dots or pipes) against a byline's
date, a match's kick-off and a court list; and a business's self-description without an "About"
label (part of a group and family-owned since a year, an independent or award-winning trade
established in a year or "for over 30 years") against a story's attributed background.
"""

from __future__ import annotations

import time

import pytest

from tests.advertorial_lint import BUDGET_STORY, around, lint_advertorial, rules_on_line_3, warnings_by_line


@pytest.mark.parametrize(
    "testimonial",
    [
        '💪 "Friendliest pool in town, hands down. The instructors know your name." — Priya S., member since 2019',
        "“Pell & Rowe let our flat in a week. Nothing was too much trouble.” — Mr and Mrs Adeyemi, Mill Lane",
        '"Month end used to take days. Quillbook has honestly changed how our office works." - Dana Price, director, Leeds',
        '"Lovely people and fantastic service from the first call to the last." – Tom W., customer since 2016',
    ],
)
def test_a_customer_testimonial_signed_after_a_dash(testimonial: str) -> None:
    assert rules_on_line_3(testimonial) == ["advertorial/page-copy"]


@pytest.mark.parametrize(
    "quote",
    [
        '"We lost everything, but the fire crews were brilliant." — Jane Hollis, a resident, said on Monday.',
        '"A triumph of staging, highly recommended" — The Evening Stage',
        '"The best night in town for years," said Jane Hollis, who runs the bar.',
        "Yours sincerely, Jane Hollis, Mill Lane",
        '"We want the pier open by May." — Councillor Ann Kerr, leader of the council',
    ],
)
def test_look_alikes_of_a_testimonial_are_not_warned(quote: str) -> None:
    assert warnings_by_line(around(quote)) == []


@pytest.mark.parametrize(
    "listing",
    [
        "Open evening · Thursday 14 November · 6pm–8pm",
        "Summer Fete · Sunday 6 July · 11am-4pm · Village Green",
        "Carol concert | Friday 12 December | 7 to 9pm | St Mary's Church",
    ],
)
def test_an_organisations_event_listing_line(listing: str) -> None:
    assert rules_on_line_3(listing) == ["advertorial/page-copy"]


@pytest.mark.parametrize(
    "line",
    [
        "By Ann Kerr · Saturday 19 October · 10:32am",
        "Posted by Harbour Books · Monday 3 March 2025 · 9am",
        "Rovers 2 United 1 · Saturday 19 October · 3pm",
        "Magistrates' Court · Monday 4 March · 10am",
    ],
)
def test_look_alikes_of_an_event_listing_are_not_warned(line: str) -> None:
    assert warnings_by_line(around(line)) == []


@pytest.mark.parametrize(
    "description",
    [
        "Thornfield Homes is an award-winning housebuilder delivering family homes across the Midlands for over 25 years.",
        "Pell & Rowe is an independent, family-run estate agency established in 1992, with offices in Kelby and Marton.",
        "Kelby Cars is part of the Marton Motor Group, family-owned since 1964 and proud to serve the Dales.",
    ],
)
def test_a_business_self_description_without_its_label(description: str) -> None:
    """Inside a story it is a hint; at the foot of the business's own page, after its call, a warning."""
    assert any(d.rule == "advertorial/company-boilerplate" for d in lint_advertorial(around(description)))
    page = "Visit our showroom, open daily, or call the sales team on 01632 960 000.\n" + description + "\n"
    assert "advertorial/company-boilerplate" in [rule for line, rule in warnings_by_line(page) if line == 2]


@pytest.mark.parametrize(
    "report",
    [
        "Pell & Rowe is an independent estate agency established in 1992, its director said.",
        "The bakery, family-run since 1952, closed on Friday after its owners retired.",
        "Kelby Cars, part of the Marton Motor Group, made a loss of £2m last year, its accounts show.",
    ],
)
def test_a_storys_background_on_a_company_is_not_warned(report: str) -> None:
    assert warnings_by_line(around(report)) == []


def test_the_new_line_shapes_are_linear_on_many_lines() -> None:
    """Every new shape starts at a line's start and reads a bounded window: many lines cost linear time."""

    def timed(repeats: int) -> float:
        line = '"Best cafe in town and fantastic service" — Ann B, member of the · Saturday 3 May · 9am-'
        text = BUDGET_STORY + "\n\n" + (line + "\n") * repeats
        start = time.perf_counter()
        lint_advertorial(text)
        return time.perf_counter() - start

    small, large = timed(200), timed(1600)
    assert large < max(small, 0.05) * 8 * 3


@pytest.mark.parametrize(
    "pitch",
    [
        "Our growers know every bed in the nursery. Pop in and ask any of our team for planting ideas.",
        "Our local experts know every street in Kelby, and we'd love to help you find the right home.",
        "Drop by and chat to our baristas about this month's beans.",
    ],
)
def test_the_sellers_call_to_its_staff_and_its_offer_of_help(pitch: str) -> None:
    assert rules_on_line_3(pitch) == ["advertorial/business-pitch"]


@pytest.mark.parametrize(
    "report",
    [
        "Residents can drop in and speak to council staff at the library on Friday.",
        '"We\'d love to help you find a home," the agent said.',
        "We'd love to help you, the charity told families, but the fund is empty, its director said.",
    ],
)
def test_look_alikes_of_the_sellers_call_are_not_warned(report: str) -> None:
    assert warnings_by_line(around(report)) == []


def test_an_agents_note_on_a_listing() -> None:
    note = 'Agent\'s note from Ruth Marr, Director: "A rare chance to buy on this lane. Call me to view."'
    assert rules_on_line_3(note) == ["advertorial/page-copy"]
    assert (
        warnings_by_line(around("The agent's note, seen by the Gazette, valued the house at £400,000.")) == []
    )


def test_a_press_offices_note_to_journalists_is_not_warned() -> None:
    """A public body's line sending journalists to its communications team is no plug aimed at readers."""
    line = "Media enquiries should be directed to the communications team on 01632 960 000."
    assert warnings_by_line(around(line)) == []
    release = around("Media enquiries: Jo Lee, 01632 960 000")
    assert any(d.rule == "advertorial/company-boilerplate" for d in lint_advertorial(release))
