"""Advertorial classes widened in round 8 (issue 15), on sentences written for these tests
(not taken from any corpus).

The round wrote insertions in forms the earlier sets lacked: a reading label in brackets inside a
paragraph ("(Read more: ...)"), a plug set off by dashes after a story sentence, symbol-led,
all-caps, handle-only and URL-only lines, a code to scan, wire-feed and syndication-network
notices, a press contact's details, the outlet's advertising sales and classifieds, membership
drives that count their members, editions for sale, shops that pay the outlet (in other words),
and the wordings of Indian, Nigerian, Australian and Irish outlets ("Catch all the latest ...",
"Get the latest news on WhatsApp"). The look-alikes are credits, corrections, author bios,
stories about QR codes, WhatsApp groups, classified pages and membership figures, a photo
credit in brackets and a quoted press release, and they stay silent.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import lint_advertorial, warning_lines

BEFORE = (
    "The harbour board voted on Tuesday to dredge the outer channel before the autumn, "
    "its chair said."
)
AFTER = "Work is due to begin in August and take six weeks, according to the board's papers."

PROMOTIONS = {
    "scan-code": "Scan the QR code on this page to get the Harbour Gazette app.",
    "catch-all-latest": "Catch all the latest Harbour News and Ferry Updates on The Harbour Gazette.",
    "whatsapp-news": "Get the latest news on WhatsApp: tap to follow our channel.",
    "whatsapp-channel": "Join the Harbour Gazette WhatsApp channel for sailing alerts.",
    "handle-only": "@HarbourGazette on X and Instagram",
    "symbol-handle": "👉 @HarbourGazette",
    "channel-url": "www.harbourgazette.example/newsletter",
    "members-count": "More than 2,100 readers already pay for our court reporting. Will you join them?",
    "back-our-reporting": "✔ No paywall ✔ No owner. Back our harbour reporting from £3 a month.",
    "join-for-price": "Join for $5 a month and read every story without limits.",
    "digital-edition": "Read every page on your phone: our digital edition costs just €1.50 a week.",
    "shops-pay-us": "Note: some of the shops linked below send us a small payment when a reader buys something.",
    "syndicated-network": "Syndicated to subscribing titles through the Coast Wire network.",
    "licensing-desk": "For licensing enquiries, contact our syndication desk.",
    "appears-here": "This report appears here through a content partnership with the Estuary Trust.",
    "wire-feed": "This story has been published from a wire agency feed without modifications to the text.",
    "advertise-with-us": "Advertise with us: put your business in front of 30,000 local readers every week.",
    "classifieds": "Classifieds: sell your boat or bike to readers across the coast, from £5.",
    "place-an-ad": "Place a family notice online in minutes.",
    "to-advertise": "To advertise, call 01632 960 551.",
    "stay-tuned": "For the latest harbour news and updates, stay tuned to the Harbour Gazette.",
    "text-keyword": "Text FERRY to 70500 to get sailing alerts by SMS.",
    "registration-wall": "Read this story for free by creating an account.",
    "relies-on": "Our newsroom relies on subscriptions. Please consider one today.",
    "without-you": "We can't do this without you.",
}


@pytest.mark.parametrize(("kind", "line"), list(PROMOTIONS.items()), ids=list(PROMOTIONS))
def test_each_promotion_is_reported_on_its_line(kind, line):
    assert warning_lines(f"{BEFORE}\n\n{line}\n\n{AFTER}\n") == [3], (kind, line)


@pytest.mark.parametrize("label", ["(Read more: Ferry fares to rise in spring)", "[Related: Dredger runs aground off the point]"])
def test_a_reading_label_in_brackets_is_reported_alone(label):
    # the bracketed link is the diagnostic, not the story sentences around it
    text = f"The channel silted up over the winter. {label} Pilots have asked for a survey.\n"
    found = [d for d in lint_advertorial(text) if d.severity.rank >= Severity.WARNING.rank]
    assert len(found) == 1
    start = text.index(label)
    assert (found[0].column, found[0].end_column) == (start + 1, start + len(label) + 1)


def test_a_plug_set_in_dashes_does_not_take_the_story_sentences_with_it():
    story = "The board met for two hours."
    plug = "— Subscribe to the Harbour Gazette for £1 a week and never miss a sailing —"
    rest = "Pilots had asked for the work since January."
    text = f"{story} {plug} {rest}\n"
    found = [d for d in lint_advertorial(text) if d.severity.rank >= Severity.WARNING.rank]
    assert len(found) == 1
    assert found[0].column > len(story)  # the story sentence before it is not swallowed
    assert found[0].end_column <= len(f"{story} {plug}") + 1  # nor the one after it


LOOKALIKES = {
    "wire-credit": "(Reporting by Ana Ruiz in Lisbon; Editing by Tom Hale)",
    "photo-credit": "The dredger at work off the point last year. (Photo: Ana Ruiz)",
    "correction": "Correction: An earlier version of this story gave the wrong date for the vote.",
    "author-bio": "Nell Ashby covers the coast for the Gazette. She grew up in a fishing family.",
    "qr-scam": "Police have warned drivers not to scan QR codes stuck on parking meters.",
    "whatsapp-group": "Skippers said they had heard of the plan through a WhatsApp group.",
    "classified-pages": "The paper's classified pages, once a dozen sheets thick, now fill one.",
    "membership-figure": "The Gazette said in its annual report that it now had 2,100 paying members.",
    "quoted-release": '"Download the Harbour Ferries app today," the company said in a press release.',
    "download-figures": "The app was downloaded 40,000 times in a week, according to the company.",
    "public-url": "Anyone who wants to comment can do so at harbour.gov.example/dredging until Friday.",
    "allcaps-subhead": "WHAT HAPPENS NEXT",
    "handle-in-story": "The board posted the decision on X, where its account @HarbourBoard has 9,000 followers.",
    "dash-aside": "The chair — Dana Whitlow, a former pilot — said the work was overdue.",
}


@pytest.mark.parametrize(("kind", "line"), list(LOOKALIKES.items()), ids=list(LOOKALIKES))
def test_lookalikes_are_left_alone(kind, line):
    assert warning_lines(f"{BEFORE}\n\n{line}\n\n{AFTER}\n") == [], (kind, line)
