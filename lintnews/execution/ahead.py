"""A plain text's parts cut ahead, so that a part-at-a-time run can let the whole text go.

A text with one character outside the Basic Multilingual Plane takes four bytes a character
(the 10 MB benchmark file: 39.6 MB), and a part-at-a-time run (``-j 1``,
:func:`lintnews.execution.split.lint_serially`) held it from start to end, though each part
needs only its own piece. Here every part's piece is cut before the first part is linted and
kept as UTF-8 (about a byte a character for news prose: the pieces of that file, margins
included, take 10 MB), with the two things a part otherwise reads from the whole text: the
number of lines before it (its source map) and the answer about the text before it
(:attr:`lintnews.readers.Parsed.before`, all parts' in one search). The whole text can then
go; each piece is decoded when its part is linted and dropped after it
(docs/history/speed.md, round 79).

Only for a plain text (the text is its source, character for character), and only when the
caller does not need the source map afterwards (a report that shows no source lines): a
source map of the whole file needs the whole text.
"""

from __future__ import annotations

import mmap
from typing import NamedTuple

from lintnews.builtin.constructions.sources.heads import condensed_befores

# lone surrogates (a file decoded with surrogateescape) go through UTF-8 and back unchanged
_ERRORS = "surrogatepass"


# characters encoded at a time: a piece's own slice of a four-byte-a-character text is 3.2 MB,
# and thirteen such slices, each freed between the pieces kept, left the heap 25 MB larger
_CHUNK = 1 << 16


# the most bytes a character takes in UTF-8 (a lone surrogate, passed: three)
_MOST_BYTES = 4


def _encoded(text: str, a: int, b: int) -> tuple[mmap.mmap | bytes, int]:
    """``text[a:b]`` as UTF-8, encoded a chunk at a time (no slice of the whole piece), in a
    memory map of its own, and its length. A map, not ``bytes``: its pages leave the process
    when it is closed (:meth:`CutAhead.take`, :meth:`CutAhead.drop_others`), where a freed
    ``bytes`` of a few megabytes left a hole in the heap that the process's size kept (a part's
    process forked from the parent started with every part's piece: docs/history/speed.md,
    perf141). Pages never written are never resident: the map is made as large as the piece
    could be. Where no such map can be had (a system that commits no memory it may not
    need), ``bytes``."""
    chunks = (text[i : min(i + _CHUNK, b)].encode("utf-8", _ERRORS) for i in range(a, b, _CHUNK))
    try:
        buf = mmap.mmap(-1, max(1, _MOST_BYTES * (b - a)))
    except (OSError, ValueError, OverflowError):
        data = b"".join(list(chunks))
        return data, len(data)
    for chunk in chunks:
        buf.write(chunk)
    return buf, buf.tell()


class Cut(NamedTuple):
    """One part's piece: its text, where it starts in the whole text, the line breaks before
    it, and the condensed :attr:`lintnews.readers.Parsed.before`."""

    piece: str
    start: int
    line0: int
    before: tuple[str, int]


class CutAhead:
    """Every part's piece of one text, cut ahead; :meth:`take` gives each once."""

    __slots__ = ("_befores", "_lines", "_pieces", "_starts")

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        """``spans``: each part's ``(start, end)`` in ``text`` (in ascending order, as parts are)."""
        self._pieces: list[tuple[mmap.mmap | bytes, int] | None] = [_encoded(text, a, b) for a, b in spans]
        self._starts = [a for a, _ in spans]
        lines, n, at = [], 0, 0
        for a in self._starts:  # (counted on from the last start: the text is read once)
            n += text.count("\n", at, a) if a >= at else -text.count("\n", a, at)
            at = a
            lines.append(n)
        self._lines = lines
        self._befores = condensed_befores(text, self._starts)

    def drop_others(self, j: int) -> None:
        """Let go of every piece but part ``j``'s (a process forked from the one that cut them,
        to lint that part alone: its copies of the others' pages leave it)."""
        for k, piece in enumerate(self._pieces):
            if k != j and piece is not None:
                if not isinstance(piece[0], bytes):
                    piece[0].close()
                self._pieces[k] = None

    def close(self) -> None:
        """Let go of every piece not taken (review 117: the run's end, on every path: an
        error or an interrupt in a part, the warm-up or the fork left the maps to the
        collector, which a frozen or paused collector, or a traceback holding the frame,
        put off)."""
        self.drop_others(-1)

    def take(self, j: int) -> Cut:
        """Part ``j``'s piece, decoded; its bytes are let go here (each part is taken once)."""
        piece, self._pieces[j] = self._pieces[j], None
        assert piece is not None, "a part's piece is taken once"
        buf, n = piece
        if isinstance(buf, bytes):
            text = buf.decode("utf-8", _ERRORS)
        else:
            with memoryview(buf) as whole, whole[:n] as data:
                text = str(data, "utf-8", _ERRORS)
            buf.close()
        return Cut(text, self._starts[j], self._lines[j], self._befores[j])
