"""Advertorial insertions of round 41, by class rather than by sentence, on sentences written
for these tests (not taken from any corpus or page).

Round 41 adds: a reading label with a pipe where a colon is known ("Also Read | <headline>",
whatever the headline's case or verb); a sponsored page's body speaking as the seller, which
only the page's own label makes promotion (the rule ``advertorial/sponsor-copy``,
lintnews/builtin/advertorial/sponsor.py: the label names the sponsor, a paragraph naming it
with two marks of an offer is its copy); a blogger's affiliate aside ("You can find it on
Amazon here."); the writer's referral code; a broadcast's sponsor credit ("<Programme> at Nine
is sponsored by <Business>"). And what is not advertorial: a journalism partnership credit with
another newsroom, a news story that names a company with a price, a sponsored page's general
advice, an event's sponsor reported.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import between as _between
from tests.advertorial_lint import lint_advertorial, warning_lines

POSITIVES = {
    # a reading label with a pipe, a headline in sentence case with a verb of its own
    "pipe-label": "Also Read | Lifeguards on the coast call for higher pay after a busy summer",
    "pipe-label-verb": "Read More | Ferry crews told to stay in port as gales hit the islands",
    "colon-label-verb": "Also Read: Anglers warned to keep off the pier during the storm",
    "label-said": "Related: Harbour master says pier will reopen in spring",
    # the writer's referral code or link
    "referral-code": "By the way, I keep my savings in PennyJar. If you join with my referral code KAI20, you get £5 free.",
    "referral-link": "Want a free month of swim coaching? Sign up using my invite link and we both get a session.",
    "signup-my-link": "I use LaneLog to track my lengths, and you can register through my link for a discount.",
    # a broadcast's sponsor credit
    "broadcast-time": "Harbour News at Nine is sponsored by Quayside Motors, your local Ford dealer. Book your test drive today.",
    "broadcast-noun": "The Coast Weather is brought to you by Seabright Windows and Doors.",
    "broadcast-traffic": "Valley Traffic and Travel is supported by Marlow Tyres.",
    # the affiliate aside
    "aside-find": "I fry the fish in a cast-iron pan that has lasted me years. You can find it on Amazon here.",
    "aside-grab": "My goggles never fog. Grab one from Etsy here.",
    # the same offer as a call to the reader
    "trial-call": "Not using LaneLog yet? Try it free for 14 days.",
}


@pytest.mark.parametrize("kind", sorted(POSITIVES))
def test_round41_insertions_are_reported(kind):
    assert warning_lines(_between(POSITIVES[kind])) == [2]


def _page(label: str, body: str, foot: str = "") -> str:
    lines = [
        label,
        "Why your teeth feel sensitive in winter, and what to do about it",
        "Cold air can make teeth ache, and many people put up with it for years before asking why.",
        "Dentists say worn enamel and receding gums are the most common causes of the sharp pain.",
        body,
        "Brush gently twice a day and use a soft toothbrush to protect the enamel you have.",
    ]
    if foot:
        lines.append(foot)
    return "\n".join(lines) + "\n"


SPONSOR_COPY = [
    # the sponsor's offer with a price, in other words each time
    "Northwind Dental's gentle whitening treatment is now available at an introductory price of $99 for new patients.",
    "At Northwind Dental, every visit begins with a free check of your gums, and our hygienists tailor a plan to you.",
    "You can join the Northwind care plan from as little as £9 a month, at any of its four practices.",
]


@pytest.mark.parametrize("body", SPONSOR_COPY)
@pytest.mark.parametrize(
    "label, foot",
    [
        ("This article is brought to you by Northwind Dental.", ""),
        ("In partnership with Northwind Dental Care", ""),
        ("Sponsored", "This content was paid for by Northwind Dental and was not written by our journalists."),
    ],
)
def test_the_sponsors_offer_on_its_labelled_page_is_reported(label, foot, body):
    found = [d for d in lint_advertorial(_page(label, body, foot)) if d.line == 5 and d.severity.name == "WARNING"]
    assert found, body


def test_a_sponsored_pages_general_advice_stays_silent():
    text = _page("This article is brought to you by Northwind Dental.", "Sensitive toothpaste can help, but it takes two weeks or more to work.")
    assert [d.line for d in lint_advertorial(text) if d.line in (2, 3, 4, 5, 6) and d.severity.name == "WARNING"] == []


NEGATIVES = [
    # a news story that names a company with a price, with no label on the page
    _page("By Ana Ruiz, Health Reporter", "Northwind Dental's whitening treatment costs $99 for new patients, its price list shows."),
    # the page's label names a partner newsroom: a co-production, and the company is reported
    _page(
        "This story was produced in partnership with the Tidewater Public Radio newsroom.",
        "Tidewater patients said a check-up at the new clinic cost $45, according to receipts.",
    ),
    # the sponsor quoted on its page is reported speech
    _page("In partnership with Northwind Dental", '"Our patients come first," says Northwind\'s head of care, who charges $99.'),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_round41_page_lookalikes_stay_silent(text):
    assert [d for d in lint_advertorial(text) if d.line == 5 and d.severity.name == "WARNING"] == []


LOOKALIKES = [
    # a journalism partnership credit names another newsroom, not a payer
    "This story was produced in partnership with the Tidewater Public Radio newsroom.",
    "This report was produced in collaboration with the Coast Courier newspaper and a student newspaper.",
    "This story was produced in partnership with the Coastal Reporting Project.",
    # an event's sponsor reported, a presenter credited
    "The Boat Show is sponsored by Harbour Bank this year.",
    "The Chelsea Flower Show is sponsored by a bank, the organisers said.",
    "Harbour News at Nine is presented by Ana Ruiz.",
    # a referral scheme reported
    "The bank's referral scheme paid customers £50 for each friend who opened an account, the regulator said.",
    # a marketplace named in a story, with no link to buy
    "The seller said the pans were on Amazon for a week before they were withdrawn.",
    "You can find it on the council website, where the plans are published.",
    # a company blog's product note in the third person (a call says "you" or commands)
    "Customers on the Basic plan can try the new timetable planner free for 14 days.",
    # a reading label's look-alike: a pipe in a table-like line of the story
    "Pool | Opened | Closed",
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_round41_lookalikes_stay_silent(line):
    assert warning_lines(_between(line)) == []
