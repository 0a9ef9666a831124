"""The human format: location, severity, rule, message, and the source line with the span marked.

Nothing from a file reaches the terminal as a control character: ESC and OSC
sequences, newlines and other controls in the file name, the message or the source
line are written as escapes (``\\x1b``), with the marks under the line still under
the span.
"""

from __future__ import annotations

from lintnews.model.diagnostic import Diagnostic, Severity
from lintnews.output.columns import cell_width
from lintnews.output.formatters.base import Formatter
from lintnews.util.printable import escape_controls

_COLORS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def _width(s: str) -> int:
    """Terminal cells of ``s``: wide East Asian characters take two, combining marks none.
    (Every ASCII character takes one: the common line is counted without a look-up per
    character, which was a tenth of a long report's time.)"""
    if s.isascii():
        return len(s)
    return len(s) + sum(cell_width(ch) - 1 for ch in s if ch > "\x7f")


class TextFormatter(Formatter):
    _line_key: tuple[str, int] | None = None
    _line: tuple[str, bool] = ("", False)

    def _source_line(self, smap: object, path: str, number: int) -> tuple[str, bool]:
        """Source line ``number`` with its tabs expanded, and whether it holds control
        characters. The last line is kept: a one-line file of 5 MB has its thousands of
        diagnostics on that one line, and copying, expanding and searching the whole line
        for each of them made the report quadratic (minutes, where linting took seconds)."""
        key = (path, number)
        if key != self._line_key:
            text = smap.line_text(number).expandtabs(1)  # type: ignore[attr-defined]
            self._line_key, self._line = key, (text, escape_controls(text) is not text)
        return self._line

    def c(self, code: str, s: str) -> str:
        return f"{code}{s}{_RESET}" if self.context.color else s

    def diagnostic(self, d: Diagnostic) -> None:
        sev = self.c(_COLORS[d.severity], str(d.severity))
        column = self.columns(d)[0] if self.context.column_unit != "char" else d.column
        loc = self.c(_BOLD, f"{escape_controls(d.path)}:{d.line}:{column}")
        self.write(f"{loc}: {sev} {self.c(_DIM, escape_controls(d.rule))}: {escape_controls(d.message)}")
        smap = self.context.sources.get(d.path)
        if smap is not None and self.context.show_source:
            line, controls = self._source_line(smap, d.path, d.line)
            col = d.column
            end = d.end_column if d.end_line == d.line else len(line) + 1
            if controls:  # control characters: escape the parts, keep the span on its words
                pre, mid = escape_controls(line[: col - 1]), escape_controls(line[col - 1 : max(end, col) - 1])
                escaped = pre + mid + escape_controls(line[max(end, col) - 1 :])
                line, col, end = escaped, len(pre) + 1, len(pre) + len(mid) + 1
            if len(line) > 200:  # long paragraphs: show a window around the span
                lo = max(0, col - 60)
                shown = ("…" if lo else "") + line[lo : lo + 160] + ("…" if lo + 160 < len(line) else "")
                shift = lo - (1 if lo else 0)
            else:
                shown, shift = line, 0
            scol = col - shift
            send = min(end - shift, len(shown) + 1)
            pad = _width(shown[: scol - 1])
            marks = "^" * max(1, _width(shown[scol - 1 : send - 1]))
            self.write(f"    {shown}")
            self.write(f"    {' ' * pad}{self.c(_COLORS[d.severity], marks)}")
        if d.suggestion:
            self.write(f"    {self.c(_DIM, 'suggestion:')} {escape_controls(d.suggestion)}")

    def finish(self) -> None:
        if self.count:
            self.write(f"{self.count} problem{'s' if self.count != 1 else ''} found.")
