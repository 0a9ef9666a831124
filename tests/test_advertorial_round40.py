"""Advertorial insertions of round 40, by class rather than by sentence, on sentences written
for these tests (not taken from any corpus or page).

Round 40 reads a plug as a construction: a function (subscribe, follow, buy, book, browse,
enter) addressed to the reader as a command at a paragraph's edge or after a question to the
reader, with an object from a class (a channel, the outlet's account on a network, a
marketplace, a deal within reach) whoever owns it: the rule ``advertorial/reader-call``
(lintnews/builtin/advertorial/calls.py, word classes in
lintnews/language/wordclasses/advertorial.toml). Also: a contest's entry line, a shopping
aside in brackets, a deal's label with its price, a price and a shop alone on a line, a
sponsor label before a separator and its credit, "(Also Watch: ...)", "Related web links". And
what is not advertorial: reporting about a newsletter, a sale or a contest, advice that sends
the reader to a public service, a caption, and a negated disclosure ("This is not sponsored").
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import AFTER, STORY, lint_advertorial, warning_lines
from tests.advertorial_lint import between as _between

# -- positives, class by class, each in several wordings --------------------------------------

POSITIVES = {
    # a channel, any owner
    "newsletter-possessive": "Sign up for Poolside Weekly's bargains newsletter and never miss an offer.",
    "newsletter-name": "Subscribe to the Marlow Money newsletter for tips every Friday.",
    "community-join": "Join the Lido Lovers community on Viber for more swim guides.",
    "podcast-follow": "Follow the Deep End podcast wherever you get your shows.",
    # the outlet's account on a network
    "like-and-follow": "For live updates on the closure, like and follow the Marlow Herald on Facebook.",
    "masthead-follow": "Follow the Thames Valley Star on Instagram.",
    "lead-in-follow": "For more swimming news, follow SwimLine on TikTok.",
    # a marketplace or a deal within reach
    "pre-order-marketplace": "Pre-order the Aqua S3 goggles now through the official Aqua shop on Lazada!",
    "browse-listings": "Looking for your next holiday let? Browse hundreds of listings on StayScout today.",
    "book-deal-price": "Book the Algarve swim break here from £299pp",
    "shop-deal-at": "Shop the Finwave wetsuit deal at Seabright Sports",
    "search-for-sale": "Find a lane near you: search 600+ pool memberships for sale on GymHub now.",
    "check-save": "Our partner PoolPass can compare gym memberships in a minute. Check if you could save today.",
    # a contest's entry line
    "contest-entry": "WIN! The Gazette is giving away four family swim passes. To enter, email your name to win@gazette.example by Friday.",
    # shapes: a deal's label, a retailer's button, a sponsor label
    "deal-label": "Deal: Up to £120 off the Finwave wetsuit. Ends Monday.",
    "price-button": "£45 at Seabright Sports Co.",
    "sponsor-separator": "SPONSORED FEATURE | Presented by Harbour Homes",
    "related-web-links": "Related web links",
}


@pytest.mark.parametrize("kind", sorted(POSITIVES))
def test_round40_plugs_are_reported(kind):
    assert warning_lines(_between(POSITIVES[kind])) == [2]


def test_a_shopping_aside_in_brackets_is_reported_alone():
    line = "I fry the fish in this steel pan (currently 25% off on Amazon) because it heats evenly."
    found = [d for d in lint_advertorial(_between(line)) if d.severity.name == "WARNING"]
    assert [d.line for d in found] == [2]
    assert found[0].column > 30  # the aside, not the recipe's sentence before it


def test_a_glued_watch_label_is_reported():
    line = "The pool shut in May.(Also Watch: Five Pools That Changed The Town)The club will move to Marlow."
    assert warning_lines(_between(line)) == [2]


def test_a_reader_call_is_one_diagnostic():
    # the insertion rule leaves a line the reader-call rule reports to it
    text = _between("Sign up for Poolside Weekly's bargains newsletter and never miss an offer.")
    assert len([d for d in lint_advertorial(text) if d.line == 2 and d.severity.name == "WARNING"]) == 1


# -- look-alikes that must stay silent ----------------------------------------------------------

NEGATIVES = [
    # reporting about a newsletter, a sale, a contest (a source, the past tense)
    "The club said members could sign up for its newsletter at the front desk.",
    "Last summer the pool ran a competition, and 300 children entered.",
    "The shop sold out of goggles last week, when they were 30% off at Seabright Sports.",
    "To enter, swimmers had to complete two lengths without stopping.",
    # advice that sends the reader elsewhere (no channel, no deal, no marketplace)
    "Follow the council on Facebook for updates on the closure.",
    "Sign up for flood alerts from the Environment Agency.",
    "Check the leisure centre's timetable before you travel.",
    "Book a free health check with your GP.",
    # a negated disclosure is reporting, not promotion
    "This is not a sponsored post. We paid for our own swim passes.",
    # a caption
    "Photo: Swimmers queue for the last session at the pool on Sunday. (Tom Reyes)",
    # a subhead, a headline-like line with a deal word but no price and no call
    "What the closure means for the swimming club",
    "Deal: the council and the club agreed terms on Monday.",
]


@pytest.mark.parametrize("line", NEGATIVES)
def test_round40_lookalikes_stay_silent(line):
    assert warning_lines(_between(line)) == []


def test_a_call_in_the_middle_of_a_paragraph_is_the_story():
    text = (
        f"{STORY} Shop owners nearby fear the worst. Book the Algarve break here from £299pp, one sign said. "
        f"Trade fell by a third in May.\n{AFTER}\n"
    )
    assert warning_lines(text) == []


def test_the_insertion_rule_alone_still_reports_a_reader_call():
    # (Rule.defers_to: insertion gives way to reader-call only where reader-call runs)
    from lintnews.document.document import Document
    from lintnews.engine.engine import Engine, Settings
    from tests.advertorial_lint import REGISTRY

    text = (
        f"{STORY}\n\nThe club will move to Marlow in the spring.\n\n"
        "Sign up for Poolside Weekly's bargains newsletter and never miss an offer.\n\n"
        f"Lane swimming resumes at the new site in June.\n\n{AFTER}\n"
    )
    both = [d.rule for d in lint_advertorial(text) if d.line == 5]
    assert both == ["advertorial/reader-call"]
    alone = Engine(REGISTRY, Settings(select=("advertorial/insertion",)))
    doc = Document(REGISTRY.readers["text"].read(text), "t")
    assert [d.rule for d in alone.lint(doc) if d.line == 5] == ["advertorial/insertion"]
