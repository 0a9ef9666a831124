"""Round 144 (advert144): listings that are not related links, and the new desks' plugs (issue 15).

Sentences written for this round, each read between two story paragraphs. The readings built:

- a story's own listing under a heading that brings it in as content ("Full list of winners:",
  "Albums chart (top five):", "Tonight's card:"), every entry a name, a ranked name, a credit
  ("Name - Title") or a "Category: Name" pair with no finite verb:
  :func:`lintnews.builtin.shared.headlines.listing_run`, no run of related headlines; headlines
  with verbs under the same heading, or names under a label that points away, still warn;
- a byline's credit opening its line ("Report by Ana Ruiz at the Corn Hall"): no command;
- a classifieds portal's plug ("Find your next home on <Portal>") and a listings page's call
  ("Submit yours to our diary page"): ``ad-sales``;
- a local paper's own sale ("Buy a copy for the full ...", "Buy this week's <Paper> in shops") and
  a comparison broker's pitch ("Compare travel insurance from 30 providers"): ``commerce-cta``.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.insertion import command
from lintnews.builtin.shared.headlines import listing_entry, listing_heading, listing_run, other_story
from lintnews.document.document import Document
from tests.advertorial_lint import REGISTRY, warning_lines, warnings_by_line

_LEAD = (
    "The Harbour Music Awards were handed out on Saturday night at the Corn Hall, where the ceremony "
    "ran an hour late after a power cut.\n"
)
_TAIL = "\nThe organisers said next year's ceremony would move to the new arena in Castlegate.\n"


def _between(block: str) -> str:
    return _LEAD + block + _TAIL


# -- a story's own listing under its heading ------------------------------------------------------

_WINNERS = (
    "Full list of this year's winners:\n"
    "Record of the Year: Tamsin Orde - Lantern Songs\n"
    "Best Group: The Saltmarsh Choir\n"
    "Best Newcomer: Idris Pell\n"
    "Outstanding Contribution: Dame Hester Vail\n"
)

_CHART = (
    "This week's singles chart (top five):\n"
    "1. Tamsin Orde - Lantern Songs\n"
    "2. The Copper Kettles - Runs Deep\n"
    "3. Idris Pell - North of Nowhere\n"
    "4. Mara Quill - Glass Harbour\n"
    "5. Lowtide - Keeps Me Waiting\n"
)

_CARD = (
    "Tonight's card:\n"
    "Tom Hale v Ivan Rusk (heavyweight, 10 rounds)\n"
    "Dee Marsh v Kay Orton (lightweight title)\n"
    "Sam Boyd v Leo Finch (welterweight)\n"
)


def test_award_winners_under_their_heading_are_no_related_links() -> None:
    assert warning_lines(_between(_WINNERS)) == []


def test_a_chart_under_its_heading_is_no_list_of_links() -> None:
    assert warning_lines(_between(_CHART)) == []


def test_a_fight_card_under_its_heading_is_no_list_of_links() -> None:
    # (review 139: a control, quiet on c82246a2 too: the card's lines were never read as
    # headlines, and ``listing_entry`` refuses the first, "10 rounds" holding a verb's -s form)
    assert warning_lines(_between(_CARD)) == []


def test_headlines_with_verbs_under_a_listing_heading_still_warn() -> None:
    block = (
        "This year's winners:\n"
        "Lifeboat Crew Rescues Two Walkers Stranded by the Tide\n"
        "Bakery on the Quay Closes After Eighty Years\n"
        "Teenage Sailor Sets Record for Solo Crossing to the Islands\n"
    )
    assert warning_lines(_between(block))


def test_listing_heading_wants_a_listing_noun_and_no_pointing_word() -> None:
    assert listing_heading("Full list of this year's winners:")
    assert listing_heading("This week's singles chart (top five):")
    assert listing_heading("**Final standings**")
    assert not listing_heading("More awards stories:")
    assert not listing_heading("Related: the winners")
    assert not listing_heading("Other stories this week")
    assert not listing_heading("The winners were announced after a long night on the quay.")


def test_listing_entry_reads_names_not_headlines() -> None:
    assert listing_entry("Best Newcomer: Idris Pell")
    assert listing_entry("1. Lowtide - Keeps Me Waiting")  # (a work's title may hold a verb)
    assert listing_entry("Producer of the Year: Ana Ruiz for \"Quiet Water\"")
    assert not listing_entry("Idris Pell wins best newcomer at the Corn Hall")
    assert not listing_entry("Best Newcomer: Idris Pell thanks his late mother")
    assert not listing_entry("Ferry fares - council votes to freeze them")


def test_listing_run_wants_two_entries_and_every_one_a_name() -> None:
    entries = ["Best Group: The Saltmarsh Choir", "Best Newcomer: Idris Pell"]
    assert listing_run("Winners:", entries)
    assert not listing_run("Winners:", entries[:1])
    assert not listing_run("Winners:", [entries[0], "Choir founder quits after row over fees"])
    assert not listing_run("Most read", entries)


# -- a byline's credit is no command --------------------------------------------------------------


def test_a_credit_opening_its_line_is_no_command() -> None:
    assert command("Report by Ana Ruiz at the Corn Hall, Castlegate") is None
    assert command("Words by Tom Hale") is None
    # a deadline after "by" is no name: the command stands
    assert command("Donate by Friday to keep the lifeboat afloat") is not None


# -- the new desks' plugs -------------------------------------------------------------------------


def _rules_at(block: str) -> set[str]:
    text = _between(block + "\n")
    return {rule for line, rule in warnings_by_line(text) if line == 2}


def test_a_classifieds_portal_plug_warns() -> None:
    assert "advertorial/ad-sales" in _rules_at("Find your next home on Nestfinder, the county's biggest property site.")
    assert "advertorial/ad-sales" in _rules_at("Hosting a car boot sale? Submit them on our events calendar.")


def test_a_story_about_buyers_finding_homes_is_left() -> None:
    assert _rules_at("Buyers who find their next home in the valley pay less than in the city, the agent said.") == set()
    assert _rules_at("Organisers asked clubs to submit their entries to the council by March.") == set()


@pytest.mark.parametrize(
    "call",
    [
        "Running a quiz night? Submit yours to our diary page.",
        "Holding a car boot sale? Submit yours to our events diary.",
        "Organising a gala? Submit it to our festival diary.",
        "Submit your listing via our online form.",
    ],
)
def test_an_event_or_listing_sent_to_the_listings_pages_warns(call: str) -> None:
    """fix50c: the listings call by its object or by the pages it names."""
    assert "advertorial/ad-sales" in _rules_at(call)


@pytest.mark.parametrize(
    "call",
    [
        "Submit them via our upload form.",
        "Submit yours through our contributions page.",
        "Got pictures of the storm? Submit them to our reader gallery.",
        "Submit it via our website and we may feature it.",
    ],
)
def test_a_pronoun_sent_to_another_route_is_no_listings_sale(call: str) -> None:
    """fix50c: a call for readers' pictures or tips is reader engagement, not ad sales."""
    assert "advertorial/ad-sales" not in _rules_at(call)


def test_a_local_papers_own_sale_warns() -> None:
    assert "advertorial/commerce-cta" in _rules_at("The Gazette is out every Friday. Buy a copy for the full list of planning decisions.")
    assert "advertorial/commerce-cta" in _rules_at("Buy this week's Gazette in shops now for every result from the county.")
    assert "advertorial/commerce-cta" in _rules_at("Going abroad? Compare travel insurance from 30 providers and save.")


def test_a_story_buying_a_copy_is_left() -> None:
    assert _rules_at("Residents can buy a copy of the report from the library for £2.") == set()
    assert _rules_at("The regulator said firms must compare prices from at least three suppliers before they renew.") == set()


# -- a hosted trip's disclosure printed with a deal box --------------------------------------------

_TRIP = (
    "The path climbs from the slate quarry to the ridge in a little under two hours, and on a clear "
    "day the whole of the estuary opens up below the cairn.\n"
)


def test_a_hosted_trip_disclosure_beside_a_priced_deal_box_warns() -> None:
    text = (
        _TRIP
        + "\n*The writer travelled as a guest of Fellside Cottages.*\n\n"
        + "**Book now:** Three nights at Fellside Cottages with breakfast, from £395 per person. Book now - offer ends 30 April.\n"
    )
    assert 3 in warning_lines(text, "markdown")


def test_a_hosted_trip_disclosure_alone_or_beside_a_plug_without_price_stays_a_hint() -> None:
    alone = _TRIP + "\n*The writer travelled as a guest of Fellside Cottages.*\n\n" + _TRIP
    assert 3 not in warning_lines(alone, "markdown")
    beside = (
        _TRIP
        + "\n*The writer travelled as a guest of Fellside Cottages.*\n\n"
        + "Sign up for our walking newsletter for new routes every Friday.\n"
    )
    assert 3 not in warning_lines(beside, "markdown")
    assert 5 in warning_lines(beside, "markdown")


# -- sports and television desks' plugs ------------------------------------------------------------


def test_a_sportsbook_label_and_a_fantasy_game_pitch_warn() -> None:
    assert "advertorial/commerce-cta" in _rules_at("Odds boost: Harbour Town to win the league now 4/1 at Redline Bet.")
    assert "advertorial/commerce-cta" in _rules_at("Captain pick of the week: Idris Pell. Build your team in Gazette Fantasy - free to play, weekly prizes.")
    assert "advertorial/commerce-cta" in _rules_at("Pick five riders each week - free to play, weekly prizes.")


def test_a_story_about_odds_boosts_is_left() -> None:
    assert _rules_at("The odds boost offered by bookmakers drew a complaint from the regulator.") == set()


def test_a_call_to_stream_the_programme_free_warns_and_its_report_is_left() -> None:
    assert "advertorial/media-plug" in _rules_at("Catch up on the series tonight. Stream it now for free.")
    assert _rules_at("Viewers can stream it for free on the broadcaster's website until March.") == set()


def test_reports_joined_to_a_list_of_nouns_is_no_verb_of_speech() -> None:
    plug = "Subscribe to the Harbour Gazette for full access to our sailing coverage, tide reports and weather."
    assert "advertorial/donation-appeal" in _rules_at(plug)


def test_a_listing_entry_is_a_listed_line_for_the_other_families() -> None:
    """Its names and titles of works ("Runs Deep") are no writer's words: the loaded and
    attribution families read it as a listed line, as before it was cleared as a run of links."""
    text = _between(_CHART)
    doc = Document(REGISTRY.readers["text"].read(text), "t")
    assert other_story(doc, text.index("The Copper Kettles")) is not None
    assert other_story(doc, text.index("Harbour Music Awards")) is None
