"""Round 148 (advert148): the trap kinds of the health and showbiz desks (issue 15).

Sentences written for this round, each put in a story of its own. The readings built:

- an event's booking address closing a news sentence that first tells the event's facts ("The
  run starts at the park at 10am; entry costs £12, and places can be booked at ..."):
  :func:`lintnews.builtin.advertorial.services.booking_tail`, a hint of ``media-plug``;
- a bare "Download now." right after the sentence that names an app, in ``newsletter-plug``.

And the traps of the desks that were already quiet at the base and must stay so (helplines, a
charity's appeal as news, fashion credits, listings, odds, winners, box office, tour dates, a
show's voting line), beside the real plugs that must keep warning.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.services import booking_tail, support_label_line
from tests.advertorial_lint import alone, glued, warning_lines

_LEAD = "More than 3,000 runners are expected at Sunday's memorial run for a teenager who died of sepsis."
_TAIL = "Money raised goes to a foundation that funds sepsis awareness sessions in schools."


def _para(snippet: str) -> str:
    """What the advertorial rules report on ``snippet`` as its own paragraph in the run story."""
    return alone(snippet, _LEAD, _TAIL)


# -- an event's booking clause closing a sentence of its facts --------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The 10km walk leaves the lifeboat station at 9am; entry is £8, and places can still be booked at walkforlife.org.uk.",
        "The hospice's summer fair opens on the green at noon on Saturday, and tables can be reserved at fairday.example.",
        "Its charity gala dinner is held at the town hall on 3 May; seats are bought at galanight.org.",
    ],
)
def test_a_booking_clause_closing_an_events_facts_is_a_hint(sentence: str) -> None:
    assert _para(sentence) == "info"


@pytest.mark.parametrize(
    "sentence",
    [
        # a booking line of its own (the pack's own trigger shape)
        "Tickets start at £25 and can be booked at harbourhall.example.",
        "Places on the walk can still be booked at walkforlife.org.uk.",
        # the reader addressed, the outlet's voice, its masthead
        "The walk leaves the station at 9am on Sunday; entry is £8, and places can be booked at walkforlife.org.uk if you hurry.",
        "Our summer fair opens on the green at noon on Saturday, and tables can be reserved at fairday.example.",
        "The Harbour Gazette Awards are held at the town hall on 3 May; seats can be bought at gazetteawards.example.",
    ],
)
def test_a_booking_line_of_its_own_or_in_the_outlets_voice_still_warns(sentence: str) -> None:
    assert _para(sentence) == "warning"


def test_booking_tail_alone() -> None:
    s = "The run starts at the park at 10am; entry costs £12, and places can be booked at run.example."
    assert booking_tail(s, s.index("places"))
    # the same clause with too little before it, or after no joint
    s2 = "The run starts soon; places can be booked at run.example."
    assert not booking_tail(s2, s2.index("places"))
    s3 = "The run starts at the park at 10am with entry at £12 and places booked at run.example."
    assert not booking_tail(s3, s3.index("places"))
    # a command before the joint is no subject of the event's facts
    s4 = "Book early for the run at the park at 10am; places can be booked at run.example."
    assert not booking_tail(s4, s4.index("places"))


# -- "Download now." after an app's sentence ---------------------------------------------------

_TV = "The soap's lead actor is leaving after six years, the broadcaster confirmed on Monday."
_TV_TAIL = "His final scenes will air in the new year."


@pytest.mark.parametrize(
    "snippet",
    [
        "Watch every episode of Harbour Lane anytime on the Beacon Play app. Download now.",
        "Stream the whole series on the Quayside app. Download it today!",
    ],
)
def test_download_now_after_an_app_warns(snippet: str) -> None:
    assert alone(snippet, _TV, _TV_TAIL) == "warning"


@pytest.mark.parametrize(
    "snippet",
    [
        "The broadcaster's streaming app was downloaded 2 million times in its first month.",
        "Harbour Lane airs Monday to Friday at 7.30pm, with episodes first on the Beacon Play app a day earlier.",
        "Fans who tried to watch on the app. Download speeds were poor, the broadcaster said.",
    ],
)
def test_an_apps_story_sentence_stays_quiet(snippet: str) -> None:
    assert alone(snippet, _TV, _TV_TAIL) != "warning"


# -- the desks' traps, quiet at the base and kept so ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "If you need support, contact Samaritans on 116 123 or email jo@samaritans.org.",
        "Donations can be made at any of the hospice's 14 shops or online at its website.",
        "Dress, £2,400, Oriel Studio; shoes, £695, Castellan; earrings, stylist's own.",
        "To vote for your favourite couple, call 0901 111 1101 followed by the couple's number; calls cost 35p plus your network charge.",
        "Tickets go on general sale at 9am on Friday from Ticketline, priced from £45 to £120.",
        "Kerr, 41, is the 5/2 favourite with bookmaker Sterling Sports to be crowned king of the jungle.",
        "The film has now made £28.4m in the UK and $712m worldwide, according to Comscore.",
    ],
)
def test_the_desks_traps_stay_quiet(sentence: str) -> None:
    assert _para(sentence) != "warning"


@pytest.mark.parametrize(
    "sentence",
    [
        "Please give what you can: donate to our appeal at wessexstar.example/toybox or text TOYS 5 to 70085 to give £5.",
        "Sign up to our Gig Weekly newsletter for first news of every presale.",
        "Shop the look: get her sparkle for less with this sequin midi dress, £49.99 at Brightwear (affiliate link).",
    ],
)
def test_the_real_plugs_still_warn(sentence: str) -> None:
    assert _para(sentence) == "warning"


def test_a_download_plug_glued_after_a_story_sentence_warns() -> None:
    assert glued("Catch all episodes on the Beacon Play app. Download now.", _TV, _TV_TAIL) == "warning"


# -- a support list's entry, the service's name as its label -------------------------------------

_HELP_LEAD = "Calls to the crisis line doubled over the winter, the trust's figures show."
_HELP_TAIL = "The trust said volunteers had been stretched to the limit."


@pytest.mark.parametrize(
    "line",
    [
        "Shout: text SHOUT to 85258",
        "- Shout: text SHOUT to 85258",
        "Mind Infoline: text MIND to 86463",
    ],
)
def test_a_support_lists_entry_is_a_hint(line: str) -> None:
    assert alone(line, _HELP_LEAD, _HELP_TAIL) == "info"


@pytest.mark.parametrize(
    "line",
    [
        # a gift on the line, or no service's label
        "Shout: text SHOUT to 85258 to donate",
        "Mind: text MIND to 70085 to give",
        "Text LIFEBOAT to 70085",
        "Appeal: text SHOUT to 85258",
    ],
)
def test_a_text_line_with_a_gift_or_no_services_label_still_warns(line: str) -> None:
    assert alone(line, _HELP_LEAD, _HELP_TAIL) == "warning"


def test_support_label_line_alone() -> None:
    assert support_label_line("Shout: text SHOUT to 85258")
    assert support_label_line("**Samaritans:** 116 123")
    assert not support_label_line("shout: text SHOUT to 85258")  # a word, not the service's name
    assert not support_label_line("Shout: text SHOUT to 85258 to donate")
    assert not support_label_line("Our Shout line: text SHOUT to 85258")


# -- a third party's brand partnership named in the story ------------------------------------------

_SHOW_LEAD = "The reality star has 2.1 million followers on her channels, her agent said on Monday."
_SHOW_TAIL = "The brand said the deal had run its course."


@pytest.mark.parametrize(
    "sentence",
    [
        "Her brand partnership with the skincare firm ended in March after eight months.",
        "The singer's commercial partnership with a sportswear label was worth £2m, accounts show.",
        "The footballers' brand partnership with the betting firm was dropped after complaints.",
    ],
)
def test_a_third_partys_partnership_is_the_storys(sentence: str) -> None:
    assert alone(sentence, _SHOW_LEAD, _SHOW_TAIL) != "warning"


@pytest.mark.parametrize(
    "sentence",
    [
        "In brand partnership with Glowwell.",
        "This post is a paid partnership with Glowwell.",
        "Sponsored partnership with Harbour Bank",
    ],
)
def test_a_partnership_marker_still_warns(sentence: str) -> None:
    assert alone(sentence, _SHOW_LEAD, _SHOW_TAIL) == "warning"


# -- a pay table's rows, a range from a price in pounds and pence ---------------------------------


def test_a_pay_tables_rows_are_the_storys_figures() -> None:
    text = (
        "About 300,000 care workers will get a rise of at least 80p an hour from April.\n\n"
        "Current and new rates:\n"
        "Care worker: £12.21 to £13.01\n"
        "Senior care worker: £13.10 to £13.90\n"
        "Night support worker: £12.50 to £13.30\n\n"
        "Unions said the rise still left many care workers below the real living wage.\n"
    )
    assert warning_lines(text) == []


def test_a_sellers_price_lines_still_warn() -> None:
    text = (
        "The shop opened on Saturday.\n\n"
        "Harbour kettle, now £24.99\n"
        "Quayside toaster, only £19.99\n\n"
        "The shop is open every day.\n"
    )
    assert warning_lines(text) != []
