"""Review 121: the cost and the wrong readings of what rounds 148 (unattributed claims) and 142
(loaded language) merged.

1. Cost. Round 148's test of a happening told in the sentence a lone plural is cited for
   ("according to shoppers, the queue stretched") read every word of the cue's window (up to
   2 * SENTENCE_REACH characters) with a look-up in the past forms, once per cue: a page pasted
   as one sentence with the citation repeated cost 8 ms a cue. The sentence's words and the
   ones that tell a happening are now found once per sentence; a cue reads only its window's
   edges. Round 142's "boasts" searched the rest of the sentence for a named source once per
   "boasts" (48x the time at 8x the text in one sentence); one search now serves the sentence.
   Both give the answers they gave (checked below against the plain reading).
2. Wrong reading. Round 148's qualified consensus ("experts agree ...", then a named expert's
   reservation) was warned when the expert was named in the next paragraph but cleared when
   named in the same one (the illustrating speaker, round 118's other clearing, did not ask
   it). And the reservation was looked for from the cue on, so the writer's own "but not" in
   the cue's sentence, or "however" as an adverb of degree, counted as the expert's.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import gc
import random
import re
import time
from types import SimpleNamespace

import pytest

from lintnews.builtin.attribution import cues
from lintnews.builtin.constructions import near
from lintnews.builtin.loaded.evidence import indirect
from lintnews.document.document import Document
from lintnews.language.finite import finite_forms
from tests.family_lint import LEAD, assert_warned, claims, warnings

_LEAD = "Council approves budget plan\n\n"


def _best(f, runs: int = 2) -> float:
    """The best of ``runs`` warm runs of ``f``, with the collector off (as timeit does: a
    collection costs in proportion to the whole session's objects, not to the text)."""
    f()
    best = float("inf")
    gc.disable()
    try:
        for _ in range(runs):
            t = time.perf_counter()
            f()
            best = min(best, time.perf_counter() - t)
    finally:
        gc.enable()
    return best


def _seconds(engine, registry, text: str) -> float:
    return _best(lambda: engine.lint(Document(registry.readers["text"].read(text), "a.txt")))


class _Counting:
    """A word set that counts the look-ups made in it."""

    def __init__(self, words) -> None:  # type: ignore[no-untyped-def]
        self.words, self.asked = words, 0

    def __contains__(self, word: object) -> bool:
        self.asked += 1
        return word in self.words


def _cited_reads(monkeypatch, n: int) -> int:
    """The past-form look-ups made to read the happening for every "according to" of one
    sentence of ``n`` of them (a count: the machine's load does not move it)."""
    past = _Counting(finite_forms().past)
    monkeypatch.setattr(cues, "finite_forms", lambda: SimpleNamespace(past=past))
    text = "".join(["according to gardeners, tomatoes need a warm wall and "] * n) + "end."
    for m in re.finditer("according to", text):
        end = m.end() + 10
        cues._happening_told(text, m.end(), end, lambda end=end: near(0, len(text), end - 10, end),
                             lambda: (0, len(text)))
    return past.asked


class _CountingSearch:
    """A pattern that counts the characters its searches are given."""

    def __init__(self, pattern) -> None:  # type: ignore[no-untyped-def]
        self.pattern, self.read = pattern, 0

    def search(self, text: str, pos: int, endpos: int):  # type: ignore[no-untyped-def]
        self.read += endpos - pos
        return self.pattern.search(text, pos, endpos)


def _boasts_reads(monkeypatch, n: int) -> int:
    """The characters searched for a named source to judge every "boasts" of one sentence of
    ``n`` of them as round 142's possession."""
    sourced = _CountingSearch(indirect._SOURCED)
    monkeypatch.setattr(indirect, "_SOURCED", sourced)
    text = "".join(["the inn boasts the finest harbour views and "] * n) + "end."
    for m in re.finditer("boasts", text):
        indirect.possession_boast(text, m.start(), m.end(), 0, len(text))
    return sourced.read


@pytest.mark.parametrize("reads", [_cited_reads, _boasts_reads])
def test_a_cue_repeated_in_one_sentence_costs_in_proportion(monkeypatch, reads) -> None:
    # (before review 121: about 12x the look-ups for the citation, under the window of
    # 2 * SENTENCE_REACH where its reading was quadratic, and 60x the characters for "boasts")
    small, large = reads(monkeypatch, 40), reads(monkeypatch, 320)
    assert large <= 8 * small * 1.25, (small, large)


def test_a_lint_of_boasts_repeated_in_one_sentence_costs_in_proportion(engine, registry) -> None:
    unit = "the inn boasts the finest harbour views and "
    small = _seconds(engine, registry, _LEAD + unit * 120 + "end.")
    large = _seconds(engine, registry, _LEAD + unit * 960 + "end.")
    assert large < 8 * small * 2.5 + 0.05, (small, large)


def _plain_reading(text: str, cited: int, cited_end: int, lo: int, hi: int) -> bool:
    """Round 148's reading of the window, word by word (the reference)."""
    past = finite_forms().past
    before = ""
    for m in cues._WORD.finditer(text, lo, hi):
        if cited - 15 <= m.start() < cited_end:
            before = ""
            continue
        word = m.group().lower()
        if word in cues._PAST_AUX or before in cues._PERFECT_AUX:
            return True
        if word in past and before and before not in cues._NOT_FINITE_BEFORE and before not in cues._PERFECT_AUX:
            return True
        before = word
    return False


def test_the_happening_read_once_a_sentence_answers_as_the_plain_reading() -> None:
    words = ("the queue stretched was has have fallen is believed shoppers according to o'clock "
             "well-known a-b '-x Had were ran to gardeners need wall and , . ; -- ' ’ve").split()
    rng = random.Random(121)
    for _ in range(3000):
        text = rng.choice(["", "x ", "Ab. "]) + " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        s_lo = rng.randint(0, min(3, len(text)))
        s_hi = rng.randint(s_lo, len(text))
        for _ in range(4):  # (several cues of one sentence, windows cut anywhere)
            lo = rng.randint(s_lo, s_hi)
            hi = rng.randint(lo, s_hi)
            cited = rng.randint(0, len(text))
            cited_end = rng.randint(cited, min(len(text), cited + 25))
            got = cues._happening_told(text, cited, cited_end, lambda lo=lo, hi=hi: (lo, hi),
                                       lambda: (s_lo, s_hi))
            assert got == _plain_reading(text, cited, cited_end, lo, hi), (text, lo, hi, cited, cited_end)


def test_the_source_searched_once_a_sentence_answers_as_a_search() -> None:
    words = "according to figures from data show boasts the inn survey by ranking league table , .".split()
    rng = random.Random(142)
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 40)))
        hi = rng.randint(0, len(text))
        for end in sorted(rng.randint(0, hi) for _ in range(6)):
            assert indirect._sourced_after(text, end, hi) == (indirect._SOURCED.search(text, end, hi) is not None)


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


_CONSENSUS = "The band tracks sleep well, and sleep experts agree that tracking is the future of rest"
_EXPERT = "Dr Ann Cole, a lecturer in sleep science, said the data could help"


@pytest.mark.parametrize("sep", ["\n\n", " "])
def test_a_consensus_qualified_next_is_warned_in_either_paragraph(lint, sep: str) -> None:
    assert_warned(lint, LEAD + _CONSENSUS + "." + sep + _EXPERT + " but should not replace a doctor.",
                  "sleep experts agree")


@pytest.mark.parametrize("sep", ["\n\n", " "])
@pytest.mark.parametrize("text", [
    # the writer's own reservation in the cue's sentence: the expert agrees, unqualified
    _CONSENSUS + ", but not all of them use it.{sep}" + _EXPERT + " many patients.",
    # "however" as an adverb of degree, no reservation
    _CONSENSUS + ".{sep}" + _EXPERT + " many patients, however tired they are.",
])
def test_no_reservation_of_the_expert_clears_the_consensus_as_before(lint, text: str, sep: str) -> None:
    text = text.format(sep=sep)
    found = [d for d in warnings(lint, LEAD + text) if "sleep experts" in d.message]
    assert not found, [d.message for d in claims(lint, LEAD + text)]
