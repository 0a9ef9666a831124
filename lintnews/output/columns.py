"""Columns in the unit an editor reads: code points, UTF-8 bytes, or screen cells.

lintnews counts columns in Unicode code points (the JSON and SARIF contract). Editors
that read ``path:line:col`` count otherwise: Vim's quickfix ``%c`` is a byte index
into the line, so after a curly quote, a dash or an accented letter a code-point
column lands too far left; Emacs's compilation mode reads screen columns by default
(``compilation-error-screen-columns``: a wide character such as most emoji takes two
cells, a tab runs to the next multiple of eight), as GCC's default
``-fdiagnostics-column-unit=display`` does. ``--column-unit`` picks one:

- ``char``: code points (the ``text`` format's default, and what JSON and SARIF use);
- ``byte``: UTF-8 bytes, 1-based (the ``line`` format's default, for Vim and grep-like tools);
- ``display``: screen cells, tabs to multiples of 8 (for Emacs).
"""

from __future__ import annotations

from functools import cache

UNITS = ("char", "byte", "display")
DEFAULT_UNIT = {"line": "byte"}  # every other format: "char"
TAB = 8


@cache
def cell_width(ch: str) -> int:
    """Screen cells of one character: wide East Asian (and most emoji) 2, combining marks 0."""
    import unicodedata  # (here: most runs never need it, and its import is a millisecond of a start)

    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def convert(line: str, column: int, unit: str) -> int:
    """The 1-based code-point ``column`` of ``line`` in ``unit`` (one column: a report with
    many on one line keeps a :class:`LineColumns`, which counts on from the last one)."""
    if unit == "char" or column <= 1:
        return column
    return LineColumns(line, unit)(column)


class LineColumns:
    """The columns of one line in ``unit``, converted in increasing order from where the
    last one stopped: what :func:`convert` gives, without counting the line's prefix again
    for every column (a one-line file of megabytes with thousands of diagnostics made that
    quadratic). A column left of the last one starts the count again from the line's start."""

    def __init__(self, line: str, unit: str) -> None:
        self.line, self.unit = line, unit
        self.pos = 0  # code points counted so far
        self.units = 0  # their width in ``unit``

    def __call__(self, column: int) -> int:
        if self.unit == "char" or column <= 1:
            return column
        target = min(column - 1, len(self.line))
        if target < self.pos:
            self.pos = self.units = 0
        chunk = self.line[self.pos : target]
        if self.unit == "byte":
            self.units += len(chunk) if chunk.isascii() else len(chunk.encode("utf-8", "surrogatepass"))
        elif chunk.isascii() and "\t" not in chunk:
            self.units += len(chunk)
        else:
            cells = self.units
            for ch in chunk:
                cells = (cells // TAB + 1) * TAB if ch == "\t" else cells + cell_width(ch)
            self.units = cells
        self.pos = target
        return self.units + (column - 1 - target) + 1
