"""Advertorial classes widened in round 7 (issue 15), on sentences written for these tests
(not taken from any corpus).

The round read promotional content inside partly commercial articles: a deals post's lines
(a struck-through price and a store, "(save $20)", "pick one up from X for £Y", a reader offer,
"use my link"), a brand's shop finder and a financial advert's risk line, an event's listing
(ticket prices with concessions, passes, where to book, the box office; its fields: times,
closing days, the audience's age, the running time), a site's disclaimer
("does not necessarily reflect the views of", a hint only: a legal line), a science release's citation ("More information:
... et al ... DOI"), the page's credit for a brand it was produced with, a seller's
self-introduction ("Hi, I'm Nell! I'm a certified sleep coach and I help ..."), and a pitch's
voice that agrees with a weak signal of its own. The look-alikes are journalism about products
and prices (a review's verdict and price, consumer advice, a market report, a theatre review
naming the venue and run, a science story citing its journal) and stay silent.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import lint_advertorial, warning_lines

BEFORE = (
    "Shoppers in Tollbridge spent less on toys this autumn than a year earlier, according to "
    "figures from the town's business improvement district."
)
AFTER = (
    "Traders told the district's board on Monday that footfall had picked up since the "
    "market moved back to the square."
)

PROMOTIONS = {
    "struck-price": "Ferrand kettle: $64 $45 at Homeport",
    "save-in-brackets": "Orla desk lamp, now £30 at Lumen & Co (save £15)",
    "pick-one-up": "Pick one up from Cartwell for £19.99 while it lasts.",
    "my-link": "Shop through my link and you'll get a free tote with your order.",
    "off-your-first": "New customers get 25% off your first box of Greenbasket meals.",
    "the-code": "Stay two nights at the Harbour Inn for less with the code TOLL20 at checkout.",
    "reader-offer": "Courier readers get 10% off a year of garden club membership.",
    "shop-finder": "Our Weatherguard varnish lasts ten summers. Find your nearest stockist online!",
    "risk-line": "Your capital is at risk. Past performance is no guide to future returns.",
    "listing-prices": "Tickets £8-£15, concessions available on the door.",
    "listing-passes": "The Tollbridge Folk Weekend, Corn Hall, 3-5 July. Weekend passes £40, under-12s free.",
    "listing-booking": "Booking: tollbridgefolk.org.uk or call the box office on 01632 960 555.",
    "science-citation": "More information: Ravi Anand et al, Toy spending in market towns, Retail Studies (2026).",
    "doi-line": "DOI: 10.5555/rs.2026.118",
    "produced-with": "This guide was produced in partnership with Tollbridge Building Society.",
    "financial-pitch": "Ready to grow your savings? Open a Tollbridge Bonus Saver on our app in minutes.",
    "listing-fields": "Tue – Sun 7.30pm, matinees 2.30pm (Closed on Mon) Suitable for ages 8 and over",
    "labelled-call": "Pro tip: Discover how Trailform insoles can help you walk further.",
    "quote-pitch": (
        "With Brightwall insulation, your home stays warm all winter. Request a free, no-obligation "
        "quote today and start saving on your bills."
    ),
}


@pytest.mark.parametrize(("kind", "line"), list(PROMOTIONS.items()), ids=list(PROMOTIONS))
def test_each_promotion_is_reported_on_its_line(kind, line):
    assert warning_lines(f"{BEFORE}\n\n{line}\n\n{AFTER}\n") == [3], (kind, line)


@pytest.mark.parametrize("line", [
    "Opinions here are not necessarily those of the Tollbridge Courier.",
    "This post does not necessarily reflect the opinions of the Tollbridge Courier.",
    "Nothing on this site is investment advice.",
])
def test_a_site_disclaimer_alone_is_a_hint(line):
    # the page's legal furniture, not promotion: an editor's hint, never a warning alone
    found = lint_advertorial(f"{BEFORE}\n\n{line}\n\n{AFTER}\n")
    assert [(d.line, d.severity) for d in found] == [(3, Severity.INFO)]


def test_a_site_disclaimer_beside_a_plug_stays_a_hint():
    text = (
        f"{BEFORE}\n\n"
        "This column does not necessarily reflect the views of the Courier.\n\n"
        "Sign up for our free Tollbridge Tuesday newsletter and never miss a market day.\n\n"
        f"{AFTER}\n"
    )
    assert warning_lines(text) == [5]


def test_a_seller_introducing_herself_is_one_block_with_her_lead_magnet():
    line = (
        "Hi, I'm Nell! I'm a mother of two and a certified sleep coach, and I help exhausted "
        "families get their evenings back. Download my free bedtime planner here."
    )
    found = [d for d in lint_advertorial(f"{BEFORE}\n\n{line}\n\n{AFTER}\n") if d.severity.rank >= Severity.WARNING.rank]
    assert [(d.line, d.column) for d in found] == [(3, 1)]


def test_a_pitch_voice_with_a_weak_signal_of_its_own_is_a_warning():
    line = (
        "Tallyhome keeps every bill and budget in one place, sends reminders before you overspend "
        "and helps your savings grow, trusted by over 90,000 people. Free to download, with "
        "Tallyhome Plus from £1.99 a month."
    )
    assert warning_lines(f"{BEFORE}\n\n{line}\n\n{AFTER}\n") == [3]


def test_a_maybe_pitch_beside_a_plug_stays_a_hint():
    text = (
        f"{BEFORE}\n\n"
        "Start small: a standing order on payday, even of £15, takes the choice out of your hands.\n\n"
        "Ready to start saving? Open a Tollbridge Easy Saver in minutes on our app and earn 3.9% AER from day one.\n\n"
        f"{AFTER}\n"
    )
    assert warning_lines(text) == [5]


NOT_ADVERTORIAL = [
    # a review's price and verdict
    "At $199 the Ferrand undercuts its two rivals, though its lid wobbled in our tests.",
    "Verdict: a sturdy kettle let down by a flimsy lid. Three stars.",
    # consumer advice and a market report
    "Check the unit price on the shelf label rather than the price of the pack.",
    "A 500g bag of pasta rose to 95p in October, while rice fell to £1.20 a kilo.",
    # a theatre review naming the venue and its run
    "The show runs at the Corn Hall until 12 July, and the matinee I saw was nearly full.",
    # a story about an event's prices, told as news
    "Day tickets cost £20 and weekend tickets £45, up from £38, which organisers blamed on insurance.",
    # a science story citing its journal
    "The study, published on Monday in the journal Retail Studies, followed 40 towns for five years.",
    # reporting about disclaimers and sponsors
    "The party said the councillor's post did not reflect its views.",
    "The documentary was produced in collaboration with a Welsh broadcaster, the festival said.",
    # a review naming one of a listing's fields
    "The evening performances at 7.30pm drew the bigger crowds, the theatre said.",
    "Most of the matinee audience looked under ten, and nobody seemed to mind the running time.",
    # a labelled tip that names no product
    "Top tip: learn more about which plastics your council recycles before you sort the bins.",
    # a writer's biography line
    "Kit Marlow is a retail analyst at the University of Westmere.",
]


@pytest.mark.parametrize("line", NOT_ADVERTORIAL, ids=[s[:40] for s in NOT_ADVERTORIAL])
def test_journalism_about_products_and_prices_is_not_reported(line):
    assert warning_lines(f"{BEFORE}\n\n{line}\n\n{AFTER}\n") == []


# Between two shopping lines, a paragraph that names what they sell is the product's
# description and joins them; advice to the reader that names nothing of theirs is the story's
# (issue 15: a story line next to a plug is never swallowed into it).
_OFFER = "Exclusive: use code HARBOUR25 at checkout for £25 off any Tidewater Energy plan."
_LISTING = "Tidewater Energy Saver — £79 a month, no exit fee — see deal"


def test_advice_between_two_shopping_lines_is_not_swallowed():
    advice = "If your fixed deal has ended, ring your supplier: many will match a rival's rate."
    text = f"{BEFORE}\n\n{_OFFER}\n\n{advice}\n\n{_LISTING}\n"
    assert warning_lines(text) == [3, 7]


def test_a_description_between_two_shopping_lines_joins_them():
    description = "The Tidewater Energy Saver tariff fixes the unit rate for two years."
    text = f"{BEFORE}\n\n{_OFFER}\n\n{description}\n\n{_LISTING}\n"
    assert warning_lines(text) == [3, 5, 7]
