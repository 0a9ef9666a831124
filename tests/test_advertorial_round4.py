"""Advertorial classes widened in round 4 (issue 15) by construction, on sentences written for
these tests (not taken from any corpus).

Each plug is built from a class's vocabulary and syntax rather than a wording seen before: a
social handle followed by the platforms it is on, an imperative to follow a name on a list of
platforms, a newsletter by its schedule, the outlet's cut of a sale, who may comment and who
hides comments, where copy came from and who may run it, a reading label alone on its line.
Shapes: a timeline led by "12 Jan", Markdown links with their targets in any case. The
look-alikes report about the same things and must stay silent at every severity.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import lint_advertorial, warning_lines

BEFORE = (
    "The regional water board agreed on Tuesday to replace 40 kilometres of leaking mains "
    "under Orrin Vale, at a cost of 18 million pounds, its chair said after the meeting."
)
AFTER = (
    "Digging is due to begin in March and some roads will close for up to a fortnight, "
    "the board's engineer told councillors."
)


_lint = lint_advertorial
_warnings = warning_lines


PLUGS = {
    "social-handle-platforms": "Pictures from every dig site: we are @OrrinValeNews across Threads, Instagram and YouTube.",
    "social-handle-and-on": "We post road closures as they happen on X at @OrrinValeNews and on Bluesky.",
    "social-follow-list": "Also follow the Orrin Vale News on Telegram, WhatsApp and LinkedIn for updates through the day.",
    "social-tap-follow": "Tap the follow button on @OrrinValeNews so you never miss a closure.",
    "newsletter-schedule": "Our free roads digest arrives every Friday with the week's closures.",
    "affiliate-cut": "If you pick up a water butt through the shop links here, a small share of the purchase goes to us.",
    "affiliate-we-get-paid": "Buy through the links in this guide and we may get paid, though your price stays the same.",
    "affiliate-brands-cannot-pay": "Makers cannot pay to be featured in our garden buying guides, which earn us a fee on sales.",
    "comments-who-may": "Comments are open to logged-in subscribers only.",
    "comments-moderators": "Replies that insult other readers will be removed by our moderators.",
    "comments-standards": "Discussion guidelines apply to every thread on this site.",
    "syndication-carried-here": "This report is reproduced here by arrangement with the Fenland Wire.",
    "syndication-first-filed": "The article was originally written for the Vale Gazette.",
    "syndication-member-papers": "Partner papers are free to reprint this article with a credit line.",
    "syndication-reuse": "You are free to republish this story, provided you credit the Orrin Vale News.",
    "syndication-partner-content": "Reporting supplied by our news partners at the Fenland Wire.",
    "syndication-licence": "The feature is republished under a syndication agreement with the Fenland Wire.",
    "syndication-courtesy": "Pictures courtesy of our friends at the Vale Gazette.",
    "social-stay-connected": "Stay connected: find the Orrin Vale News on Facebook.",
    "social-follow-for": "Follow for the latest closures on your route.",
    "social-preferred-source": "Make the Orrin Vale News your preferred source on Google News.",
    "podcast-apps-as-a-class": "The Pipe Dream podcast is out on Mondays on all the usual podcast apps.",
    "event-tickets-selling": "Tickets for Vale Live, our night of music and talks, are going fast.",
    "event-come-to": "Come along to our open newsroom on Saturday and tell us what you think.",
    "comments-closing": "Comments are switched off 24 hours after publication.",
    "comments-future-policy": "Rude replies will be hidden without notice.",
    "comments-moderation-on": "Pre-moderation is switched on for this article.",
    "engagement-hear-from": "We'd like to hear from readers whose homes lost water this week.",
    "tipline-contact-us": "Have pictures of the work? Contact us at news@orrinvale.example.",
    "affiliate-commission": "Some shops pay us an affiliate commission on the kit in this guide.",
    "affiliate-qualifying": "As a partner of several retailers we earn from qualifying purchases.",
    "competition": "Enter our summer prize draw to win a rain garden kit.",
    "appeal-readers-like-you": "Readers like you keep the Orrin Vale News on the streets.",
    "appeal-gift-today": "A small gift today pays for our reporters at the council.",
    "appeal-please-help": "Please help: our reporting on the water board depends on readers.",
    "broadcast-tuned-to": "You're tuned to Vale Radio, with news on the hour.",
    "broadcast-stay-with-us": "Stay with us for the travel news after the break.",
    "paywall-unlock": "Unlock the full story and every other report with a Vale Pass.",
    "paywall-reserved": "This story is reserved for Vale Plus members.",
    "paywall-upgrade": "Upgrade now for unlimited access to local news.",
    "deal-time-label": "This weekend only: half price water butts at Gardenmart.",
    "blog-sign-off": "See you in the next post, when we test rain gauges.",
    "affiliate-sellers-reward": "Several of the garden centres listed may reward us if you buy from them.",
    "affiliate-result-in-fee": "Following a link to a partner shop may result in us receiving a small fee.",
    "affiliate-tracked-links": "Heads-up: this buying guide uses tracked links.",
    "comments-reserve-right": "We reserve the right to delete any reply without notice.",
    "comments-you-agree": "By posting a comment, you agree to our community guidelines.",
    "comments-whose-views": "Comments are the views of their authors, not of the Orrin Vale News.",
    "comments-keep-relevant": "Please keep your comments on topic.",
    "social-our-account": "Our TikTok is where you'll find clips of the dig sites.",
    "social-dm": "DM us on Instagram with pictures of the roadworks.",
}


@pytest.mark.parametrize(("kind", "line"), list(PLUGS.items()), ids=list(PLUGS))
def test_each_class_built_from_its_vocabulary_is_reported_on_its_line(kind, line):
    assert _warnings(f"{BEFORE}\n{line}\n{AFTER}\n") == [2], (kind, line)


NOT_ADVERTORIAL = [
    "A clip posted by @valewatcher on Instagram was viewed 90,000 times before it was deleted.",
    "The mayor's office said it would follow the guidance on its Facebook page.",
    "The board's newsletter was sent to 12,000 homes in May, a spokesperson said.",
    "App stores take a cut of each sale, the competition watchdog said in its report.",
    "Comments on the consultation are open to residents until 30 June, the council said.",
    "Posts about the leak were removed by the platform after complaints, the company said.",
    "The Vale Gazette first reported the leak in 2021.",
    "Under the code, creators must label a paid partnership on every video they post.",
    "Also on Tuesday, the board approved a new chief executive.",
    "Readers were told to follow the diversion signs on Mill Lane.",
    "Residents stayed connected to the old mains until the new pipes were tested.",
    "Tickets for the cup final went on sale on Monday and sold out in an hour.",
    "Police want to hear from anyone who saw the burst main on Friday night.",
    "The competition watchdog said the board had not entered the market fairly.",
    "Under the new law, posts that incite violence must be taken down within a day.",
    "Comments on the plan close on 30 June, the council said.",
    "A donation from a local firm helped the angling club restock the river.",
    "Residents were asked to stay indoors while the main was repaired.",
    "The exhibition is open this weekend only, the museum said.",
    "Please help the police by checking your doorbell cameras, the inspector said.",
    "Supermarkets pay suppliers late, a report by MPs found.",
    "The platform reserves the right to remove posts that break its rules.",
    "The firm, which employs 300 people, was founded in 1998.",
]


@pytest.mark.parametrize("line", NOT_ADVERTORIAL, ids=[s[:40] for s in NOT_ADVERTORIAL])
def test_reporting_about_the_same_things_gives_no_diagnostic(line):
    assert _lint(f"{BEFORE}\n{line}\n{AFTER}\n") == []


def test_a_quoted_hashtag_is_a_mention_not_a_marker():
    line = 'Under the new code, creators have to mark a paid post clearly, with "#ad" in its first line.'
    assert _lint(f"{BEFORE}\n\n{line}\n\n{AFTER}\n") == []


@pytest.mark.parametrize(("lines", "reported"), [
    # a timeline of earlier stories led by day and short month
    (["3 Feb Board admits mains are decades past their design life",
      "17 Mar Burst pipe floods Orrin Vale high street",
      "9 Apr Residents without water for three days"], True),
    # Markdown links with their targets are a list of links, whatever their case
    (["- [Mains replacement to close Station Road](/news/station-road)",
      "- [Why the vale's pipes keep bursting](/news/pipes)",
      "- [Water bills to rise by a tenth](/news/bills)"], True),
    # a bulleted summary in sentence case, with no targets, is the story's own
    (["- Mains replacement to close Station Road",
      "- Some homes without water for a day",
      "- Bills to rise by a tenth next year"], False),
], ids=["timeline", "markdown-links", "summary-bullets"])
def test_runs_of_short_lines_between_story_paragraphs(lines, reported):
    text = f"{BEFORE}\n\n" + "\n".join(lines) + f"\n\n{AFTER}\n"
    assert _warnings(text) == ([3, 4, 5] if reported else [])


def test_a_reading_label_alone_on_its_line_leads_a_list_of_headlines():
    text = (
        f"{BEFORE}\n\n"
        "Also Read\n"
        "Board names new chief after long search\n"
        "Reservoir levels fall to lowest in a decade\n"
        "Anglers object to river abstraction plan\n\n"
        f"{AFTER}\n"
    )
    assert _warnings(text)[-3:] == [4, 5, 6]


def test_a_product_paragraph_between_a_buy_line_and_a_disclosure_is_the_storys():
    text = (
        "Our pick: Torrent Butt 200\n£60 £45 at Gardenmart\nShop now\n\n"
        "The Torrent Butt held 200 litres in our test garden and survived a hard frost without cracking.\n\n"
        "We may earn a commission if you buy through links on this page.\n"
    )
    assert 5 not in _warnings(text)


def test_a_timeline_led_by_month_names_under_its_label_is_reported():
    text = (
        f"{BEFORE}\n\n"
        "What we have reported so far:\n"
        "January: board warns mains are failing\n"
        "April: burst pipe floods the high street\n"
        "June: residents without water for three days\n\n"
        f"{AFTER}\n"
    )
    assert _warnings(text)[-3:] == [4, 5, 6]
