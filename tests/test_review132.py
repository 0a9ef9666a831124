"""Review 132: the merged rounds advert130, loaded156, loaded157 and unattr164, read as an editor.

Behaviour changes (each test of a change fails on main c0c9a1e4):

- advert130's pair of headlines before the page's closing furniture (the topic test dropped at
  the page's tail): a pair whose lines only restate the story above (every content word but one
  already in it: a box of the story's own points or facts) is the story's, not two links;
  a related story's headline tells another event and is still the page's;
- loaded156 reads a partisan phrase before its first word: "radical left" / "radical right"
  before a party noun ("the radical left party", "radical right parties") is political
  science's name of a party family, as "far-right party", not the campaign's noun;
- loaded157's "hype": its neutral word is "promoted", not the attack verbs' "criticised".

Traps that must still warn, and two sizes of the new readings for their cost. Sentences
written for this review, none from a corpus.
"""

from __future__ import annotations

import time

import pytest

from tests.advertorial_lint import FLOOD_A, FLOOD_B, warning_lines
from tests.family_lint import severity_of

PLUG = "For every update on the floods, follow us on Facebook and Instagram and turn on notifications."


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# -- advert130: the story's own points before a closing plug ------------------------------------

_OWN_POINTS = [
    ("Barriers raised along the river on Thursday night", "Water reached the town hall steps after heavy rain"),
    ("Flood barriers raised as river reaches decade high", "Engineers reinforce two sections near town centre"),
    ("River rises by almost a metre after three days of rain", "Flood barriers held in the town centre overnight"),
]


@pytest.mark.parametrize(("first", "second"), _OWN_POINTS)
def test_the_storys_own_points_before_a_plug_are_left(first: str, second: str) -> None:
    # each warned as two links on c0c9a1e4 (lines 5 and 6); the plug itself stays warned
    text = f"{FLOOD_A}\n\n{FLOOD_B}\n\n{first}\n{second}\n\n{PLUG}"
    assert warning_lines(text) == [8]


def test_the_storys_own_points_closing_the_page_after_a_plug_are_left() -> None:
    first, second = _OWN_POINTS[0]
    assert warning_lines(f"{FLOOD_A}\n\n{FLOOD_B}\n\n{PLUG}\n\n{first}\n{second}") == [5]


def test_related_headlines_on_the_subject_before_a_plug_stay_warned() -> None:
    # trap: another event on the story's subject (round 130's case), words of its own
    text = (
        f"{FLOOD_A}\n\n{FLOOD_B}\n\nFlood barriers to be raised again next winter after council vote\n"
        f"Town hall steps reopen to the public after clean-up\n\n{PLUG}"
    )
    assert warning_lines(text) == [5, 6, 8]


# -- loaded156: a party family --------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Support for the radical left party fell to 4 per cent in the poll.",
    "Radical right parties won seats in six of the countries surveyed.",
    "The radical left alliance took 31 seats, the electoral commission said.",
])
def test_a_party_family_is_no_partisan_phrase(lint, sentence: str) -> None:
    # each a warning on c0c9a1e4 (round 156 put the phrase before "radical")
    assert severity_of(lint, sentence, "radical left") is None
    assert severity_of(lint, sentence, "radical right") is None


@pytest.mark.parametrize("sentence", [
    "The mayor said nothing. The radical left has hijacked the party.",
    "Once again the radical left is trying to rewrite history.",
])
def test_the_campaigns_noun_still_warns(lint, sentence: str) -> None:
    assert severity_of(lint, sentence, "radical left") == "warning"


# -- loaded157: "hype" ----------------------------------------------------------------------------


def test_hype_suggests_promoted(lint) -> None:
    text = "The senator hyped fears of a migrant surge before the vote."
    found = [d for d in lint(text, select=("loaded-language",)) if d.rule == "loaded-language/attack-verb"]
    assert [d.suggestion for d in found] == ["promoted"]  # "criticised" on c0c9a1e4


@pytest.mark.parametrize("sentence", [
    # traps: a thing as doer, reported and quoted speech
    "A strong earnings season hyped shares in chip makers.",
    "Analysts said the outlets had hyped the debt concerns.",
])
def test_hype_traps_stay_silent_or_hints(lint, sentence: str) -> None:
    assert severity_of(lint, sentence, "hyped") in (None, "info")


# -- loaded157: technical noun phrases stay as their plain head reads them ------------------------


@pytest.mark.parametrize("sentence", [
    "The firm reported a stagnant second-quarter sales performance.",
    "The bakery sold a shameless three-layer chocolate cake.",
    "Engineers built a radical carbon-capture storage tank.",
])
def test_modified_head_traps(lint, sentence: str) -> None:
    word = sentence.split(" a ", 1)[1].split()[0]
    assert severity_of(lint, sentence, word) != "warning"


# -- cost: two sizes ------------------------------------------------------------------------------


def _seconds(lint, text: str) -> float:
    lint(text)  # warm
    best = float("inf")
    for _ in range(2):
        t = time.perf_counter()
        lint(text)
        best = min(best, time.perf_counter() - t)
    return best


@pytest.mark.parametrize("paragraph", [
    "Voters saw through the mayor's shameless newly drafted parking plan. It was a woeful last-minute policy.",
    "Many working parents say childcare costs have doubled. Some tenants residing in the tower believe it.",
    "The long delay led many to believe that the bridge was unsafe. The senator hyped fears of a surge.",
])
def test_new_readings_cost_in_proportion(lint, paragraph: str) -> None:
    # one long paragraph of n and of 8n sentences (the worst case of a sentence-wise scan)
    small = _seconds(lint, " ".join([paragraph] * 20))
    large = _seconds(lint, " ".join([paragraph] * 160))
    assert large < 8 * small * 2.5 + 0.05


def test_the_tail_pair_costs_in_proportion() -> None:
    first, second = _OWN_POINTS[0]
    page = f"{FLOOD_A}\n\n{FLOOD_B}\n\n"

    def seconds(n: int) -> float:
        text = page * n + f"{first}\n{second}\n\n{PLUG}"
        warning_lines(text)
        t = time.perf_counter()
        warning_lines(text)
        return time.perf_counter() - t

    assert seconds(160) < 8 * seconds(20) * 2.5 + 0.05
