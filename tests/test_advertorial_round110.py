"""Advertorial round 110: a station's and a newsroom's own channels, and furniture in other words.

Class members the earlier rules did not read: a station plugging itself by its own name ("Stay
with WXYZ for live updates", "Listen to WPRN on 91.3 FM or stream us live at ..."), the reader's
own ticket before the stock runs out ("get yours ... before they sell out"), a section kicker's
sponsor credit ("Sport | In association with ..."), an outlet's "READER OFFER:" label, a
newsletter's scheduled arrival "in your inbox before breakfast", and a purpose clause's
imperative to give ("To help ..., donate to ..."). False alarms taken out: a blogger's
hindsight label before an imperative ("Things I'd do differently: get a ...") and a sponsored
page's paragraph that reports what its customers "say".
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import lint_advertorial, rules_on_line_3, warning_lines


@pytest.mark.parametrize(
    "snippet",
    [
        "Crews worked through the night. Stay with WXYZ for live updates on the storm.",
        "Stay with Radio North for the latest coverage of the flood.",
        "Listen to WPRN on 91.3 FM or stream us live at wprn.example.",
        "Tickets go on sale Monday - get yours at fest.example before they sell out.",
        "Sport | In association with Harbour Building Society",
        "COURIER READER OFFER: half-price entry to the Harbour Show, 3 May. Claim online.",
        "Morning Note: the day's five stories, in your inbox before breakfast. Free, every weekday.",
        "To help families hit by the storm, donate to our partner charity's appeal today.",
    ],
)
def test_the_outlets_own_channels_and_offers_are_warned(snippet: str) -> None:
    assert rules_on_line_3(snippet) != []


@pytest.mark.parametrize(
    "snippet",
    [
        "The band said tickets sold out within an hour of going on sale.",
        "To help families hit by the storm, the council will donate 5,000 pounds.",
        "Residents who stayed with relatives for two weeks returned on Monday.",
        "Officers found the message in your inbox, the detective told the jury.",
        "The station listened to its listeners and moved the show to the evening.",
    ],
)
def test_story_look_alikes_are_left_alone(snippet: str) -> None:
    assert rules_on_line_3(snippet) == []


def test_the_station_plug_is_a_warning() -> None:
    found = [d for d in lint_advertorial("Stay with WXYZ for live updates.\n")]
    assert [d.severity.name.lower() for d in found] == ["warning"]


def test_a_bloggers_hindsight_label_is_not_a_call_to_action() -> None:
    text = (
        "I bought the desk in March and have used it every day since.\n\n"
        "Things I'd do differently: get a foot rest from the start, and my back thanks me.\n\n"
        "It was worth the money.\n"
    )
    assert warning_lines(text) == []


def test_the_same_imperative_without_the_hindsight_label_is_still_a_call() -> None:
    text = (
        "I bought the desk in March and have used it every day since.\n\n"
        "Next step: get my free checklist here.\n\n"
        "It was worth the money.\n"
    )
    assert warning_lines(text) == [3]


SPONSORED = (
    "SPONSORED | Paid for by Northwind Heating\n\n"
    "{para}\n\n"
    "This content was produced on behalf of Northwind Heating.\n"
)


def test_a_sponsored_paragraph_reporting_what_customers_say_is_left() -> None:
    para = "Their heating bills topped 300 pounds a month. Since fitting a Northwind pump, they say they pay about half that."
    found = [d for d in lint_advertorial(SPONSORED.format(para=para)) if d.rule == "advertorial/sponsor-copy"]
    assert found == []


def test_the_sponsors_offer_is_still_its_copy() -> None:
    para = "Northwind pumps cut your bills by up to 40% and come with a free service plan."
    found = [d for d in lint_advertorial(SPONSORED.format(para=para)) if d.rule == "advertorial/sponsor-copy"]
    assert len(found) == 1
