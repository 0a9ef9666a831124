"""The audit's progress line: articles done, rate and time left, on a terminal only.

Like :class:`lintnews.output.progress.Progress` (standard error, only on a terminal,
cleared before anything else is written), but measured in bytes of the archive
linted, since the number of articles of a JSON Lines file is not known before it is
read; the rate is shown in articles per second, the time left from the bytes.
"""

from __future__ import annotations

import sys
import time
from typing import IO

_INTERVAL = 0.2  # seconds between redraws


class AuditProgress:
    def __init__(self, total_bytes: int, stream: IO[str] | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            try:
                enabled = self.stream.isatty()
            except (AttributeError, ValueError):
                enabled = False
        self.enabled = enabled
        self.total = max(1, total_bytes)
        self.done = 0
        self.articles = 0
        self.diagnostics = 0
        self.started = time.monotonic()
        self._last = 0.0
        self._shown = False

    def advance(self, weight: int, articles: int, diagnostics: int) -> None:
        self.done += weight
        self.articles += articles
        self.diagnostics += diagnostics
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < _INTERVAL and self.done < self.total:
            return
        self._last = now
        self.draw(now)

    def line(self, now: float | None = None) -> str:
        elapsed = max(1e-6, (now or time.monotonic()) - self.started)
        fraction = min(1.0, self.done / self.total)
        width = 24
        filled = int(width * fraction)
        rate = self.articles / elapsed
        if 0 < fraction < 1:
            left = elapsed * (1 - fraction) / fraction
            eta = f"ETA {int(left) // 3600}:{int(left) % 3600 // 60:02d}:{int(left) % 60:02d}"
        else:
            eta = "ETA -:--:--" if fraction == 0 else "done"
        return (f"[{'#' * filled}{'-' * (width - filled)}] {fraction:4.0%} {self.articles} articles, "
                f"{self.diagnostics} diagnostics, {rate:.0f} articles/s, {eta}")

    def draw(self, now: float | None = None) -> None:
        self.stream.write("\r\x1b[2K" + self.line(now))
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._shown = False
