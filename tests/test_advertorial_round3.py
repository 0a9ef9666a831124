"""Advertorial classes widened in round 3 (issue 15), on sentences written for these tests.

Each plug is a member of a class the rules already knew, worded in a way the earlier
patterns missed (the class's vocabulary, not a copied sentence); each shape is a layout of
related links or a timeline the shape pass did not read before. The look-alikes report
about advertising, podcasts, social media, prices and charities and must stay silent at
every severity.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import lint_advertorial, warning_lines

BEFORE = (
    "The county council agreed on Wednesday to rebuild the collapsed sea wall at Kelby, "
    "at a cost of 2.4 million pounds, its leader said after the vote."
)
AFTER = (
    "Work is due to start in September and the promenade will stay closed until then, "
    "the council's engineer told the meeting."
)


_lint = lint_advertorial
_warnings = warning_lines


PLUGS = {
    "affiliate-disclosure": [
        "A few links in this guide are partner links: if you order, the shop pays us a small fee at no added cost to you.",
        "Some retailers pay us when you buy through them, and that never decides which kettles we pick.",
        "We receive payment from some of the brands whose boots appear in this test.",
    ],
    "comments-boilerplate": [
        "Replies that are rude or off-topic are taken down, and repeat offenders lose their posting rights.",
        "Tell us what you know in confidence on Signal, or write to tips@kelbycourier.example.",
        "Keep it civil: our comment threads are for debate, not insults.",
    ],
    "newsletter-plug": [
        "Pictures from the storm? We're @KelbyCourier on Instagram, and you'll find us on Threads too.",
        "Get the Kelby Courier app on the App Store or Google Play for every update.",
        "Like our page on Facebook to see the latest from the coast.",
    ],
    "media-plug": [
        "Our weekly show, Shoreline, has the full interview: find it on Spotify or Pocket Casts.",
        "The Coast Desk podcast is available on all the usual apps, with new episodes every Monday wherever you listen.",
    ],
    "sponsored-marker": [
        "This guide was produced with support from Seaview Insurance; our editors kept full control of the content.",
    ],
    "syndication": [
        "This report is republished from the Valley Courier under a content-sharing agreement.",
        "This story was distributed through the Shoreline News Exchange and may be reused under its republishing terms.",
    ],
    "related-plug": [
        "How the wall will be built is the subject of the next article in this series.",
    ],
    "donation-appeal": [
        "The Kelby Courier costs nothing to read, but it is not free to make. Back us today from £3 a month.",
        "A gift of any amount keeps our reporters on the seafront.",
    ],
    "commerce-cta": [
        "The storm lantern we used is £24 at Northmart, or £27 at Quaystore.",
    ],
    "site-notice": [
        "You've read 4 of your 5 free articles this month. Subscribe for unlimited access.",
    ],
    "media-plug-event": [
        "Tickets for our Kelby Business Awards are on sale at the Courier office.",
        "Meet our reporters at the Kelby Courier open day on 12 May – book now.",
    ],
    "comments-policy": [
        "Comments are pre-moderated and will appear once approved.",
    ],
    "company-boilerplate": [
        "Harbourline was founded in 1998 and now employs 300 people. Visit harbourline.example to learn more.",
    ],
    "affiliate-in-other-words": [
        "Full disclosure: the Courier gets a small payout if you order through the shop buttons.",
    ],
    "social-community": [
        "Be part of our seafront community on Facebook, where locals swap storm pictures.",
    ],
    "audio-version": [
        "Prefer audio? This article is also available as a podcast episode.",
    ],
    "syndication-collaboration": [
        "This report is part of Tidelines, a reporting collaboration between the Courier and Coast Radio.",
    ],
}
CASES = [(kind, line) for kind, lines in PLUGS.items() for line in lines]


@pytest.mark.parametrize(("kind", "line"), CASES, ids=[f"{k}:{v[:40]}" for k, v in CASES])
def test_each_widened_plug_is_reported_on_its_line(kind, line):
    assert _warnings(f"{BEFORE}\n{line}\n{AFTER}\n") == [2], (kind, line)


NOT_ADVERTORIAL = [
    "The watchdog said comparison sites that earn a fee on each booking must tell customers so.",
    "Listening to podcasts has doubled among pensioners, a survey by the Audio Council found.",
    "The council deleted its TikTok account after a post about a resident's complaint went viral.",
    "Advertising on the seafront brought the council 60,000 pounds last year, officials said.",
    "The charity, which was founded in 1994, said it would appeal against the ruling.",
    "Comments posted under the council's video were removed by the platform on Friday.",
    "The bank said it would end its sponsorship of the marathon after twenty years.",
    "The lifeboat charity said a gift of any amount would help replace the boat.",
    "Petrol cost £1.39 a litre at Northmart and £1.41 at Quaystore last week, the survey found.",
    "Residents were told to book now if they wanted a place at the consultation.",
    "Harbourline, which was founded in 1998 and employs 300 people, lost the ferry contract in May.",
    "The former councillor was jailed in 2019 for taking a kickback on a harbour contract.",
]


@pytest.mark.parametrize("line", NOT_ADVERTORIAL, ids=[s[:40] for s in NOT_ADVERTORIAL])
def test_reporting_about_the_same_things_gives_no_diagnostic(line):
    assert _lint(f"{BEFORE}\n{line}\n{AFTER}\n") == []


def test_about_section_opened_by_its_founding_is_company_boilerplate():
    text = (
        f"{BEFORE}\n\nAbout Harbourline:\n"
        "Founded in 1998 as a ferry agent, Harbourline now runs six routes to the islands.\n\n"
        f"{AFTER}\n"
    )
    found = [d for d in _lint(text) if d.severity.rank >= Severity.WARNING.rank]
    assert found and {d.rule for d in found} == {"advertorial/company-boilerplate"}


def test_a_subhead_about_a_topic_before_a_story_paragraph_is_not_boilerplate():
    # (the paragraph names the subhead's word, but does not open with a company's founding)
    text = (
        f"{BEFORE}\n\nAbout Turnout\n"
        "Only a third of voters took part, and turnout fell in every ward of the town.\n\n"
        f"{AFTER}\n"
    )
    assert _warnings(text) == []


LINKS = [
    "Ferry Fares To Rise For A Second Year",
    "Harbour Master Retires After 30 Years",
    "New Lifeboat Station Opens In Kelby",
]


def test_markdown_links_pasted_into_plain_text_are_judged_by_their_text():
    items = "".join(f"- [{t}](/news/{n})\n" for n, t in enumerate(LINKS))
    assert _warnings(f"{BEFORE}\n{items}{AFTER}\n") == [2, 3, 4]


@pytest.mark.parametrize("marker", ["• ", "1. "])
def test_title_case_list_items_in_plain_text_are_a_list_of_links(marker):
    items = "".join(f"{marker.replace('1', str(n + 1))}{t}\n" for n, t in enumerate(LINKS))
    assert _warnings(f"{BEFORE}\n{items}{AFTER}\n") == [2, 3, 4]


def test_a_bulleted_summary_in_plain_text_is_the_storys():
    items = (
        "• Work starts in September and takes a year\n"
        "• The promenade stays closed until the wall is finished\n"
        "• Residents get a weekly update from the council\n"
    )
    assert _warnings(f"{BEFORE}\n{items}{AFTER}\n") == []


def test_a_timeline_led_by_weekdays_is_reported():
    timeline = (
        "Monday, March 3: Sea wall gives way in overnight storm\n"
        "Friday, March 14: Engineers close the promenade\n"
        "Tuesday, April 1: Council asks government for repair money\n"
    )
    assert _warnings(f"{BEFORE}\n{timeline}{AFTER}\n") == [2, 3, 4]


def test_headlines_side_by_side_on_one_line_are_reported():
    line = "Ferry fares to rise again | Harbour master retires after 30 years | New lifeboat station opens"
    assert _warnings(f"{BEFORE}\n{line}\n{AFTER}\n") == [2]


def test_a_line_of_short_labels_side_by_side_is_not_a_list_of_headlines():
    line = "Tide times | Weather | Parking"
    assert _warnings(f"{BEFORE}\n{line}\n{AFTER}\n") == []


def test_a_timeline_under_its_label_with_years_leading_the_lines_is_reported():
    timeline = (
        "Timeline of the sea wall\n"
        "1998 Wall Rebuilt After Winter Storms\n"
        "2015 Council Finds Cracks In Eastern Section\n"
        "2024 Storm Brings Down Forty Metres Of Wall\n"
    )
    assert _warnings(f"{BEFORE}\n{timeline}{AFTER}\n") == [2, 3, 4, 5]


def test_a_longer_run_of_headlines_half_in_headline_syntax_is_reported():
    run = (
        "Kelby harbour repair bill soars\n"
        "Council tax to rise by five per cent\n"
        "School expansion plans thrown out\n"
        "Local MP backs ferry campaign\n"
    )
    assert _warnings(f"{BEFORE}\n{run}{AFTER}\n") == [2, 3, 4, 5]


def test_catch_up_plug_for_a_broadcast_is_reported():
    assert _warnings(f"{BEFORE}\nMissed the show? Catch up on BBC Sounds.\n{AFTER}\n") == [2]


def test_a_share_bar_spread_over_lines_is_reported_line_by_line():
    assert _warnings(f"{BEFORE}\nShare this:\nTwitter\nFacebook\n{AFTER}\n") == [2, 3, 4]


def test_a_lone_network_name_in_the_story_is_at_most_a_hint():
    found = _lint(f"{BEFORE}\nFacebook\n{AFTER}\n")
    assert all(d.severity.rank < Severity.WARNING.rank for d in found)


def test_time_stamps_and_section_labels_between_headlines_join_the_list():
    items = (
        "Ferry Fares To Rise For A Second Year\n3 hours ago\n"
        "Harbour Master Retires After 30 Years\nYesterday\n"
        "New Lifeboat Station Opens In Kelby\n"
    )
    assert _warnings(f"{BEFORE}\n{items}{AFTER}\n") == [2, 3, 4, 5, 6]


def test_a_time_stamp_and_a_label_alone_make_no_list():
    assert _warnings(f"{BEFORE}\nSPORT\n3 hours ago\nYesterday\n{AFTER}\n") == []
