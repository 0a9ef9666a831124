"""Advertorial round 117: what D125 (advert-heavy pasted web copy) and twenty fresh inserts found.

- The reader asked to tag or share their own posts with the outlet's handle or hashtag ("Show us
  your garden: tag your photos @Handle for a chance to be featured"): a social plug
  (`newsletter-plug`), at a sentence's start or after a label's colon; a call reported ("..., the
  council urged") is left.
- "Be the first to know" with the outlet's news alerts as the means (`newsletter-plug`); a public
  service's alerts ("the Environment Agency's free flood alerts") are no news alerts and are left.
- A plug glued before the story's reported sentence ("... Engineers said the deck was sound."): the
  paragraph's voice is judged without the reported sentences that close it, and "be the first to"
  opens a command.
- The outlet put on the reader's home screen ("Put the Coast Gazette on your home screen").
- The outlet's other kinds of piece in a funder's credit ("This explainer was made possible by a
  grant from X", `sponsored-marker`).
- A price in the headline (a guide's "for under £60") is not lifted to a warning by the disclosure
  under it: the title is no line of the plug below it.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import between, lint_advertorial, warned_words, warning_lines

PLUGS = [
    ("Show us your garden: tag your photos @HarbourHomes for a chance to be featured.", "advertorial/newsletter-plug"),
    ("Share your snaps of the new pool with #PoolDays and we will post our favourites.", "advertorial/newsletter-plug"),
    ("Post your pictures of the opening with #MarshPool.", "advertorial/newsletter-plug"),
    ("Be the first to hear about pool closures with Coast Gazette breaking-news alerts.", "advertorial/newsletter-plug"),
    ("Be the first to know when the pool reopens with our free app alerts.", "advertorial/newsletter-plug"),
    ("Put the Coast Gazette on your home screen in two taps.", "advertorial/newsletter-plug"),
    ("This explainer was made possible by the Coastal Heritage Fund.", "advertorial/sponsored-marker"),
]


@pytest.mark.parametrize(("snippet", "rule"), PLUGS)
def test_the_line_is_warned(snippet: str, rule: str) -> None:
    assert warning_lines(between(snippet)) == [2]
    assert rule in [r for r, _ in warned_words(snippet)]


@pytest.mark.parametrize(
    "snippet",
    [
        # a plug the rules read, glued before the story's reported sentence
        "Be the first to hear about pool closures with Coast Gazette breaking-news alerts. "
        "Engineers said the roof could be repaired.",
        "Show us your garden: tag your photos @HarbourHomes for a chance to be featured. "
        "The council said the park would reopen in May.",
        # a plug told by its voice alone (no rule's phrase), glued before a reported sentence
        "Liked this story? Pass it on to a neighbour who swims at the pool, or sign up to our free "
        "weekly email. Engineers said the roof could be repaired.",
    ],
)
def test_the_glued_plug_is_warned(snippet: str) -> None:
    assert warning_lines(between(snippet)) == [2]


@pytest.mark.parametrize(
    "snippet",
    [
        # a call reported with its speaker
        "Share your photos of the flood with #MarshWatch, the council urged residents.",
        "Tag your pictures @MarshCouncil for a chance to be featured in the exhibition, organisers said.",
        # a public service's alerts, no news alert
        "Be the first to know when the river rises with the Environment Agency's free flood alerts.",
        "Residents will be the first to know when the pool closes again, the council said.",
        # no handle, no hashtag, no "chance to be featured"
        "Share your photos of the old pool with the museum before the end of March.",
        # a story's "you" before a reported sentence: no channel, no command
        "You can still see the cracks in the roof from the car park. The engineer said they had grown.",
        # a thing put somewhere, not the outlet on the reader's home screen
        "Put the Marsh Trail map on your fridge door before the walk.",
        # a report the story is about, not the outlet's piece
        "This report was funded by the Department for Education.",
    ],
)
def test_the_look_alike_is_left(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []


def test_a_price_in_the_headline_stays_a_hint_above_the_disclosure() -> None:
    text = (
        "Tested: the best budget swimming goggles for under £30\n"
        "This guide contains affiliate links, and we may earn a commission when you buy through them.\n"
        "We swam with eight pairs for a month to find the ones worth having.\n"
    )
    found = lint_advertorial(text)
    assert [d.line for d in found if d.severity.rank >= Severity.WARNING.rank] == [2]
    assert any(d.line == 1 and d.severity is Severity.INFO for d in found), found
