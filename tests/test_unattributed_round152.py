"""Unattributed claims, round 152: reception, reputation and expectation frames (issue 14, recall).

1. A forecast of a prize or a post with nobody making it: "tip" joins the word class passive-for
   ("is already being tipped for awards"), with its own message; a gratuity ("are tipped for
   their service", "tipped for good service") is left.
2. A ranking by a judging verb with no ranker: a passive of passive-as ("considered", "rated",
   "regarded") with "among", a determiner and a superlative ("are considered among the finest
   in Europe"); round 150 read it after a vague agent only.
3. Reception from a group left unnamed (received-opinion): "has come in for heavy criticism";
   a verb of drawing, a noun of a mood and a from-phrase of a quantifier or a lower-case
   plural ("has drawn grumbles from older customers").
4. Billed as a verdict: "is being billed as the government's last chance" (a possessive or a
   superlative after "the"); "billed as a smartwatch" classifies.
5. Becoming a favourite: "is fast becoming the hottest destination", "has quietly become the
   brand of choice", "has proved a hit with younger viewers".

Traps: a named source in the sentence, a count of complaints ("drawn complaints from
traders"), a named body after "from", "billed as the first of three", a ranking by a measure
cleared by its source, "considered among the candidates" (no superlative), a betting
favourite, a chart hit, a temperature record, "a magnet for drug dealers" and "attracted
interest from several sides" (taken out: false alarms on a readable and a blind set).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The documentary is already being tipped for awards season glory.", "A forecast with nobody"),
    ("The striker is tipped for a recall to the national side.", "tipped by whom"),
    ("The young midfielder, tipped for great things, signed a new deal.", "tipped by whom"),
    ("The faculty's laboratories are considered among the finest in Europe.", "A ranking with nobody"),
    ("The bakery is rated among the best in the county.", "rated by whom"),
    ("The new fare system has drawn grumbles from older passengers.", "by whom"),
    ("The bank's forecast has come in for heavy criticism since then.", "by whom"),
    ("The island is fast becoming the hottest destination of the summer.", "by whom"),
    ("The stall has quietly become the brand of choice for commuters.", "by whom"),
    ("The show has proved a hit with younger viewers.", "by whom"),
    ("The summit is being billed as the government's last chance to win back voters.", "by whom"),
    ("The quiz was billed internally as the network's answer to the Saturday formats.", "by whom"),
])
def test_the_cue_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Waiters at the hotel are tipped for good service.",
    "Waiters are tipped for their service.",
    "The film is tipped for an Oscar, said the festival director, Ana Ruiz.",
    "The old mill is considered among the largest buildings in the valley, the survey found.",
    "He was considered among the candidates for the post.",
    "The squalid yards have drawn complaints from traders.",
    "The plan has drawn grumbles from the council.",
    "The watch is billed as a smartwatch.",
    "The horse has become the favourite to win the race.",
    "The song became a hit in 1998.",
    "Tuesday became the hottest day on record.",
    "The alley has become a magnet for drug dealers.",
    "The winger has attracted interest from several second-tier sides.",
    "The concert is billed as the first of three.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
