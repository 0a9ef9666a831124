"""Speed 74: the vague source's named-member search on a page of dense cues.

Each cue of the vague-source family searched about 4,500 characters after it for a member
of its group named there (``attribution/members``), some ten patterns each: a sentence of one
cue every 35 characters took about 5 s per 100 KB. Guards (what every match of a pattern
holds) are now searched once per text (:class:`~lintnews.util.next_match.NextMatch`), and a
pattern is tried only where its guard starts in the cue's reach. The answers must be exactly
those of the search per cue, also where the reach's edge cuts a name in two: the old answer
is the same code with every guard passed.
"""

from __future__ import annotations

import random
import re
import time

import pytest

from lintnews.builtin.attribution import members
from lintnews.document.document import Document
from lintnews.util.next_match import NextMatch
from tests.family_lint import LEAD


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


class _Everywhere(NextMatch):
    """Every guard in every reach: the search per cue, as before the guards."""

    def within(self, guard, text, lo, hi):  # type: ignore[no-untyped-def]
        return True


# -- NextMatch: never 'no' where a search of the window finds one -----------------------------------

def test_next_match_answers_as_a_search_of_each_window():
    rng = random.Random(74)
    guard = re.compile(r"[A-Z][a-z]*,")
    cursor = NextMatch()
    for _ in range(20):
        text = "".join(rng.choice(["Ann, ", "the ", "Bo", ", ", "x ", "Lee,"]) for _ in range(200))
        queries = sorted(rng.randrange(len(text)) for _ in range(60)) + [rng.randrange(len(text)) for _ in range(20)]
        for lo in queries:  # (in order, then out of order)
            hi = min(len(text), lo + rng.randrange(1, 40))
            m = guard.search(text, lo)  # (a start in the window, the match maybe running past it)
            assert cursor.within(guard, text, lo, hi) == (m is not None and m.start() < hi), (text, lo, hi)
            if guard.search(text, lo, hi) is not None:  # what the judge relies on
                assert cursor.within(guard, text, lo, hi)


def test_next_match_searches_a_horizon_not_the_rest_of_the_text():
    """Round 76: each search reads at most a horizon past the window; the answers stay those a
    judge relies on (never 'no' where the window's search finds one, 'yes' only for a start in it)."""
    rng = random.Random(76)
    guard = re.compile(r"[A-Z][a-z]*,")
    for horizon in (1, 7, 50):
        cursor = NextMatch(horizon)
        for _ in range(10):
            text = "".join(rng.choice(["Ann, ", "the ", "Bo", ", ", "x ", "Lee,"]) for _ in range(200))
            queries = sorted(rng.randrange(len(text)) for _ in range(60)) + [rng.randrange(len(text)) for _ in range(20)]
            for lo in queries:
                hi = min(len(text), lo + rng.randrange(1, 40))
                m = guard.search(text, lo)
                answer = cursor.within(guard, text, lo, hi)
                if guard.search(text, lo, hi) is not None:
                    assert answer, (text, lo, hi)
                if answer:
                    assert m is not None and m.start() < hi, (text, lo, hi)


class _Counting:
    """A guard that counts the characters its searches were given to read."""

    def __init__(self, pattern: str) -> None:
        self._re, self.read = re.compile(pattern), 0

    def search(self, text: str, pos: int, endpos: int | None = None):  # type: ignore[no-untyped-def]
        self.read += (len(text) if endpos is None else endpos) - pos
        return self._re.search(text, pos, len(text) if endpos is None else endpos)


def test_next_match_reads_a_rare_guard_once_a_horizon():
    """A guard with no match, asked twice at the start of a long text, reads a horizon each
    time, not the whole text (before round 76: the rest of the text at each question)."""
    text = "x " * 500_000
    guard = _Counting("backers")
    cursor = NextMatch()
    assert not cursor.within(guard, text, 0, 4500)  # type: ignore[arg-type]
    assert not cursor.within(guard, text, 100_000, 104_500)  # type: ignore[arg-type]
    assert guard.read <= 2 * 65_536


def test_next_match_forgets_the_last_text():
    cursor, guard = NextMatch(), re.compile("said")
    assert cursor.within(guard, "she said so", 0, 11)
    assert not cursor.within(guard, "she says so", 0, 11)


# -- the named member: the same answers as the search per cue --------------------------------

_CUES = ["Some critics say the plan failed", "Analysts say rates will rise", "Family members said he was innocent",
         "Some shop owners say trade is slow", "According to a group of employees, pay fell",
         "Residents say the road flooded", "Officials said the bridge would close"]
_AFTER = ["Jane Roe, an analyst at Halbrook Capital, said", "analyst Tom Lee said so", "One, Rosa Diaz, said",
          "One of them is deputy mayor Ann Kerr", "Her grandfather, Omar Haddad, said", "the plan failed",
          "Maria Lopez, who owns a florist, told the Gazette", "The group, Staff Voice, formed in May",
          "the critics, mostly from Dunmore College, wrote", "Wu Yan, deputy director of the agency, said",
          "Sam Roe, who served as deputy minister, said", "Fire Chief Tom Moore said", "in May, the mayor said",
          "a resident, Mark Lee, said", "Ellen Park, whose mother lived there, said", " " * 70]
_GROUP = re.compile(r"\b(?:Some critics|Analysts|Family members|Some shop owners|a group of employees|Residents|Officials)\b")


def _page(seed: int) -> str:
    """A page of cues and named members in random order, most of it one sentence (commas), so
    that the reach of 4,500 characters ends at every kind of place in a name."""
    rng = random.Random(seed)
    parts = [rng.choice(_CUES) if rng.random() < 0.5 else rng.choice(_AFTER) for _ in range(260)]
    return LEAD + "".join(p + rng.choice([", ", ", ", ", ", "; ", ". ", " and "]) for p in parts) + "So it ends.\n"


def _answers(doc: Document) -> list[bool]:
    return [members.named_member(doc, doc.sentence_index(m.start()), m.start(), m.end(), m.group().split()[-1].lower())
            for m in _GROUP.finditer(doc.text)]


def test_named_member_answers_are_those_of_the_search_per_cue(registry, monkeypatch):
    found = []
    for seed in range(8):
        doc = Document(registry.readers["text"].read(_page(seed)), "draft")
        new = _answers(doc)
        with monkeypatch.context() as m:
            m.setattr(members, "_NEXT", _Everywhere())
            old = _answers(doc)
        assert new == old, seed
        found += new
    assert True in found and False in found  # (both answers are tested)


def test_the_reports_of_dense_pages_are_those_of_the_search_per_cue(lint, monkeypatch):
    for seed in (100, 101, 102):
        text = _page(seed)
        new = [(d.rule, d.line, d.column, d.severity, d.message) for d in lint(text)]
        with monkeypatch.context() as m:
            m.setattr(members, "_NEXT", _Everywhere())
            old = [(d.rule, d.line, d.column, d.severity, d.message) for d in lint(text)]
        assert new == old, seed
        assert any(r == "unattributed-claim/vague-source" for r, *_ in new)


# -- the time -------------------------------------------------------------------------------

def _time(lint, text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t = time.perf_counter()
        lint(text)
        best = min(best, time.perf_counter() - t)
    return best


def test_a_sentence_of_dense_vague_sources_costs_about_as_much_as_the_same_cues_in_sentences(lint):
    # on main one sentence of 600 "Some critics say ..." cues (20 KB) took six times as long
    # as the same cues, each its own sentence (each searching 4,500 characters, not 35); now
    # less than twice
    unit = "Some critics say the plan failed"
    lint(LEAD + (unit + ", ") * 150 + "and so on.\n")  # (compiles what the shape needs)
    one = _time(lint, LEAD + (unit + ", ") * 600 + "and so on.\n")
    apart = _time(lint, LEAD + (unit + ". ") * 600 + "So on.\n")
    assert one < 3 * apart + 0.02, (one, apart)
