"""Helpers for position tests: what a diagnostic's range covers in the source file."""

from __future__ import annotations

import re

_BREAK = re.compile(r"\r\n|\r|\n")


def line_starts(source: str) -> list[int]:
    """Offsets where each line of ``source`` starts (CRLF, CR and LF all end a line)."""
    return [0] + [m.end() for m in _BREAK.finditer(source)]


def source_range(source: str, d) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Source offsets of a diagnostic's (line, column)-(end_line, end_column): 1-based, end exclusive."""
    starts = line_starts(source)
    return starts[d.line - 1] + d.column - 1, starts[d.end_line - 1] + d.end_column - 1


def source_slice(source: str, d) -> str:  # type: ignore[no-untyped-def]
    """The source text a diagnostic's range covers."""
    lo, hi = source_range(source, d)
    return source[lo:hi]


def plain_within(parsed, source: str, d) -> str:  # type: ignore[no-untyped-def]
    """The plain-text characters the reader took from inside the diagnostic's source range
    (white space collapsed): the flagged words without the markup between them."""
    lo, hi = source_range(source, d)
    smap = parsed.source_map
    chars = [ch for i, ch in enumerate(parsed.text) if lo <= smap.to_source_start(i) < hi]
    return " ".join("".join(chars).split())


def assert_maps_inside_source(parsed, source: str) -> None:  # type: ignore[no-untyped-def]
    """Every character the reader kept maps into ``source`` (a letter or digit mapped to one
    source character is that character), and every block lies inside the text."""
    smap = parsed.source_map
    for i, ch in enumerate(parsed.text):
        s, e = smap.to_source_start(i), smap.to_source_end(i + 1)
        assert 0 <= s <= e <= len(source)
        if ch.isalnum() and e - s == 1:
            assert source[s] == ch
    for b in parsed.blocks:
        assert 0 <= b.start < b.end <= len(parsed.text)
