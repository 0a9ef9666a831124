"""Round 147 (advert147): reporting about advertising, and the new desks' misses (issue 15).

Sentences written for this round, each put in a story of its own. The readings built:

- a sponsored, affiliate or commerce marker named inside a news sentence about somebody else's
  advertising (a regulator, the rules, a fine, a critic, a verb of speech or contention, and no
  voice of the outlet): :func:`lintnews.builtin.advertorial.reported.reported_marker`, a hint;
- an item of a list that sets out what rules require, under the line that introduces it:
  :func:`lintnews.builtin.advertorial.reported.rules_list_item`, a hint;
- the ad desk's offer fronted by its business ("For advert placements, call ...") in ``ad-sales``;
- a broker's pitch by its name ("Compare ... insurance quotes with <Name>") in ``commerce-cta``;
- "Read more on <Section>:" in ``related-plug``;
- the outlet's readers sent to its own fund ("Readers can contribute to the <Masthead> Relief
  Fund") in ``donation-appeal``, and such a fund no outside charity for the "how to help" box;
- "Read the full series here" as the outlet's own call (``cues.CTA_SELF``);
- a clip's label before the outlet's own people ("Watch: Our correspondent ...") in
  ``media-plug``, its title's verb no third party's words (``cues.CLIP_LABEL``);
- an event's facts under a label alone on the line above ("Screening details:"), not a pitch.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.charities import charity_box
from lintnews.builtin.advertorial.reported import outlet_voice, reported_marker, rules_list_item
from tests.advertorial_lint import alone, lint_advertorial, warning_lines

_LEAD = "The advertising watchdog published new rules for social media influencers on Tuesday."
_TAIL = "The rules come into force in the spring, the watchdog's chief executive said."


def _para(snippet: str) -> str:
    """What the advertorial rules report on ``snippet`` as its own paragraph in the ad-rules story."""
    return alone(snippet, _LEAD, _TAIL)


# -- reporting about advertising ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Campaigners argue the penalties are too low for stars who earn £15,000 for one sponsored post.",
        "Every one of the videos was a sponsored post, the regulator found, yet none carried a label.",
        "The guidance requires that any sponsored post is labelled before the caption's first line.",
        "The agency was fined after its clients' affiliate commissions of up to 20% went undisclosed.",
        "Creators who push a discount code must make clear that they earn a commission on each sale.",
    ],
)
def test_a_marker_named_in_a_news_sentence_is_a_hint(sentence: str) -> None:
    assert _para(sentence) == "info"


@pytest.mark.parametrize(
    "sentence",
    [
        "We may earn a commission if you buy through the links in this article.",
        "The Harbour Gazette may earn an affiliate commission on sales.",
        "Purchases made through affiliate links on retailers' sites may earn a commission for the publisher.",
        "This article contains affiliate links and the critics' picks are independent.",
        "The Morning Briefing is sponsored by Kelby Motors.",
    ],
)
def test_the_pages_own_marker_still_warns(sentence: str) -> None:
    assert _para(sentence) == "warning"


def test_a_past_tense_alone_is_no_report() -> None:
    # no regulator, rule, fine, critic or speech: a story's past as often as a disclosure's
    assert not reported_marker("Several accounts posted affiliate links to the product.", 27)


def test_the_reading_needs_a_clause_before_the_marker() -> None:
    sentence = "Sponsored post: the regulator's ruling in full."
    assert not reported_marker(sentence, 0)
    text = "Critics argue one sponsored post earns more than the fine."
    assert reported_marker(text, text.index("sponsored"))


def test_the_outlets_voice() -> None:
    assert outlet_voice("Our partners at Coast Energy can help you.")
    assert outlet_voice("Shop now with code SAVE20 before the regulator acts.")
    assert outlet_voice("The Valley Courier may earn a commission.")
    assert not outlet_voice("The watchdog said the sponsored posts broke the code.")


# -- a list of what the rules require ---------------------------------------------------------------


_RULES_LIST = (
    "Influencers face new fines under rules the watchdog announced on Monday.\n"
    "What the new disclosure rules require\n"
    "- \"#ad\" at the start of any paid post\n"
    "- Affiliate links labelled in the caption, not only in a profile\n"
    "The rules take effect in April, the watchdog said.\n"
)


def test_the_items_of_a_rules_list_are_the_storys() -> None:
    assert warning_lines(_RULES_LIST) == []
    assert rules_list_item(_RULES_LIST, _RULES_LIST.index("Affiliate"))


def test_a_list_of_the_pages_own_offers_is_no_rules_list() -> None:
    text = "What you get as a member\n- Sponsored content from our partners\n- Affiliate links to the best deals\n"
    assert not rules_list_item(text, text.index("Affiliate"))
    plain = "Affiliate links labelled in the caption\n"
    assert not rules_list_item(plain, 0)


# -- the new desks' plugs ---------------------------------------------------------------------------


_CHOLERA = "Health officials said 40 new cases of cholera had been confirmed in the city since Friday."
_CHOLERA_TAIL = "The state ministry said water tankers would be sent to the worst-hit districts."


@pytest.mark.parametrize(
    "plug",
    [
        "For advert placements, call 0803 555 0100 or email ads@riverpost.example",
        "For advertising enquiries, please contact the sales desk on 0161 555 0123.",
        "Compare travel insurance quotes with Coverwise. Get a quote in two minutes.",
        "Read more on Health:",
        "Readers can donate to the Riverside Post Flood Appeal through its bank account.",
        "Watch: Our correspondent Amina Bello reports from the camps",
    ],
)
def test_the_new_desks_plugs_warn(plug: str) -> None:
    assert alone(plug, _CHOLERA, _CHOLERA_TAIL) == "warning"


@pytest.mark.parametrize(
    "line",
    [
        "For advertisers, the new rules mean every paid post needs a label.",
        "Compare that with Germany, where the ban took effect in 2022.",
        "Supporters can donate to the Riverside Hospice appeal online.",
    ],
)
def test_their_look_alikes_do_not(line: str) -> None:
    assert alone(line, _CHOLERA, _CHOLERA_TAIL) != "warning"


def test_a_mastheads_fund_is_no_outside_charity() -> None:
    assert charity_box("To help, give to the British Red Cross flood appeal at redcross.example.")
    assert not charity_box("Readers can give to the Valley Courier Relief Fund at the bank.")


def test_the_full_series_linked_is_the_outlets_call() -> None:
    text = (
        f"{_CHOLERA}\n\nThis article is part of Water Wars, a Riverside Post series. Read the full series here.\n\n"
        f"{_CHOLERA_TAIL}\n"
    )
    assert warning_lines(text) == [3]
    report = f"{_CHOLERA}\n\nRead the full report here.\n\n{_CHOLERA_TAIL}\n"
    assert warning_lines(report) == []


def test_a_clip_label_after_a_live_posts_stamp() -> None:
    text = (
        "# Live\n\n**15:12** – Officials said the shelling had stopped.\n\n"
        "**15:00** – Watch: Our correspondent Amina Bello reports from the camps\n\n"
        "**14:41** – Aid lorries reached the border crossing.\n"
    )
    assert warning_lines(text, "markdown") == [5]


# -- an event's facts under their label -------------------------------------------------------------


def test_an_events_facts_under_their_label_are_no_pitch() -> None:
    story = "The film about the valley's veterans will be shown next month, the society's secretary said."
    text = f"{story}\nScreening details:\nCorn Exchange, Friday 4 December, 7.30pm. Tickets £6 (under-16s free), on the door.\nThe society said all proceeds would go to the memorial fund.\n"
    assert warning_lines(text) == []
    pitch = f"{story}\nBook now:\nCorn Exchange, Friday 4 December, 7.30pm. Tickets £6 (under-16s free), on the door.\n"
    assert [d for d in lint_advertorial(pitch) if d.line == 3]
