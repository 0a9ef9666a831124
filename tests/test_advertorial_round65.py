"""Advertorial round 65: the known kinds in new words (issue 15), on sentences written for these
tests.

tests/advertorial_battery65.py holds the battery: nineteen kinds the writers mark in news-dev and
advert-dev (deals intros, product blocks, affiliate disclosures, site disclaimers, credits,
citations, event headers, tips, self-introductions, lead magnets, series plugs, changelogs,
download calls, "About" boilerplate, sponsored deals, testimonial lead-ins, appeals, comment
rules, newsletter and social plugs), six paraphrases each in other words, and traps in a story's
voice for each. Each is pasted into round 49's story alone and with its last line glued to the
next sentence.
"""

from __future__ import annotations

from itertools import chain

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_battery49 import WAYS, pasted
from tests.advertorial_battery59 import assert_warned_on_its_own_lines, block_pasted, block_pastings
from tests.advertorial_battery65 import BY_KIND, TRAPS, Insertion
from tests.advertorial_lint import lint_advertorial, warnings_by_line, warns_alone_under
from tests.trap_guard import ADVERTORIAL, assert_trap

# Left on purpose (docs/history/advertorial.md, "Round 65"): a deals page's own intro (O leaves it
# unmarked as the post's text, and as a warning or a hint it cost O precision); site disclaimers
# stay hints (the writers mark an op-ed's disclaimer in F and news-dev and leave it in Q and O, and
# as a warning it cost Z2 and Q3 precision: test_a_site_disclaimer_stays_a_hint); (round 114: the
# two not-advice notices are warned on their own lines, advertorial/financial-disclaimer; round 115:
# glued, they are warned too, the look-ahead for a speaker now reads the notice's own sentence
# only); "Courtesy of" alone is also a picture's credit; a
# citation whose year ends the line, glued; a release note with no version, label or call; a
# download call naming only the platforms; an "About" label closed by a stop or a dash, glued;
# a price line and a sponsored offer glued to the story.
LEFT: frozenset[tuple[str, Insertion]] = frozenset(
    {
        *((w, 'We scour the web for the lowest prices so you can shop smarter.') for w in WAYS),
        *((w, 'Every morning our shopping team rounds up the deals worth your money.') for w in WAYS),
        *((w, "Looking for a bargain? We've rounded up today's best discounts on laptops.") for w in WAYS),
        *((w, 'Our deal hunters track prices around the clock, so you never overpay.') for w in WAYS),
        ('glued', "Now £19 (was £30) - shop it at Mercer's"),
        *((w, "Opinions expressed in this column are the author's own and do not reflect the views of the Harbour Gazette.") for w in WAYS),
        *((w, 'The views in this piece are solely those of the writer and not necessarily those of Kestrel Media.') for w in WAYS),
        *((w, 'Any views expressed here belong to the contributor and do not represent this publication.') for w in WAYS),
        *((w, "The opinions in this blog are the author's alone and are not endorsed by Northfield News.") for w in WAYS),
        *((w, 'Courtesy of the Institute of Soil Research.') for w in WAYS),
        ('glued', 'Journal reference: P. Okafor, Soil carbon under grazing, Earth Systems Letters, 2026.'),
        *((w, 'This update fixes several bugs and makes the app run smoother.') for w in WAYS),
        *((w, 'Get Starquest now on iOS and Android.') for w in WAYS),
        *((w, 'About Corvo Labs. Founded in 2015, Corvo Labs helps retailers sell more online.') for w in WAYS),
        ('glued', 'About Nimbus Health - Nimbus Health is a pioneering provider of digital clinics. Visit nimbushealth.com for more.'),
        ('glued', 'Sponsored offer: get 30% off your first box with code HELLO30.'),
        # round 133: a not-advice notice is a hint (the guidelines do not list it; the writers leave it)
        *((w, 'This article is for general information only and should not be taken as financial advice.') for w in WAYS),
        *((w, 'The content of this page is not intended as medical advice; always consult your doctor.') for w in WAYS),
    }
)

ITEMS = list(chain(*BY_KIND.values()))

# the site disclaimers left as hints (review 65: their strict xfails above say only that they are
# not warned; the point of leaving them is that the hint still reads them)
HINTED_DISCLAIMERS = (
    "Opinions expressed in this column are the author's own and do not reflect the views of the Harbour Gazette.",
    "The views in this piece are solely those of the writer and not necessarily those of Kestrel Media.",
    "Any views expressed here belong to the contributor and do not represent this publication.",
    "The opinions in this blog are the author's alone and are not endorsed by Northfield News.",
)


@pytest.mark.parametrize(("way", "item"), block_pastings(ITEMS, LEFT))
def test_a_known_kind_in_new_words_warns_on_its_own_lines_only(way: str, item: Insertion) -> None:
    assert_warned_on_its_own_lines(item, way)


@pytest.mark.parametrize(("way", "line"), [(w, x) for x in HINTED_DISCLAIMERS for w in WAYS])
def test_a_site_disclaimer_stays_a_hint(way: str, line: str) -> None:
    assert line in ITEMS and all((w, line) in LEFT for w in WAYS)
    text, first, last = block_pasted(line, way)
    found = lint_advertorial(text)
    assert [d for d in found if d.severity.rank >= Severity.WARNING.rank] == [], found
    assert any(d.rule == "advertorial/disclaimer" and d.severity is Severity.INFO and first <= d.line <= last
               for d in found), found


@pytest.mark.parametrize(("way", "line"), [(w, t) for t in chain(*TRAPS.values()) for w in WAYS])
def test_a_trap_leaves_the_story_without_a_warning(way: str, line: str) -> None:
    assert warnings_by_line(pasted(line, way)) == []


# the traps that hold a candidate of the family (the judge is what keeps them quiet); the others
# are plain look-alikes that no advertorial pattern matches
CANDIDATE_TRAPS = frozenset(
    {
        'The retailer said its team hunts down bargains every day for members.',
        'Shoppers scoured the market for the lowest prices before the holiday, traders said.',
        'Bargain hunters queued from dawn as the sale began, police said.',
        'Investigators found the site promised the best deals but sold fakes.',
        'The council said it compared prices so families did not overpay for meals.',
        'The jacket, which was $129, now sells for $89 at Brightmart, the company said.',
        'Tickets cost £45 at the door, organisers said.',
        'The price of bread rose to $3.49 a loaf at most stores in March.',
        'The phone went on sale at $599 on Friday.',
        'Affiliate links earn websites a fee when readers buy, the study found.',
        'Investigators said the site earned money from links to casinos.',
        'Her remarks do not represent the views of the union, a spokesman said.',
        'Ana Ruiz, who led the research, said more information would follow.',
        'More information about the trial is expected next year, the researchers said.',
        'The trial is set for 4 October 2026 and could last until 25 October 2026.',
        'Sam Ortiz is a certified money coach and the author of a book on debt.',
        'The council offers a free checklist to help residents prepare for floods.',
        "Parents can download a free guide from the school's website, the head said.",
        'The charity gave away free packing lists to refugees arriving at the port.',
        'Scammers promised a free copy of the guide in exchange for bank details.',
        'The government published a free workbook on budgeting last year.',
        'Visitors were handed free calendars at the door, organisers said.',
        "The next article in the inquiry's report deals with the fire doors.",
        'Part three of the trial will begin in January, the judge said.',
        'Version 2.9 of the app was pulled after users reported crashes.',
        'Users were told to update the app after the flaw was found.',
        'The app is available on the App Store and Google Play, the health service said.',
        'More than a million people downloaded the Pocketfarm app in its first week.',
        'Users can get the app free on iOS and Android, the council said.',
        'The bank urged customers to install its app before the branch closed.',
        'Downloads of the app rose after the outage, analysts said.',
        "Tallow Home is the UK's largest candle maker, according to industry figures.",
        'The festival said the deal was provided by its sponsor, a local bank.',
        'Regulators said the offer was paid for by a betting firm.',
        "The club's partner, a brewery, offered fans 30% off tickets.",
        'Reviews of the hotel on the site described dirty rooms.',
        'The hospital appealed for donations to buy a new scanner.',
        "Comments on the council's page were moderated after abusive posts.",
        "The minister's comments were criticised by opposition members.",
        'The site closed its comments section after threats, the editor said.',
        'He left a comment below the video, the court heard.',
        'The regulator said it reviews all comments before publishing its report.',
        "The council follows residents' complaints on Facebook and Instagram, a spokesman said.",
        "The paper's newsletter reached 200,000 inboxes, the company said.",
        'He posted the video on TikTok and YouTube before deleting it.',
        'The school asked parents to sign up for text alerts about closures.',
        'She subscribed to the newsletter in 2019, the tribunal heard.',
        "Hear from families who stayed with us, the hotel's advert said, before it closed.",
        'We review all comments before they are published, the regulator said in its guidance.',
        'The following deal is paid for by Brightmart, the investigation found.',
        'Update now to get the fix, the bank told customers after the breach.',
    }
)
PLAIN = frozenset(chain(*TRAPS.values())) - CANDIDATE_TRAPS


@pytest.mark.parametrize("line", sorted(chain(*TRAPS.values())))
def test_each_trap_is_a_candidate_or_labelled_plain(line: str) -> None:
    assert_trap(line, ADVERTORIAL, PLAIN)


def test_the_battery_is_by_kind_and_wide_enough() -> None:
    assert len(BY_KIND) >= 19 and all(len(v) >= 6 for v in BY_KIND.values())
    assert all(len(v) >= 6 for v in TRAPS.values())


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Tip: find more easy traybakes here!", "advertorial/page-copy"),
        ("Chef's tip - find the full menu here.", "advertorial/page-copy"),
        ("What's new in v2.7?", "advertorial/page-copy"),
        ("Version 4.2 is out now: quicker search and fewer crashes.", "advertorial/page-copy"),
        ("In this update: new stickers, crash fixes and a calmer home screen.", "advertorial/page-copy"),
        ("Crash fixes and smoother scrolling for everyone. More puzzles coming soon!", "advertorial/page-copy"),
        ("Harvest Market 2 October 2027 | 4 October 2027", "advertorial/page-copy"),
        ("See what our students have to say.", "advertorial/page-copy"),
        ("Real reviews from real guests:", "advertorial/page-copy"),
        ("Text supplied by the Royal Society of Chemistry.", "advertorial/syndication"),
        ("Next in our series: saving for a first home.", "advertorial/related-plug"),
        ("In my next post, I'll walk you through my spring planting plan.", "advertorial/related-plug"),
        ("We check every comment before it goes live.", "advertorial/comments-boilerplate"),
        ("To post a comment requires a free account.", "advertorial/comments-boilerplate"),
        ("This offer is brought to you by Cobalt Mobile.", "advertorial/sponsored-marker"),
        ("We are paid a small fee for purchases made via our links.", "advertorial/affiliate-disclosure"),
    ],
)
def test_each_construction_warns_under_its_rule(line: str, rule: str) -> None:
    assert warns_alone_under(line, rule), line


@pytest.mark.parametrize(
    "line",
    [
        # a tip that gives advice, and one reported
        "Tip: turn off the water before you start.",
        "Her best tip was to book early, she said.",
        # a version reported in the past, and a budget's "what's new"
        "Version 4.2 was out for a day before it was withdrawn.",
        "What's new in this year's budget is a tax on sugar.",
        # a story's own dates for an event, and a title with a range but no event
        "The Harvest Market runs from 2 October 2027 to 4 October 2027 in the square.",
        "Storm Ciara 9 February 2020 - 10 February 2020",
        # a credit that goes on to tell the story, and a study's funding
        "Text supplied by the council showed the plan had changed.",
        "Funding was provided by the Royal Society of Chemistry.",
        # a company's deals reported
        "The retailer said its buyers comb the sales so shoppers do not overpay.",
        # comments moderated by someone who is no "we"
        "The council checks every comment before it goes live, a spokesman said.",
    ],
)
def test_the_same_words_in_a_story_stay_unwarned(line: str) -> None:
    assert warnings_by_line(pasted(line, "own")) == []
