"""Unattributed claims, round 29: calibration by construction. Every reported cue carries the
branch of the construction that made it (``Cue.branch``), and
``benchmarks/unattributed_constructions.py`` tallies judged warnings per branch. The branch is
for measuring only: it must name the construction, and it must change no decision.
See docs/history/unattributed-claims.md, round 29.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("unattributed_constructions",
                                                  ROOT / "benchmarks" / "unattributed_constructions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# (a sentence of mine, the branch its one warning comes from)
BRANCHES = [
    ("The mayor is believed to have left the city before the vote.", "passive:to:finite:to"),
    ("It is understood that the talks will resume on Monday.", "passive:that:expletive:that"),
    ("The harbour is widely seen as the town's main asset.", "passive:as:finite:as"),
    ("Officials said the bridge would reopen in May.", "source:lead:plural:say"),
    ("The bridge will reopen in May, according to officials.", "source:according"),
    ("The bridge will reopen in May, say officials.", "source:inverted-tag"),
    ("The mayor has allegedly moved the funds abroad.", "unattributed-claim/doubt-adverb:allegedly"),
]


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("branches")
    for i, (text, _branch) in enumerate(BRANCHES):
        (folder / f"s{i}.txt").write_text(text + "\n", encoding="utf-8")
    rows = _tool().branches(folder)
    return {key.split(":", 1)[0]: branch for key, branch in rows}


@pytest.mark.parametrize(("i", "expected"), [(i, b) for i, (_t, b) in enumerate(BRANCHES)])
def test_round29_each_warning_names_its_branch(measured: dict[str, str], i: int, expected: str) -> None:
    assert measured.get(f"s{i}") == expected


def test_round29_the_table_counts_precision_per_branch() -> None:
    rows = [("a:1:1:vague-source", "source:lead:plural:say"), ("b:1:1:vague-source", "source:lead:plural:say"),
            ("c:1:1:vague-source", "source:lead:plural:tell"), ("d:1:1:vague-source", "source:according")]
    verdicts = {"a:1:1:vague-source": "T", "b:1:1:vague-source": "F", "c:1:1:vague-source": "D"}
    lines = _tool().table(rows, verdicts, 2)
    assert lines[0].startswith("source:lead ") and "T    1  F   1  D   1" in lines[0] and lines[0].endswith("P 0.500")
    assert lines[1].startswith("source:according ") and "?   1" in lines[1]


def test_round29_the_tool_leaves_the_judge_as_it_found_it(measured: dict[str, str]) -> None:
    """The recording judge is for the tool's own run only: the plugin's judge is restored."""
    from lintnews.builtin.attribution import decision

    assert decision._judge_cue.__name__ == "_judge_cue"
