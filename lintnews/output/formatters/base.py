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

    def write(self, line: str) -> None:
        self.stream.write(line + "\n")
