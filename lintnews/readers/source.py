"""Where each character of the plain text came from in the source file.

Readers strip markup and normalise line endings; rules then work on plain text.
A :class:`SourceMap` turns a plain-text span back into the 1-based line and
column of the *source* file, so a diagnostic on a Markdown link text or an HTML
entity still points at the right place in the file the editor has open.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(slots=True)
class SourceMap:
    """Maps plain-text offsets to source offsets, and source offsets to line/column.

    The map is a sorted list of segments ``(plain_start, plain_len, src_start, src_len)``.
    A *verbatim* segment (``plain_len == src_len``) maps character for character; any
    other segment (an entity, a CRLF folded into ``\\n``, a separator the reader
    inserted) maps as a whole: its characters start at ``src_start`` and end at
    ``src_start + src_len``.
    """

    source: str
    segments: list[tuple[int, int, int, int]] = field(default_factory=list)
    _plain_starts: list[int] = field(default_factory=list, init=False, repr=False)
    _line_starts: list[int] | None = field(default=None, init=False, repr=False)
    # the one segment when it maps character for character (a plain text with "\n" line
    # ends, the common case): spans are then mapped without the segment search
    _verbatim: tuple[int, int, int, int] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._plain_starts = [s[0] for s in self.segments]
        if len(self.segments) == 1 and self.segments[0][1] == self.segments[0][3]:
            self._verbatim = self.segments[0]

    @classmethod
    def identity(cls, source: str) -> SourceMap:
        """The plain text is the source, character for character."""
        return cls(source, [(0, len(source), 0, len(source))])

    # -- plain offset -> source offset -------------------------------------------------
    def _segment(self, offset: int) -> tuple[int, int, int, int]:
        i = bisect_right(self._plain_starts, offset) - 1
        return self.segments[max(i, 0)]

    def to_source_start(self, offset: int) -> int:
        """Source offset of the plain character at ``offset``."""
        if not self.segments:
            return 0
        p, plen, s, slen = self._segment(offset)
        if plen == slen:
            return s + min(offset - p, plen)
        return s

    def to_source_end(self, offset: int) -> int:
        """Source offset just after the plain character at ``offset - 1`` (exclusive end)."""
        if not self.segments:
            return 0
        if offset <= 0:
            return self.to_source_start(0)
        p, plen, s, slen = self._segment(offset - 1)
        if plen == slen:
            return s + min(offset - p, plen)
        return s + slen

    # -- source offset -> line/column --------------------------------------------------
    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            source = self.source
            if "\r" in source:
                self._line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(source)]
            else:  # (str.find, not a regex: a third of the time on a large file)
                starts = [0]
                append, find = starts.append, source.find
                i = find("\n")
                while i >= 0:
                    append(i + 1)
                    i = find("\n", i + 1)
                self._line_starts = starts
        return self._line_starts

    def line_col(self, source_offset: int) -> tuple[int, int]:
        """1-based line and code-point column of a source offset."""
        starts = self.line_starts
        i = bisect_right(starts, source_offset) - 1
        return i + 1, source_offset - starts[i] + 1

    def line_text(self, line: int) -> str:
        """The source line ``line`` (1-based) without its line ending."""
        starts = self.line_starts
        if line < 1 or line > len(starts):
            return ""
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.source)
        return self.source[start:end].rstrip("\r\n")

    def span(self, start: int, end: int) -> tuple[int, int, int, int]:
        """``(line, column, end_line, end_column)`` of a plain-text span ``[start, end)``."""
        one = self._verbatim
        if one is not None:  # (what to_source_start and to_source_end give for one segment)
            p, plen, src, _ = one
            s = src + min(start - p, plen)
            e = max(src + min(max(end, 0) - p, plen), s)
        else:
            s = self.to_source_start(start)
            e = max(self.to_source_end(end), s)
        starts = self.line_starts
        i = bisect_right(starts, s) - 1
        line, col = i + 1, s - starts[i] + 1
        if e == s:
            return line, col, line, col
        # An exclusive end just after a line break belongs to the end of the line before.
        i = bisect_right(starts, e) - 1
        end_line, end_col = i + 1, e - starts[i] + 1
        if end_col == 1 and end_line > line:
            end_line -= 1
            end_col = len(self.line_text(end_line)) + 1
        return line, col, end_line, end_col


class SourceBuilder:
    """Builds plain text and its :class:`SourceMap` piece by piece (used by readers)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.segments: list[tuple[int, int, int, int]] = []
        self.length = 0

    def verbatim(self, src_start: int, src_end: int) -> None:
        """Copy ``source[src_start:src_end]`` into the plain text unchanged."""
        if src_end <= src_start:
            return
        n = src_end - src_start
        self.parts.append(self.source[src_start:src_end])
        self._add(n, src_start, n)

    def replace(self, text: str, src_start: int, src_end: int) -> None:
        """Put ``text`` in the plain text for ``source[src_start:src_end]`` (an entity, a break)."""
        if not text:
            return
        self.parts.append(text)
        if len(text) == src_end - src_start:
            self._add(len(text), src_start, len(text))
        else:
            for i, _ch in enumerate(text):  # each char maps to the whole source run
                self.segments.append((self.length + i, 1, src_start, src_end - src_start))
            self.length += len(text)

    def _add(self, plen: int, src_start: int, slen: int) -> None:
        if self.segments:
            p, pl, s, sl = self.segments[-1]
            if pl == sl and plen == slen and p + pl == self.length and s + sl == src_start:
                self.segments[-1] = (p, pl + plen, s, sl + slen)
                self.length += plen
                return
        self.segments.append((self.length, plen, src_start, slen))
        self.length += plen

    def mark(self) -> tuple[int, int, int, tuple[int, int, int, int] | None]:
        """The builder's state now, to :meth:`restore` later (a reader taking back a block)."""
        return self.length, len(self.parts), len(self.segments), self.segments[-1] if self.segments else None

    def restore(self, mark: tuple[int, int, int, tuple[int, int, int, int] | None]) -> None:
        """Take back everything added since :meth:`mark` (the last segment may have grown since)."""
        self.length, n_parts, n_segments, last = mark
        del self.parts[n_parts:]
        del self.segments[n_segments:]
        if last is not None:
            self.segments[-1] = last

    def build(self) -> tuple[str, SourceMap]:
        return "".join(self.parts), SourceMap(self.source, self.segments)
