"""Advertorial round 97: a fourth writer's crawl pages (D93), on text written for these tests.

Precision first: a festival's or a club's programme (a label, then names side by side: "Main
Stage: A · B · C", or one name in a slot with its clock time) and a product card's fields side by
side ("Pros: ... · Cons: ...") are the page's own listing, not a list of links; an e-mail address
given for a practical errand ("Email access@... to arrange a carer ticket") is no tip line; a
collective named by its members ("our team of volunteers") is not the outlet's staff. Then class
members in other words: a sponsor's credit in the present ("The Barn is brought to you by X"), a
pin prompt for any kind of page, an alerts button with its sender's name, a beta programme's
call, a booking site's button, a pre-order told to the reader. Each with its look-alike.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.shared.headlines import roster_line
from tests.advertorial_lint import warning_lines

STORY = "The council approved the budget on Tuesday after a long debate that ran past midnight in the chamber."
AFTER = "The vote was seven to two, the clerk said, and the budget takes effect in April across the borough."


def lines(*parts: str) -> str:
    return "\n".join(parts) + "\n"


PROGRAMME = lines(
    "Riverside Jazz Weekend: full programme",
    "Sat 14 – Sun 15 June · Quayside Park, Dunmore",
    "",
    "Two days of music by the water, with free entry to the park stage and ticketed evening concerts in the hall.",
    "",
    "SATURDAY",
    "Park Stage: Ada Mensah Trio · The Low Tide Quartet · Brass Lantern",
    "Corn Hall (8pm): Nina Calloway & The Night Owls",
    "Late Bar: Sam Iredale Duo",
    "",
    "SUNDAY",
    "Park Stage: Dunmore Youth Big Band · Ruth Okafor Sextet · Pip & the Pylons",
    "Corn Hall (7pm): The Harbour Strings",
    "Orchard Tent: Kettle Drum Collective · Morag Bell · The Slow Boats",
    "",
    "Food stalls open from noon on both days, with vegetarian and vegan options near the main gate.",
)


def test_a_programme_s_lines_of_names_are_the_page_s_own_listing() -> None:
    assert warning_lines(PROGRAMME) == []


def test_a_run_of_related_headlines_is_still_reported() -> None:
    text = lines(
        STORY,
        "Harbour Board Delays Vote on Ferry Terminal",
        "Judge Halts Work on the New Marina",
        "Teenage Sailor Sets Record for Solo Crossing to the Islands",
        AFTER,
    )
    assert warning_lines(text) == [2, 3, 4]


@pytest.mark.parametrize(
    ("line", "roster"),
    [
        ("Main Stage: The Halyards · Mira Okon · Saltmarsh Choir", True),
        ("The Barn: DJ Fennel · Low Sound System (till 2am)", True),
        ("Corn Hall (8pm): The Harbour Strings", True),
        ("7.30pm: Ruth Okafor Sextet", True),
        # (one name and no clock time: a "Label: Headline" link keeps its shape)
        ("Analysis: Harbour Plans", False),
        # (a headline says something of its names)
        ("Related: Council approves budget · Mayor quits after vote", False),
    ],
)
def test_a_roster_line_is_a_label_and_names_only(line: str, roster: bool) -> None:
    assert roster_line(line) is roster


def test_a_product_card_s_fields_side_by_side_are_no_headline() -> None:
    text = lines(
        "Our reviewers tested 24 laptops this year, and these are the ones worth buying for most people.",
        "1. Vanta Air 14",
        "Best overall",
        "The Air 14 is light, quiet and lasted 15 hours in our battery test, the longest of any we tried.",
        "Pros: battery life, keyboard · Cons: only two ports",
        "2. Pell Book Pro",
        "Best for creative work",
        "A bright, colour-accurate screen and a fast processor make it a strong choice for photo editing.",
    )
    assert warning_lines(text) == []


def test_an_address_for_a_practical_errand_is_no_tip_line() -> None:
    errand = "Accessibility: there is a viewing platform. Email access@fest.example before 30 June to arrange a carer ticket."
    assert warning_lines(lines(STORY, errand, AFTER)) == []


@pytest.mark.parametrize(
    "tip",
    [
        "Got pictures of the storm? Email news@harbourgazette.example today.",
        "Email news@harbourgazette.example to share your pictures of the storm.",
    ],
)
def test_an_address_for_the_reader_s_tips_is_still_reported(tip: str) -> None:
    assert warning_lines(lines(STORY, tip, AFTER)) == [2]


def test_a_collective_named_by_its_members_is_not_the_outlet_s_staff() -> None:
    text = lines(
        "The parish hall reopened on Saturday after a year of repairs to its roof and heating system.",
        "Little Lambs toddler group has moved to Wednesday mornings. Our lovely team of volunteers would love to welcome new families.",
        "The hall committee said bookings for the winter were already up on last year.",
    )
    assert warning_lines(text) == []


@pytest.mark.parametrize(
    "plug",
    [
        "The Barn stage is brought to you by Hopstone Brewery — try their pale ale at every bar on site.",
        "📌 Pin this itinerary for later!",
        "Sign up for Volt & Vine press alerts",
        "Want new features first? Join the Tally beta on TestFlight: tally.example/beta",
        "👉 Check prices and availability on Booking.com",
        "Pre-order the Sea Glass edition today — only 5,000 will ever be made.",
        "Rewards members get double points on compost this month. Not signed up? It's free — ask at any till.",
    ],
)
def test_class_members_in_other_words_are_reported(plug: str) -> None:
    assert warning_lines(lines(STORY, plug, AFTER)) == [2]


@pytest.mark.parametrize(
    "story",
    [
        "The festival was sponsored by Hopstone Brewery, the organisers said.",
        "Residents can sign up for council flood alerts on the website, the clerk said.",
        "More than 2,000 people joined the beta in its first week, the company said.",
        "Drivers should check prices at the pump before filling up, the motoring group said.",
        "Pre-order numbers for the phone were strong, the company said on Monday.",
        "She said she would pin the notice to the church door for later in the week.",
        "Not registered? Voters have until Friday to get on the roll, the electoral office said.",
    ],
)
def test_the_look_alike_a_story_writes_is_left(story: str) -> None:
    assert warning_lines(lines(STORY, story, AFTER)) == []


def test_a_programme_s_timed_slots_in_one_paragraph_are_no_list_of_links() -> None:
    text = lines(
        "The line-up for the tenth year is here, with thirty acts on three stages over the weekend.",
        "",
        "Friday 1 August",
        "7pm – The Copper Kettles",
        "8.30pm – Annie Lyle and the Tidewalkers",
        "10pm – Saltwater Brass Band",
        "",
        "Tickets are £95 for the weekend, or £40 a day, and children under 12 go free with an adult.",
    )
    assert warning_lines(text) == []


def test_wrapped_related_headlines_are_still_reported() -> None:
    text = lines(
        "The line-up for the tenth year is here, with thirty acts on three stages over the weekend.",
        "",
        "Harbour Board Delays Vote on Ferry Terminal",
        "Judge Halts Work on the New Marina",
        "Teenage Sailor Sets Record for Solo Crossing to the Islands",
        "",
        "Tickets are £95 for the weekend, or £40 a day, and children under 12 go free with an adult.",
    )
    assert warning_lines(text) == [3]


def test_a_calendar_of_coming_events_under_its_label_is_the_page_s_own() -> None:
    text = lines(
        "Welcome back to all our families, and a special welcome to the children joining Reception.",
        "Key dates",
        "Monday 8 September: term starts",
        "Friday 24 October: training day, school closed",
        "Thursday 18 December: Christmas concert in the hall",
        "The school office said the new lunch menu would start after half term.",
    )
    assert warning_lines(text) == []


def test_a_timeline_of_earlier_stories_under_its_label_is_still_reported() -> None:
    text = lines(
        STORY,
        "Key dates",
        "3 November 2023: Harbour Board Delays Vote on Ferry Terminal",
        "9 January 2024: Judge Halts Work on Ferry Terminal",
        AFTER,
    )
    assert 3 in warning_lines(text)
