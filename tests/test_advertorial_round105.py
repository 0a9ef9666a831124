"""Advertorial round 105: organisations' own web pages (an agency's update, a club's news, a live
page, a release, a newsletter), on text written for these tests.

Precision first: a page's own furniture (a trail of breadcrumbs, a live page's status and
key-events labels, a release's end mark alone, a letter's greeting), the organisation telling its
own news ("Our sales team reports that ...", "most sessions"), and its praise of its own product
with no call to act (loaded language, not a plug) are not advertorial beside its plugs. Then class
members in other words: a programme's "brought to you with support from" credit, an advertiser's
"Proud supporters of this newsletter". Each with its look-alike.
"""

from __future__ import annotations

from lintnews.builtin.advertorial.furniture import breadcrumb_line, end_mark, greeting, live_page
from lintnews.builtin.advertorial.insertion import speaks_for_outlet
from lintnews.builtin.advertorial.seller import praise_only, seller_marks
from tests.advertorial_lint import around, lint_advertorial, warning_lines

PLUG = "Sign up to our weekly newsletter for offers and news straight to your inbox."


# -- furniture ----------------------------------------------------------------------------------


def test_a_trail_of_breadcrumbs_is_navigation() -> None:
    assert breadcrumb_line("Visit Fenmoor › Plan your visit › Events\n", 0)
    assert breadcrumb_line("Home > News > Club updates", 3)


def test_a_price_line_with_slashes_is_no_trail() -> None:
    assert not breadcrumb_line("Buy the Fell Jacket — £89 / €99 / $109, free delivery", 0)
    assert not breadcrumb_line("Read our guide. Then visit › the shop › today", 0)


def test_a_breadcrumb_trail_under_the_title_is_not_a_hook() -> None:
    text = (
        "New this summer at Fenmoor Lakes\nVisit Fenmoor › Plan your visit › What's on\n\n"
        "The boathouse reopened in May after a year of repairs, the trust said on Monday.\n\n"
        "Book your boat today at fenmoor.example/boats and save 10% with code LAKE10!\n"
    )
    assert 2 not in warning_lines(text)
    assert 6 in warning_lines(text)


LIVE = (
    "Council budget live: every vote as it happened\nLive | Updated 18:10\nKey events\n"
    "Parking charges rise by 5%\nLibrary hours kept\n\n18:10\nThe meeting has closed.\n"
    "Read more: What the budget means for you — use our calculator\n\n17:45\n"
    "Councillors approved the parking rise by 30 votes to 21.\n\n17:20\nThe debate has opened.\n"
)


def test_a_live_page_s_own_labels_and_key_events_are_not_plugs() -> None:
    assert live_page(LIVE)
    assert warning_lines(LIVE) == [9]


def test_the_same_labels_without_a_live_page_s_stamps_stay_reported_as_before() -> None:
    assert not live_page("Key events\nParking charges rise\n\n18:10\nThe meeting has closed.\n")


def test_a_release_end_mark_alone_is_furniture() -> None:
    assert end_mark("###\n", 0, 4)
    assert end_mark("- ENDS -", 0, 8)
    assert not end_mark("### Offers", 0, 10)
    text = around(PLUG, "Press office: press@fenmoor.example", "###")
    assert 7 not in warning_lines(text)


def test_a_letter_s_greeting_is_not_a_plug() -> None:
    assert greeting("I hope this newsletter finds you well.", 0, 38)
    text = around("Dear friends, spring is here at last. I hope this newsletter finds you well.")
    assert warning_lines(text) == []


def test_the_newsletter_offered_to_the_reader_is_still_a_plug() -> None:
    assert warning_lines(
        around("We hope you enjoy this newsletter: sign up for it free at fenmoor.example.")
    ) == [3]


# -- the organisation's own news and praise -----------------------------------------------------


def test_most_as_a_quantity_is_no_superlative() -> None:
    line = "Coach Dee Marsh, who joins us from a club in York, will lead most sessions."
    assert seller_marks(line) > -2 and abs(seller_marks(line)) < 2
    assert seller_marks("Our most popular suite is just £99 a night!") >= 4


def test_praise_of_its_own_product_without_a_call_is_no_pitch() -> None:
    praise = "Our elegant bistro offers an unforgettable dining experience in luxurious surroundings."
    assert praise_only(praise) and not praise_only("Book a table today: call 01632 960 111.")
    assert warning_lines(
        around(praise, "Book a table today: call 01632 960 111 or visit bistro.example/book")
    ) == [5]


def test_the_praise_with_a_call_is_still_a_pitch() -> None:
    pitch = (
        "Our elegant bistro offers an unforgettable dining experience: book your table today for just £30!"
    )
    assert warning_lines(around(pitch)) == [3]


def test_the_organisation_s_team_reporting_its_figures_is_its_news() -> None:
    line = "Our sales team reports that prices of three-bedroom houses rose to an average of £290,000."
    assert "advertorial/insertion" not in {d.rule for d in lint_advertorial(around(line))}
    assert speaks_for_outlet(line) is None
    assert speaks_for_outlet("Our sales team will value your home for free: call today.") is not None


# -- class members in other words ---------------------------------------------------------------


def test_coverage_brought_to_you_with_support_from_a_sponsor() -> None:
    credit = "This coverage is brought to you with support from Kestrel Bank. Kestrel Bank had no say in it."
    assert warning_lines(around(credit)) == [3]


def test_a_report_of_support_is_not_a_credit() -> None:
    assert (
        warning_lines(around("The festival was held with support from Kestrel Bank, the organisers said."))
        == []
    )


def test_an_advertiser_s_tagline_naming_the_newsletter() -> None:
    ad = "Quayside Bakery: fresh bread daily, cakes to order. Tel 01632 960 222. Proud supporters of this newsletter."
    assert warning_lines(around(ad)) == [3]


def test_a_reported_supporter_of_a_newsletter_is_not_an_advert() -> None:
    line = "The bakery's owner, who said she was a proud supporter of the newsletter, gave £50 to the appeal."
    assert warning_lines(around(line)) == []
