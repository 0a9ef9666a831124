"""A progress line on standard error for long runs: files done, findings so far.

Shown only when standard error is a terminal and there are many files, so it
never ends up in a log, a pipe or machine-readable output. The line is cleared
before any report is written and redrawn after, so it never mixes with the
report when both go to the same terminal.
"""

from __future__ import annotations

import sys
import time
from typing import IO

MIN_FILES = 20  # fewer files finish before a bar would be any use
_INTERVAL = 0.1  # seconds between redraws


class Progress:
    def __init__(self, total: int, stream: IO[str] | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            enabled = total >= MIN_FILES and _isatty(self.stream)
        self.enabled = enabled
        self.total = total
        self.done = 0
        self.findings = 0
        self._shown = False
        self._last = 0.0

    def clear(self) -> None:
        """Remove the line (before the report writes to the terminal)."""
        if self._shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._shown = False

    def advance(self, findings: int = 0) -> None:
        self.done += 1
        self.findings += findings
        if not self.enabled:
            return
        now = time.monotonic()
        if self._shown and now - self._last < _INTERVAL and self.done < self.total:
            return  # (a cleared line is redrawn at once, so the bar does not flicker)
        self._last = now
        self.draw()

    def draw(self) -> None:
        width = 30
        filled = width * self.done // max(self.total, 1)
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(
            f"\r\x1b[2K[{bar}] {self.done}/{self.total} files, {self.findings} findings"
        )
        self.stream.flush()
        self._shown = True

    def finish(self) -> None:
        self.clear()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
