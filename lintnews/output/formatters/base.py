"""The formatter lifecycle: start, one call per file and per diagnostic, finish.

Modelled on flake8's ``formatting/base.py``. Formatters stream: a diagnostic is
written as soon as its file is linted, except formats that must be one document
(JSON, SARIF), which collect and write at ``finish``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, Any

from lintnews.model.diagnostic import Diagnostic


@dataclass
class FormatContext:
    """What a formatter may need besides the diagnostics."""

    color: bool = False
    registry: Any = None  # lintnews.plugins.registry.Registry, for rule metadata (SARIF)
    version: str = ""
    sources: dict[str, Any] = field(default_factory=dict)  # path -> SourceMap, for context lines
    show_source: bool = True
    column_unit: str = "char"  # columns as shown by text and line: char, byte, display (output.columns)
    # shown path -> the path as the file system has it, for a name that is not UTF-8 (shown as
    # caf\xe9.txt; SARIF's URI percent-encodes its bytes, caf%E9.txt)
    raw_paths: dict[str, str] = field(default_factory=dict)


class Formatter:
    """Base class: override :meth:`diagnostic` (and :meth:`start`/:meth:`finish` as needed)."""

    def __init__(self, stream: IO[str], context: FormatContext) -> None:
        self.stream = stream
        self.context = context
        self.count = 0

    def start(self) -> None:
        """Called once before any file."""

    def file(self, path: str, diagnostics: list[Diagnostic]) -> None:
        """Called once per linted file, in input order, with its sorted diagnostics."""
        for d in diagnostics:
            self.count += 1
            self.diagnostic(d)

    def diagnostic(self, d: Diagnostic) -> None:
        """Write one diagnostic."""

    def finish(self) -> None:
        """Called once after the last file."""

    def columns(self, d: Diagnostic) -> tuple[int, int]:
        """``(column, end_column)`` in the context's column unit (see
        :mod:`lintnews.output.columns`); code points when the source is not at hand."""
        unit = self.context.column_unit
        smap = self.context.sources.get(d.path) if unit != "char" else None
        if smap is None:
            return d.column, d.end_column
        return self._column(smap, d, d.line, d.column, 0), self._column(smap, d, d.end_line, d.end_column, 1)

    def _column(self, smap: Any, d: Diagnostic, line: int, column: int, which: int) -> int:
        """``column`` of source line ``line`` in the context's unit, by one of two counters
        (starts, ends) kept on the last line: the diagnostics of a line come in order, so
        each counts on from the last, and a one-line file is not counted from its start
        for each of its diagnostics."""
        from lintnews.output.columns import LineColumns

        key = (d.path, line)
        counters = self.__dict__.setdefault("_counters", {})  # (a subclass's __init__ may not call ours)
        kept = counters.get(which)
        if kept is None or kept[0] != key:
            kept = (key, LineColumns(smap.line_text(line), self.context.column_unit))
            counters[which] = kept
        return kept[1](column)

    def write(self, line: str) -> None:
        self.stream.write(line + "\n")
