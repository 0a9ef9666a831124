"""Advertorial labels of round 49, by class and shape, on text written for these tests (not
taken from any corpus or page).

Round 49 pasted every line of the page furniture of the development split's saved pages (the
text around the article body: 2,587 lines) between two paragraphs of a story of our own and
read what was missed. The misses were the labels of the boxes the classes already know, worded
or glued differently, and the same verbs in other forms:

- a sign-up box's labels alone on a line: a newsletter's name with the box's nouns
  ("<Outlet> Newsletters", "Newsletter Sign-Up", "Daily Newsletters", "Magazine Subscription",
  "Breaking News Emails"), an app's or its notifications' label ("Android app", "<Outlet> push
  notifications"), a bare "Sign up for the", and "ourNewsletter" glued by a lost space;
- a click in any form ("by clicking here") and a click's imperative opening a sentence;
- the comment box's labels ("All comments", "Show more comments (20)", "Join Discussion"), its
  offer to notify, a blog post's meta line with its comment count, and a most-commented widget's
  teaser (a headline closed by "16 comments" at the line's end);
- a footer's cookie link ("Cookie Policy", "Cookies Settings") and the consent banner's "OK";
- a membership box's labels ("Join <Outlet> Plus", "Not a member?", "Support independent
  journalism") and the ad-blocker appeal;
- a related-posts label with its title, and a most-read box naming its section;
- a player's button alone ("Listen Live", "Watch TV") and a programme plug's "or listen back here";
- by shape and class (``advertorial/site-links``, one pattern for the page's link lines, tried at
  every short line): a line made only of the words of a site's boxes and links (and at most one
  name, the outlet's) with a sign-up, comment, privacy, membership or player box's word in it:
  "Text Alerts | Mobile Apps", "Read / Post Comments", "Terms of Use | Privacy Notice",
  "Subscriber Help Centre", "Podcasts & Videos".

Each is a label only where it is the whole line: a story's sentence with the same words (the
newsletter's launch, the council's cookie policy, a club's members) is left alone.
"""

from __future__ import annotations

from itertools import chain

import pytest

from tests.advertorial_battery49 import BOILERPLATE, TRAPS, pasted, pastings
from tests.advertorial_lint import AFTER, STORY, between, lint_advertorial, warning_lines, warnings_by_line

LABELS = {
    "advertorial/newsletter-plug": [
        "Harbour Gazette Newsletters",
        "Newsletter Sign-Up",
        "Newsletter sign up",
        "Weekly Newsletters",
        "Get Personalised Newsletters",
        "E-mail newsletter",
        "Magazine Subscription",
        "Sign-Up Now",
        "Sign up for Gazette news!",
        "Sign Up To The Gazette",
        "Sign up for the",
        "Breaking News Emails",
        "Subscribe to email updates:",
        "Gazette push notifications",
        "Android app",
        "iOS app",
        "Sign up for ourNewsletter.",
        "Click to watch the full briefing on our channel.",
        "SEE EVERY MATCH REPORT BY CLICKING HERE",
    ],
    "advertorial/comments-boilerplate": [
        "All comments",
        "Recent Comments",
        "User comments",
        "Show more comments (12)",
        "Show new comments (0)",
        "0 Post Comment (+)",
        "Join Discussion",
        "Comment via Facebook",
        "Notify me of follow-up comments by email.",
        "Posted in Local News | Permalink | 3 Comments",
        "March 3, 2024/4 Comments/in Local News /by editor",
        "Harbour wall to be repaired before winter 16 comments",
    ],
    "advertorial/site-notice": [
        "Cookie Policy",
        "Cookies Settings",
        "cookies policy",
        "See our Privacy Policy and Cookie Policy. OK",
    ],
    "advertorial/donation-appeal": [
        "Join Gazette Plus",
        "Join Supporters Club",
        "Not a member?",
        "Member Services",
        "Support independent journalism",
        "Want to block ads but still support the Gazette?",
    ],
    "advertorial/related-plug": [
        "Related post: A walker's guide to the harbour wall",
        "Related Tags:",
        "Most read in local news",
        "Most Commented",
    ],
    "advertorial/media-plug": [
        "Listen Live",
        "Watch TV",
        "Hear the breakfast show at 7am on weekdays, or listen back here.",
    ],
}

SITE_LINKS = [
    "Gazette Text Alerts | Mobile Apps", "RSS Feeds", "Share on Tumblr", "Follow by Email",
    "See all newsletters.", "Read / Post Comments", "Gazette Comment", "Terms of Use | Privacy Notice",
    "Privacy Policy", "Your Privacy Rights", "Subscriber Help Centre", "Member Benefits",
    "Gazette Podcasts & Videos",
]


@pytest.mark.parametrize(
    ("rule", "label"), [(rule, label) for rule, labels in LABELS.items() for label in labels]
)
def test_a_pasted_label_warns_under_its_class(rule, label):
    text = between(label)
    assert warning_lines(text) == [2], label
    assert any(d.rule == rule and d.line == 2 for d in lint_advertorial(text)), label


@pytest.mark.parametrize("label", SITE_LINKS)
def test_a_line_of_the_sites_link_words_warns(label):
    text = between(label)
    assert warning_lines(text) == [2], label
    assert any(d.line == 2 and d.rule.startswith("advertorial/") for d in lint_advertorial(text)), label


@pytest.mark.parametrize(
    "line",
    [
        "Privacy concerns",  # a subhead: "concerns" is no word of a site's links
        "Leaked emails",
        "Our members",
        "Local news",  # no class's word
        "Harbour Council Privacy Review Panel",  # two names: a body, not an outlet's link
    ],
)
def test_a_short_line_with_other_words_or_two_names_is_no_link_line(line):
    assert warning_lines(between(line)) == [], line


@pytest.mark.parametrize(
    "sentence",
    [
        "The newsletter, which now has 40,000 subscribers, was launched in May by two former reporters.",
        "Residents complained that the council's cookie policy was hard to find on its website.",
        "Comments from residents at the meeting were mostly in favour of the plan.",
        "The consultation on the harbour wall drew 16 comments.",
        "Members of the rowing club voted to join the regional league next season.",
        "Flood alerts",
        "The app, which costs nothing, lets drivers pay for parking by phone.",
        "Fans without tickets can listen live on the club's own radio station, the chairman said.",
        "Not a member? The club still welcomes visitors on Saturdays, its secretary said.",
        "Sign up for the scheme closes on Friday, the council said.",
        "The mayor said she would support independent journalism in the town with a small grant.",
    ],
)
def test_a_story_sentence_with_the_labels_words_is_left_alone(sentence):
    assert warning_lines(between(sentence)) == [], sentence


def test_a_label_never_swallows_the_story_around_it():
    text = f"{STORY}\nCookie Policy\n{AFTER}\nAll comments\n{STORY}\n"
    assert warning_lines(text) == [2, 4]


# -- round 49 (second session): batteries by class ----------------------------------------------
#
# tests/advertorial_battery49.py holds a battery of boilerplate lines by class (disclosures, sponsor
# labels with a "by" credit, partner series, comment and engagement lines, social, newsletter, app,
# podcast/video/event plugs, the outlet's own tickets, surveys and contests, form furniture, video
# and gallery pointers, related lists, syndication, commerce) and a battery of traps by kind
# (reporting about advertising, events, surveys and prices; a story's own "email" and "watch"
# sentences; subheads, captions, credits, bylines, datelines, corrections and legal lines), all
# written for these tests. Each line is pasted into a six-paragraph story of ours between its third
# and fourth paragraphs: on a line of its own, and glued to the fourth paragraph with no space, as
# extraction leaves it.

# what the battery still misses (kept as strict expected failures, so that a fix shows): "#ad" glued on, a
# one-word name closing a plug glued on ("on InstagramShop owners": "BlackRock clients" has the shape), a colon label with its headline glued on (round 50 found the retailer and "Buy now"
# lines glued on: a price line is cut after its figure), a loaned-product disclosure, a price field, a competition's "WIN!" label
BATTERY_MISSES = {
    ("own", "The author received a free night's stay from the hotel for the purpose of this review."),
    ("glued", "The author received a free night's stay from the hotel for the purpose of this review."),
    ("own", "WIN! A year's supply of coffee - enter now"),
    ("glued", "WIN! A year's supply of coffee - enter now"),
    ("own", "Price: £49.99"),
    ("glued", "Price: £49.99"),
    ("glued", "Deal: Save $100 on the Vortex blender at Walmart"),
    # (round 55 took off round 54's four and "LISTEN:" glued: the reader-call rule cuts a call closed by
    # a network's name at the join, and a media label's headline stops at a join)
}


@pytest.mark.parametrize(("way", "line"), pastings(chain(*BOILERPLATE.values()), BATTERY_MISSES))
def test_a_battery_line_warns_where_it_waspasted(way, line):
    found = warnings_by_line(pasted(line, way))
    # warned where it was pasted, and the story's other paragraphs never taken in
    assert {n for n, _ in found} == {4}, found


@pytest.mark.parametrize(("way", "line"), pastings(chain(*TRAPS.values())))
def test_a_trap_leaves_the_story_without_a_warning(way, line):
    assert warnings_by_line(pasted(line, way)) == []


def test_the_batteries_are_wide_enough():
    assert len(BOILERPLATE) >= 15 and all(len(v) >= 10 for v in BOILERPLATE.values())
    assert len(TRAPS) >= 9 and all(len(v) >= 10 for v in TRAPS.values())
    assert sum(map(len, TRAPS.values())) >= 90
