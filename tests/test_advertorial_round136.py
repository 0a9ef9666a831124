"""Round 136 (advert136): precision on sports, health and science pages (issue 15).

A trap battery of the round's own (fixtures, tables, results, injury lists, trial figures,
helplines, captions, sponsors and fines reported, public bodies' websites; between two story
paragraphs, as the last paragraph, glued, barred, bulleted, in bold, with and without the page's
plugs around them) found these warning on main 6bacc9c8:

- a picture's caption or credit between two plugs joined their run (a short line with no
  closing stop read as a heading): ``services.caption_paragraph``;
- a paragraph of data (a fixture with its day, a row of key figures) between two plugs likewise:
  ``services.data_paragraph`` over ``shared.headlines.data_line``;
- a bold sentence in plain text ("**... from 7pm.**") lost its stop behind the emphasis marks;
- a sentence sending the reader to a public body's service ("visit the NHS website") continued
  the plug beside it, or was read as the outlet's voice: ``services.public_service_line``
  (word classes ``advertorial/public-bodies``, ``public-service-nouns``);
- a welfare line to a support line ("If you are worried ..., call the ... Helpline") continued a
  plug: ``services.welfare_line``; with "visit begambleaware.org" it was a betting advert's footer
  (``commerce-cta``'s exception);
- a ranked list of names with their country read as a run of headlines: ``ranked_entry``.

Each is tested beside the true plug of the same shape. Sentences written for this round.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.services import (
    caption_paragraph,
    data_paragraph,
    public_service_line,
    welfare_line,
)
from lintnews.builtin.shared.headlines import figures_line, ranked_entry
from tests.advertorial_lint import warnings_by_line

_LEAD = (
    "Kelham Rovers came from two goals down to draw 2-2 at Portmoor on Tuesday night, "
    "a result that keeps them a point clear of the relegation places.\n\n"
)
_LAST = (
    "\n\nCaptain Ivo Brandt said the players had refused to give up, although he conceded the "
    "first-half display had not been good enough.\n"
)
_PLUG_A = "Sign up to our free Rovers newsletter for every match report, straight to your inbox."
_PLUG_B = "Follow us on TikTok for goals and reaction from every game."


def _sandwich(snippet: str) -> str:
    """``snippet`` as line 5, a plug on lines 3 and 7, the story on lines 1 and 9."""
    return f"{_LEAD}{_PLUG_A}\n\n{snippet}\n\n{_PLUG_B}{_LAST}"


def _plug_lines(text: str) -> set[int]:
    """The warned lines, numbered as if the snippet were one line (a snippet of two lines
    shifts the closing plug by one)."""
    lines = text.splitlines()
    extra = max(0, lines.index(_PLUG_B) - 6) if _PLUG_B in lines else 0
    return {line - extra if line > 5 + extra else line for line, _ in warnings_by_line(text)}


# -- a caption or a credit between two plugs ------------------------------------------------------

_CAPTIONS = [
    "Photograph: Ivo Brandt salutes the away end. Credit: Nina Koval",
    "Photograph: Floodlights over the Quay Road end. Martin Dale",
    "Ivo Brandt salutes the away end after the final whistle. Photograph: Nina Koval/Portmoor Echo",
    "Picture: Nina Koval/Portmoor Echo",
    "**Photo:** The Quay Road end before kick-off. Martin Dale",
    "Pictured: the new stand at Portmoor (Portmoor FC)",
    "Source: Office for National Statistics",
]


@pytest.mark.parametrize("caption", _CAPTIONS)
def test_a_caption_joins_no_plug_run(caption: str) -> None:
    assert _plug_lines(_sandwich(caption)) == {3, 7}


@pytest.mark.parametrize("caption", _CAPTIONS[:4])
def test_caption_paragraph_reads_the_shapes(caption: str) -> None:
    assert caption_paragraph(caption, 0, len(caption))


@pytest.mark.parametrize(
    "plug",
    [
        "Photo: Sign up to our newsletter for the best pictures of the season.",
        "Photograph: Get 20% off prints of this picture in our shop. Credit: Nina Koval",
    ],
)
def test_a_plug_dressed_as_a_caption_is_no_caption(plug: str) -> None:
    assert not caption_paragraph(plug, 0, len(plug))
    assert 5 in _plug_lines(_sandwich(plug))


def test_a_heading_between_two_plugs_still_joins() -> None:
    # the look-alike the caption test must not take: a plug's own short heading line
    assert 5 in _plug_lines(_sandwich("Never miss a goal"))


# -- data between two plugs --------------------------------------------------------------------------

_DATA = [
    "Next match: Kelham Rovers v Ashby Town, Saturday 3pm",
    "**Key figures:** 3,310 fans | 14 shots | 61% possession",
    "Portmoor 2-2 Kelham Rovers\nAshby Town 0-1 Deanfield",
    "TV: Harbour Sport One, 7.45pm",
]


@pytest.mark.parametrize("data", _DATA)
def test_data_joins_no_plug_run(data: str) -> None:
    assert _plug_lines(_sandwich(data)) == {3, 7}


def test_data_paragraph_and_its_look_alikes() -> None:
    assert data_paragraph("Next match: Kelham Rovers v Ashby Town, Saturday 3pm")
    assert figures_line("Key figures: 3,310 fans | 14 shots | 61% possession")
    assert not figures_line("3 things we learned | Rovers fight back | Brandt stars")
    assert not data_paragraph("Never miss a goal")


def test_a_bold_sentence_keeps_its_stop() -> None:
    assert _plug_lines(_sandwich("**The replay is on Portmoor Radio from 6pm.**")) == {3, 7}


# -- a public body's service --------------------------------------------------------------------------

_SERVICES = [
    "For advice on the signs of concussion, visit the NHS website.",
    "Ask your pharmacy for advice if a headache lasts more than two days.",
    "Visit the NHS website to find your nearest walk-in centre.",
    "Fans can check the new parking zones on the council's website.",
    "Supporters travelling abroad should read the Foreign Office travel advice page before they go.",
]


@pytest.mark.parametrize("line", _SERVICES)
def test_a_public_service_line_is_the_storys(line: str) -> None:
    assert public_service_line(line)
    assert _plug_lines(_sandwich(line)) == {3, 7}
    # ... and as the paragraph before the page's closing plug
    text = f"{_LEAD}{line}\n\n{_PLUG_A}{_LAST}"
    assert _plug_lines(text) == {5}


def test_a_public_service_line_glued_into_a_plug_paragraph_stops_its_growth() -> None:
    text = (
        f"{_LEAD}Parking near the ground changes next month. You can find the new zones on the council "
        f"website. Download our app for matchday alerts.{_LAST}"
    )
    found = warnings_by_line(text)
    assert found, "the app plug still warns"
    from tests.advertorial_lint import lint_advertorial

    (d,) = [d for d in lint_advertorial(text) if d.severity.name == "WARNING"]
    assert text.splitlines()[d.line - 1][d.column - 1 :].startswith("Download our app")


@pytest.mark.parametrize(
    "line",
    [
        "Visit our website for the full NHS guide to concussion.",
        "Sign up to the council website alerts in our newsletter.",
        "Visit the council website and use code ROVERS for 10% off parking.",
    ],
)
def test_the_outlets_voice_or_an_offer_is_no_service_line(line: str) -> None:
    assert not public_service_line(line) or "code" in line
    assert 5 in _plug_lines(_sandwich(line))


# -- a welfare line ------------------------------------------------------------------------------------

_WELFARE = [
    "If you are worried about your gambling, the National Gambling Helpline is free on 0808 8020 133, "
    "or visit begambleaware.org.",
    "Anyone affected by the issues in this report can ring the Harbour Crisis Line on 0800 123 456.",
    "You can contact Samaritans free at any hour on 116 123.",
]


@pytest.mark.parametrize("line", _WELFARE)
def test_a_welfare_line_is_the_storys(line: str) -> None:
    assert _plug_lines(_sandwich(line)) == {3, 7}
    assert not warnings_by_line(f"{_LEAD}{line}{_LAST}")


def test_welfare_line_and_its_look_alikes() -> None:
    assert welfare_line(_WELFARE[1])
    assert not welfare_line("Worried about your bills? Our helpline offers 10% off your first month.")
    assert not welfare_line("Call the helpline on 0800 123 456 to book your tickets.")
    assert not welfare_line("The crowd began to shout at the referee.")
    assert not welfare_line("Call our team on 0800 123 456: we are the Samaritans of the boiler trade.")


@pytest.mark.parametrize(
    "footer",
    [
        "Bet £10 get £30 in free bets. 18+. For help, visit begambleaware.org.",
        "Worried you are missing out? New customers get a £20 free bet. 18+. begambleaware.org",
    ],
)
def test_a_betting_adverts_footer_still_warns(footer: str) -> None:
    assert warnings_by_line(f"{_LEAD}{footer}{_LAST}")


# -- a ranked list of names and their country ---------------------------------------------------------

_RANKED = "Leading finishers:\n1. Petra Lindgren, Sweden\n2. Ama Mensah, Ghana\n3. Clara Vidal, Dominican Republic"


def test_a_ranked_list_of_names_is_no_headline_run() -> None:
    assert not warnings_by_line(f"{_LEAD}{_RANKED}{_LAST}")


def test_ranked_entry_and_its_look_alikes() -> None:
    assert ranked_entry("1. Petra Lindgren, Sweden")
    assert ranked_entry("Ama Mensah, Ghana")
    assert ranked_entry("Silver: Ama Mensah, Ghana")
    assert not ranked_entry("Winner: Rovers Sack Manager, Fans Revolt")
    assert not ranked_entry("Brexit, Explained")
    assert not ranked_entry("2. Rovers Sack Manager, Fans Revolt")
    assert not ranked_entry("Petra Lindgren wins in Sweden")


def test_a_run_of_headlines_still_warns() -> None:
    run = "Portmoor Sack Manager After Cup Exit\nAshby Town Unveil New Stadium Plans\nDeanfield Striker Joins Kelham Rovers"
    assert warnings_by_line(f"{_LEAD}{run}{_LAST}")
