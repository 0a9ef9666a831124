"""Python's regular-expression syntax, read by lintnews itself into a small tree.

Why not ask ``re``? Its parser is private: it changes between Python releases without
notice, and lintnews must not break on the next one. This module
reads the public syntax documented for :mod:`re` (the subset a rule pack can use:
everything but bytes-only features) into plain tuples, which
:mod:`lintnews.util.re2_syntax` turns into RE2 patterns for house packs (run by RE2 in
linear time) and :mod:`lintnews.util.regex_words` reads the literal start of a
built-in pattern from (where the matcher tries it).

The tree (tuples, built fast and never mutated):

- ``("lit", char, icase)`` a literal character;
- ``("any", dotall)`` the dot;
- ``("cat", letter)`` ``\\d \\D \\s \\S \\w \\W`` (``letter`` is the escape's letter);
- ``("set", negated, items, icase)`` a class; items are ``("lit", char)``,
  ``("range", lo, hi)`` or ``("cat", letter)``;
- ``("at", kind, multiline)`` an anchor: ``^ $ A Z b B``;
- ``("group", capturing, icase, alt)`` a group; ``icase`` is the case-insensitivity
  of its body;
- ``("look", behind, negative, alt)`` a look-ahead or look-behind;
- ``("atomic", alt)``; ``("backref", name_or_number)``; ``("cond", ...)``;
- ``("rep", lo, hi, mode, node)`` a repeat (``hi`` ``None``: no maximum; ``mode``
  ``""`` greedy, ``"?"`` lazy, ``"+"`` possessive);
- ``("alt", [sequence, ...])`` alternatives, each a list of nodes.

Errors are :class:`PatternError` with Python's wording where it has one.
"""

from __future__ import annotations

import unicodedata

IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII = 1, 2, 4, 8, 16  # the flags the syntax knows
_FLAG_LETTERS = {"i": IGNORECASE, "m": MULTILINE, "s": DOTALL, "x": VERBOSE, "a": ASCII, "u": 0, "L": 0}
_WHITESPACE = frozenset(" \t\n\r\v\f")
_DIGITS = frozenset("0123456789")
_OCTAL = frozenset("01234567")
_HEX = frozenset("0123456789abcdefABCDEF")
_SIMPLE_ESCAPES = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_CATEGORIES = frozenset("dDsSwW")
MAX_REPEAT = 4294967295
MAX_DEPTH = 200  # nested groups: deeper is refused (a recursion, not a pattern)


class PatternError(ValueError):
    """A pattern that is not valid Python regular-expression syntax."""

    def __init__(self, message: str, pos: int) -> None:
        super().__init__(f"{message} at position {pos}")
        self.pos = pos


class Parsed:
    """A parsed pattern: its tree, the flags set at its start (``(?i)``...) and its groups."""

    __slots__ = ("global_flags", "groups", "tree")

    def __init__(self, tree: tuple, global_flags: int, groups: int) -> None:
        self.tree = tree
        self.global_flags = global_flags
        self.groups = groups


def parse(pattern: str, flags: int = 0) -> Parsed:
    """The tree of ``pattern`` under ``flags`` (a combination of :data:`IGNORECASE`, :data:`MULTILINE`...)."""
    return _Parser(pattern, flags).run()


def parse_spans(pattern: str, flags: int = 0) -> tuple[Parsed, dict[int, tuple[tuple[int, int], ...]]]:
    """:func:`parse`, and where each alternation's branches are in ``pattern``: ``{id(alt):
    ((start, end), ...)}`` for every ``("alt", ...)`` node of the tree (valid while the tree
    is kept), so that a branch can be written out as it was written."""
    spans: dict[int, tuple[tuple[int, int], ...]] = {}
    return _Parser(pattern, flags, spans).run(), spans


class _Parser:
    __slots__ = ("flags", "global_flags", "groups", "i", "n", "names", "spans", "src")

    def __init__(self, src: str, flags: int, spans: dict[int, tuple[tuple[int, int], ...]] | None = None) -> None:
        self.src = src
        self.n = len(src)
        self.i = 0
        self.flags = flags
        self.global_flags = 0
        self.groups = 0
        self.names: set[str] = set()
        self.spans = spans

    def error(self, message: str, pos: int | None = None) -> PatternError:
        return PatternError(message, self.i if pos is None else pos)

    def run(self) -> Parsed:
        self._global_flags()
        tree = self.alternation(self.flags, 0)
        if self.i < self.n:  # (only a ')' stops an alternation early)
            raise self.error("unbalanced parenthesis")
        return Parsed(tree, self.global_flags, self.groups)

    def _global_flags(self) -> None:
        """``(?imsx)`` at the very start sets the flags of the whole pattern (Python refuses
        them anywhere else)."""
        src = self.src
        while src.startswith("(?", self.i):
            j = self.i + 2
            while j < self.n and src[j] in _FLAG_LETTERS:
                j += 1
            if j == self.i + 2 or j >= self.n or src[j] != ")":
                return
            for ch in src[self.i + 2 : j]:
                self.global_flags |= _FLAG_LETTERS[ch]
                if ch == "L":
                    raise self.error("bad inline flags: cannot use 'L' flag with a str pattern")
            self.flags |= self.global_flags
            self.i = j + 1

    # -- structure -----------------------------------------------------------------------

    def alternation(self, flags: int, depth: int) -> tuple:
        if depth > MAX_DEPTH:
            raise self.error(f"groups nested more than {MAX_DEPTH} deep")
        branches: list[list] = []
        seq: list = []
        src, n = self.src, self.n
        verbose = bool(flags & VERBOSE)
        starts = [self.i]
        while self.i < n:
            c = src[self.i]
            if verbose and c in _WHITESPACE:
                self.i += 1
                continue
            if verbose and c == "#":
                end = src.find("\n", self.i)
                self.i = n if end < 0 else end + 1
                continue
            if c == "|":
                branches.append(seq)
                seq = []
                self.i += 1
                starts.append(self.i)
                continue
            if c == ")":
                break
            if c in "*+?" or (c == "{" and self._quantifier_at(self.i)):
                self._repeat(seq)
                continue
            atom = self.atom(flags, depth)
            if atom is not None:
                seq.append(atom)
        branches.append(seq)
        alt = ("alt", branches)
        if self.spans is not None:
            ends = [b - 1 for b in starts[1:]] + [self.i]
            self.spans[id(alt)] = tuple(zip(starts, ends, strict=True))
        return alt

    def _quantifier_at(self, i: int) -> bool:
        """Is the ``{`` at ``i`` a repeat (``{m}``, ``{m,}``, ``{,n}``, ``{m,n}``)? Else a literal."""
        src, n = self.src, self.n
        j = i + 1
        while j < n and src[j] in _DIGITS:
            j += 1
        if j < n and src[j] == ",":
            j += 1
            while j < n and src[j] in _DIGITS:
                j += 1
        return j < n and src[j] == "}" and j > i + 1

    def _repeat(self, seq: list) -> None:
        src = self.src
        start = self.i
        c = src[start]
        if c == "*":
            lo, hi = 0, None
            self.i += 1
        elif c == "+":
            lo, hi = 1, None
            self.i += 1
        elif c == "?":
            lo, hi = 0, 1
            self.i += 1
        else:
            close = src.index("}", start)
            body = src[start + 1 : close]
            lo_s, comma, hi_s = body.partition(",")
            lo = int(lo_s) if lo_s else 0
            hi = (int(hi_s) if hi_s else None) if comma else lo
            if lo >= MAX_REPEAT or (hi is not None and hi >= MAX_REPEAT):
                raise self.error("the repetition number is too large", start)
            if hi is not None and hi < lo:
                raise self.error("min repeat greater than max repeat", start + 1)
            self.i = close + 1
        if not seq or seq[-1][0] == "at":
            raise self.error("nothing to repeat", start)
        if seq[-1][0] == "rep":
            raise self.error("multiple repeat", start)
        mode = ""
        if self.i < self.n and src[self.i] in "?+":
            mode = src[self.i]
            self.i += 1
        seq[-1] = ("rep", lo, hi, mode, seq[-1])

    def atom(self, flags: int, depth: int) -> tuple | None:
        src = self.src
        c = src[self.i]
        self.i += 1
        if c == ".":
            return ("any", bool(flags & DOTALL))
        if c == "^":
            return ("at", "^", bool(flags & MULTILINE))
        if c == "$":
            return ("at", "$", bool(flags & MULTILINE))
        if c == "[":
            return self.charset(flags)
        if c == "(":
            return self.group(flags, depth)
        if c == "\\":
            return self.escape(flags)
        return ("lit", c, bool(flags & IGNORECASE))

    def group(self, flags: int, depth: int) -> tuple | None:
        src, n = self.src, self.n
        start = self.i - 1
        capturing = True
        if self.i < n and src[self.i] == "?":
            self.i += 1
            if self.i >= n:
                raise self.error("unexpected end of pattern")
            c = src[self.i]
            self.i += 1
            if c == ":":
                capturing = False
            elif c == "P":
                if src.startswith("<", self.i):
                    end = src.find(">", self.i + 1)
                    if end < 0:
                        raise self.error("missing >, unterminated name")
                    name = src[self.i + 1 : end]
                    if not name.isidentifier():
                        raise self.error(f"bad character in group name {name!r}", self.i + 1)
                    if name in self.names:
                        raise self.error(f"redefinition of group name {name!r}", self.i + 1)
                    self.names.add(name)
                    self.i = end + 1
                elif src.startswith("=", self.i):
                    end = src.find(")", self.i + 1)
                    if end < 0:
                        raise self.error("missing ), unterminated name")
                    name = src[self.i + 1 : end]
                    if name not in self.names:
                        raise self.error(f"unknown group name {name!r}", self.i + 1)
                    self.i = end + 1
                    return ("backref", name)
                else:
                    raise self.error("unknown extension ?P" + src[self.i : self.i + 1], start + 1)
            elif c == "#":
                end = src.find(")", self.i)
                if end < 0:
                    raise self.error("missing ), unterminated comment", start)
                self.i = end + 1
                return None
            elif c in "=!" or (c == "<" and src[self.i : self.i + 1] in ("=", "!")):
                behind = c == "<"
                if behind:
                    c = src[self.i]
                    self.i += 1
                body = self.alternation(flags, depth + 1)
                self._close(start)
                return ("look", behind, c == "!", body)
            elif c == "<":
                raise self.error("unknown extension ?<" + src[self.i : self.i + 1], start + 1)
            elif c == ">":
                body = self.alternation(flags, depth + 1)
                self._close(start)
                return ("atomic", body)
            elif c == "(":
                end = src.find(")", self.i)
                if end < 0:
                    raise self.error("missing ), unterminated name")
                ref = src[self.i : end]
                self.i = end + 1
                body = self.alternation(flags, depth + 1)
                self._close(start)
                return ("cond", ref, body)
            elif c in _FLAG_LETTERS or c == "-":
                self.i -= 1
                flags = self._scoped_flags(flags, start)
                capturing = False
            else:
                raise self.error("unknown extension ?" + c, start + 1)
        if capturing:
            self.groups += 1
        body = self.alternation(flags, depth + 1)
        self._close(start)
        return ("group", capturing, bool(flags & IGNORECASE), body)

    def _scoped_flags(self, flags: int, start: int) -> int:
        """``(?i:``, ``(?-i:``, ``(?x-i:``...: the flags inside the group."""
        src, n = self.src, self.n
        add = remove = 0
        while self.i < n and src[self.i] in _FLAG_LETTERS:
            ch = src[self.i]
            if ch == "L":
                raise self.error("bad inline flags: cannot use 'L' flag with a str pattern")
            add |= _FLAG_LETTERS[ch]
            self.i += 1
        if self.i < n and src[self.i] == "-":
            self.i += 1
            while self.i < n and src[self.i] in "imsx":
                remove |= _FLAG_LETTERS[src[self.i]]
                self.i += 1
            if not remove:
                raise self.error("missing flag")
        if self.i >= n or src[self.i] != ":":
            if self.i < n and src[self.i] == ")":
                raise self.error("global flags not at the start of the expression", start)
            raise self.error("missing :")
        self.i += 1
        return (flags | add) & ~remove

    def _close(self, start: int) -> None:
        if self.i >= self.n or self.src[self.i] != ")":
            raise self.error("missing ), unterminated subpattern", start)
        self.i += 1

    # -- escapes and classes ---------------------------------------------------------------

    def escape(self, flags: int) -> tuple:
        src, n = self.src, self.n
        start = self.i - 1
        if self.i >= n:
            raise self.error("bad escape (end of pattern)", start)
        c = src[self.i]
        self.i += 1
        if c in _CATEGORIES:
            return ("cat", c)
        if c in "AZbB":
            return ("at", c, False)
        if c in _DIGITS:
            if c == "0":
                return ("lit", self._octal(c, start), bool(flags & IGNORECASE))
            if self.i < n and src[self.i] in _DIGITS:
                if (c in _OCTAL and src[self.i] in _OCTAL and self.i + 1 < n and src[self.i + 1] in _OCTAL):
                    return ("lit", self._octal(c, start), bool(flags & IGNORECASE))
                c += src[self.i]
                self.i += 1
            group = int(c)
            if group > self.groups:
                raise self.error(f"invalid group reference {group}", start + 1)
            return ("backref", group)
        return ("lit", self._char_escape(c, start), bool(flags & IGNORECASE))

    def _octal(self, first: str, start: int) -> str:
        digits = first
        while len(digits) < 3 and self.i < self.n and self.src[self.i] in _OCTAL:
            digits += self.src[self.i]
            self.i += 1
        value = int(digits, 8)
        if value > 0o377:
            raise self.error(f"octal escape value \\{digits} outside of range 0-0o377", start)
        return chr(value)

    def _char_escape(self, c: str, start: int) -> str:
        """The character an escape such as ``\\n``, ``\\x41``, ``\\u00e9`` or ``\\.`` stands for."""
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[c]
            digits = self.src[self.i : self.i + width]
            if len(digits) != width or not all(d in _HEX for d in digits):
                raise self.error(f"incomplete escape \\{c}{digits}", start)
            self.i += width
            value = int(digits, 16)
            if value > 0x10FFFF:
                raise self.error(f"bad escape \\{c}{digits}", start)
            return chr(value)
        if c == "N":
            if not self.src.startswith("{", self.i):
                raise self.error("missing {", self.i)
            end = self.src.find("}", self.i)
            if end < 0:
                raise self.error("missing }, unterminated name", self.i)
            name = self.src[self.i + 1 : end]
            try:
                ch = unicodedata.lookup(name)
            except KeyError:
                raise self.error(f"undefined character name {name!r}", start) from None
            self.i = end + 1
            return ch
        if c.isascii() and c.isalnum():
            raise self.error(f"bad escape \\{c}", start)
        return c

    def charset(self, flags: int) -> tuple:
        src, n = self.src, self.n
        start = self.i - 1
        negated = False
        if self.i < n and src[self.i] == "^":
            negated = True
            self.i += 1
        items: list[tuple] = []
        first = True
        while True:
            if self.i >= n:
                raise self.error("unterminated character set", start)
            c = src[self.i]
            self.i += 1
            if c == "]" and not first:
                break
            first = False
            item = self._class_item(c)
            if self.i < n - 1 and src[self.i] == "-" and src[self.i + 1] != "]":
                self.i += 1
                c2 = src[self.i]
                self.i += 1
                end = self._class_item(c2)
                if item[0] != "lit" or end[0] != "lit":
                    raise self.error("bad character range", self.i - 1)
                if ord(end[1]) < ord(item[1]):
                    raise self.error(f"bad character range {item[1]}-{end[1]}", self.i - 1)
                items.append(("range", item[1], end[1]))
            else:
                items.append(item)
        return ("set", negated, tuple(items), bool(flags & IGNORECASE))

    def _class_item(self, c: str) -> tuple:
        if c != "\\":
            return ("lit", c)
        start = self.i - 1
        if self.i >= self.n:
            raise self.error("unterminated character set", start)
        c = self.src[self.i]
        self.i += 1
        if c in _CATEGORIES:
            return ("cat", c)
        if c == "b":
            return ("lit", "\b")
        if c in _OCTAL:
            return ("lit", self._octal(c, start))
        if c in _DIGITS:
            raise self.error(f"bad escape \\{c}", start)
        return ("lit", self._char_escape(c, start))


def shown(pattern: str, limit: int = 160) -> str:
    """A pattern as the user wrote it, for a one-line message: quoted, not escaped (no doubled
    backslashes), on one line (a verbose pattern's line breaks are white space), and cut
    when it is very long."""
    one_line = " ".join(pattern.splitlines()) if "\n" in pattern or "\r" in pattern else pattern
    if len(one_line) > limit:
        one_line = one_line[: limit - 1] + "…"
    return f"'{one_line}'"
