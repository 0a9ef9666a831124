"""Advertorial round 106: digital-native and aggregator news pages (a live blog, a newsletter, a
markets desk, a column with its support box), on text written for these tests.

Precision first: a live blog's own opening entry, stamped with its time, is the blog's writing, not
a plug. Then class members in other words, each with its look-alike: a newsletter's header and its
free sign-up, a call for readers' pictures by its upload route or its safety proviso, and a support
appeal that names a contribution's sum and period (a donation, not shop copy).
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import around, lint_advertorial, rules_on_line_3


def test_a_live_blog_s_stamped_opening_entry_is_its_own_writing() -> None:
    for entry in (
        "10:45 — Welcome to our live coverage of the count, where the first results are due after midnight.",
        "09:02 - Welcome to our live blog. Polls open at seven and close at ten.",
    ):
        assert lint_advertorial(around(entry)) == []


def test_a_live_page_s_greeting_alone_is_still_furniture() -> None:
    assert rules_on_line_3("Welcome to our live coverage of the county election count.") == [
        "advertorial/media-plug"
    ]


@pytest.mark.parametrize(
    "plug",
    [
        "Coast Daily: the briefing 80,000 commuters read on the way home. Sign up free — it takes a minute.",
        "Sign up free and get the week's best reads every Sunday.",
        "You're reading Coast Politics, our weekly newsletter on the assembly. Tell a friend.",
        "You are reading The Ledger Morning, the Gazette's business briefing.",
        "Was this email forwarded to you? Subscribe here.",
        "Sign up to get it in your inbox every Friday morning.",
        "Sign up for Coast Daily to get the day's headlines.",
        "You're receiving this email because you signed up to Coast Daily.",
    ],
)
def test_a_newsletter_s_header_and_free_sign_up(plug: str) -> None:
    assert rules_on_line_3(plug) == ["advertorial/newsletter-plug"]


@pytest.mark.parametrize(
    "report",
    [
        "The newsletter, which 200,000 investors read each morning, was sold for £4m, the company said.",
        "Readers can sign up free on the council's website, the spokesman said.",
        "Residents were told to sign up free at the library by Friday.",
        "He said he was reading The Ledger, the city's business paper, when the call came.",
        "Was this forwarded to you by the minister's office, the committee asked.",
        "You're reading the report wrong, the minister told MPs.",
        "Sign up for Pension Credit to get help with your heating bills.",
        "Sign up for Universal Credit and get paid monthly, the minister said.",
    ],
)
def test_reports_of_newsletters_and_sign_ups_are_not_plugs(report: str) -> None:
    assert lint_advertorial(around(report)) == []


@pytest.mark.parametrize(
    "call",
    [
        "Upload your videos through our reader contributions page.",
        "Send us your photos of the flooding, but only if it is safe to take them.",
        "You can share them with our audience contributions team at any time.",
        "Submit them via our upload form.",
        "WhatsApp your videos to 07700 900123.",
    ],
)
def test_a_call_for_readers_pictures_by_its_route_or_proviso(call: str) -> None:
    assert rules_on_line_3(call) == ["advertorial/comments-boilerplate"]


@pytest.mark.parametrize(
    "report",
    [
        "Police asked witnesses to upload footage through their online portal.",
        "The charity urged donors to send their pictures only if it was safe.",
        "The club asked fans to text their videos to the stadium.",
    ],
)
def test_an_appeal_reported_is_not_the_outlet_s_call(report: str) -> None:
    assert lint_advertorial(around(report)) == []


@pytest.mark.parametrize(
    "appeal",
    [
        "Journalism like this takes time. If you found this useful, back the Gazette from just £2 a month.",
        "Support us from £3 a month.",
        "If you enjoy our coverage, support the Harbour Herald for £5 a month.",
        "Fund our journalism for as little as £1 a week.",
        "Support the Gazette: give £5 a month.",
        "Support the Gazette from just £1 — it only takes a minute.",
    ],
)
def test_a_support_appeal_with_a_sum_is_a_donation_appeal(appeal: str) -> None:
    assert rules_on_line_3(appeal) == ["advertorial/donation-appeal"]


@pytest.mark.parametrize(
    "report",
    [
        "The council asked residents to support the Harbour Trust from £2 a month, the mayor said.",
        "The scheme lets parents back the club for £5 a month.",
        "The government plans to fund the NHS for £10bn a year more.",
        "Supporters pay £4 a month to back the club, which has 3,000 members.",
        "The minister said she would fund the hospital for just £5m.",
        "The campaign's slogan was: give £5 a month.",
    ],
)
def test_a_reported_scheme_with_a_price_is_not_an_appeal(report: str) -> None:
    assert lint_advertorial(around(report)) == []
