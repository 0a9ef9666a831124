"""Advertorial blocks: each signal kind, block extension, glued boundaries, look-alikes.

All texts are written for these tests (a fictional paper, the Harbour Gazette).
"""

from __future__ import annotations

import pytest

from lintnews.engine.engine import Engine, Settings
from lintnews.model.diagnostic import Severity
from lintnews.plugins.registry import load_registry

REGISTRY = load_registry(autoload=False)
ADVERTORIAL = Engine(REGISTRY, Settings(select=("advertorial",)))
EVERYTHING = Engine(REGISTRY, Settings())


def _lint(text: str, engine: Engine = ADVERTORIAL):
    from lintnews.document.document import Document

    return engine.lint(Document(REGISTRY.readers["text"].read(text), "t.txt"))


def _blocks(text: str, engine: Engine = ADVERTORIAL):
    """Scored advertorial diagnostics (warning or above) as (line, col, end_line, end_col)."""
    return [
        (d.line, d.column, d.end_line, d.end_column)
        for d in _lint(text, engine)
        if d.category == "advertorial" and d.severity.rank >= Severity.WARNING.rank
    ]


STORY = "The harbour board approved the new ferry timetable on Tuesday, its chairman said."

# one inserted line per signal kind, each between two lines of story
SIGNALS = {
    "donation": "Your donation helps us keep reporters at the council chamber every week.",
    "membership": "Become a member today and read without limits.",
    "subscription": "Subscribe now for the full weekend edition.",
    "newsletter": "Sign up for our morning briefing email.",
    "app": "Get the Harbour Gazette app for breaking news alerts.",
    "social": "Follow us on Instagram for photos from the waterfront.",
    "sponsored": "Sponsored",
    "paid-program": "Seaside Bank BrandVoice | Paid Program",
    "partnership": "In partnership with the Coastal Tourism Board",
    "affiliate": "We may earn a commission when you buy through links on this page.",
    "see-it-now": "See it now: Harbour Outfitters",
    "coupon": "Use code TIDE15 for 15% off your first order.",
    "limited-time": "Limited-time offer: two tickets for the price of one.",
    "comments": "Join the conversation in the comments below.",
    "engagement": "Leave a comment and let us know your favourite beach.",
    "cookies": "This website uses cookies to improve your experience.",
    "paywall": "Already a subscriber? Log in to continue reading.",
    "ad-blocker": "It looks like you are using an ad blocker.",
    "related": "More stories you may have missed",
}


@pytest.mark.parametrize("kind", sorted(SIGNALS))
def test_each_signal_kind_is_one_block_on_its_own_line(kind):
    text = f"{STORY}\n{SIGNALS[kind]}\n{STORY}\n"
    blocks = _blocks(text)
    assert len(blocks) == 1, blocks
    line, col, end_line, end_col = blocks[0]
    assert (line, end_line) == (2, 2)
    assert col == 1 and end_col == len(SIGNALS[kind]) + 1


APPEAL = (
    "Your support keeps the Harbour Gazette on the quay.\n"
    "From flood defences to the fishing quota, our reporters are there when the story breaks. "
    "We cover the council so that you do not have to sit through it.\n"
    "We never put our journalism behind a paywall. "
    "We believe local news should be available to everyone.\n"
    "Your donation makes all the difference.Footage has emerged of storm damage along the "
    "seafront after a night of gales.\n"
)


def test_appeal_marks_each_of_its_paragraphs_and_stops_at_the_glued_story():
    text = STORY + "\n" + APPEAL
    blocks = _blocks(text)
    # one diagnostic per paragraph of the appeal (a paragraph break always ends one)
    assert [(b[0], b[2]) for b in blocks] == [(2, 2), (3, 3), (4, 4), (5, 5)], blocks
    assert all(b[1] == 1 for b in blocks)
    last = text.splitlines()[4]
    assert blocks[-1][3] == last.index("difference.") + len("difference.") + 1


def test_story_sentence_after_the_glue_is_still_linted():
    text = STORY + "\n" + APPEAL
    glue = text.splitlines()[4].index("Footage") + 1
    found = [
        d for d in _lint(text, EVERYTHING)
        if d.category == "unattributed-claim" and d.line == 5 and d.column >= glue
    ]
    assert found


def test_glue_without_a_stop_ends_the_block():
    line = "Seaside Bank BrandVoice | Paid ProgramThe ferry will run every hour from May."
    blocks = _blocks(STORY + "\n" + line + "\n")
    assert blocks == [(2, 1, 2, line.index("The ferry") + 1)]


def test_brand_names_in_camel_case_do_not_cut_a_block():
    line = "Follow us on YouTube and LinkedIn for more from the quay."
    assert _blocks(line + "\n") == [(1, 1, 1, len(line) + 1)]


def test_block_extends_over_short_fragments_and_voiced_sentences_in_its_paragraph():
    line = "Tides change. Stay current with the Harbour Daily. You will never miss a sailing."
    assert _blocks(STORY + "\n" + line + "\n") == [(2, 1, 2, len(line) + 1)]


def test_block_does_not_swallow_the_story_sentence_in_its_paragraph():
    line = (
        "The ferry operator has ordered two new vessels for the winter route. "
        "Sign up for our daily newsletter."
    )
    blocks = _blocks(line + "\n")
    assert blocks == [(1, line.index("Sign up") + 1, 1, len(line) + 1)]


def test_neighbouring_plug_lines_are_one_diagnostic_each():
    text = "Join our commenting forum\nJoin the discussion with other readers\nComments\n"
    assert _blocks(STORY + "\n" + text) == [
        (2, 1, 2, len("Join our commenting forum") + 1),
        (3, 1, 3, len("Join the discussion with other readers") + 1),
        (4, 1, 4, len("Comments") + 1),
    ]


def test_deals_paragraph_needs_several_commerce_signals():
    deal = (
        "Today only, Harbour Outfitters is offering the waterproof jacket for $89. "
        "That is $40 off the usual price, with free shipping."
    )
    assert _blocks(deal + "\n") == [(1, 1, 1, len(deal) + 1)]


def test_a_single_price_in_reporting_is_not_advertorial():
    text = "Diesel rose to $1.89 a litre on Monday, the highest price since March.\n"
    assert _blocks(text) == []


LOOK_ALIKES = [
    # reporting about advertising, subscriptions, donations and prices
    "The paper said it had gained 5,000 digital subscribers since it introduced a paywall.",
    "The charity said donations fell by a third after the campaign, which was sponsored by a bank.",
    "Regulators fined the retailer for a limited-time offer that never ended, the agency said.",
    "The festival, presented by a local brewery, drew 20,000 people to the harbour.",
    "Analysts said the company may earn a commission of about 2 percent on each booking.",
    "The ferry company urged passengers to download the app before travelling, a spokesman said.",
    'The mayor told residents: "We rely on your support to get this bridge built."',
    # captions, bylines, datelines, legal and copyright lines
    "Fishing boats moored at the quay on Monday. Photograph: Jane Doe/Harbour Gazette",
    "By Sam Carter | Harbour Gazette",
    "PORT ELLEN, Scotland — The ferry was cancelled for a third day.",
    "© 2024 Harbour Gazette Ltd. All rights reserved.",
    "Use of this site constitutes acceptance of our User Agreement and Privacy Policy.",
    "Sam Carter contributed reporting from the quay.",
    # opinion writing in the first person plural is not an appeal
    "We should all be worried about the state of the sea wall, and we should say so.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_advertorial(text):
    assert _blocks(STORY + "\n" + text + "\n" + STORY + "\n") == []


def test_lone_read_more_line_is_only_a_hint():
    found = [d for d in _lint(STORY + "\nRead more\n" + STORY + "\n") if d.category == "advertorial"]
    assert [d.severity for d in found] == [Severity.INFO]


def test_read_more_next_to_a_plug_is_reported_too():
    text = STORY + "\nSign up for our morning briefing email.\nRead more\n"
    assert _blocks(text) == [
        (2, 1, 2, len("Sign up for our morning briefing email.") + 1),
        (3, 1, 3, len("Read more") + 1),
    ]


def test_we_voice_story_paragraph_next_to_a_plug_is_not_absorbed():
    text = (
        "Follow us on Facebook\n"
        "We walked the sea wall at dawn and counted eleven cracks in the concrete.\n"
    )
    assert _blocks(text) == [(1, 1, 1, len("Follow us on Facebook") + 1)]


# -- block boundaries (issue 18 item 3): a paragraph break always ends a diagnostic ---------------


def _lint_markdown(text: str, engine: Engine = ADVERTORIAL):
    from lintnews.document.document import Document

    return engine.lint(Document(REGISTRY.readers["markdown"].read(text), "t.md"))


SUPPRESSED_PLUG = (
    "# Harbour budget passes\n\n"
    "The harbour board approved the budget on Tuesday after a long debate, its chairman said.\n\n"
    "<!-- lintnews: disable=advertorial -->\n"
    "Sign up for our morning briefing email.\n"
    "<!-- lintnews: enable=advertorial -->\n\n"
    "Your donation helps us keep reporters at the council chamber every week.\n"
)


def test_a_suppression_comment_does_not_leak_onto_the_next_paragraph():
    found = [d for d in _lint_markdown(SUPPRESSED_PLUG) if d.category == "advertorial"]
    assert [(d.line, d.rule) for d in found] == [(9, "advertorial/donation-appeal")]


def test_two_plugs_separated_by_a_paragraph_break_are_two_diagnostics():
    text = (
        "Sign up for our morning briefing email.\n\n"
        "Your donation helps us keep reporters at the council chamber every week.\n"
    )
    found = [d for d in _lint_markdown(text) if d.category == "advertorial"]
    assert [(d.line, d.end_line) for d in found] == [(1, 1), (3, 3)]


def test_a_short_story_paragraph_between_two_plugs_is_never_swallowed():
    for story in ("The mayor spoke.", "The mayor spoke"):
        text = (
            "Sign up for our morning briefing email.\n\n"
            f"{story}\n\n"
            "Your donation helps us keep reporters at the council chamber every week.\n"
        )
        found = [d for d in _lint_markdown(text) if d.category == "advertorial"]
        assert [d.line for d in found] == [1, 5], (story, found)


def test_a_short_story_sentence_between_two_plugs_in_one_paragraph_is_never_swallowed():
    line = (
        "Sign up for our daily newsletter. The mayor spoke. Follow us on Instagram for more."
    )
    blocks = _blocks(line + "\n")
    assert blocks == [
        (1, 1, 1, line.index(" The mayor") + 1),
        (1, line.index("Follow") + 1, 1, len(line) + 1),
    ]


def test_suppression_applies_to_each_paragraph_of_an_appeal():
    text = (
        "Your support keeps the Harbour Gazette on the quay.\n\n"
        "<!-- lintnews: disable-next-line=advertorial -->\n"
        "We cover the council so that you do not have to sit through it, and our reporters are there.\n"
    )
    found = [d for d in _lint_markdown(text) if d.category == "advertorial"]
    assert [d.line for d in found] == [1]
