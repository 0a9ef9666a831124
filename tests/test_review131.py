"""Review 131 (of loaded155, advert131 and unattr163): the editor's trust in what landed.

Mended, each failing on main 7b5e3aa6:

- loaded155's bombardment of weapons took a weapon noun that modifies another noun for the
  complement's head: "a barrage of strike threats" (a labour strike), "an onslaught of shell
  companies", "a barrage of bomb threats" were silenced as literal. A singular weapon noun
  followed by another noun of the complement is its modifier, unless that noun is a weapon or
  its fire ("artillery strikes", "rocket fire").
- loaded155's unsaid speech missed an adverb inside or after the negation ("has still not
  admitted", "never once admitted") and the negation of "yet to" ("has yet to admit").
- unattr163's first teller took a capitalised modifier for the agent's name: "was first reported
  by Italian journalists", "by US media" named nobody and cleared the sentence before.
- unattr163's reduced relative after a group noun missed the noun at the sentence's start,
  capitalised for its place ("Officials thought to have taken bribes have been suspended"):
  round 163 took its vague-source warning off, and the passive reading never read it.
- unattr163's "presumed innocent" missed "presumed to be innocent".
- advert131's "Don't miss" subhead silenced a widget's teaser for the outlet's own content
  ("... chosen by our travel writers") that shares the review's topic.
- advert131's subhead test scanned the whole page for another section per label (quadratic
  in a page of labels): the page's section heads are found once.

Traps written in other desks' voices (business, courts, sport, politics, lifestyle) are pinned.
Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import time

import pytest

from lintnews.builtin.advertorial.signals import Signals
from tests.advertorial_lint import lint_advertorial, warning_lines
from tests.family_lint import LEAD, assert_warned, severity_in_body, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# -- loaded155: the bombardment's complement, its head --------------------------------------------

@pytest.mark.parametrize(("sentence", "word"), [
    ("The rail operator faced a barrage of strike threats from the unions.", "barrage"),
    ("Airports reported a barrage of bomb threats over the weekend.", "barrage"),
    ("The council faced a barrage of raid complaints.", "barrage"),
])
def test_a_weapon_noun_modifying_another_is_no_bombardment(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "info"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Regulators face an onslaught of shell companies registered overseas.", "onslaught"),
    ("The town suffered an onslaught of mine closures in the 1980s.", "onslaught"),
])
def test_a_weapon_noun_modifying_another_keeps_the_warning(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Troops faced a barrage of rocket fire.", "barrage"),
    ("Forces unleashed a barrage of artillery strikes on the town.", "barrage"),
    ("The troops came under an onslaught of missiles and drones.", "onslaught"),
    ("Residents described barrages of rockets fired from the hills.", "barrages"),
])
def test_weapons_fired_stay_literal(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) is None


# -- loaded155: a said-verb denied, with an adverb or "yet to" -----------------------------------

@pytest.mark.parametrize(("sentence", "word"), [
    ("He never once admitted what everyone could see.", "admitted"),
    ("The minister has still not admitted the policy was wrong.", "admitted"),
    ("The club has yet to admit that the signing was a mistake.", "admit"),
])
def test_unsaid_speech_with_an_adverb_or_yet_to(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "info"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The senator admitted that he had not declared the gift.", "admitted"),
    ("He claimed the money was a loan, though he never admitted taking it.", "claimed"),
    ("The chairman cannot admit that the club is in trouble.", "admit"),
])
def test_reported_speech_beside_a_negation_stays_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


# -- unattr163: a first teller is named by its head ----------------------------------------------

_CLAIM = "The striker is understood to have agreed a deal with a Saudi club.\n\n"


@pytest.mark.parametrize("teller", [
    "The move was first reported by Italian journalists.",
    "The move was first reported by US media.",
    "The move was first revealed by French officials on Monday.",
    "The move was first reported by local media.",
    "The move was first reported by a rival paper.",
])
def test_a_described_first_teller_clears_nothing(lint, teller: str) -> None:
    assert_warned(lint, LEAD + _CLAIM + teller + "\n", "'is understood to'")


@pytest.mark.parametrize("teller", [
    "The move was first reported by the sports daily Marca.",
    "The move was first reported by Marca on Monday.",
    "The move was first revealed by the Harbour Courier.",
])
def test_a_named_first_teller_still_clears(lint, teller: str) -> None:
    assert not warnings(lint, LEAD + _CLAIM + teller + "\n")


# -- unattr163: the reduced relative at the sentence's start; "presumed to be innocent" ----------

@pytest.mark.parametrize(("sentence", "cue"), [
    ("Officials thought to have taken bribes have been suspended.", "'thought to'"),
    ("Residents said to be angry at the closure will meet on Monday.", "'said to'"),
    ("NGOs thought to have links to the party have been banned.", "'thought to'"),
])
def test_an_opening_group_noun_takes_the_reduced_relative(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Officials said to reporters that the plan would fail.", "'Officials said'"),
    ("Critics thought the plan would fail.", "'Critics thought'"),
])
def test_an_opening_group_noun_with_its_own_verb_is_a_vague_source(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Every defendant is presumed to be innocent until proven guilty.",
    "The accused is presumed innocent, the judge reminded jurors.",
])
def test_the_presumption_of_innocence_with_to_be(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The climber is presumed dead after the avalanche.", "'is presumed'"),
    ("The chairman is presumed to be the favourite for the job.", "'is presumed to'"),
])
def test_presumed_outside_the_law_stays_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


# -- advert131: "Don't miss" over a teaser for the outlet's own content ---------------------------

_REVIEW = (
    "Hotel review\n\n"
    "The hotel sits on a cliff above the bay, and every room looks out over the water to the islands beyond.\n\n"
    "The spa\n\n"
    "The spa is small but well run, with a pool, a sauna and three treatment rooms that open onto the garden.\n\n"
    "Don't miss\n\n"
    "{under}\n\n"
    "The verdict\n\n"
    "A fine hotel for a quiet weekend by the sea, though the restaurant's prices will make some guests wince.\n"
)


def test_dont_miss_over_the_outlets_teaser_is_the_widgets() -> None:
    text = _REVIEW.format(under="Ten of the best seaside hotels in Cornwall for a winter break, chosen by our travel writers this year.")
    assert 9 in warning_lines(text)


def test_dont_miss_over_the_reviews_own_walk_is_its_subhead() -> None:
    text = _REVIEW.format(under="The cliff path from the hotel to the lighthouse takes an hour, and the views of the bay are the best on the coast.")
    assert 9 not in warning_lines(text)


# -- speed: the subhead's sections found once -----------------------------------------------------

_PROSE = "The cliff path from the spa to the lighthouse takes an hour, and the views of the bay are fine.\n\n"


def _labelled_page(n: int) -> str:
    """``n`` paragraphs of prose, then ``n`` labels each over a paragraph."""
    return "Hotel review\n\n" + _PROSE * n + ("Don't miss\n\n" + _PROSE) * n


def test_section_heads_are_found_once_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    find = Signals._find_section_heads

    def counted(self: Signals) -> tuple[int, ...]:
        calls.append(1)
        return find(self)

    monkeypatch.setattr(Signals, "_find_section_heads", counted)
    lint_advertorial(_labelled_page(30))
    assert len(calls) <= 1


def _timed(n: int) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        lint_advertorial(_labelled_page(n))
        best = min(best, time.perf_counter() - start)
    return best


def test_a_page_of_labels_is_linear() -> None:
    _timed(10)
    small, large = _timed(60), _timed(480)
    assert large < max(small, 0.01) * 8 * 3
