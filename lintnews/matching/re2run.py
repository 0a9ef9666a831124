"""Running RE2 over a text encoded once, with byte offsets mapped back to characters.

google-re2's Python wrapper encodes a ``str`` to UTF-8 on every call (its ``_match``
starts with ``text.encode()``), so searching a long text again and again from
successive positions would encode it again each time: quadratic. Here a text is
encoded once (:class:`Encoded`), RE2 is given the bytes, and the byte offsets it
reports are turned back into character offsets by walking forward (the offsets come
in text order, so the walk is linear).
"""

from __future__ import annotations

from collections.abc import Iterator

import re2

from lintnews.util.re2_syntax import Exact
from lintnews.util.re2_syntax import re2_options as options

_ANCHOR = getattr(re2, "_Anchor", None)  # (the wrapper's own name for RE2's anchors)
_UNANCHORED = getattr(_ANCHOR, "UNANCHORED", None)
_ANCHOR_START = getattr(_ANCHOR, "ANCHOR_START", None)
_NO_MATCH = (-1, -1)


class Program:
    """A compiled RE2 pattern with a fast search over bytes.

    The wrapper's public ``search(bytes, pos)`` builds a generator and a match object per
    call; the program underneath (``_regexp.Match``) answers with the spans alone, a third
    of the cost, which matters at every candidate position of a long text. When a future
    wrapper lacks it, the public call is used."""

    __slots__ = ("_match", "compiled")

    def __init__(self, source: str) -> None:
        self.compiled = re2.compile(source, options())
        low = getattr(self.compiled, "_regexp", None)
        self._match = getattr(low, "Match", None) if _ANCHOR_START is not None else None

    def search(self, data: bytes, pos: int, end: int, anchored: bool = False) -> list | None:
        """Spans (group 0 first, ``(-1, -1)`` for a group that took no part) of the first
        match in ``data[pos:end]`` (its start at ``pos`` when ``anchored``), or ``None``."""
        if self._match is not None:
            spans = self._match(_ANCHOR_START if anchored else _UNANCHORED, data, pos, end)
            return None if spans[0] == _NO_MATCH else spans
        m = (self.compiled.match if anchored else self.compiled.search)(data, pos, end)
        if m is None:
            return None
        return [m.span(g) for g in range(self.compiled.groups + 1)]


def next_char(data: bytes, b: int) -> int:
    """The byte offset of the character after the one starting at ``b``."""
    lead = data[b]
    return b + (1 if lead < 0x80 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4)


def previous_char(data: bytes, b: int) -> int:
    """The byte offset of the character before byte offset ``b`` (``b`` > 0)."""
    b -= 1
    while b > 0 and 0x80 <= data[b] < 0xC0:
        b -= 1
    return b


class Encoded:
    """A text and its UTF-8 bytes, with byte offsets mapped back to character offsets."""

    __slots__ = ("_b", "_c", "ascii", "data", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.data = text.encode("utf-8", "surrogatepass")
        self.ascii = len(self.data) == len(text)
        self._b = self._c = 0  # the last position mapped (a character boundary)

    def char(self, b: int) -> int:
        """The character offset of byte offset ``b`` (a character boundary)."""
        if self.ascii:
            return b
        last_b, last_c = self._b, self._c
        if b >= last_b:
            c = last_c + len(self.data[last_b:b].decode("utf-8", "surrogatepass"))
        elif b > last_b >> 1:
            c = last_c - len(self.data[b:last_b].decode("utf-8", "surrogatepass"))
        else:
            c = len(self.data[:b].decode("utf-8", "surrogatepass"))
        self._b, self._c = b, c
        return c

    def byte(self, c: int) -> int:
        """The byte offset of character offset ``c``."""
        if self.ascii:
            return c
        last_b, last_c = self._b, self._c
        if c >= last_c:
            b = last_b + len(self.text[last_c:c].encode("utf-8", "surrogatepass"))
        else:
            b = len(self.text[:c].encode("utf-8", "surrogatepass"))
        self._b, self._c = b, c
        return b


class HouseProgram:
    """A house pattern (or a rule's patterns, joined) compiled from its exact translation,
    iterated as Python's ``finditer`` would: leftmost first, never overlapping."""

    __slots__ = ("first", "groups", "rest")

    def __init__(self, exact: Exact) -> None:
        self.groups = exact.groups
        self.first = Program(exact.source)
        self.rest = self.first if exact.rest == exact.source else Program(exact.rest)

    def spans(self, data: bytes, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
        """``(start, end)`` byte spans of the hits in ``data[:end]`` that start at ``start`` or
        later, in order (what is before ``start`` is context: the character before a
        ``\\b``, a line break before ``(?m:^)``)."""
        end = len(data) if end is None else end
        groups = self.groups
        if groups and start:
            program, pos = self.rest, previous_char(data, start)
        else:
            program, pos = self.first, start
        while pos <= end:
            spans = program.search(data, pos, end)
            if spans is None:
                return
            if not groups:
                s, e = spans[0]
            else:
                s, e = next(sp for sp in spans[1:] if sp != _NO_MATCH)
            if e <= s:  # (cannot happen: empty matches are refused; never loop)
                return
            yield s, e
            if groups:
                # the next hit's words may start right at ``e``: the pattern for later
                # positions consumes the character before them
                pos = previous_char(data, e)
                program = self.rest
            else:
                pos = e
