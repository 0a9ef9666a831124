"""Advertorial look-alikes of round 44, by kind rather than by sentence, on text written for
these tests (not taken from any corpus or page).

Round 44 sorted a fresh writer's false alarms by kind and fixed the general mistakes among them:

- a reviewer's verdict that warns the reader off a deal ("Not worth it: ...", "One deal we
  would not recommend: ...") names the product only to advise against it, so it is no product
  description joined between a listing's price lines;
- a hint in a whole sentence of the story told in a finite past ("... shops were criticised for
  discounts that were cheaper in the spring") is neither promoted nor carried into a plug by the
  plug beside it; an "-ed" adjective of a product's description ("extended returns") is no such
  past;
- a field of a product's fact sheet ("Trial period: 100 nights", "Weight: 1.4kg") is no link's
  text: it joins a run of links but does not make one, so a guide's subhead after it is left to
  the hint;
- a timeline led by months alone, in sentence case, is the story's own chronology ("March:
  Drainage replaced at the junction"), not a list of earlier stories, unless the line before it
  names the outlet's coverage; timelines dated by day or year, or in title case, still are.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import STORY, warning_lines
from tests.advertorial_lint import between as _between

# -- a verdict against a deal, between a listing's price lines ----------------------------------

DEAL_BEFORE = (
    "Our pick of the kettle deals this week, checked against three months of prices.\n"
    "Ember Rapid kettle: was £59.99, now £39 at Homeport\n"
)
DEAL_AFTER = "Brook Steel toaster: now £24.99 (save 35%) at Lowmart\n"

VERDICTS = [
    (
        "Not worth it: the Ember Classic has been advertised as half price for weeks, but its list "
        "price went up in April, so at £45 it costs more than the newer Ember Rapid above."
    ),
    (
        "One deal we would not recommend: the Ember Classic bundle pairs the kettle with a toaster "
        "for £70, more than the two cost bought apart."
    ),
    (
        "Give this one a miss: the Ember Classic kettle in the same sale is an older model, and its "
        "filter clogs within a year in hard-water areas."
    ),
    (
        "Steer clear of the Ember Classic at this price: its lid hinge broke on two of our test "
        "kettles within a month."
    ),
]


@pytest.mark.parametrize("verdict", VERDICTS)
def test_a_verdict_against_a_deal_is_not_joined_to_the_listing(verdict):
    text = f"{DEAL_BEFORE}{verdict}\n{DEAL_AFTER}"
    lines = warning_lines(text)
    assert 3 not in lines
    assert 2 in lines and 4 in lines  # the price lines around it are still the listing's


def test_a_product_description_between_price_lines_still_joins_the_listing():
    description = (
        "The Ember Rapid boils a full litre in under three minutes and its Ember filter keeps "
        "scale out of your tea."
    )
    text = f"{DEAL_BEFORE}{description}\nGet the Ember Rapid at Lowmart for £39\n"
    assert warning_lines(text) == [2, 3, 4]


# -- a story sentence with a hint, beside a plug ------------------------------------------------

PLUG = "For more bargains like these, sign up to our deals newsletter and get them straight to your inbox."


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Cyber Monday deals rarely beat the autumn prices, and the watchdog found last year that "
            "most had been cheaper in October."
        ),
        (
            "Black Friday deals drew complaints last winter, when shoppers found that several "
            "discounts were smaller than advertised."
        ),
        (
            "Prime Day deals were examined by the regulator, which found that most prices had been "
            "lower at some point in the six months before."
        ),
    ],
)
def test_a_story_sentence_about_deals_is_not_carried_into_the_plug_beside_it(sentence):
    text = f"{STORY}\n{sentence}\n{PLUG}\n"
    assert warning_lines(text) == [3]


def test_a_description_with_an_adjective_in_ed_still_joins_the_buy_line_beside_it():
    text = (
        f"{STORY}\n"
        "There is free delivery too, and the set is eligible for extended holiday returns at any of "
        "the chain's stores.\n"
        "Get it at Homeport for £499.99\n"
    )
    assert warning_lines(text) == [2, 3]


# -- a product's fact sheet ---------------------------------------------------------------------

GUIDE = (
    "We slept on twelve pillows for a month each and asked a physiotherapist what to look for.\n"
    "Best overall: Drift Loft Pillow\n"
    "The Drift Loft holds its shape through the night and washes well at 40 degrees.\n"
    "{field1}\n"
    "{field2}\n"
    "Buy now: £65 at Drift Sleep\n"
    "Best budget: Nestle Fibre Pillow\n"
    "The Nestle is soft and light, though it flattened after a few weeks of use.\n"
)


@pytest.mark.parametrize(
    ("field1", "field2"),
    [
        ("Firmness: medium (5 out of 10)", "Trial period: 100 nights"),
        ("Weight: 1.4kg", "Warranty: two years"),
        ("Fill: memory foam", "Machine washable: yes"),
    ],
)
def test_fact_sheet_fields_make_no_run_of_links_with_a_guides_subhead(field1, field2):
    text = GUIDE.format(field1=field1, field2=field2)
    assert warning_lines(text) == [6]  # the buy line alone


def test_a_run_of_related_headlines_is_still_reported():
    snippet = (
        "Harbour Master Retires After Thirty Years\n"
        "Lifeboat Crew Rescue Two Kayakers Off The Point\n"
        "New Bus Route Links The Quay To The Station"
    )
    assert warning_lines(_between(snippet)) == [2, 3, 4]


# -- the story's own chronology -----------------------------------------------------------------


@pytest.mark.parametrize("label", ["Timeline of the works:", "Key dates:", ""])
def test_a_chronology_of_the_storys_months_is_left_alone(label):
    chronology = (
        "February: West pier closed after divers found cracks in its piles\n"
        "April: Temporary landing stage built beside the old pier\n"
        "June: Repair contract awarded to a firm from Leith\n"
        "August: Work paused for a week after storm damage"
    )
    snippet = f"{label}\n{chronology}" if label else chronology
    assert warning_lines(_between(snippet)) == []


@pytest.mark.parametrize(
    "timeline",
    [
        # a label of the outlet's coverage before months alone
        (
            "Our earlier stories:\n"
            "February: pier closes after divers find cracks\n"
            "April: council asks government for repair money\n"
            "June: repair contract goes to Leith firm"
        ),
        # dates of a day: stories published on a day
        (
            "February 3: Pier closes after divers find cracks\n"
            "April 11: Council asks government for repair money\n"
            "June 20: Repair contract goes to Leith firm"
        ),
        # months alone in title case: headlines of links
        (
            "February: Pier Closes After Divers Find Cracks\n"
            "April: Council Asks Government For Repair Money\n"
            "June: Repair Contract Goes To Leith Firm"
        ),
    ],
    ids=["coverage-label", "dated-by-day", "title-case"],
)
def test_timelines_of_earlier_stories_are_still_reported(timeline):
    lines = warning_lines(_between(timeline))
    n = timeline.count("\n") + 1
    assert lines[-3:] == [n - 1, n, n + 1]
