"""The first word a match of a pattern must start with, read from its tree.

The matcher tries a built-in pattern at a candidate position only when the word that
starts there can begin one of its matches: "sources" for ``\\bsources\\s+close``, "is"
or "was" for ``\\b(?:is|was)\\s+believed``. :func:`first_words` works that out from the
tree of :mod:`lintnews.util.regex_syntax` (never from ``re``'s private parser), and
only ever over-approximates: a pattern it cannot describe is reported as ``None``
(tried at every candidate).

A *word* here is a run of letters and digits (``str.isalnum``), case-folded as
Python's ``re.IGNORECASE`` folds it (:func:`lintnews.util.casefold.fold`), even in a
case-sensitive pattern: the text's words are compared folded too, which finds a
little more, never less.
"""

from __future__ import annotations

from lintnews.util.casefold import fold

_MAX_WORDS = 256  # literal spellings kept before giving up on a pattern
_MAX_CLASS = 12  # letters of a class spelled out ([sz]: two spellings)


DIGITS = "#"  # the word of a pattern that starts with a digit class (\\d): any number


class Start:
    """Where and with which words a pattern's matches start.

    ``words``: ``{(word, whole)}``; a match begins with the text's run of letters and
    digits at its start when ``whole`` is true (the run equals ``word``), or with a run
    that starts with ``word`` (:data:`DIGITS`: with a digit). ``None`` for a pattern that
    only starts at line starts (``line_only``) with no word known. ``after_blanks``: a
    match may also start at a line start, spaces or tabs before the word. ``where``:
    ``"word"`` when a match starts only where a word starts (after a character that is
    not a letter or digit, or at the text's start), ``"case"`` when also where a lower-case
    letter is followed by a capital inside a word ("differenceYour"), ``"line"`` only
    at line starts."""

    __slots__ = ("after_blanks", "where", "words")

    def __init__(self, words: frozenset[tuple[str, bool]] | None, after_blanks: bool, where: str) -> None:
        self.words = words
        self.after_blanks = after_blanks
        self.where = where

    def __repr__(self) -> str:  # (for test failures)
        shown = None if self.words is None else sorted(self.words)
        return f"Start({shown!r}, after_blanks={self.after_blanks}, where={self.where!r})"

    def data(self) -> tuple:
        """As plain data (for the built-in packs' plan)."""
        return (None if self.words is None else tuple(sorted(self.words)), self.after_blanks, self.where)

    @classmethod
    def from_data(cls, data: tuple) -> Start:
        words, after_blanks, where = data
        return cls(None if words is None else frozenset(tuple(w) for w in words), after_blanks, where)


_RANK = {"line": 0, "word": 1, "case": 2, "anywhere": 3}


def first_words(tree: tuple) -> Start | None:
    """The start of every match of a parsed pattern (see :class:`Start`), or ``None`` when
    it cannot be told (the pattern may start anywhere)."""
    starts = []
    for seq in _branches(tree):
        start = _seq_start(list(seq))
        if start is None:
            return None
        starts.append(start)
    if not starts:
        return None
    where = max((s.where for s in starts), key=_RANK.__getitem__)
    if any(s.words is None for s in starts):
        if where != "line":
            return None
        return Start(None, any(s.after_blanks for s in starts), "line")
    words = frozenset(w for s in starts for w in s.words)  # type: ignore[union-attr]
    return Start(words, any(s.after_blanks for s in starts), where)


def _branches(alt: tuple) -> list:
    """Top-level alternatives, looking through groups that wrap a whole alternative."""
    out = []
    for seq in alt[1]:
        if len(seq) == 1 and seq[0][0] == "group":
            out.extend(_branches(seq[0][3]))
        else:
            out.append(seq)
    return out


def _zero_width(node: tuple) -> bool:
    """Consumes nothing: an anchor, a look-around, or a group of them (``(?m:^)``)."""
    if node[0] in ("at", "look"):
        return True
    return node[0] == "group" and all(all(_zero_width(n) for n in b) for b in node[3][1])


def _blank_class(node: tuple) -> bool:
    """``[ \\t]``, ``\\s``, `` ``: white space only."""
    if node[0] == "lit":
        return node[1] in " \t"
    if node[0] == "cat":
        return node[1] == "s"
    if node[0] == "set" and not node[1]:
        return all((i[0] == "lit" and i[1].isspace()) or i == ("cat", "s") for i in node[2])
    return False


def _guard_of(node: tuple) -> str | None:
    """What a zero-width item says about where a match starts: ``"line"`` (a line start),
    ``"word"`` (no letter or digit before it), ``"case"`` (half of a case change), ``None``."""
    kind = node[0]
    if kind == "at":
        return "line" if node[1] in ("^", "A") else "word" if node[1] == "b" else None
    if kind == "look":
        behind, negative, alt = node[1], node[2], node[3]
        if not behind or len(alt[1]) != 1 or not alt[1][0]:
            return None
        last = alt[1][0][-1]
        if negative:
            # (?<![\w'’-]), (?<![A-Za-z0-9]): no word character before
            if len(alt[1][0]) == 1 and last[0] == "set" and not last[1] and _covers_word(last[2]):
                return "word"
            return None
        if last[0] == "at" and last[1] in ("^", "A"):
            return "line"  # (?<=^)
        if last[0] == "lit" and not (last[1].isalnum() or last[1] == "_"):
            return "word"
        if last[0] == "cat" and last[1] in "sW":
            return "word"
        if last[0] == "set" and not last[1]:
            if all(i[0] == "lit" and not (i[1].isalnum() or i[1] == "_") for i in last[2]) or all(
                i == ("cat", "s") for i in last[2]
            ):
                return "word"
            if all(i[0] == "range" and i[1] == "a" and i[2] == "z" for i in last[2]):
                return "case"  # (?<=[a-z]), with a capital after: glued texts
        return None
    if kind == "group":
        kinds = set()
        for branch in node[3][1]:
            branch_kind = _lead_kind(list(branch))
            if branch_kind is None:
                return None
            kinds.add(branch_kind)
        return max(kinds, key=_RANK.__getitem__) if kinds else None
    return None


def _covers_word(items: tuple) -> bool:
    if ("cat", "w") in items:
        return True
    ranges = {(i[1], i[2]) for i in items if i[0] == "range"}
    return ("a", "z") in ranges and ("A", "Z") in ranges


def _lead_kind(seq: list) -> str | None:
    """The strongest guarantee a run of zero-width items gives (``None``: no guarantee)."""
    best = None
    for node in seq:
        kind = _guard_of(node) if _zero_width(node) else None
        if kind is not None and (best is None or _RANK[kind] < _RANK[best]):
            best = kind
    return best


def _lead(seq: list) -> tuple[int, bool, str | None] | None:
    """The leading items of ``seq`` that only guard where a match starts (zero-width items,
    and blanks after a line anchor): how many, whether blanks may come first, and where a
    match may start (see :class:`Start`); ``None`` when blanks may come first anywhere."""
    i = 0
    blanks = False
    where: str | None = None
    while i < len(seq):
        node = seq[i]
        if _zero_width(node):
            kind = _guard_of(node)
            if kind is not None and (where is None or _RANK[kind] < _RANK[where]):
                where = kind
        elif node[0] == "rep" and node[1] == 0 and _blank_class(node[4]):
            if where != "line":
                return None
            blanks = True
        elif node[0] == "group":
            leads = [_lead(list(b)) for b in node[3][1]]
            if any(x is None for x in leads):
                return None
            if not all(x[0] == len(b) for x, b in zip(leads, node[3][1], strict=True)):  # type: ignore[index]
                break  # (a group of words, not a guard)
            blanks = blanks or any(x[1] for x in leads)  # type: ignore[index]
            kinds = [x[2] for x in leads]  # type: ignore[index]
            group_where = None if None in kinds else max(kinds, key=_RANK.__getitem__)  # type: ignore[arg-type]
            if group_where is not None and (where is None or _RANK[group_where] < _RANK[where]):
                where = group_where
        else:
            break
        i += 1
    return i, blanks, where


def _seq_start(seq: list) -> Start | None:
    lead = _lead(seq)
    if lead is None:
        return None
    i, after_blanks, where = lead
    words = _words(seq[i:])
    if words:
        # a word that starts the match and a letter or digit before it: only where the text
        # has no letter or digit before the match... unless the lead says so, anywhere
        return Start(frozenset(words), after_blanks, where or "anywhere")
    if where == "line":
        return Start(None, after_blanks, "line")
    return None


_OPEN, _WHOLE, _PREFIX = 0, 1, 2  # the word goes on with the next item / ended / may go on


def _words(seq: list) -> set[tuple[str, bool]] | None:
    """The spellings of the first word of ``seq`` (see :class:`Start`), or ``None``."""
    found = _seq(seq)
    if found is None or any(not s for s, _ in found):
        return None  # (a match may start with something that is not a word)
    return {(s, state == _WHOLE) for s, state in found}


def _seq(seq: list, final: bool = True) -> set[tuple[str, int]] | None:
    """The first word's spellings through ``seq``; ``final``: nothing follows ``seq`` (a
    spelling still open at its end may go on in the text)."""
    out: set[tuple[str, int]] = {("", _OPEN)}
    for node in seq:
        open_ = {s for s, state in out if state == _OPEN}
        if not open_:
            break
        closed = {(s, state) for s, state in out if state != _OPEN}
        if node[0] == "at" and node[1] == "b":  # after a word's letters: the word ends here
            out = closed | {(s, _WHOLE if s else _OPEN) for s in open_}
            continue
        lang = _lang(node)
        if lang is None:
            return closed | {(s, _PREFIX) for s in open_} if all(open_) else None
        joined = {(s + t, state) if t != DIGITS else (s or DIGITS, _PREFIX) for s in open_ for t, state in lang}
        if len(joined) > _MAX_WORDS:
            return closed | {(s, _PREFIX) for s in open_} if all(open_) else None
        out = closed | joined
    if not final:
        return out
    return {(s, _PREFIX if state == _OPEN else state) for s, state in out}


def _lang(node: tuple) -> set[tuple[str, int]] | None:
    """What one item adds to the first word: ``{(letters, state)}``; ``None`` when unknown."""
    kind = node[0]
    if kind == "lit":
        ch = node[1]
        if ch.isalnum():
            return {(fold(ch), _OPEN)}  # (always folded: a case-blind comparison finds more, never less)
        return None if ch == "_" else {("", _WHOLE)}
    if kind == "set":
        if node[1]:
            return None
        items = node[2]
        if all(i[0] == "lit" for i in items):
            chars = {i[1] for i in items}
            if all(c.isalnum() for c in chars) and len(chars) <= _MAX_CLASS:
                return {(fold(c), _OPEN) for c in chars}
        if all(i == ("cat", "s") or (i[0] == "lit" and not (i[1].isalnum() or i[1] == "_")) for i in items):
            return {("", _WHOLE)}
        if all(i == ("cat", "d") or (i[0] == "lit" and i[1] in "0123456789")
               or (i[0] == "range" and "0" <= i[1] <= i[2] <= "9") for i in items):
            return {(DIGITS, _PREFIX)}
        return None
    if kind == "cat":
        return {("", _WHOLE)} if node[1] in "sW" else {(DIGITS, _PREFIX)} if node[1] == "d" else None
    if kind in ("at", "look"):
        return {("", _OPEN)}  # (consumes nothing, says nothing about the word)
    if kind in ("group", "atomic"):
        alt = node[3] if kind == "group" else node[1]
        out: set[tuple[str, int]] = set()
        for branch in alt[1]:
            sub = _seq(list(branch), final=False)
            if sub is None:
                return None
            out |= sub
        return out
    if kind == "rep":
        lo, hi, inner = node[1], node[2], node[4]
        sub = _lang(inner)
        if sub is None:
            return None if lo else {("", _OPEN), ("", _PREFIX)}
        if (lo, hi) == (0, 1):
            return sub | {("", _OPEN)}
        if all(state != _OPEN for _, state in sub):
            return sub | ({("", _OPEN)} if lo == 0 else set())
        once = {(t, _PREFIX if state == _OPEN else state) for t, state in sub}
        return once | ({("", _OPEN)} if lo == 0 else set())
    return None
