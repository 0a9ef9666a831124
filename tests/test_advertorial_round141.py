"""Round 141 (advert141): what round 140 left on the new desks, and Markdown furniture (issue 15).

Sentences written for this round, each read between two story paragraphs. The readings built:

- a story's own list of decisions under its heading ("Other rulings this week" over "<Firm>:
  complaint about ... upheld"): :func:`lintnews.builtin.shared.headlines.rulings_list`, no run of
  related headlines; a list of headlines under the same heading is still one;
- a schedule closed by its date, the place first ("Leeds: Corn Exchange, 22 July 2028"), every
  entry on one day: the story's own list of venues, no timeline of earlier stories;
- a reading label naming the kind of piece ("Related guides: ... explained"): the headline's verb
  of speech is no report of the story's;
- a reading label opening its own line inside a unit that runs over several lines (a Markdown
  live page's "**Related:** <headline>" between time stamps): reported, on its line only;
- an ad slot's label alone in a Markdown quote block ("> Advertisement"): no quotation;
- a book's order call with the shop's address and its price, glued after the book's listing;
- a live page's "Stay with us for updates." closing its line: left (GUIDELINES name no such
  furniture; precision first), the broadcast's "Stay with us." before the break still warns.
"""

from __future__ import annotations

from lintnews.builtin.shared.headlines import rulings_list, schedule_entry
from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import lint_advertorial, warning_lines, warnings_by_line

_LEAD = (
    "The harbour authority confirmed on Monday that ferry fares will rise by 6% in March, the second "
    "increase this year for island residents.\n"
)
_TAIL = "\nThe authority said it would publish its review of concession fares in the spring.\n"


def _rules(text: str, reader: str = "text") -> set[str]:
    return {d.rule for d in lint_advertorial(text, reader) if d.severity.rank >= Severity.WARNING.rank}


# -- a story's list of decisions ------------------------------------------------------------------

_RULINGS = (
    "Other decisions this week\n"
    "Quayside Motors: complaint about \"lowest prices in the county\" upheld\n"
    "Brightwater Spa: complaint about \"free treatment\" offer not upheld\n"
    "Northgate Loans: complaint about \"instant approval\" claim upheld\n"
)


def test_a_list_of_rulings_under_its_heading_is_no_list_of_headlines() -> None:
    assert warning_lines(_LEAD + _RULINGS + _TAIL) == []


def test_rulings_list_reads_the_heading_and_every_entry() -> None:
    entries = [
        "Quayside Motors: complaint about prices upheld",
        "Brightwater Spa: appeal dismissed",
    ]
    assert rulings_list("Other rulings this week", entries)
    assert rulings_list("**Tribunal decisions**", entries)
    # no heading of decisions
    assert not rulings_list("Other stories this week", entries)
    # an entry that ends in no outcome: a headline
    assert not rulings_list("Other rulings this week", [entries[0], "Brightwater Spa: owners plan new pool"])
    # one entry is no list
    assert not rulings_list("Other rulings this week", entries[:1])
    # a sentence is no heading
    assert not rulings_list("The watchdog made three other rulings this week.", entries)


def test_related_headlines_under_a_heading_of_other_stories_still_warn() -> None:
    text = (
        _LEAD
        + "Other stories this week\n"
        "Lifeboat crew rescues two walkers stranded by the tide\n"
        "Bakery on the quay closes after eighty years\n"
        "Teenage sailor sets record for solo crossing to the islands\n"
        + _TAIL
    )
    assert warning_lines(text)


# -- a schedule closed by its date ----------------------------------------------------------------


def test_venues_of_one_day_closed_by_the_date_are_the_story_schedule() -> None:
    text = (
        _LEAD
        + "Public screenings (tickets on sale in May)\n"
        "- Leeds: Corn Exchange, 14 August 2027\n"
        "- York: Museum Gardens, 14 August 2027\n"
        "- Hull: Queen's Gardens, 14 August 2027\n"
        + _TAIL
    )
    assert warning_lines(text, "markdown") == []


def test_schedule_entry_closed_by_its_date() -> None:
    assert schedule_entry("Leeds: Corn Exchange, 14 August 2027")
    assert schedule_entry("Brighton, The Dome - 6 May 2027")
    # a headline closed by its date says something of its names
    assert not schedule_entry("Council delays vote on ferry terminal, 14 August 2027")


def test_headlines_on_different_days_still_make_a_timeline() -> None:
    text = (
        _LEAD
        + "Harbour board delays vote on ferry terminal, 3 November 2025\n"
        "Judge halts work on ferry terminal, 9 January 2026\n"
        "Ferry terminal plan goes back to the drawing board, 14 March 2026\n"
        + _TAIL
    )
    assert warning_lines(text)


# -- reading labels -------------------------------------------------------------------------------


def test_a_related_label_of_guides_warns_after_a_plug() -> None:
    text = (
        _LEAD
        + "Sign up to the Harbour Ledger's Money newsletter.\n"
        "Related guides: Concession fares explained · How to claim a refund · Best season tickets for commuters\n"
    )
    assert 3 in warning_lines(text)


def test_a_story_sentence_after_related_in_lower_case_is_not_a_label() -> None:
    text = _LEAD + "Related stories were told by the ferry's crew, the captain explained on Monday.\n" + _TAIL
    assert warning_lines(text) == []


_LIVE_MD = (
    "# Ferry strike live: day two\n\n"
    "**15:20**\n"
    "The union said talks with the operator would resume on Wednesday morning.\n"
    "**15:02**\n"
    "**Related:** Ferry strike: timeline of a bitter dispute\n"
    "**14:40**\n"
    "The captain is said to have told crews the sailings would not resume before Friday.\n"
    "**14:15**\n"
    "Passengers queued at the terminal for most of the afternoon, with no sailings after noon.\n"
)


def test_a_related_label_on_its_line_inside_a_live_post_warns_on_that_line_only() -> None:
    found = [d for d in lint_advertorial(_LIVE_MD, "markdown") if d.rule == "advertorial/related-plug"]
    assert [(d.line, d.end_line) for d in found] == [(6, 6)]


def test_an_ad_slot_label_in_a_markdown_quote_block_warns() -> None:
    text = (
        "# Transfer window live\n\n"
        "**21:02** Harbour City have agreed a fee for the winger, the club said.\n"
        "**20:50**\n"
        "> Advertisement\n"
        "**20:45** The striker is thought to have passed a medical this morning.\n"
    )
    assert "advertorial/sponsored-marker" in _rules(text, "markdown")


def test_a_quotation_holding_the_word_is_no_ad_slot() -> None:
    text = (
        "# Ad watchdog ruling\n\n"
        "The watchdog said the post was not labelled.\n\n"
        "> The post should have been labelled as an advertisement, and it was not.\n\n"
        "The influencer said she would appeal.\n"
    )
    assert "advertorial/sponsored-marker" not in _rules(text, "markdown")


# -- the book's order call ------------------------------------------------------------------------


def test_a_book_order_call_glued_after_the_listing_warns() -> None:
    text = (
        _LEAD
        + "The Quiet Harbour by Ann Lee is published on Thursday by Lane Press (£20). To support the "
        "Harbour Ledger, order your copy at ledgerbooks.example for £17. Postage may apply.\n"
        + _TAIL
    )
    assert "advertorial/commerce-cta" in {rule for _line, rule in warnings_by_line(text)}


def test_a_copy_ordered_at_a_place_with_no_address_is_left() -> None:
    text = _LEAD + "Readers can order a copy at the town library for £2, the librarian said.\n" + _TAIL
    assert warning_lines(text) == []


# -- "stay with us" -------------------------------------------------------------------------------


def test_a_live_page_note_that_it_goes_on_updating_is_left() -> None:
    text = _LEAD + "We are tracking reports of delays at the terminal. Stay with us for updates.\n" + _TAIL
    assert warning_lines(text) == []


def test_the_broadcast_stay_with_us_before_the_break_still_warns() -> None:
    text = _LEAD + "Stay with us. After the break, the weekend weather.\n" + _TAIL
    assert "advertorial/media-plug" in _rules(text)


# -- Markdown emphasis as layout around a plug (round 140's list: warns on the base already) --------

_MD_LEAD = "# Match day\n\nThe captain said the side would attack from the first whistle on Saturday afternoon.\n\n"
_MD_TAIL = "\n\nThe referee inspected the pitch at noon and passed it fit for play.\n"


def test_plugs_in_markdown_emphasis_warn() -> None:
    for line, rule in (
        ("*Get breaking news alerts on the Harbour Ledger app.*", "advertorial/newsletter-plug"),
        ("**Turn on notifications in the Harbour Ledger app for every goal.**", "advertorial/newsletter-plug"),
        ("*Win a pair of season tickets: enter our prize draw by Friday.*", "advertorial/commerce-cta"),
    ):
        assert rule in _rules(_MD_LEAD + line + _MD_TAIL, "markdown"), line


def test_story_sentences_in_markdown_emphasis_are_left() -> None:
    line = "*The club said the app had crashed for ten minutes before kick-off.*"
    assert _rules(_MD_LEAD + line + _MD_TAIL, "markdown") == set()
