"""One audit: read the archive in partitions, lint them on an engine, merge, write, summarise.

Nothing here prints: the command decides what to show (``on_error`` and the progress
stream are its hooks). A file that cannot be read, an output that cannot be written or
a cluster that cannot be reached raises a :class:`LintnewsError` before anything is
left under an output's name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lintnews.execution.api import Linter
from lintnews.integrations.audit.archive import Columns, Reader, RowError
from lintnews.integrations.audit.partition import DIAGNOSTIC_FIELDS, PartitionResult
from lintnews.integrations.audit.progress import AuditProgress
from lintnews.integrations.audit.spill import Runs
from lintnews.integrations.audit.summary import Summary
from lintnews.integrations.audit.writers import Atomic, output_kind, write_csv, write_rows
from lintnews.model.errors import ConfigError

RESERVED = ("id", *DIAGNOSTIC_FIELDS)


@dataclass
class AuditReport:
    articles: int = 0
    diagnostics: int = 0
    partitions: int = 0
    row_errors: list[RowError] = field(default_factory=list)
    article_errors: list[str] = field(default_factory=list)
    internal: bool = False
    failed: bool = False
    summary: Summary | None = None


def check_group_by(group_by: tuple[str, ...]) -> None:
    for name in group_by:
        if name in RESERVED:
            raise ConfigError(f"--group-by {name}: the output already has a field {name!r} "
                              f"(fields: {', '.join(RESERVED)})")
    if len(set(group_by)) != len(group_by):
        raise ConfigError("--group-by: a field is named twice")


def audit(
    archives: list[str],
    output: str,
    linter: Linter,
    engine: Any,
    columns: Columns | None = None,
    *,
    summary_csv: str | None = None,
    partition_size: int | None = None,
    progress: AuditProgress | None = None,
    on_error: Callable[[RowError], None] | None = None,
    on_result: Callable[[PartitionResult], None] | None = None,
) -> AuditReport:
    columns = columns or Columns()
    check_group_by(columns.group_by)
    kind = output_kind(output)
    if kind == "parquet":
        from lintnews.integrations.audit.extras import require

        require("pyarrow", "writing Parquet")
    if summary_csv is not None and not summary_csv.lower().endswith(".csv"):
        raise ConfigError(f"--summary {summary_csv}: the summary must end in .csv")
    options = {"partition_size": partition_size} if partition_size else {}
    reader = Reader(list(archives), columns, **options)
    reader.check()  # every file, its columns: before any linting
    reader.on_error = on_error
    if progress is not None:
        progress.total = max(1, reader.total_weight)
    report = AuditReport(summary=Summary(columns.group_by))
    id_types: set[str] = set()
    # the outputs are opened (as temporary files beside them) before any linting: a
    # directory that is missing or read-only is one line now, not after hours
    out = Atomic(output)
    summary_out = None
    runs = None
    try:
        summary_out = Atomic(summary_csv) if summary_csv is not None else None
        runs = Runs(output)
        seen: set[int] = set()
        for result in engine.run(linter, reader.partitions()):
            if result.index in seen:  # (an engine that delivered a partition twice: once counts)
                continue
            seen.add(result.index)
            runs.write(result.index, result.rows)
            report.summary.add(result)  # type: ignore[union-attr]
            report.partitions += 1
            report.articles += result.articles
            report.diagnostics += len(result.rows)
            report.article_errors.extend(result.errors)
            report.internal = report.internal or result.internal
            report.failed = report.failed or result.failed
            id_types |= result.id_types
            if progress is not None:
                progress.advance(result.weight, result.articles, len(result.rows))
            if on_result is not None:
                on_result(result)
        if progress is not None:
            progress.clear()
        write_rows(out, runs.merged(), columns.group_by, id_types)
        if summary_out is not None:
            write_csv(summary_out, report.summary.header, report.summary.rows())  # type: ignore[union-attr]
    finally:
        if progress is not None:
            progress.clear()
        out.discard()  # (after a commit: nothing left to remove)
        if summary_out is not None:
            summary_out.discard()
        if runs is not None:
            runs.remove()
    report.row_errors = list(reader.errors)
    return report
