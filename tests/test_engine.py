"""The engine's last step: diagnostics sorted by place, one per rule and span."""

from __future__ import annotations

from lintnews.engine.filters import INTERNAL_RULE
from lintnews.engine.filters import one_per_place as _one_per_place
from lintnews.model.diagnostic import Diagnostic, Severity


def diag(line: int, col: int, rule: str, message: str = "m") -> Diagnostic:
    return Diagnostic("a.txt", line, col, line, col + 3, rule, rule.split("/")[0], Severity.WARNING, message)


def test_first_found_wins_at_a_place_and_the_rest_are_sorted():
    # two patterns of a rule matched the same words: the first found is reported
    found = [diag(2, 1, "x/a", "second line"), diag(1, 5, "x/a", "first"), diag(1, 5, "x/a", "again"),
             diag(1, 5, "x/b", "other rule"), diag(1, 1, "x/a", "start")]
    out = _one_per_place(found, [])
    assert [(d.line, d.column, d.rule, d.message) for d in out] == [
        (1, 1, "x/a", "start"), (1, 5, "x/a", "first"), (1, 5, "x/b", "other rule"), (2, 1, "x/a", "second line"),
    ]


def test_every_failing_rules_report_is_kept_once():
    fail = [Diagnostic("a.txt", 1, 1, 1, 1, INTERNAL_RULE, "lintnews", Severity.ERROR, m)
            for m in ("rule p/one raised", "rule p/two raised", "rule p/one raised")]
    out = _one_per_place([diag(1, 1, "x/a"), *fail], [])
    assert [d.message for d in out if d.rule == INTERNAL_RULE] == ["rule p/one raised", "rule p/two raised"]


def test_a_suppression_problem_replaces_a_finding_at_its_place():
    problem = diag(3, 1, "x/a", "problem")
    lone = diag(9, 1, "lintnews/bad-directive", "unknown rule")
    out = _one_per_place([diag(3, 1, "x/a", "finding"), diag(10, 1, "x/a")], [problem, lone])
    assert [(d.line, d.message) for d in out] == [(3, "problem"), (9, "unknown rule"), (10, "m")]
