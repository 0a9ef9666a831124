"""Unattributed claims, round 152: reception, reputation and expectation frames (issue 14, recall).

1. A forecast of a prize or a post with nobody making it: "tip" joins the word class passive-for
   ("is already being tipped for awards"), with its own message; a gratuity ("are tipped for
   their service", "tipped for good service") is left.
2. A ranking by a judging verb with no ranker: a passive of passive-as ("considered", "rated",
   "regarded") with "among", a determiner and a superlative ("are considered among the finest
   in Europe"); round 150 read it after a vague agent only.
3. Reception from a group left unnamed (received-opinion): "has come in for heavy criticism";
   a verb of drawing, a noun of a mood or of interest and a from-phrase of a quantifier or a
   lower-case plural ("has drawn grumbles from older customers", "has attracted interest from
   several clubs").
4. Billed as a verdict: "is being billed as the government's last chance" (a possessive or a
   superlative after "the"); "billed as a smartwatch" classifies.
5. Enthusiasm of a bare plural of people (word class group-enthusiasm, also source-verbs):
   "Guests rave about the spa", "Shoppers are raving about", "Critics have raved about", with the
   preposition and its object, in the present or the perfect.

Traps: a named source in the sentence, a count of complaints ("drawn complaints from
traders"), a named club or body after "from", "billed as the first of three", a ranking by a
measure cleared by its source, "considered among the candidates" (no superlative), the plain
past of enthusiasm ("Fans raved about the show last night"), enthusiasm with no object, a
crowd ("Tourists have flocked to the beaches").

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
    ("The winger has attracted interest from several second-tier sides.", "by whom"),
    ("The bank's forecast has come in for heavy criticism since then.", "by whom"),
    ("The summit is being billed as the government's last chance to win back voters.", "by whom"),
    ("The quiz was billed internally as the network's answer to the Saturday formats.", "by whom"),
    ("Guests rave about the effect on their sleep.", "Which guests"),
    ("Shoppers are raving about the cheaper range.", "Which shoppers"),
    ("Critics have raved about the new menu.", "Which critics"),
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
    "The sale attracted interest from Leeds United.",
    "The plan has drawn grumbles from the council.",
    "The watch is billed as a smartwatch.",
    "The concert is billed as the first of three.",
    "Fans raved about the show last night.",
    "Critics rave.",
    "Tourists have flocked to the beaches.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
