"""Advertorial insertions of round 39, by function and shape, on sentences written for these
tests (not taken from any corpus or page).

Round 39 read two fresh sets of article bodies as an extraction tool leaves them and added: a
sponsor's credit on a column, or set off by a comma after the outlet's own work ("... coverage,
brought to you by X"); a bracketed link label in title case ("(Also Read: ...)"), and one that
opens its line with a spaced hyphen ("Also Read - ..."); a headline's reporting verb in title
case ("Board Says ...") no longer makes a link line a report; "For more <news>, subscribe to
..."; a retailer's price line ("<Product>: £89 at <Shop>") at any line's end; "Trending now:"
before a headline; "From our partners"; "Want to advertise? Email ...". And what is not
advertorial: a picture's caption or credit after a "Photo:" label (even beside a list of links),
a page's topic tags (a hint at most), and an editor's note of why a claim was checked, which
narrates in the past ("Why we fact-checked this: the post was ...").
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import AFTER, STORY, lint_advertorial, warned_words, warning_lines
from tests.advertorial_lint import between as _between

# -- positives: one inserted line between two story lines, reported on that line alone -------------

POSITIVES = {
    "column-sponsor": "This column is brought to you by Quayside Hardware, your shop for rope and paint.",
    "coverage-comma-sponsor": "This article is part of the Gazette's Swim Week coverage, brought to you by Northwind Bank.",
    "series-comma-sponsor": "Our Towns series, brought to you by Harbour Building Society.",
    "bracketed-title-case": "(Also Read: Leisure Centre Hours: Council Says Changes Are Final)",
    "bracketed-read-more": "(Read More: Swimming Club Says It Will Move To Marlow)",
    "hyphen-label": "Also Read - Leisure centre to extend opening hours in summer",
    "for-more-subscribe": "For more council news and live meeting notes, subscribe to Gazette Local Pro.",
    "trending-now": "Trending now: Baker raises £5,000 for the town's lido",
    "partners-widget": "From our partners",
    "advertise-question": "Want to advertise? Email sales@gazette.example",
}


@pytest.mark.parametrize("kind", sorted(POSITIVES))
def test_round39_insertions_are_reported(kind):
    assert warning_lines(_between(POSITIVES[kind])) == [2]


def test_price_lines_under_a_review_are_reported_each():
    text = (
        f"{STORY}\nKestrel Buds 2: £89 at Argos\nKestrel Buds 2: £95 at Amazon\n"
        f"Kestrel Buds 2: £99 at John Lewis\n{AFTER}\n"
    )
    assert warning_lines(text) == [2, 3, 4]


def test_a_sponsor_credit_glued_to_the_story_keeps_the_story_out():
    text = f"{STORY}\nFor more council news, subscribe to Gazette Local Pro — 30-day free trial.The pool shut in May.\n{AFTER}\n"
    words = " ".join(w for _, w in warned_words(text.splitlines()[1] + "\n"))
    assert "subscribe to Gazette Local Pro" in words
    assert "The pool shut in May" not in words


# -- not advertorial ------------------------------------------------------------------------------

CAPTIONS = [
    "Photo: Swimmers at the pool in 2019, before the roof was repaired. / Supplied",
    "Photo: Council engineers inspect the cracked roof on Monday. (Tom Reyes)",
    "Photo: Ana Ruiz / Gazette",
    "Pictures: The pool's last swimmers leave the water on Sunday evening.",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_beside_a_list_of_links_is_left_alone(caption):
    # the "Read more:" list after it is reported; the caption is the story's furniture
    text = (
        f"{STORY}\n{caption}\nRead more:\n* Lido campaign hands in petition to council\n"
        f"* Leisure centre plans approved after long debate\n* Town baker raises money for lido\n{AFTER}\n"
    )
    assert 2 not in warning_lines(text)
    assert warning_lines(text)  # the list still is


def test_a_gallery_teaser_is_still_a_label():
    text = f"{STORY}\nPhotos: Crowds pack the lido for its last summer\nRead more: Lido Campaign Hands In Petition\n{AFTER}\n"
    assert 2 in warning_lines(text)


def test_topic_tags_are_a_hint_at_most():
    for tags in ("Tags: Swimming, Marlow Council, Leisure", "Filed under: Sport | Marlow | Council"):
        found = [d for d in lint_advertorial(_between(tags)) if d.line == 2]
        assert found and all(d.severity.name == "INFO" for d in found)
        assert found[0].rule == "advertorial/page-tags"


def test_topic_tags_beside_a_plug_stay_a_hint():
    text = f"{STORY}\nSign up for our free weekly newsletter here.\nTags: Swimming, Marlow Council, Leisure\n{AFTER}\n"
    assert warning_lines(text) == [2]


def test_why_we_checked_a_claim_is_the_story():
    text = (
        "The claim that bus fares will be free from May is false, the transport ministry told the Gazette.\n"
        "Why we fact-checked this: The post was shared by thousands of readers and was still spreading on Friday.\n"
        "Seen a claim you want checked? Send it to the Gazette on WhatsApp at 0700 555 010. It's free.\n"
    )
    assert 2 not in warning_lines(text)


NEGATIVES = [
    "The film, brought to you by the team behind last year's hit, opens on Friday.",
    "Swim passes cost £30 a month at the leisure centre, compared with £25 at the old pool.",
    "Tickets for the final swim day cost £2 and went on sale on Monday.",
    "Want to advertise? The council says shops must first get a licence.",
    "Related - and just as costly - was the rise in pool charges.",
    "From the web of tunnels under the pool came the sound of water.",
    "The swimming club said it would post updates on its Facebook page.",
    "Pictured: The cracked roof above the main pool, photographed by council engineers.",
    "The council's own coverage, brought up at the meeting, was criticised.",
]


@pytest.mark.parametrize("line", NEGATIVES)
def test_round39_lookalikes_stay_silent(line):
    assert warning_lines(_between(line)) == []


def test_a_story_line_reporting_in_lower_case_is_still_a_report():
    # (a reporting verb in lower case inside a line still makes it a report of the story)
    text = _between("Also read the council's report, the mayor says, before the vote on Monday.")
    assert warning_lines(text) == []
