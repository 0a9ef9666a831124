"""perf143: a file split over processes has its patterns compiled whole before the warm-up.

:func:`split.lint_in_parts` lints the file's first paragraphs (the warm-up) and then compiles
every pattern of the matcher whole before it forks the parts' processes. The warm-up's few
pages are under the matcher's ``_GATED``, so it tried the patterns it met branch by branch
(:mod:`lintnews.matching.branches`), compiling branches that the fork's preparation then
compiled again whole: about a tenth of the parent's time before the fork on the 10 MB
benchmark file, with the other core idle. The patterns are now compiled whole first. These
tests check that the warm-up finds them so, that no pattern is tried branch by branch in the
parent, and that the report is the whole text's.
"""

from __future__ import annotations

import os
import re

import pytest

from lintnews.config.config import Settings
from lintnews.document.document import Document
from lintnews.engine.engine import Engine
from lintnews.execution import split
from lintnews.matching import branches

pytestmark = pytest.mark.usefixtures("forkable")

_FILLER = "The allotment society met on Thursday to share out the spring plots."
_PAGE = "\n\n".join([
    "Sign up for our newsletter to get the best deals on seeds delivered to your inbox.",
    "Click here to subscribe and save 20% on your first order of compost.",
    "Critics say the new rent is a scandal, sources said.",
    *[_FILLER] * 12,
    "Shop the collection now at our online store, with free delivery on orders over $50.",
    "The secretary said the waiting list had grown, according to a member.",
    *[_FILLER] * 12,
]) + "\n"


@pytest.fixture
def fresh(registry):
    """An engine whose matcher has compiled nothing yet (as a command's is)."""
    return Engine(registry, Settings())


def _branch_counter(monkeypatch) -> list[int]:
    made: list[int] = []
    real = branches.Branches.__init__

    def counting(self, *a, **k):  # type: ignore[no-untyped-def]
        if os.getpid() == parent:
            made.append(1)
        real(self, *a, **k)

    parent = os.getpid()
    monkeypatch.setattr(branches.Branches, "__init__", counting)
    return made


@pytest.mark.parametrize("source", [True, False])
def test_the_warm_up_finds_every_pattern_compiled_whole(fresh, registry, monkeypatch, source):
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    monkeypatch.setattr(split, "WARM_UP_CHARS", 2000)
    made = _branch_counter(monkeypatch)
    states: list[bool] = []
    real = split._warm_up

    def looking(engine, doc, profile):  # type: ignore[no-untyped-def]
        states.append(all(isinstance(c, re.Pattern) for c in engine.matcher._compiled))
        return real(engine, doc, profile)

    monkeypatch.setattr(split, "_warm_up", looking)
    text = _PAGE * 4
    parsed = registry.readers["text"].read(text)
    found = split.lint_in_parts(fresh, parsed, "a.txt", None, 2, source=source)
    assert found is not None
    assert states == [True]
    assert made == []  # (no pattern tried branch by branch in the parent)


@pytest.mark.parametrize("jobs", [2, 3])
def test_a_split_run_reports_what_the_whole_text_does(fresh, registry, monkeypatch, jobs):
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    monkeypatch.setattr(split, "WARM_UP_CHARS", 2000)
    text = _PAGE * 5
    whole = Engine(registry, Settings()).lint(Document(registry.readers["text"].read(text), "a.txt"))
    parsed = registry.readers["text"].read(text)
    found = split.lint_in_parts(fresh, parsed, "a.txt", None, jobs, source=False)
    assert found == whole
    rules = {d.rule for d in whole}
    assert len(whole) > 10 and len(rules) >= 2  # (advertorial and claim findings both)
