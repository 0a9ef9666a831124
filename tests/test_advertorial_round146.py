"""Round 146 (advert146): a story's own lists are no related-link runs (issue 15).

Sentences written for this round, each list read between two story paragraphs. The readings built
(:mod:`lintnews.builtin.shared.headlines`):

- a TV listing's slot, the clock time and then the programme with no mark between them ("6.45pm
  Quayside Vets (Channel 5)"): ``_SLOT``, a listing's line that joins a run but makes none;
- a name and nothing more (:func:`name_entry`): a couple ("Jed and Maisie"), a cast's actor and
  part ("Noor Baig as Elsie Crane"), a titled guest ("Baroness Ilse Varro", "Home Secretary Ada
  Penn"), a role after commas at most;
- a day's entry of a programme (:func:`day_entry`): "Thursday: Opening of a lifeboat station";
- :func:`listing_heading`: the lists of celebrity, royal and TV pages ("The menu", "Her
  engagements", "This year's couples") and an event's name before the heading ("<Gala>: the
  seating plan (top table)");
- :func:`listing_entry`: a past form used as a dish's adjective ("Grilled mackerel with pickled
  beetroot") is no finite verb.

The same lines as headlines that say what their people did, and real related-link boxes, still warn.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.shared.headlines import (
    day_entry,
    listing_entry,
    listing_heading,
    name_entry,
    own_listing,
)
from tests.advertorial_lint import warning_lines

_LEAD = (
    "The singer spent the week at her parents' farm in the Borders after a month of touring, "
    "and friends said she had not looked so relaxed in years.\n"
)
_TAIL = "\nHer next concert is in Aberdeen on Friday, and tickets for it sold out within the hour.\n"


def _between(block: str) -> str:
    return _LEAD + block + _TAIL


# -- the story's own lists: quiet ------------------------------------------------------------------

_OWN_LISTS = {
    "tv-listing": (
        "SUNDAY'S BEST\n"
        "6.45pm Quayside Vets (Channel 5)\n"
        "8pm The Antiques Hunt (BBC One)\n"
        "9.15pm Cold Harbour, drama (ITV1)\n"
        "11pm Late Film: The Long Shore (BBC Two)\n"
    ),
    "couples": (
        "Who is paired up after the twist?\n"
        "Jed and Maisie\n"
        "Rohan and Bethany\n"
        "Callum and Niamh\n"
        "Freddie and Ola\n"
    ),
    "cast": (
        "Who plays whom\n"
        "Noor Baig as Elsie Crane\n"
        "Tobias Wren as Vic Halloran\n"
        "Dina Kowal as Mags Turner\n"
        "Arlo Finch as PC Dev Sharma\n"
    ),
    "seating": (
        "Lantern Ball: the seating plan (top table)\n"
        "Baroness Ilse Varro\n"
        "Sir Colin Haddow\n"
        "Home Secretary Ada Penn\n"
        "Mrs Petra Lund, chair, Lantern Trust\n"
    ),
    "engagements": (
        "The Duke's week\n"
        "Tuesday: Visit to a sea cadets' unit in Hull\n"
        "Thursday: Opening of a lifeboat station in Whitby\n"
        "Saturday: Reception for flood volunteers\n"
    ),
    "running-order": (
        "Running order for the final\n"
        "1 Latvia: Ilze Berzina\n"
        "2 Portugal: The Saudade Trio\n"
        "3 Iceland: Hekla Jons\n"
    ),
    "menu": (
        "The menu\n"
        "Grilled mackerel with pickled beetroot\n"
        "Slow-roast lamb shoulder with crushed peas\n"
        "Baked lemon tart with clotted cream\n"
    ),
}


@pytest.mark.parametrize("kind", sorted(_OWN_LISTS))
def test_a_storys_own_list_is_no_related_link_run(kind: str) -> None:
    assert warning_lines(_between(_OWN_LISTS[kind])) == []


# -- the look-alikes that say what their people did, and related boxes: still warnings ----------------

_LINKS = {
    "couples-news": (
        "Jed and Maisie Split After Explosive Villa Row\n"
        "Rohan Reveals Secret Crush on Bethany\n"
        "Callum Storms Out of Firepit Chat\n"
        "Freddie Admits He Misses His Ex\n"
    ),
    "royal-news": (
        "Baroness Varro Slams Plans for New Palace Wing\n"
        "Sir Colin Haddow Quits Charity Board After Row\n"
        "Home Secretary Ada Penn Faces Questions Over Visit\n"
    ),
    "week-round-up": (
        "Tuesday: Duke Visits Sea Cadets as Storm Hits Coast\n"
        "Thursday: Lifeboat Station Opens After Years of Delay\n"
        "Saturday: Volunteers Praised for Flood Clean-Up Effort\n"
    ),
    "more-from": (
        "More from Showbiz\n"
        "Presenter Reveals Why She Turned Down Dance Show\n"
        "Reality star marries boyfriend in secret ceremony in Italy\n"
        "Comedian hits back at claims he was rude to fans\n"
    ),
    "bare-with-a-pair": (
        "Soap Star Reveals Baby Name in Sweet Post\n"
        "Reality Show Contestant Quits Villa After Family Emergency\n"
        "Harry and Meghan\n"
        "Royal Biographer Claims Prince Felt Sidelined at Wedding\n"
    ),
}


@pytest.mark.parametrize("kind", sorted(_LINKS))
def test_related_headlines_still_warn(kind: str) -> None:
    assert warning_lines(_between(_LINKS[kind]))


# -- the readings alone ----------------------------------------------------------------------------


def test_a_programme_slot_by_its_clock_time() -> None:
    assert own_listing("6.45pm Quayside Vets (Channel 5)")
    assert own_listing("10pm The Late Review")
    assert not own_listing("Quayside Vets returns for a new series at 6.45pm")
    assert not own_listing("6.45 million viewers watch the final")


def test_name_entry_reads_names_and_nothing_more() -> None:
    assert name_entry("Jed and Maisie")
    assert name_entry("Lord and Lady Farrant")
    assert name_entry("Noor Baig as Elsie Crane")
    assert name_entry("HRH Princess Maren")
    assert name_entry("The Prince of Wales")
    assert name_entry("Mrs Petra Lund, chair, Lantern Trust")
    assert name_entry("- Freddie & Ola")
    assert not name_entry("Jed and Maisie Split After Villa Row")
    assert not name_entry("Baroness Varro Slams Plans")
    assert not name_entry("Inside the Prince's New Home")
    assert not name_entry("Harbour Lights Festival")  # (no title, no pair: a title-case phrase)
    assert not name_entry("Prince Felix's Wedding Guests")
    assert not name_entry("Jed and Maisie.")


def test_day_entry_reads_an_engagement_not_a_days_story() -> None:
    assert day_entry("Thursday: Opening of a lifeboat station in Whitby")
    assert day_entry("Friday: The Copper Kettles")
    assert not day_entry("Thursday: Lifeboat station opens after delay")
    assert not day_entry("Thursday: Duke visited the station")
    assert not day_entry("Thursday 4 May 2028: Station opened")
    assert not day_entry("Thursday: a quiet day")


def test_listing_heading_knows_the_lists_of_showbiz_and_royal_pages() -> None:
    assert listing_heading("The menu")
    assert listing_heading("Her engagements")
    assert listing_heading("This year's couples")
    assert listing_heading("Running order (first six)")
    assert listing_heading("Lantern Ball at the Corn Exchange: the seating plan (top table)")
    assert not listing_heading("More from the Lantern Ball at the Corn Exchange: the seating plan")
    assert not listing_heading("Related: the couples")


def test_a_dishs_past_form_is_no_verb() -> None:
    assert listing_entry("Grilled mackerel with pickled beetroot")
    assert not listing_entry("Chef grilled mackerel for the judges")
    assert not listing_entry("Star stunned fans at the gala")
