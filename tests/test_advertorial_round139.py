"""Round 139 (advert139): advertorial precision on story furniture (issue 15).

Passages written for this round (fact boxes, "how to help" boxes, advice boxes, listings,
reports about codes and apps), each read on its own and between two story paragraphs. The
readings built:

- a "how to help" box that names an outside charity and never speaks as the outlet is the
  story's: its appeal words stay a hint (``advertorial.charities.charity_box``, word class
  ``advertorial/charity-heads``); the outlet's own appeal ("donate to us") still warns;
- a command to use a public body's app ("Download the NHS App ...") is the story's service line:
  a hint (``services.public_service_line``); the outlet's app still warns;
- a code reported after a verb in the past ("Shoppers who used the code X at checkout were
  charged ...") is no call to the reader; "Use code X at checkout" still warns;
- a box of advice under a "How to ..." heading (word class ``advertorial/advice-box-labels``) is
  no seller's pitch line by line (``promo_voice.advice_box``); a box of the outlet's channels
  ("our app", "sign up") still warns;
- a booking address as one field of a box of fields ("Prices: ..." / "Book: venue.example") is
  the box's fact: a hint.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.charities import charity_box
from lintnews.builtin.advertorial.promo_voice import advice_box
from tests.advertorial_lint import lint_advertorial, warnings_by_line

_LEAD = (
    "Rivers across the valley burst their banks overnight, the county council said, and more than "
    "300 homes were evacuated before dawn.\n\n"
)
_TAIL = "\n\nThe council said it would review its flood defences once the water had gone down.\n"


def _warned(text: str) -> list[tuple[int, str]]:
    return warnings_by_line(text)


def _hinted(text: str) -> list[str]:
    return [d.rule for d in lint_advertorial(text) if d.severity.name == "INFO"]


# -- furniture that must not warn ---------------------------------------------------------------

_FURNITURE = [
    # a how-to-help box naming outside charities (round 139)
    "How you can help\nDonate to the Valley Relief Committee's flood appeal at valleyrelief.example "
    "or text FLOOD to 70123 to give £5.\n",
    "Want to help?\nYou can give to the Hallam Food Trust's winter appeal online or by calling "
    "0300 555 0199. Every £5 pays for a family's parcel.\n",
    # a public body's app
    "Download the NHS App to check which vaccines your child has had, or call 119.\n",
    # a code reported
    "Diners who entered the code HALFOFF at checkout were charged in full, the regulator found.\n",
    # an advice box
    "How to keep your pipes from freezing\nLag pipes in the loft to save up to £50 in repairs.\n"
    "Leave the heating on low when you go away.\nFind your stopcock before the cold snap.\n",
    # a review's box of fields
    "Need to know\nWhere: The Anchor, Quay Street, Porthallow\nPrices: Starters £7-£11\n"
    "Book: theanchorporthallow.example or 01326 000222\n",
    # furniture that already held (kept as guards)
    "Result\nDana Moreau (Green) 1,842\nPeter Vance (Labour) 1,799\nTurnout: 31.2%\n",
    "Anyone with information is asked to call police on 101 quoting incident 412 of 6 March, or "
    "contact Crimestoppers anonymously on 0800 555 111.\n",
    "The streaming service said subscribers who want no adverts will pay £12.99 a month from June.\n",
    "What: Craft fair with 30 stalls\nWhen: Every first Sunday, 10am to 3pm\nWhere: Corn Exchange\n"
    "Cost: Free entry\n",
]


@pytest.mark.parametrize("box", _FURNITURE)
def test_story_furniture_gives_no_warning(box: str) -> None:
    assert not _warned(box)
    assert not _warned(f"{_LEAD}{box}{_TAIL}")


def test_a_charity_box_and_a_public_app_stay_hints() -> None:
    assert "advertorial/donation-appeal" in _hinted(_FURNITURE[0])
    assert "advertorial/newsletter-plug" in _hinted(_FURNITURE[2])
    assert "advertorial/media-plug" in _hinted(_FURNITURE[5])


# -- look-alikes that still warn ----------------------------------------------------------------

_PLUGS = [
    ("Donate to us today and keep the Valley Courier's reporting free for everyone.\n",
     "advertorial/donation-appeal"),
    ("How you can help\nDonate to our newsroom's appeal at valleycourier.example or text NEWS to "
     "70123 to give £5.\n", "advertorial/donation-appeal"),
    ("Download the Valley Courier app for breaking news alerts.\n", "advertorial/newsletter-plug"),
    ("Use code HALFOFF at checkout.\n", "advertorial/commerce-cta"),
    ("How to get more from the Courier\nDownload our app for alerts.\nSign up to our newsletter.\n"
     "Follow us on Instagram.\n", "advertorial/newsletter-plug"),
]


@pytest.mark.parametrize(("plug", "rule"), _PLUGS)
def test_a_plug_beside_the_furniture_still_warns(plug: str, rule: str) -> None:
    assert rule in {r for _line, r in _warned(plug)}


# -- the helpers alone --------------------------------------------------------------------------

def test_charity_box_wants_a_charity_name_and_no_outlet_voice() -> None:
    assert charity_box("Give to the Moorland Rescue Trust's appeal online.")
    assert charity_box("Donations can be made to the British Red Cross.")
    assert not charity_box("Give to our appeal and the Moorland Rescue Trust will match it.")
    assert not charity_box("Give to the appeal online.")  # (no name)
    assert not charity_box("Give to the trust's appeal to support its journalism.")
    assert not charity_box("Your aid keeps our reporting free.")


def test_advice_box_wants_a_label_heading_and_two_lines() -> None:
    box = "Tips for a cheaper weekly shop\nWrite a list before you go.\nBuy own-brand staples.\n"
    assert advice_box(box)
    assert not advice_box("Tips for a cheaper weekly shop\nWrite a list before you go.\n")
    assert not advice_box("Our weekly shop\nWrite a list before you go.\nBuy own-brand staples.\n")
    assert not advice_box(box + "Sign up for our money newsletter.\n")
    assert not advice_box("How to save.\nWrite a list.\nBuy own-brand staples.\n")


def test_fact_field_lines_want_distinct_labels_of_the_class() -> None:
    from lintnews.builtin.shared.boxes import fact_field_lines

    assert fact_field_lines(["What: Book sale", "When: Saturday 10am", "Where: Library"])
    assert fact_field_lines(["**Getting there:** trains from Leeds", "**Cost:** £8"])
    assert not fact_field_lines(["What: Book sale", "What: Cake stall"])
    assert not fact_field_lines(["Analysis: Why the bridge failed", "Watch: The moment it fell"])
    assert not fact_field_lines(["When: Saturday", "Harbour master retires after 40 years"])


def test_a_tax_scheme_is_no_charity_name() -> None:
    assert not charity_box("Pay UK tax? Tick the Gift Aid box when you give.")
