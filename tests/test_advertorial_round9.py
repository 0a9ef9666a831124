"""Advertorial classes widened in round 9 (issue 15), on sentences written for these tests
(not taken from any corpus).

Round 9 covers a publisher that is itself a business (a garage, a clinic, an agency, a shop, a
coach, a software firm) and carries its own sales pitch in its post: a call to contact it through
its own channels, to book what it sells, to come to its premises, to browse its range, to buy
from it; its "we offer" voice with its staff, its terms and a contact line; a seller's own
disclosure. The look-alikes send the reader to somebody else's channel (a GP, a helpline, a
bank), report what a business offers in the third person or the past tense, quote an owner, or
compare two shops' prices as consumer journalism, and they stay silent.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import lint_advertorial, warning_lines

BEFORE = "Gutters blocked with leaves overflow in the first heavy rain of the autumn, and the water soaks the walls."
AFTER = "Clear them twice a year, once in late autumn and once in spring, and check the downpipes too."

PITCHES = {
    "call-us": "Our glaziers cover the whole district. Call us today on 01632 960 318 to arrange a survey.",
    "get-in-touch": "Planning an extension? Get in touch with our architects for a no-obligation quote.",
    "demo": "Want to see it for yourself? Request a demo and we'll set up a trial account for your team.",
    "discovery-call": "Book a free 20-minute strategy call and we'll look at your accounts together.",
    "work-with-me": "Work with me: my twelve-week programme starts at £450.",
    "browse-range": "Browse our full range of rain barrels and water butts in the online shop.",
    "visit-premises": "Drop into our Harbour Road showroom to see the new stoves burning.",
    "order-from-us": "Short of time? Order a cake from our kitchen for collection on Saturday.",
    "check-availability": "Check my availability and wedding packages on the bookings page.",
    "first-lesson-free": "I teach adults to drive in manual cars, and the first lesson is free.",
    "give-us-a-call": "Our team is on hand seven days a week. Give us a call or drop us a line.",
    "speak-to-adviser": "Speak to one of our advisers today for a free, no-obligation review.",
    "seller-disclaimer": "Disclaimer: we sell gutter guards, including two of the kinds compared above.",
    "trial": "Start your 30-day free trial of Tallyroll today, no card needed.",
    # two weak marks of the business's voice in one paragraph
    "we-offer-terms": "At Quayside Roofing we offer same-day repairs and a ten-year guarantee on every roof.",
    "our-staff-we-can": "Our surveyors inspect roofs every day, and we can usually visit within a week.",
    "we-ship": "We ship to every county, and orders over £40 ship free.",
    # the forms a second, fresh probe found missing (written after the first widening)
    "reach-out": "Thinking of a loft conversion? Reach out to our design team anytime.",
    "ask-us": "Ask us about our winter boiler cover.",
    "let-us": "Let us take the hassle out of clearing the garden.",
    "book-with-us": "Don't put it off — schedule your chimney sweep with us this week!",
    "quote-in-seconds": "Get an instant quote online now.",
    "form-and-we": "Fill in the enquiry form and one of our surveyors will ring you back.",
    "through-our-platform": "Find a trusted cleaner through our app in minutes.",
    "enrol-in-our": "Enrol in our six-week pottery course before places go.",
    "button-below": "Use the green button below to book your survey.",
    "tagline": "Proudly serving Kettleby and the surrounding villages since 1987.",
    "licensed-insured": "Fully licensed and insured. Free quotes on every job.",
    "open-walk-ins": "Our salon is open Tuesday to Saturday. Walk-ins always welcome!",
    "live-chat": "Stuck? Our support team is on hand 24/7 via live chat.",
}


@pytest.mark.parametrize("kind", sorted(PITCHES))
def test_a_business_pitch_between_two_paragraphs_is_reported(kind: str) -> None:
    text = f"{BEFORE}\n\n{PITCHES[kind]}\n\n{AFTER}"
    assert warning_lines(text) == [3], kind


def test_a_pitch_glued_to_the_start_of_a_paragraph_is_reported_without_the_story() -> None:
    text = (
        f"{BEFORE}\n\nNeed a hand with the gutters? Our fitters clear them for a fixed fee of £90. "
        "Leaves trapped in a downpipe can freeze and split it in the first frost.\n\n"
        f"{AFTER}"
    )
    found = [d for d in lint_advertorial(text) if d.severity.rank >= Severity.WARNING.rank]
    assert [d.line for d in found] == [3]
    assert "split it" not in text.splitlines()[2][found[0].column - 1 : found[0].end_column - 1]


def test_a_free_trial_is_a_commercial_call_not_a_donation_appeal() -> None:
    text = f"{BEFORE}\n\n{PITCHES['trial']}\n\n{AFTER}"
    rules = {d.rule for d in lint_advertorial(text) if d.severity.rank >= Severity.WARNING.rank}
    assert rules == {"advertorial/commerce-cta"}


def test_a_contact_block_of_the_business_is_reported() -> None:
    text = (
        f"{BEFORE}\n\nCall 01632 960 418\nEmail hello@quayside-roofing.example\n"
        f"Visit our showroom at 2 Dock Lane, Kettleby\n\n{AFTER}"
    )
    assert warning_lines(text) == [3, 4, 5]


LOOKALIKES = {
    "call-your-gp": "If the cough lasts more than three weeks, book an appointment with your GP.",
    "helpline": "Anyone worried about flooding can call Floodline on 0345 988 1188, which is open all day.",
    "gas-line": "If you smell gas, call the emergency line on 0800 111 999 and open the windows.",
    "call-your-bank": "Those affected should call their bank at once and report the fraud to police.",
    "company-offers": "The firm offers free collection of broken boilers within ten miles, its owner said.",
    "quoted-owner": '"Call us old-fashioned, but we still fix every boiler by hand," said Tom Hale, who runs the firm.',
    "we-offered-past": "We offered tea to everyone who came in, and people stayed to talk.",
    "council-service": "Residents who want a free energy survey can contact the council's home team.",
    "reporters-visited": "Our reporters visited the showroom on Dock Lane and found it closed.",
    "store-website": "Shoppers can order groceries from the store's website and collect them the next day.",
    "price-comparison": "Last week the same basket cost £38.10 at Lowmart, while it cost £44.60 at Greengate.",
    "condolences": "We offer our condolences to the family, the club said in a statement.",
    "reach-out-to-friend": "Reach out to a friend or a neighbour if the dark evenings get you down.",
    "ask-your-pharmacist": "Ask your pharmacist about the nasal spray before the winter.",
    "let-us-be-clear": "Let us be clear: the gutters on council houses are the council's job.",
    "schedule-with-someone": "Schedule a yearly check with a registered roofer, and keep the receipt.",
    "second-quote": "Get a second quote before you agree to any work.",
    "serving-in-a-sentence": "The firm, serving Kettleby and nearby villages since 1987, employs 30 people.",
    "open-reported": "The council's depot is open Monday to Saturday over the winter, a spokesperson said.",
    "call-us-biased": "Call us biased, but we think the new gutters look better.",
    "scam-warning": (
        'The callers say "our engineers are in your area this week" and ask for a deposit, '
        "Trading Standards said."
    ),
}


@pytest.mark.parametrize("kind", sorted(LOOKALIKES))
def test_advice_reporting_and_quotes_about_businesses_stay_silent(kind: str) -> None:
    text = f"{BEFORE}\n\n{LOOKALIKES[kind]}\n\n{AFTER}"
    assert warning_lines(text) == [], kind


def test_one_mark_of_a_business_voice_is_only_a_hint() -> None:
    text = f"{BEFORE}\n\nIn my practice I see this every week: roofs patched with the wrong felt.\n\n{AFTER}"
    severities = {d.severity for d in lint_advertorial(text)}
    assert Severity.WARNING not in severities and Severity.ERROR not in severities
