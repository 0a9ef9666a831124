"""Look-alikes of plugs read by what the text is (round 33, issue 15), on sentences written for
these tests (invented places and people; not taken from any corpus or page).

A column's kicker on the story's own title line ("Opinion: ...") labels the story, and a
picture's caption closed by its credit is no gallery teaser; the same labels in front of a
headline-shaped link later in the text still warn.
"""

from __future__ import annotations

from tests.advertorial_lint import warning_lines

STORY = "The county council closed the Millbrook bridge to lorries on Monday after inspectors found cracks."
AFTER = "Repairs are expected to take until the end of March, the council said."


def test_a_kicker_on_the_title_line_labels_the_story() -> None:
    text = "\n\n".join(["Opinion: The new bypass will not end the queues into Millbrook", STORY, AFTER])
    assert warning_lines(text) == []
    text = "\n\n".join(["Analysis: Why the bridge closure will cost the county dear", STORY, AFTER])
    assert warning_lines(text) == []


def test_the_same_label_after_the_story_still_warns() -> None:
    text = "\n\n".join(["Bridge shut to lorries", STORY, AFTER, "Opinion: Why the ferry must stay in public hands"])
    assert warning_lines(text) == [7]


def test_a_pointer_label_on_the_title_line_is_not_a_kicker() -> None:
    text = "\n\n".join(["Read more: Why the ferry must stay in public hands", STORY, AFTER])
    assert warning_lines(text) == [1]


def test_a_caption_closed_by_its_credit_is_no_teaser() -> None:
    caption = "Photo: Lorries queue at the closed bridge on Monday. (Valley Post/J. Marsh)"
    text = "\n\n".join(["Bridge shut to lorries", STORY, AFTER, caption])
    assert warning_lines(text) == []


def test_a_gallery_teaser_after_a_picture_label_still_warns() -> None:
    teaser = "In pictures: Crowds pack the quay for the summer parade"
    text = "\n\n".join(["Bridge shut to lorries", STORY, AFTER, teaser])
    assert warning_lines(text) == [7]


GUIDE_TOP = "Our reviewers paddled six inflatable kayaks on the Wye to find the steadiest."
PRICE = "£240 at Riverside Sports | £229 at Paddle Direct"


def test_a_guides_subhead_before_a_review_that_ends_in_a_code_is_not_the_listing() -> None:
    text = "\n\n".join([
        "Best overall: Heron Tourer",
        GUIDE_TOP,
        PRICE,
        "Best for beginners: Otter Sprite",
        "At well under half the price of our favourite, the Sprite is slower but hard to tip over. Use code RIVER5 for 5% off.",
        "Each kayak was paddled by two testers on flat and moving water.",
    ])
    assert 7 not in warning_lines(text)
    assert 9 in warning_lines(text)


def test_a_product_cards_heading_between_its_price_and_buy_lines_still_warns() -> None:
    text = "\n\n".join([
        "Best overall: Heron Tourer",
        GUIDE_TOP,
        PRICE,
        "Otter Sprite",
        "Buy the Otter Sprite now for £199 at Paddle Direct",
        "Each kayak was paddled by two testers on flat and moving water.",
    ])
    assert {5, 7, 9} <= set(warning_lines(text))


NEWS = [
    "Harbour Mills will build a new flour mill near Eastport, creating about 80 jobs.",
    "The company said the mill would take grain from 200 farms in the county.",
]


def test_a_fact_box_about_the_storys_subject_is_not_its_boilerplate() -> None:
    text = "\n\n".join([
        "Flour mill planned for Eastport",
        *NEWS,
        "About Harbour Mills",
        "Harbour Mills is owned by a group of grain farmers and sells flour to bakeries in six countries.",
    ])
    assert warning_lines(text) == []


def test_a_section_in_the_organisations_own_voice_still_warns() -> None:
    for para in (
        "Harbour Mills is the region's leading miller, with flour in bakeries in six countries.",
        "Harbour Mills is owned by its farmers. We mill flour for bakeries in six countries.",
        "Harbour Mills sells flour to bakeries in six countries. Find out more at harbourmills.example.",
    ):
        text = "\n\n".join(["Flour mill planned for Eastport", *NEWS, "About Harbour Mills", para])
        assert warning_lines(text) == [7, 9], para


def test_a_plain_section_in_a_text_with_a_releases_end_mark_still_warns() -> None:
    text = "\n\n".join([
        "Flour mill planned for Eastport",
        *NEWS,
        "About Harbour Mills",
        "Harbour Mills is owned by a group of grain farmers and sells flour to bakeries in six countries.",
        "-ENDS-",
    ])
    assert {7, 9} <= set(warning_lines(text))
