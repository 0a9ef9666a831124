"""Round 135 (advert135): issue 15's functions in wordings the classes did not read.

Each case is a function of a newsroom's page furniture, worded unlike the sets it was read from:

- the "Advertisement" slot and a section kicker glued onto a story sentence's stop with no space
  ("... was safe.Advertisement - scroll to continue", "... the result.LIVE: ...");
- "Also in / More from / Elsewhere in" + a masthead (its noun at the name's end, title case or
  capitals) as a link label;
- a standing section credited to its sponsor with no verb of being ("Today's weather brought to
  you by X");
- a text-message subscription by its mechanics (a keyword to a short code to subscribe, the
  carrier's tariff notice);
- a donation call after the reader's condition ("if you ..., chip in");
- the outlet's jobs board by its name ("on <Name> Jobs");
- the outlet's terms for readers' uploads, and a call for readers' pictures with a modifier;
- a command to follow the story on the outlet's live blog or page;
- a stream sold with its price per month, and an event's entry sold with "now" and a price.

Sentences written for this round; each positive is silent (or a hint) on main 183c657f.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import FLOOD_A, FLOOD_B, between, lint_advertorial, warning_lines


@pytest.mark.parametrize(
    "snippet",
    [
        # a sponsor's credit for a standing section, no verb of being
        "Tonight's traffic and travel sponsored by Marlow Tyres.",
        "This week's tide times brought to you by Pennock Marine Supplies.",
        # a text-message subscription
        "Reply JOIN to 80080 to get the morning headlines.",
        "Standard network charges apply.",
        # the reader's condition, then the call
        "If our reporting helps you make sense of the town, chip in whatever you can.",
        "If the Courier matters to you, pitch in from £3 today.",
        # the outlet's jobs board by its name
        "Over 400 roles in care, retail and logistics at Harbourside Gazette Jobs.",
        # the outlet's terms for readers' uploads; a call for pictures with its subject named
        "Submissions may be edited and used online and in print.",
        "Share your best sunset photos with us here.",
        # follow the story on the outlet's live page
        "Keep up with every result on our live page.",
        # a stream with its monthly price; an event's entry with "now" and a price
        "Watch every round of the Coastal Cup on Pitchside Plus, only £6.99 a month.",
        "Register for the Riverside 10K today, places from £18.",
    ],
)
def test_a_furniture_function_in_another_wording_is_warned(snippet: str) -> None:
    assert warning_lines(between(snippet)) == [2]


@pytest.mark.parametrize(
    "label",
    ["ALSO IN THE GAZETTE | Harbour bridge to close for repairs", "Elsewhere in the Courier | Pier reopens"],
)
def test_a_label_naming_the_masthead_is_read(label: str) -> None:
    found = [d for d in lint_advertorial(between(label)) if d.line == 2]
    assert found and {d.rule for d in found} <= {"advertorial/read-more", "advertorial/related-plug"}


@pytest.mark.parametrize(
    "glued",
    [
        "Engineers said the barrier held.Advertisement - scroll to continue",
        "Engineers said the barrier held.ADVERTISEMENT: story continues below",
    ],
)
def test_the_advertisement_slot_glued_on_a_stop_is_warned(glued: str) -> None:
    text = f"{FLOOD_A}\n\n{glued}\n\n{FLOOD_B}\n"
    assert warning_lines(text) == [3]


def test_a_kicker_glued_on_a_stop_is_read_at_the_join() -> None:
    text = f"{FLOOD_A}\n\nEngineers said the barrier held.PROFILE: The engineer who built the barriers\n\n{FLOOD_B}\n"
    found = [d for d in lint_advertorial(text) if d.line == 3]
    assert found and found[0].column > 30


@pytest.mark.parametrize(
    "snippet",
    [
        # a sponsor credit with a verb of report; a section noun in a story's sentence
        "Weather sponsored by local firms was the theme of the festival's poster, the organisers said.",
        "The sports powered by lottery money grew fastest, the report found.",
        "Sports sponsored by Bet365 face a ban on shirt adverts from next season.",
        # a charity's text code (a donation, not a subscription); a short code in a police appeal
        "People can text FLOOD to 70070 to donate £5, the charity said.",
        "Witnesses were asked to text the reference to 61016.",
        # a story's conditional with a third party's gift, and a quoted call
        "If you can help, donate to the hospice's appeal through its website.",
        "\"If you want to help, give £5 to the fund,\" her mother said.",
        # jobs at a company by name; a named employer's vacancies
        "Hundreds of jobs at Fenwick Foods were lost when the plant shut in May.",
        "The vacancies at Tyne Port Jobs Centre were filled within a week.",
        # a story's sentence about pictures and uploads
        "Share your concerns with your councillor before the meeting, the residents' group urged.",
        "Pictures may be used as evidence in court, the police said.",
        # follow as a verb of attention or of a rule
        "Residents should follow the advice in our guide to flood insurance, the council said.",
        # a price per month in a story's sentence, a run's entry reported
        "Fans can watch the matches on Pitchside Plus, which costs £6.99 a month, the league said.",
        "Runners who enter the race now pay £32, up from £25 last year.",
        # a place after "Also in", no masthead
        "Also in Kent: three more towns will get new bus lanes.",
    ],
)
def test_a_look_alike_in_a_story_is_not_warned(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []
