"""Round 145 (advert145): the false alarms of local, sport and entertainment copy (issue 15).

Sentences written for this round, each put in a story of its own. The readings built:

- a booking or sign-up line for a public body's health or civic service ("Get your free flu
  vaccine at a walk-in clinic, or book online at ..."; "Join the library for free"):
  :func:`lintnews.builtin.advertorial.services.public_offer_line`, a hint, not an event's or a
  seller's call;
- "Have your say" over a public body's consultation:
  :func:`lintnews.builtin.advertorial.services.consultation_call`, a hint, not a comment box;
- a series' release schedule told with its date ("from 24 September, with new episodes every
  Wednesday"): the ``media-plug`` exception;
- a command that tells where a named body shows the footage ("Watch highlights on the <League>
  YouTube channel"): no command for ``insertion``;
- round 144's "Build your team in <Game>" alone between two paragraphs: the pattern's closing
  guard came right after the game name's capital and dropped every name of more than one letter.
"""

from __future__ import annotations

from lintnews.builtin.advertorial.insertion import command
from lintnews.builtin.advertorial.services import consultation_call, public_offer_line
from tests.advertorial_lint import alone, between, lint_advertorial, warning_lines

_LEAD = "The health service will open walk-in clinics in the town from Monday, its regional manager said."
_TAIL = "Clinics will run in the hotel on the bypass on Mondays and Thursdays, the manager added."


def _para(snippet: str) -> str:
    """What the advertorial rules report on ``snippet`` as its own paragraph in the clinic story."""
    return alone(snippet, _LEAD, _TAIL)


# -- a public body's health or civic service ------------------------------------------------------


def test_a_vaccine_booked_online_is_the_storys_advice() -> None:
    assert _para("Get your free flu vaccine at any walk-in clinic, or book online at clinics.example.") == "info"
    assert _para("Book your booster online at vaccines.example or call 0300 555 0199.") != "warning"


def test_an_events_booking_address_still_warns() -> None:
    assert _para("Get your tickets for the summer ball now: book online at harbourball.example.") == "warning"


def test_a_service_line_with_a_price_or_the_outlets_voice_is_no_public_offer() -> None:
    assert public_offer_line("Sign up for flood warnings from the agency.")
    assert public_offer_line("Join the library for free: bring proof of address to any branch.")
    assert not public_offer_line("Get your flu vaccine at Mellor's Pharmacy for £15.")
    assert not public_offer_line("Sign up for our flood warnings newsletter.")
    assert not public_offer_line("Book online at harbourball.example for the summer ball.")


def test_joining_the_library_is_no_call_to_buy() -> None:
    story = "The new library on Station Road opened on Saturday, three years after the old one shut."
    after = "The librarian said 300 people had joined by the end of the first day."
    assert alone("Join the library for free: bring proof of address to any branch.", story, after) != "warning"


# -- "Have your say" over a consultation -----------------------------------------------------------

_BUS_STORY = "The county council has opened a consultation on bus lanes along the coast road."
_BUS_AFTER = "Opposition councillors say the scheme will push traffic into the side streets."


def _consultation_text(box: str) -> str:
    return f"{_BUS_STORY}\n\nHave your say\n{box}\n\n{_BUS_AFTER}\n"


def test_have_your_say_over_a_councils_consultation_is_a_hint() -> None:
    box = "The consultation runs until 14 March. Residents can respond at coastroad.example.gov.uk."
    assert warning_lines(_consultation_text(box)) == []
    box = "The survey closes on Friday. Paper forms are at the council offices."
    assert warning_lines(_consultation_text(box)) == []


def test_have_your_say_in_the_comments_still_warns() -> None:
    assert warning_lines(_consultation_text("What do you think of the plans? Let us know in the comments below.")) == [3]
    # a consultation noun with no public body named is no council's consultation
    assert warning_lines(_consultation_text("Take the survey and tell the world what you think.")) == [3]


def test_consultation_call_wants_a_body_and_no_outlet_voice() -> None:
    assert consultation_call("Have your say\nThe consultation closes on Friday; the council will decide in May.")
    assert consultation_call("Have your say\nA public meeting is at the school; see harbour.gov.uk/plans.")
    assert not consultation_call("Have your say\nTake our survey on the council's plans.")
    assert not consultation_call("Have your say\nThe consultation is covered in the comments below by the council.")
    assert not consultation_call("Have your say\nTell the council what you think.")


# -- a release schedule, broadcast details ----------------------------------------

_SERIES_STORY = "The streamer confirmed on Tuesday that the spy drama would return for a fifth series."
_SERIES_AFTER = "The show has been nominated for nine awards, winning none."


def test_a_dated_release_schedule_is_news() -> None:
    line = "The first two episodes stream from 24 September, with new episodes every Wednesday."
    assert alone(line, _SERIES_STORY, _SERIES_AFTER) == "silent"


def test_the_outlets_podcast_schedule_still_warns() -> None:
    assert warning_lines(between("Listen to our politics podcast. New episodes every Friday.")) == [2]


def test_a_named_bodys_channel_is_where_to_watch() -> None:
    assert command("Watch highlights on the Coast League YouTube channel from Saturday morning.") is None


def test_the_outlets_channel_and_a_call_to_subscribe_stay_commands() -> None:
    assert command("Watch highlights on our YouTube channel from Saturday morning.") is not None
    assert command("Watch highlights on the Harbour Gazette YouTube channel from Saturday.") is not None
    assert command("Subscribe to the Coast League YouTube channel for highlights.") is not None
    # (round 56's battery keeps a page's "Watch the trailer below." as the outlet's furniture)
    assert command("Watch the trailer below.") is not None


def test_a_named_bodys_channel_between_story_paragraphs_is_left() -> None:
    story = "Harbour Wolves face Millbrook Saints at the quay ground on Friday night."
    after = "Wolves coach Sam Pryor said his side had to match the Saints' intensity."
    assert alone("Watch highlights on the Coast League YouTube channel from Saturday morning.", story, after) != "warning"


# -- round 144's leftover: "Build your team in <Game>" alone -----------------------------------------


def test_build_your_team_in_a_named_game_warns_alone() -> None:
    found = lint_advertorial(between("Build your team in Fantasy Harbour League."))
    assert any(d.rule == "advertorial/commerce-cta" and d.line == 2 for d in found)


def test_a_story_about_managers_building_teams_is_left() -> None:
    assert warning_lines(between("Managers build their team in Fantasy Harbour League before Friday.")) == []


# -- a transport body's app for travel updates; a match box's fields closed by their stops ----------


def test_a_transport_bodys_app_for_travel_updates_is_the_storys_advice() -> None:
    story = "The tram line between the quay and the station will close for six weeks from July."
    after = "The transport authority said the work could not be done overnight."
    line = "Get live travel updates by downloading the Coastline Network app."
    assert alone(line, story, after) != "warning"
    # the outlet's app, named by its masthead, is still its plug
    assert alone("Get live travel updates by downloading the Harbour Gazette app.", story, after) == "warning"
    assert not public_offer_line("Get live travel updates by downloading the Harbour Gazette app.")


_MATCH_STORY = "Harbour Women host Millbrook at the quay ground on Sunday in front of a record crowd."
_MATCH_AFTER = "Harbour are third, two points behind Millbrook after losing at home last week."


def test_a_match_boxs_admission_field_closed_by_its_stop_is_no_pitch() -> None:
    box = (
        "Where to watch: The game kicks off at 2pm and is shown on the league's channel.\n\n"
        "Admission: Adults £8, under-16s free."
    )
    text = f"{_MATCH_STORY}\n\n{box}\n\n{_MATCH_AFTER}\n"
    assert warning_lines(text) == []


def test_a_lone_price_field_beside_a_plug_still_warns() -> None:
    box = "Admission: Adults £8, under-16s free.\n\nBook now and save 20% with code HARBOUR20!"
    text = f"{_MATCH_STORY}\n\n{box}\n\n{_MATCH_AFTER}\n"
    assert 5 in warning_lines(text)
