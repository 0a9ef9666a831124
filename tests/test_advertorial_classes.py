"""Advertorial classes and shapes on boilerplate of many kinds, and what is not advertorial.

The samples (``advertorial_samples.py``) are written for the tests: one line per kind of
snippet an editor would strike, placed between two paragraphs of a story; the look-alikes
must give no advertorial diagnostic at any severity.
"""

from __future__ import annotations

import pytest

from lintnews.document.document import Document
from lintnews.engine.engine import Engine, Settings
from lintnews.model.diagnostic import Severity
from lintnews.plugins.registry import load_registry
from tests.advertorial_samples import COMPANY, HEADLINE_LISTS, NOT_ADVERTORIAL, PLUGS

REGISTRY = load_registry(autoload=False)
ENGINE = Engine(REGISTRY, Settings(select=("advertorial",)))

BEFORE = (
    "The harbour board approved the new ferry timetable and the budget for the terminal on "
    "Tuesday, its chairman said, after a debate that ran past midnight."
)
AFTER = (
    "Ferry passengers will pay 20 pence more per crossing from April under the budget, "
    "and the first sailing will leave at six, the board's clerk said."
)


def _lint(text: str):
    return [d for d in ENGINE.lint(Document(REGISTRY.readers["text"].read(text), "t.txt"))
            if d.category == "advertorial"]


def _between(snippet: str) -> tuple[str, int, int]:
    """The snippet between two story paragraphs, and its first and last line."""
    n = snippet.count("\n")
    return f"{BEFORE}\n{snippet}\n{AFTER}\n", 2, 2 + n


CASES = [(kind, line) for kind, lines in PLUGS.items() for line in lines]


@pytest.mark.parametrize(("kind", "line"), CASES, ids=[f"{k}:{v[:40]}" for k, v in CASES])
def test_each_plug_is_reported_on_its_own_line(kind, line):
    text, first, last = _between(line)
    found = [d for d in _lint(text) if d.severity.rank >= Severity.WARNING.rank]
    assert found, f"{kind}: not reported: {line!r}"
    assert all(first <= d.line and d.end_line <= last for d in found), found


@pytest.mark.parametrize("snippet", HEADLINE_LISTS, ids=[s.split("\n")[0][:40] for s in HEADLINE_LISTS])
def test_headline_lists_are_reported_line_by_line(snippet):
    text, first, last = _between(snippet)
    found = [d for d in _lint(text) if d.severity.rank >= Severity.WARNING.rank]
    assert sorted({d.line for d in found}) == list(range(first, last + 1)), found
    assert all(d.line == d.end_line for d in found)  # one diagnostic per line (paragraph)


@pytest.mark.parametrize("snippet", COMPANY, ids=[s.split("\n")[0][:40] for s in COMPANY])
def test_company_boilerplate_is_reported(snippet):
    text, first, last = _between(snippet)
    found = [d for d in _lint(text) if d.severity.rank >= Severity.WARNING.rank]
    assert sorted({d.line for d in found}) == list(range(first, last + 1)), found
    assert {d.rule for d in found} == {"advertorial/company-boilerplate"}


@pytest.mark.parametrize("line", NOT_ADVERTORIAL, ids=[s[:40] for s in NOT_ADVERTORIAL])
def test_look_alikes_give_no_diagnostic_at_any_severity(line):
    text, _first, _last = _between(line)
    assert _lint(text) == []


def test_story_paragraphs_around_the_samples_are_clean():
    assert _lint(f"{BEFORE}\n{AFTER}\n") == []
