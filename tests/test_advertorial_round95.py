"""Advertorial round 95: seller pages' own promotion (D92), on text written for these tests.

Class members in other words: the seller's offer of its own goods with a price, "enquire now"
after a scarcity line's dash, a demo booked at a web address, a newsletter's lines to a reader
it was forwarded to and its referral reward, a station's listen-live bar, a tip line's question
with its channel, a pull-quote with a rating's stars, a couple's signed testimonial, a teaser
closed by a link's arrow. A weekday's short form ("Sat 5 Oct") is no past-tense narration. A
subhead and its paragraph between two plugs open the page's next section. Each with the
look-alike a story writes.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import warning_lines, warnings_by_line

STORY = "The shop on Quay Street reopened on Monday after three months of repairs to its roof."
AFTER = "The council said the street would stay open to traffic throughout the works."


def lines(*parts: str) -> str:
    return "\n".join(parts) + "\n"


@pytest.mark.parametrize(
    "plug",
    [
        "Tip: Grab our Garden Starter Kit 5-piece, just £12.99, while the spring range lasts.",
        "🌱 New to growing? Pick up our Seed Tin (twelve packets, a trowel and labels) for £24.",
        "💐 Few June dates left this year — enquire now to avoid disappointment!",
        "Spring dates are going fast. Enquire today for our prices.",
        "To see the tool at work, book a personalised demo at ledgerly.example/demo.",
        "If someone forwarded this to you, subscribe free here and get it every Friday.",
        "Share The Tuesday Note with a friend and earn a month of Plus for every two sign-ups.",
        "🎧 LISTEN LIVE | Valley Radio 101.2 — Drive with Sam",
        "📲 Got a story? WhatsApp the Valley Radio newsdesk on 07700 900123.",
        '★★★★★ "Warm, sharp and very funny" — The Northern Stage Review',
        '"The day was perfect from start to finish, and the staff could not do enough for us." — Priya & Tom, married May 2024',
        "Match report: how every Rovers player rated at Kettleby →",
    ],
)
def test_a_seller_s_or_outlet_s_own_line_is_reported(plug: str) -> None:
    assert warning_lines(lines(STORY, plug, AFTER)) == [2]


@pytest.mark.parametrize(
    "story",
    [
        "Shoppers picked up the council's free compost bins, which usually cost £12, on Saturday.",
        "The owner said customers could pick up a starter kit for £24 at the counter.",
        "Residents were urged to enquire at the library about the new bus passes.",
        "The firm said it had demonstrated the software to three banks this year.",
        "Readers who forwarded the newsletter to friends were thanked at the annual meeting.",
        "The station's listeners raised £4,000 for the lifeboat crew in a single morning.",
        "Police said they had a story from a witness that they were still checking.",
        "★★★★☆",
        '"It was the worst flood I have seen," said Priya Shah, who has lived on the street for 30 years.',
        "Ratings for the show fell sharply after the first episode, the broadcaster said.",
    ],
)
def test_the_look_alike_a_story_writes_is_left(story: str) -> None:
    assert warning_lines(lines(STORY, story, AFTER)) == []


def test_a_weekday_s_short_form_is_no_narration() -> None:
    offer = "OPENING WEEKEND, Sat 5 & Sun 6 Oct: 20% off all garden tools with code QUAY20."
    assert warnings_by_line(lines(STORY, offer, AFTER)) == [(2, "advertorial/commerce-cta")]


def test_sat_as_a_verb_is_still_narration_beside_a_plug() -> None:
    # (the past tense is the story's: the sentence about the jury is never swallowed)
    text = lines(STORY, "The jury sat for six hours before it returned its verdict.", AFTER)
    assert warning_lines(text) == []


def test_a_subhead_and_its_paragraph_between_two_plugs_are_the_page_s_next_section() -> None:
    text = lines(
        "The barn seats 120 guests and opens for weddings from April to October.",
        "Come and see the barn for yourself at one of our Open Days — Sunday 4 May, 11am–3pm. No need to book: meet our caterers and tour the grounds.",
        "Busy on the open day? Book a private visit by phoning Anna on 01632 960 555, or email visits@orchardbarn.example today!",
        "Finding us",
        "The barn is ten minutes from the station and an hour from the city by road. There's parking for 40 cars and we can suggest local taxi firms.",
        "Follow our real weddings on Instagram @orchardbarn and find us on Facebook.",
    )
    assert warning_lines(text) == [3, 6]
