"""Lint one partition: a pure function of the partition and the linter's settings.

It runs wherever the engine sends it (this process, a pool worker, a Dask worker).
Being pure is what makes a retried partition safe: linting it twice gives the same
result, which the run stores under the partition's number, once.

A result row is ``(id_key, seq, id, groups, diagnostic fields...)``: sorted here by
article id (then archive order, for two articles with the same id), and each
article's diagnostics by position as the engine gives them, so the run only has to
merge sorted runs. ``id_key`` makes numbers and strings comparable: numbers first, by
value, then strings, by code point.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from lintnews.execution.api import Linter
from lintnews.integrations.audit.archive import Partition
from lintnews.model.errors import InternalError, LintnewsError

# the fields of the diagnostic contract (DESIGN.md), in the order of a row
DIAGNOSTIC_FIELDS = ("path", "line", "column", "end_line", "end_column", "rule", "category",
                     "severity", "message", "suggestion")


def id_key(ident: Any) -> tuple[int, Any]:
    return (1, ident) if isinstance(ident, str) else (0, ident)


@dataclass
class PartitionResult:
    """What comes back from linting one partition."""

    index: int
    rows: list[tuple] = field(default_factory=list)
    articles: int = 0
    # (groups, category, rule) -> [diagnostics, articles with at least one]
    counts: dict[tuple, list[int]] = field(default_factory=dict)
    group_articles: Counter = field(default_factory=Counter)  # groups -> articles
    errors: list[str] = field(default_factory=list)  # articles that could not be linted
    internal: bool = False  # one of those errors is a bug (exit 4)
    failed: bool = False  # a plugin's rule failed (exit 3)
    id_types: frozenset[str] = frozenset()  # "int", "float", "str": the Parquet id column's type
    weight: int = 0


def lint_partition(linter: Linter, part: Partition) -> PartitionResult:
    result = PartitionResult(part.index, weight=part.weight)
    counts = result.counts
    id_types: set[str] = set()
    rows = result.rows
    for seq, ident, text, fmt, groups in sorted(part.articles, key=lambda a: (id_key(a[1]), a[0])):
        id_types.add(type(ident).__name__)
        result.group_articles[groups] += 1
        result.articles += 1
        try:
            found = linter.check(text, path=part.path, fmt=fmt)
        except LintnewsError as exc:
            result.errors.append(f"{part.path}: article {ident!r}: {exc}")
            result.internal = result.internal or isinstance(exc, InternalError)
            continue
        result.failed = result.failed or found.failed
        key = id_key(ident)
        seen: set[tuple[str, str]] = set()
        for d in found.diagnostics:
            rows.append((key, seq, ident, groups, d.path, d.line, d.column, d.end_line, d.end_column,
                         d.rule, d.category, d.severity.value, d.message, d.suggestion))
            cell = counts.get((groups, d.category, d.rule))
            if cell is None:
                cell = counts[(groups, d.category, d.rule)] = [0, 0]
            cell[0] += 1
            if (d.category, d.rule) not in seen:
                seen.add((d.category, d.rule))
                cell[1] += 1
    result.id_types = frozenset(id_types)
    return result
