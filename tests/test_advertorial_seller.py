"""A product pitch pasted into a story, told by the seller's voice (round 5, issue 15).

The texts are written for these tests (a fictional regional paper and made-up products):
pitches in a seller's voice, none worded like a phrase of rules/advertorial.toml, and the
story's own paragraphs about products and prices (a review, an app launch told with its
source, consumer advice, an events listing written as journalism), which are not pitches.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.promo_voice import selling
from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import lint_advertorial

BEFORE = (
    "The county council closed the Millbrook bridge to lorries on Monday after inspectors "
    "found cracks in two of its supports, a council spokesman said."
)
AFTER = "Repairs are expected to take until the end of March, the council said."


def _advertorial(text: str):
    return lint_advertorial(text)


def _level(paragraph: str) -> int:
    return selling(paragraph, 0, len(paragraph))


PITCHES = [
    # an app's sales page: commands, benefits, price and the stores
    "Plan every journey with RouteRabbit. Live traffic, clever detours and parking spots you'll "
    "love, all in one app. Try Premium free for 30 days, then only £4.49 a month. Download now!",
    # a supplement plug: praise, a discount code, a call to order
    "Boost your energy the natural way! Vitalis Morning Tonic is vegan, sugar-free and tastes "
    "incredible. Order today and get 15% off your first box.",
    # a broker's pitch: an opening question, the reader, a free offer
    "Ready to remortgage? Keystone's advisers search hundreds of deals to find your best rate. "
    "Book your free call today at keystone-advice.co.uk",
    # a holiday sale in the seller's voice, in rupees
    "Make this Diwali unforgettable with SkyTrails! Exclusive fares to 40 cities, instant "
    "confirmation and zero convenience fees. Book now, from just ₹2,999.",
]


@pytest.mark.parametrize("pitch", PITCHES, ids=[p[:30] for p in PITCHES])
def test_a_pitch_in_the_sellers_voice_is_a_warning(pitch):
    assert _level(pitch) == 2
    found = _advertorial(f"{BEFORE}\n\n{pitch}\n\n{AFTER}\n")
    assert [(d.line, d.severity) for d in found] == [(3, Severity.WARNING)], found


def test_a_pitch_with_few_marks_is_only_a_hint():
    # a command, the reader, praise, but no price or place to buy it: doubtful, so info
    pitch = "Say goodbye to soggy chips! The CrispCraft air fryer is the smart way to cook for your family, and it is on sale."
    assert _level(pitch) == 1
    found = _advertorial(f"{BEFORE}\n\n{pitch}\n\n{AFTER}\n")
    assert [(d.line, d.severity) for d in found] == [(3, Severity.INFO)], found


LOOK_ALIKES = [
    # a review that names a price
    "At $349 the Corvid X2 headphones cost less than their rivals, and the noise cancelling is the best we have tested.",
    # an app launch reported, with its source
    "The app, which is free to download, lets drivers book parking spaces in advance, the company said in a statement.",
    # consumer advice with prices and the reader
    "If you are on a fixed deal, check the exit fee before you switch: most lenders charge 1% to 3% of the loan.",
    # an events round-up written as journalism
    "The Lantern Players' Twelfth Night runs at the Corn Hall until Saturday; tickets are £12, and our critic thought it the best show of the winter.",
    # a quotation of a company's pitch, inside reporting
    "Its advert promised \"the best sleep of your life\" and offered buyers a free pillow, the watchdog found.",
    # practical details under a restaurant review
    "Larder & Vine, 14 Mill Lane. Open Tuesday to Saturday from 6pm. Mains £16 to £24.",
    # a subhead, a caption and a correction
    "Price and availability",
    "Shoppers queue outside the new store on Saturday morning. Photo: Ana Wells",
    "Correction: an earlier version of this review gave the wrong price for the base model.",
]


@pytest.mark.parametrize("para", LOOK_ALIKES, ids=[p[:30] for p in LOOK_ALIKES])
def test_the_storys_paragraphs_about_products_are_not_pitches(para):
    assert _level(para) == 0
    found = _advertorial(f"{BEFORE}\n\n{para}\n\n{AFTER}\n")
    assert [d for d in found if d.severity.rank >= Severity.WARNING.rank] == [], found


def test_a_pitch_glued_to_a_story_sentence_is_cut_out():
    pitch = "Never lose your keys again with TagBuddy - the smart tracker loved by 1 million owners. From $19 with free delivery, get yours today."
    text = f"{BEFORE}\n\nThe bridge carries 9,000 vehicles a day.{pitch}Drivers face a 12-mile detour.\n\n{AFTER}\n"
    found = [d for d in _advertorial(text) if d.severity.rank >= Severity.WARNING.rank]
    assert len(found) == 1 and found[0].line == 3, found
    line = text.split("\n")[2]
    start, end = found[0].column - 1, found[0].end_column - 1
    assert line[start:end].startswith("Never lose") and "Drivers" not in line[start:end]
