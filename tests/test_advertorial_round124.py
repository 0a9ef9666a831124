"""Advertorial round 124: issue 15's classes worded as nobody has worded them yet, on sentences
written for these tests (none taken from a corpus or a set).

A battery of 130 furniture lines and blocks in fresh wordings, several per class of issue 15
(affiliate and sponsor disclosures, comment and reader-engagement boilerplate, tip lines, social,
newsletter, app and notification plugs, podcast, video and event plugs, related and read-more
lines, timelines, syndication and "About <company>" boilerplate, commerce lines, support appeals,
paywall and live-blog furniture), each put into a short council story two ways: as its own
paragraph between two story paragraphs, and glued after the story's first sentence on its line.
Each line's outcome in each place is asserted: "warning" (an advertorial warning on the line),
"info" (a hint only) or "silent". The lines left silent or hinted are pinned as they stand, with
the reason in docs/history/advertorial.md (round 124): live pages' status notes, copyright lines
and timelines (rounds 105, 120, 121 leave them), an explainer's header, a review's price line, and
glued labels with no stop (a label glued before the next sentence reads as its subject).

Then traps, each in the same two places, that must get no advertorial warning: reporting about
advertising, a newsletter, an app or a podcast as the subject of news, a subhead, a caption, a
byline, a dateline, a correction, "with reporting by", and the near misses of the patterns built
in this round (a presenter, a sponsor reported with a speaker, fraudsters' income, "opt in to the
scheme", "comes to the town courtesy of", "Conversations on the estate").
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import AFTER, STORY, lint_advertorial


def _outcome(text: str, line: int) -> str:
    found = [d for d in lint_advertorial(text) if d.line == line]
    if any(d.severity.rank >= Severity.WARNING.rank for d in found):
        return "warning"
    return "info" if found else "silent"


def _spilled(text: str, line: int) -> bool:
    """Is a warning reported on a line other than the snippet's (the story swallowed)?"""
    return any(d.line != line and d.severity.rank >= Severity.WARNING.rank for d in lint_advertorial(text))


def _own_paragraph(snippet: str) -> str:
    return f"{STORY}\n\n{snippet}\n\n{AFTER}\n"


def _glued(snippet: str) -> str:
    return f"{STORY} {snippet}\n{AFTER}\n"


# (class, the line, its outcome as its own paragraph, its outcome glued after the story's sentence)
BATTERY = [
    ("affiliate", "Products in this roundup were chosen by our editors; when you buy through them we receive a small share of the sale.", "warning", "warning"),
    ("affiliate", "Heads up: some of the links on this page pay us a referral fee at no extra cost to you.", "warning", "warning"),
    ("affiliate", "We're reader-supported. Purchases made via our links can earn us a fee.", "warning", "warning"),
    ("affiliate", "If you click a retailer link and make a purchase, the Harbour Gazette may be paid a commission.", "warning", "warning"),
    ("affiliate", "Shopping links in this guide are affiliate links.", "warning", "warning"),
    ("affiliate", "Our picks are independent, but we may get a cut when you shop through them.", "warning", "warning"),
    ("sponsor", "This newsletter is brought to you by Marsh Valley Dairies.", "warning", "warning"),
    ("sponsor", "Today's briefing comes to you courtesy of Kelby Motors.", "warning", "warning"),
    ("sponsor", "Presented in association with Coastline Energy.", "warning", "warning"),
    ("sponsor", "This content was paid for by Orchard Homes and produced by our commercial team.", "warning", "warning"),
    ("sponsor", "Funded content: this page was created with support from the Harbour Tourism Board.", "warning", "warning"),
    ("sponsor", "Promoted by Greenway Banking Group.", "warning", "warning"),
    ("sponsor", "This week's edition is powered by Lumen Broadband.", "warning", "warning"),
    ("comments", "Have your say on the pool closure in the comments section below.", "warning", "warning"),
    ("comments", "What do you make of the decision? Drop us a line in the comments.", "warning", "warning"),
    ("comments", "Comments on this article have been closed.", "warning", "warning"),
    ("comments", "We welcome your comments, but please keep the conversation civil and on topic.", "warning", "warning"),
    ("comments", "Join the conversation below.", "warning", "warning"),
    ("comments", "Tell us what you think: leave a comment under this story.", "warning", "warning"),
    ("tipline", "Got a story for us? Message our newsroom on 07700 900123.", "warning", "warning"),
    ("tipline", "Know something we should be looking into? Get in touch with the news desk at desk@harbourgazette.example.", "warning", "warning"),
    ("tipline", "If you have information about this story, you can share it with us securely via Signal.", "warning", "warning"),
    ("tipline", "Tip us off: email newsdesk@coastpost.example.", "warning", "warning"),
    ("social", "Catch up with us on Instagram and TikTok for more from the coast.", "warning", "warning"),
    ("social", "Like our page on Facebook to keep up with local news.", "warning", "warning"),
    ("social", "Find the Harbour Gazette on Threads and Bluesky.", "warning", "warning"),
    ("social", "Stay connected: we're @HarbourGazette on every platform.", "warning", "warning"),
    ("social", "Join our WhatsApp channel for the day's top stories.", "warning", "warning"),
    ("newsletter", "Get the morning's top headlines delivered straight to your inbox - it's free.", "warning", "warning"),
    ("newsletter", "Want more stories like this? Our weekly email has you covered.", "warning", "warning"),
    ("newsletter", "Never miss a story: register for our free daily bulletin.", "warning", "warning"),
    ("newsletter", "Enter your email address to receive our evening roundup.", "warning", "warning"),
    ("newsletter", "Our politics newsletter lands every Thursday. Sign up here.", "warning", "warning"),
    ("app-notif", "Download the Harbour Gazette app for iPhone and Android for breaking news on the go.", "warning", "warning"),
    ("app-notif", "Turn on alerts in our app so you never miss a development.", "warning", "warning"),
    ("app-notif", "Get breaking news first with the Coast Post app, free on the App Store and Google Play.", "warning", "warning"),
    ("app-notif", "Allow notifications to hear about major stories as they happen.", "warning", "warning"),
    ("app-notif", "Opt in to our breaking news alerts.", "warning", "warning"),
    ("podcast-video-event", "New episodes of our podcast, The Quayside, drop every Tuesday wherever you get your podcasts.", "warning", "warning"),
    ("podcast-video-event", "Listen to the latest episode of Harbour Talk on Spotify or Apple Podcasts.", "warning", "warning"),
    ("podcast-video-event", "Watch our video explainer on the pool closure on our YouTube channel.", "warning", "warning"),
    ("podcast-video-event", "Subscribe to our YouTube channel for more local video.", "warning", "warning"),
    ("podcast-video-event", "Join our reporters for a live Q&A on the budget next Wednesday at 7pm. Register for free.", "warning", "warning"),
    ("podcast-video-event", "Tickets for our Harbour Gazette Business Awards are on sale now.", "warning", "warning"),
    ("podcast-video-event", "Book your place at our reader event on housing at the Assembly Rooms.", "warning", "warning"),
    ("related", "You might also like: Council to sell old library building", "warning", "warning"),
    ("related", "More on this story", "info", "silent"),
    ("related", "Further reading: How the pool was built in 1936", "warning", "warning"),
    ("related", "Related coverage: Leisure centre fees to rise in April", "warning", "warning"),
    ("related", "Most read", "warning", "warning"),
    ("related", "Recommended for you", "warning", "warning"),
    ("related", "Keep reading: Why the harbour wall keeps cracking", "warning", "warning"),
    ("timeline", "Timeline: how the pool row unfolded", "silent", "silent"),
    ("timeline", "Catch up on the story so far", "silent", "silent"),
    ("timeline", "Recap: everything you need to know about the closure", "silent", "silent"),
    ("syndication", "This story was originally published by the Coast Courier and is republished here with permission.", "warning", "warning"),
    ("syndication", "This article first appeared on Estuary Voice, a nonprofit newsroom, and is reproduced under a Creative Commons licence.", "warning", "warning"),
    ("syndication", "About Harbour Media Group: Harbour Media Group is a family-owned publisher serving the south coast since 1899.", "warning", "warning"),
    ("syndication", "About the Coastal Reporting Project: The project is an independent newsroom covering the shoreline.", "warning", "warning"),
    ("syndication", "Republish this story for free under our Creative Commons licence.", "warning", "warning"),
    ("commerce", "Buy it now for £39.99 at Harbour Outdoors.", "warning", "warning"),
    ("commerce", "Grab yours for just $24 while stocks last.", "warning", "warning"),
    ("commerce", "Use the code GAZETTE15 at checkout for 15% off.", "warning", "warning"),
    ("commerce", "Price drop: the kettle is now £29, down from £45, at Currys.", "warning", "warning"),
    ("commerce", "Shop the full range at harbourhomes.example.", "warning", "warning"),
    ("commerce", "Deal alert: save 30% on garden furniture this weekend only.", "warning", "info"),
    ("support", "Local journalism costs money. Chip in from £3 a month.", "warning", "warning"),
    ("support", "If you value our reporting, please consider becoming a supporter.", "warning", "warning"),
    ("support", "Readers like you keep the Harbour Gazette going. Make a contribution today.", "warning", "warning"),
    ("support", "Back our newsroom with a one-off gift.", "warning", "warning"),
    ("liveblog", "Refresh this page for the latest updates.", "warning", "warning"),
    ("liveblog", "Follow our live coverage of the storm here.", "warning", "warning"),
    ("liveblog", "Keep this page open for the latest as it happens.", "warning", "warning"),
    ("liveblog", "For all the latest, follow our live blog.", "warning", "warning"),
    ("liveblog", "Stay with us for rolling updates throughout the day.", "warning", "warning"),
    ("liveblog", "Sign up for breaking news alerts.", "warning", "warning"),
    ("liveblog", "This briefing is brought to you by Harbour Credit Union.", "warning", "warning"),
    ("liveblog", "Updates from our reporters on the ground will appear below.", "silent", "silent"),
    ("paywall", "You've read three of your five free articles this month.", "warning", "warning"),
    ("paywall", "Already a subscriber? Log in to continue reading.", "warning", "warning"),
    ("paywall", "Unlock unlimited access for £1 a week.", "warning", "warning"),
    ("paywall", "This article is for subscribers only.", "warning", "warning"),
    ("affiliate", "We may be compensated if you purchase something through a link on this page.", "warning", "warning"),
    ("affiliate", "Clicking through to a retailer from this article may generate income for the Coast Post.", "warning", "warning"),
    ("affiliate", "When readers shop via the links below, the Estuary Voice earns a small percentage.", "warning", "warning"),
    ("affiliate", "This guide contains links that pay us when you buy.", "warning", "warning"),
    ("sponsor", "Today's edition is sponsored by Harbour Credit Union.", "warning", "warning"),
    ("sponsor", "This morning's roundup comes to you thanks to Lumen Broadband.", "warning", "warning"),
    ("sponsor", "Our coverage of the election is supported by the Civic Trust.", "warning", "warning"),
    ("sponsor", "A message from our sponsor: Kelby Motors has 0% finance on every new car.", "warning", "warning"),
    ("comments", "Jump into the discussion below.", "warning", "warning"),
    ("comments", "Share your thoughts in the comments.", "warning", "warning"),
    ("comments", "Conversations on this page are moderated according to our community rules.", "warning", "warning"),
    ("tipline", "Do you have a story you want us to investigate? Email us at investigations@coastpost.example.", "warning", "warning"),
    ("tipline", "Spotted something newsworthy? Send us your photos and videos via WhatsApp.", "warning", "warning"),
    ("tipline", "You can reach our newsroom confidentially on 0800 123 456.", "warning", "warning"),
    ("social", "Be part of our community: follow the Harbour Gazette on Facebook.", "warning", "warning"),
    ("social", "Never miss a beat: follow us across social media.", "warning", "warning"),
    ("social", "Tap the bell icon to get alerts whenever we publish.", "warning", "warning"),
    ("social", "Add the Coast Post to your Google News feed.", "warning", "warning"),
    ("newsletter", "Make us a preferred source on Google.", "warning", "warning"),
    ("newsletter", "Our newsletter is the easiest way to stay informed. Join 40,000 readers today.", "warning", "warning"),
    ("podcast-video-event", "Subscribe to The Quayside wherever you listen.", "warning", "warning"),
    ("podcast-video-event", "Watch the full interview on Harbour TV's YouTube channel.", "warning", "warning"),
    ("podcast-video-event", "Join us at the Kelby Food Festival, sponsored by the Harbour Gazette, on 12 June.", "warning", "warning"),
    ("related", "Tune in to Harbour FM every weekday from 6am for the breakfast show.", "warning", "warning"),
    ("related", "Related: Pool campaigners march on town hall", "warning", "warning"),
    ("related", "Also on the Gazette: Ten of the best walks on the coast", "warning", "warning"),
    ("related", "What you need to know: the pool closure explained", "silent", "silent"),
    ("related", "More local news", "warning", "silent"),
    ("syndication", "Latest from Harbour Gazette", "warning", "silent"),
    ("syndication", "This article is republished from The Conversation under a Creative Commons licence.", "warning", "warning"),
    ("syndication", "Distributed by Tribune Content Agency.", "warning", "warning"),
    ("commerce", "Copyright 2026 Harbour Media. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", "silent", "silent"),
    ("commerce", "Order now and get free delivery on orders over £30.", "warning", "warning"),
    ("commerce", "Available at all good bookshops, RRP £12.99.", "silent", "silent"),
    ("support", "Was £89, now £59 at Argos.", "warning", "warning"),
    ("support", "Support independent journalism: become a member today.", "warning", "warning"),
    ("support", "Every contribution, however small, helps keep our reporting free for all.", "warning", "warning"),
    ("site-notice", "Please turn off your ad blocker to support our journalism.", "warning", "warning"),
    ("site-notice", "We use cookies to improve your experience on our site.", "warning", "warning"),
    ("liveblog", "Live updates will continue through the evening.", "silent", "silent"),
    ("liveblog", "Follow all the action as it happens with our match tracker.", "warning", "warning"),
    ("liveblog", "Get live updates on the storm direct to your phone: sign up for push alerts.", "warning", "warning"),
    ("sponsor", "The Morning Briefing is supported by Coastline Energy.", "warning", "warning"),
    ("share", "Enjoying this article? Forward it to a friend.", "warning", "warning"),
    ("share", "Love local news? Tell a friend about the Harbour Gazette.", "warning", "warning"),
    ("newsletter", "Stay on top of the day's news with our evening email.", "warning", "warning"),
    ("liveblog", "Want the latest on the storm? Bookmark this page.", "warning", "warning"),
    ("app-notif", "Scan the QR code to download our app.", "warning", "warning"),
]


@pytest.mark.parametrize(("kind", "snippet", "alone", "glued"), BATTERY, ids=[f"{k}-{i}" for i, (k, *_) in enumerate(BATTERY)])
def test_each_fresh_wording_gets_its_outcome_alone_and_glued(kind: str, snippet: str, alone: str, glued: str) -> None:
    assert _outcome(_own_paragraph(snippet), 3) == alone, (kind, "own paragraph")
    assert _outcome(_glued(snippet), 1) == glued, (kind, "glued")
    assert not _spilled(_own_paragraph(snippet), 3), (kind, "the story paragraphs stay unwarned")


def test_the_battery_is_mostly_warned() -> None:
    both = sum(1 for _, _, alone, glued in BATTERY if alone == glued == "warning")
    assert len(BATTERY) >= 80
    assert both >= 110


TRAPS = [
    "The council spent £40,000 on adverts urging residents to recycle, figures show.",
    "The firm's newsletter, sent to 20,000 customers, wrongly said the pool would reopen.",
    "The regulator ruled that the influencer's posts should have been labelled as adverts.",
    "Changes to the pool",
    "Swimmers at the old pool in 1998. Photograph: Harbour Archive",
    "By Priya Shah, Health Correspondent",
    "HARBOURTON, June 4 —",
    "Correction: this article originally gave the wrong date for the vote.",
    "With reporting by Tom Reed and Ana Ruiz.",
    "The podcast's host said she would take a break after 200 episodes.",
    "The app, which lets users book lanes, crashed on its first day, the operator said.",
    "Readers of the paper raised £12,000 for the pool's repair in 2019.",
    "The company said customers who clicked the link were charged twice.",
    "Residents can comment on the plans until March 3, the council said.",
    "The newspaper's live coverage of the flood won a regional award.",
    "Anyone with information is asked to call police on 101, quoting incident 4411.",
    "The sale of the site could raise £2m, a report to councillors said.",
    "Members of the swimming club were told by email on Monday.",
    "The broadcaster said the documentary would air on Sunday at 9pm.",
    "About 300 people signed a petition to save the pool.",
    "Subscribers to the leisure centre will get a refund, the council said.",
    "The coupon scheme, which offered 20% off swimming lessons, ended in May.",
    "The mayor urged residents to follow the council on social media for updates on the closure.",
    "The sponsor, a local bank, paid for new lane ropes last year.",
    "The podcast comes to you from a converted garage in Kelby, its host said.",
    "The funding came to us courtesy of a grant, the club's treasurer said.",
    "Customers must opt in to the firm's marketing emails, the regulator said.",
    "Fans can catch up with the players on Instagram, the club said.",
    "For all the latest, the council says residents should follow its website.",
    "Keep reading the signs, the instructor told the learners.",
    "The briefing comes to you at a time when the council is under pressure.",
    "If you click a link in the scam email, the fraudsters may be paid a commission, police said.",
    "Further reading of the report shows the pool lost money for years.",
    "The show comes to Harbourton courtesy of the Arts Council.",
    "Follow our live coverage, the station told viewers in its advert, which was later banned.",
    "The Morning Briefing is presented by Anna Lee on weekdays at 6am.",
    "The Harbour Bulletin is supported by the Arts Council, its editor said.",
    "Buying through the scam site may generate income for the fraudsters, police warned.",
    "When readers shop via links in the scam, the criminals earn a commission.",
    "Tell a friend about the Samaritans helpline if you are worried, the charity urged.",
    "Comments on the plan are closed, the council said.",
    "Take part in the debate at the town hall on Friday.",
    "Make the library your preferred source of information, the librarian said.",
    "Readers can catch up with the mayor at her surgery on Saturday.",
    "Residents who opt in to the scheme will get a free compost bin.",
    "The festival comes to the town courtesy of a lottery grant.",
    "Conversations on the estate are dominated by the pool closure.",
    "The council's live blog of the budget meeting ran for six hours.",
    "Under the headline 'Keep reading', the column urged parents to share books.",
    "The paper said its weekly briefing is supported by advertising.",
]


@pytest.mark.parametrize("snippet", TRAPS)
def test_the_trap_gets_no_advertorial_warning_alone_or_glued(snippet: str) -> None:
    assert _outcome(_own_paragraph(snippet), 3) != "warning"
    assert not _spilled(_own_paragraph(snippet), 3)
    assert _outcome(_glued(snippet), 1) != "warning"


@pytest.mark.parametrize(
    ("snippet", "rule"),
    [
        ("If you click a retailer link and make a purchase, the Harbour Gazette may be paid a commission.", "advertorial/affiliate-disclosure"),
        ("When readers shop via the links below, the Estuary Voice earns a small percentage.", "advertorial/affiliate-disclosure"),
        ("Clicking through to a retailer from this article may generate income for the Coast Post.", "advertorial/affiliate-disclosure"),
        ("Today's briefing comes to you courtesy of Kelby Motors.", "advertorial/sponsored-marker"),
        ("The Morning Briefing is supported by Coastline Energy.", "advertorial/sponsored-marker"),
        ("Keep reading: Why the harbour wall keeps cracking", "advertorial/read-more"),
        ("Catch up with us on Instagram and TikTok for more from the coast.", "advertorial/newsletter-plug"),
        ("Opt in to our breaking news alerts.", "advertorial/newsletter-plug"),
        ("Make us a preferred source on Google.", "advertorial/newsletter-plug"),
        ("Love local news? Tell a friend about the Harbour Gazette.", "advertorial/newsletter-plug"),
        ("For all the latest, follow our live blog.", "advertorial/newsletter-plug"),
        ("Follow all the action as it happens with our match tracker.", "advertorial/media-plug"),
        ("Jump into the discussion below.", "advertorial/comments-boilerplate"),
        ("Conversations on this page are moderated according to our community rules.", "advertorial/comments-boilerplate"),
    ],
)
def test_the_round_s_constructions_warn_under_their_rule(snippet: str, rule: str) -> None:
    found = lint_advertorial(_own_paragraph(snippet))
    assert any(d.rule == rule and d.line == 3 and d.severity.rank >= Severity.WARNING.rank for d in found), [
        (d.rule, d.line) for d in found
    ]


def test_further_reading_glued_with_its_headline_is_warned() -> None:
    text = f"{STORY} Further reading: How the pool was built in 1936\n{AFTER}\n"
    assert _outcome(text, 1) == "warning"


# -- part 2: D129's classes (live pages and briefings, readable), on sentences written for these tests --

D129_CLASSES = [
    # a day's or a day-part's letter, round-up or masthead and its sponsor
    ("This morning's Harbour Briefing is supported by Kelby Opticians.", "advertorial/sponsored-marker"),
    ("Tonight's round-up is paid for by Marsh Energy.", "advertorial/sponsored-marker"),
    ("Friday's Coast Ledger is sponsored by Orchard Homes.", "advertorial/sponsored-marker"),
    # the outlet's reader poll or survey put to the reader
    ("Answer our three-question reader poll and we may print your reply.", "advertorial/comments-boilerplate"),
    ("Take our quick survey about bus services.", "advertorial/comments-boilerplate"),
    # the live page's "stay with us"
    ("Read the key points first, then stay with us here for the verdict.", "advertorial/newsletter-plug"),
    ("Stick with us on this page throughout the count.", "advertorial/newsletter-plug"),
]


@pytest.mark.parametrize(("snippet", "rule"), D129_CLASSES)
def test_the_live_page_and_briefing_furniture_warns_under_its_rule(snippet: str, rule: str) -> None:
    found = lint_advertorial(_own_paragraph(snippet))
    assert any(d.rule == rule and d.line == 3 and d.severity.rank >= Severity.WARNING.rank for d in found), [
        (d.rule, d.line) for d in found
    ]


@pytest.mark.parametrize(
    "snippet",
    [
        "Today's festival is supported by the Arts Council.",
        "This morning's Harbour Briefing is supported by Kelby Opticians, its editor said.",
        "Take our survey, the council urged residents.",
        "Residents answered our survey in 2019.",
        '"Stay with us for the night," the nurse told her.',
        "Stay with us for the weekend, her aunt wrote.",
        "Catch up on the week's evidence in the trial.",
    ],
)
def test_the_near_misses_of_part_2_get_no_warning(snippet: str) -> None:
    assert _outcome(_own_paragraph(snippet), 3) != "warning"
    assert _outcome(_glued(snippet), 1) != "warning"


def test_a_staff_credit_beside_a_live_plug_stays_a_byline() -> None:
    text = (
        "Election night live: the count in Harbourton\n"
        "Live coverage from our politics team, Ana Ruiz and Tom Reed, with analysis by Priya Shah.\n"
        "Read the key points first, then stay with us here for the results.\n"
        "22:10 The first ballot boxes arrived at the leisure centre.\n"
    )
    found = [d.line for d in lint_advertorial(text) if d.severity.rank >= Severity.WARNING.rank]
    assert 3 in found
    assert 2 not in found


def test_a_reporter_named_by_the_outlet_beside_a_plug_stays_a_byline() -> None:
    text = (
        "Verdict day at the Crown Court\n"
        "Our courts reporter Ana Ruiz is in Court 2. Edited by Tom Reed.\n"
        "New to the case? Catch up on the evidence in our trial explainer before the verdicts.\n"
        "10:05 The jury has been sent out again.\n"
    )
    found = [d.line for d in lint_advertorial(text) if d.severity.rank >= Severity.WARNING.rank]
    assert 3 in found
    assert 2 not in found
