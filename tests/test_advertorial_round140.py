"""Round 140 (advert140): advertorial on money, live and analysis desks, and recall by class on
the round's own wordings (issue 15).

Sentences written for this round (the round's recall battery, trimmed), each read on its own and
between two story paragraphs. The readings built:

- a comparison site's or an investment platform's button (a command alone at the line's end after
  a sentence or a bar, "| Compare now", "Get a quote >"; any command line closed by a link's
  arrow) and the sale of a money product with its provider or its entry price ("Invest now with
  X", "Start your SIP with just ₹500"): ``commerce-cta``; the story's advice ("Compare quotes from
  three insurers before you renew.") is left;
- the credit product "buy now, pay later" is its name, no call to buy;
- a guide's numbered steps (``advertorial.steps``): one step is no pasted call, whatever its
  command names; a step in the outlet's voice is left to the other readings;
- affiliate markers: the outlet paid by the providers its comparison lists, the link to how it
  makes money, links on the page that may earn it a fee; a hidden affiliate link reported is no
  disclosure;
- the ad slot's label after a live post's time stamp or a quotation mark; a reprint by
  arrangement; the outlet's episode of the day; a line pointing to the outlet's earlier coverage.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.steps import list_item_step, numbered_step
from tests.advertorial_lint import lint_advertorial, warnings_by_line

_LEAD = (
    "Energy regulators confirmed on Monday that the price cap will rise by 4% in January, the third "
    "increase in a row for households on standard tariffs.\n\n"
)
_TAIL = "\n\nThe regulator said it would publish its review of standing charges in the spring.\n"


def _rules(text: str) -> set[str]:
    return {rule for _line, rule in warnings_by_line(text)}


# -- the round's own wordings that warn ---------------------------------------------------------

_PLUGS = [
    ("Compare car insurance quotes in seconds with Quotewise. Get your quote >\n", "advertorial/commerce-cta"),
    ("Fixed-rate bonds from 4.9% AER | Compare now\n", "advertorial/commerce-cta"),
    ("Open a stocks and shares ISA with Larkfield Invest. Open an account ›\n", "advertorial/commerce-cta"),
    ("Start your pension with just £25 a month.\n", "advertorial/commerce-cta"),
    ("Invest today with Meridian Direct.\n", "advertorial/commerce-cta"),
    ("Find the cheapest energy deal for your home: enter your postcode to compare tariffs >\n",
     "advertorial/commerce-cta"),
    ("We're paid by some of the lenders featured in our tables.\n", "advertorial/affiliate-disclosure"),
    ("We are compensated by some of the brokers that appear on this page.\n", "advertorial/affiliate-disclosure"),
    ("Find out how we make money.\n", "advertorial/affiliate-disclosure"),
    ("Disclosure: Links on this page may earn the Harbour Ledger a fee.\n", "advertorial/affiliate-disclosure"),
    ("**11:40am** — ADVERTISEMENT\n", "advertorial/sponsored-marker"),
    ("16:05 | Sponsored\n", "advertorial/sponsored-marker"),
    ("Reprinted by arrangement with the Northern Wire Service.\n", "advertorial/syndication"),
    ("Hear the full interview in tonight's episode of The Money Hour.\n", "advertorial/media-plug"),
    ("Catch up on our coverage: every twist of the bypass row\n", "advertorial/read-more"),
    ("How we covered it: the ferry strike day by day\n", "advertorial/read-more"),
    ("For more of our flood coverage, visit our river hub.\n", "advertorial/related-plug"),
    ("Equity funds are subject to market risks, read all scheme documents carefully.\n",
     "advertorial/financial-disclaimer"),
]


@pytest.mark.parametrize(("plug", "rule"), _PLUGS)
def test_the_rounds_wordings_warn(plug: str, rule: str) -> None:
    assert rule in _rules(plug)
    assert rule in _rules(f"{_LEAD}{plug}{_TAIL}")


# -- the story's own material that must not warn -------------------------------------------------

_STORY = [
    "Compare quotes from at least three insurers before you renew.\n",
    "Open a savings account with your own bank if you want to keep things simple.\n",
    "Get a quote from a registered installer before you sign anything.\n",
    "Investors who opened an account with just $10 lost most of it, the court heard.\n",
    "Buy now, pay later rules have changed. Here is what it means for you\n",
    "Buy now, pay later loans are now regulated as credit, and lenders must check affordability.\n",
    "Regulator warns influencers over hidden affiliate links in money videos\n",
    "The watchdog said some of the lenders listed in the table had broken its rules.\n",
    "The 2:30pm advertisement was taken off air after complaints.\n",
    "How to cut your water bill\n1. Fit a shower timer and cut your shower to four minutes.\n"
    "2. Ask your supplier whether a meter would save you money.\n"
    "3. Check whether you qualify for the social tariff, a discount for low-income households.\n",
    "For more on the price cap, visit the regulator's website.\n",
    "Analysts said equity funds are subject to market risks.\n",
    "About Time – the film – returns to cinemas this week.\n",
    "Key moments\nFriday, 9 p.m.: Storm warning issued for the coast\nSaturday, 1:40 a.m.: First call "
    "about water on the promenade\nSaturday, 3 a.m.: Sea wall breached\n",
    "Opening one is simple:\n1. Visit a branch with your passport and a utility bill.\n"
    "2. Fill in the form.\n3. Make a first deposit; some banks ask for as little as $50.\n",
]


@pytest.mark.parametrize("passage", _STORY)
def test_story_material_gives_no_warning(passage: str) -> None:
    assert not warnings_by_line(passage)
    assert not warnings_by_line(f"{_LEAD}{passage}{_TAIL}")


def test_a_markdown_list_of_tips_gives_no_warning() -> None:
    tips = (
        "### Tips for cheaper charging\n\n1. Charge overnight on an off-peak tariff.\n"
        "2. Use free chargers at supermarkets.\n3. Sign up for a charging network subscription if "
        "you drive long distances often.\n4. Avoid charging to 100% on rapid chargers.\n"
    )
    found = [d for d in lint_advertorial(f"{_LEAD}{tips}{_TAIL}", "markdown") if d.severity.name == "WARNING"]
    assert not found


def test_a_numbered_step_in_the_outlets_voice_still_warns() -> None:
    steps = "1. Read the terms.\n2. Sign up for our money newsletter at ledger.example!\n3. Compare rates.\n"
    assert warnings_by_line(steps)


# -- the helpers alone --------------------------------------------------------------------------

def test_numbered_step_wants_a_neighbour_numbered_next() -> None:
    text = "Steps:\n1. Visit the bank.\n2. Fill in the form.\n"
    assert numbered_step(text, text.index("1."))
    assert numbered_step(text, text.index("2."))
    lone = "Intro line.\n3. Check whether you qualify.\nAnother line.\n"
    assert not numbered_step(lone, lone.index("3."))
    gap = "1. Visit the bank.\n3. Fill in the form.\n"
    assert not numbered_step(gap, 0)
    ours = "1. Visit the bank.\n2. Follow us for more tips.\n"
    assert not numbered_step(ours, ours.index("2."))


def test_list_item_step_wants_neighbours_and_no_outlet_voice() -> None:
    assert list_item_step("Use free chargers.", 0, 18, 1)
    assert not list_item_step("Use free chargers.", 0, 18, 0)
    assert not list_item_step("Follow us on Instagram.", 0, 23, 2)


def test_about_the_company_labels_are_hints() -> None:
    hints = {d.rule for d in lint_advertorial("About the company\n") if d.severity.name == "INFO"}
    assert "advertorial/company-boilerplate" in hints
    dash = "About Corran Mills – Corran Mills is one of Scotland's oldest wool spinners.\n"
    assert "advertorial/company-boilerplate" in {d.rule for d in lint_advertorial(dash)}
