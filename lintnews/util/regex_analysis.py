"""What literal words a pattern must start with, read from Python's own regex parser.

The matcher indexes each pack pattern by the literal words every match starts with
("is widely believed", "sources close"), so a trie regex of those prefixes finds the
few candidate positions at C speed. This analysis walks the parse tree of ``re``'s
private parser (``re._parser``, ``re._constants``, ``re._casefix``): it is the one
module that relies on interpreter internals, kept apart so that it can be replaced
or checked on every supported Python. It only ever over-approximates: a prefix set
contains the start of every possible match, and a pattern it cannot describe is
reported as ``None`` (the matcher then scans for it with a look-ahead).
"""

from __future__ import annotations

import re

# Caps that keep the prefix analysis (and the prefilter regex) small: an
# alternative whose start fans out into more literal prefixes than this is
# indexed by a shorter prefix instead.
_MAX_PREFIXES = 2048  # (a word-list rule is one trie: its forms are its prefixes)
_MAX_PREFIX_LEN = 48
_MAX_PREFIX_WORDS = 2


def odd_case_chars() -> str:
    """Letters that ``re.IGNORECASE`` equates with others beyond ``str.lower()`` (dotless i, long s,
    Greek final sigma...): a lower-cased text holding one must be scanned case-insensitively."""
    try:
        from re import _casefix

        codes = {k for k in _casefix._EXTRA_CASES} | {v for vs in _casefix._EXTRA_CASES.values() for v in vs}
    except (ImportError, AttributeError):  # pragma: no cover
        codes = {0x131, 0x17F}
    return "".join(sorted(chr(c) for c in codes if c > 127)) + "\u0130"


SPACE = re.compile(r"\s+")



def _canonical_table() -> dict[int, int]:
    """Each letter that ``re.IGNORECASE`` equates with others beyond ``str.lower()`` mapped to
    the smallest of its class (dotless i to i, long s to s): how prefixes are keyed."""
    try:
        from re import _casefix

        extra = _casefix._EXTRA_CASES
    except (ImportError, AttributeError):  # pragma: no cover
        extra = {0x69: (0x131,), 0x131: (0x69,), 0x73: (0x17F,), 0x17F: (0x73,)}
    return {k: min((k, *vs)) for k, vs in extra.items() if min((k, *vs)) != k}


_CASE_TABLES: tuple[re.Pattern[str], dict[int, int]] | None = None


def case_tables() -> tuple[re.Pattern[str], dict[int, int]]:
    """The odd-letter test and the canonical map, built on first use (not at import)."""
    global _CASE_TABLES
    if _CASE_TABLES is None:
        _CASE_TABLES = (re.compile("[" + re.escape(odd_case_chars()) + "]"), _canonical_table())
    return _CASE_TABLES


# left to the look-ahead scan.

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Pythons name them sre_*
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = tuple(
    op for op in (getattr(_c, n, None) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op
)


def _is_space_set(av: list) -> bool:
    return all(
        (op is _c.CATEGORY and arg is _c.CATEGORY_SPACE) or (op is _c.LITERAL and chr(arg).isspace())
        for op, arg in av
    )


# Hyphens and apostrophes inside a prefix are written "-" and "'"; the prefilter's trie
# matches each as the class _char() gives it, and matched text is folded back the same way.
_HYPHENS = frozenset("-‐‑")
_APOSTROPHES = frozenset("'’")
MARKS = str.maketrans({"‐": "-", "‑": "-", "’": "'"})


def _canonical_mark(ch: str) -> str:
    return "-" if ch in _HYPHENS else "'"


def _lang(item: tuple) -> set[tuple[str, bool]] | None:
    """The literal strings one parse item can match: ``{(text, complete)}``.

    ``complete`` False means the item may match more than ``text`` (the prefix
    ends there). White space of any length is written as one space. ``None``:
    not a small literal set.
    """
    op, av = item
    if op is _c.LITERAL:
        ch = chr(av)
        if ch.isspace():
            return {(" ", True)}
        if ch.isalnum():
            return {(ch.lower(), True)}
        if ch in _HYPHENS or ch in _APOSTROPHES:  # "so-called", "it's": the prefix goes on
            return {(_canonical_mark(ch), True)}
        if ch.isprintable() and ch.lower() == ch and ch.upper() == ch:  # "$", "%", ":"
            return {(ch, True)}
        return None
    if op is _c.IN:
        if _is_space_set(av):
            return {(" ", True)}
        if len(av) == 1 and av[0] == (_c.CATEGORY, _c.CATEGORY_DIGIT):
            return {(d, True) for d in "0123456789"}
        if av and all(sop is _c.LITERAL for sop, _ in av):
            marks = {chr(arg) for _, arg in av}
            if marks <= _HYPHENS or marks <= _APOSTROPHES:
                return {(_canonical_mark(next(iter(marks))), True)}
        if any(sop is _c.LITERAL and chr(arg) in _HYPHENS for sop, arg in av) and all(
            (sop is _c.LITERAL and chr(arg) in _HYPHENS) or _is_space_set([(sop, arg)]) for sop, arg in av
        ):  # "well[\s-]known": a space or a hyphen
            return {(" ", True), ("-", True)}
        chars = set()
        for sop, arg in av:
            ch = chr(arg) if sop is _c.LITERAL else ""
            if not ch or not (ch.isalnum() or (ch.isprintable() and not ch.isspace() and ch not in "'’-‐‑")):
                return None
            chars.add(ch.lower())
        return {(ch, True) for ch in chars} if len(chars) <= 12 else None
    if op is _c.SUBPATTERN:
        return _seq_lang(av[-1])
    if op is _c.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alt in av[1]:
            sub = _seq_lang(alt)
            if sub is None:
                return None
            out |= sub
        return out
    if op in _REPEATS:
        lo, hi, sub = av
        if len(sub) == 1 and sub[0][0] is _c.IN and _is_space_set(sub[0][1]):
            return {(" ", True)} if lo >= 1 else {("", True), (" ", True)}
        inner = _seq_lang(sub)
        if inner is None:
            return None if lo >= 1 else {("", False)}
        if lo == 0 and hi == 1:
            return inner | {("", True)}
        if lo >= 1 and hi == 2 and all(done for _, done in inner) and len(inner) <= 16:
            # "\d{1,2}": one or two iterations, both written out
            two = {(a + b, True) for a, _ in inner for b, _ in inner}
            return (inner if lo == 1 else set()) | two
        if lo >= 1:
            return {(s, done and hi == 1) for s, done in inner}
        # "(?:(?:widely|generally)\s+){0,2}": no iteration (the prefix goes on with what
        # follows), or a first iteration (where the prefix ends: more may follow)
        return {(s, False) for s, _ in inner} | {("", True)}
    if op in _ZERO_WIDTH:
        return {("", True)}  # not literal, but consumes nothing: the prefix goes on
    return None


def _seq_lang(seq) -> set[tuple[str, bool]] | None:  # type: ignore[no-untyped-def]
    """Literal prefixes of a sequence of parse items (``complete`` as in :func:`_lang`)."""
    open_ = {""}
    closed: set[str] = set()
    for item in seq:
        lang = _lang(item)
        if lang is None or len(open_) * len(lang) > _MAX_PREFIXES:
            return {(s, False) for s in closed | open_}
        nxt = set()
        for s in open_:
            for t, done in lang:
                joined = (s + t).replace("  ", " ")
                if len(joined) > _MAX_PREFIX_LEN:
                    closed.add(s)
                elif joined.count(" ") >= _MAX_PREFIX_WORDS:
                    closed.add(" ".join(joined.split(" ")[:_MAX_PREFIX_WORDS]))
                elif done:
                    nxt.add(joined)
                else:
                    closed.add(joined)
        open_ = nxt
        if not open_:
            break
    return {(s, False) for s in closed} | {(s, True) for s in open_}


def _word_start_assertion(item: tuple) -> bool:
    """Does this zero-width item guarantee that no word character precedes the position?"""
    op, av = item
    if op is _c.AT:
        return av is _c.AT_BOUNDARY  # with a word character following: a word start
    if op is _c.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1 and av[1][0][0] is _c.IN:
        return any(sop is _c.CATEGORY and arg is _c.CATEGORY_WORD for sop, arg in av[1][0][1])
    if op is _c.ASSERT and av[0] == -1 and av[1]:
        last_op, last = av[1][-1]
        if last_op is _c.LITERAL:
            return not (chr(last).isalnum() or chr(last) == "_")
        if last_op is _c.IN:
            return _is_space_set(last)
    return False


def _unwrap(seq):  # type: ignore[no-untyped-def]
    """A sequence with single-item groups ``(?:x)`` / ``(?m:x)`` replaced by their item."""
    out = []
    for item in seq:
        while item[0] is _c.SUBPATTERN and len(item[1][-1]) == 1:
            item = item[1][-1][0]
        out.append(item)
    return out


def _nonword_lookbehind(item: tuple) -> bool:
    """``(?<=[.!?])``, ``(?<=^)``, ``(?<![A-Za-z0-9])``: no letter or digit before the position."""
    op, av = item
    if op is _c.ASSERT and av[0] == -1 and av[1]:
        last_op, last = av[1][-1]
        if last_op is _c.AT:
            return True
        if last_op is _c.IN:
            return all(sop is _c.LITERAL and not chr(arg).isalnum() and chr(arg) != "_" for sop, arg in last)
    if op is _c.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1 and av[1][0][0] is _c.IN:
        ranges = [arg for sop, arg in av[1][0][1] if sop is _c.RANGE]
        return any(lo <= ord("a") and ord("z") <= hi for lo, hi in ranges) and any(
            lo <= ord("A") and ord("Z") <= hi for lo, hi in ranges
        )
    return False


def _is_case_change(items: list) -> bool:
    """``(?<=[a-z])(?=[A-Z])``: a lower-case letter before, a capital after (text glued by a scraper)."""
    if len(items) != 2:
        return False
    (op1, av1), (op2, av2) = items
    def letters(av, lo_ch):  # type: ignore[no-untyped-def]
        return len(av[1]) == 1 and av[1][0][0] is _c.IN and any(
            sop is _c.RANGE and arg == (ord(lo_ch), ord(lo_ch) + 25) for sop, arg in av[1][0][1]
        )
    return (op1 is _c.ASSERT and av1[0] == -1 and letters(av1, "a")
            and op2 is _c.ASSERT and av2[0] == 1 and letters(av2, "A"))


def _guard_kind(alt) -> str | None:  # type: ignore[no-untyped-def]
    """How one alternative of a leading guard group lets a match start.

    ``"word"``: only at a word start; ``"case"``: at a lower-to-upper case change
    inside a word ("differenceYour"); ``"blanks"``: at a line start, then blanks
    before the words; ``None``: anything else (the pattern is not analysed).
    """
    items = _unwrap(alt)
    blanks = False
    if items and items[-1][0] in _REPEATS:
        lo, _hi, sub = items[-1][1]
        sub = _unwrap(sub)
        if lo == 0 and len(sub) == 1 and sub[0][0] is _c.IN and _is_space_set(sub[0][1]):
            blanks = True
            items = items[:-1]
    if not items or not all(op in _ZERO_WIDTH for op, _ in items):
        return None
    line_start = any(op is _c.AT and av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING) for op, av in items)
    if blanks:
        return "blanks" if line_start else None
    if line_start or any(_word_start_assertion(i) or _nonword_lookbehind(i) for i in items):
        return "word"
    if _is_case_change(items):
        return "case"
    return None


# Guard kinds of the analysed alternatives (other than plain word starts), by body.
_GUARDS: dict[str, frozenset[str]] = {}


def _guarded_prefixes(seq) -> tuple[set[str], frozenset[str]] | None:  # type: ignore[no-untyped-def]
    """Prefixes of a pattern that opens with a guard group: ``(?:^[ \t]*|(?<=[.!?] ))words``."""
    seq = list(seq)
    if not seq:
        return None
    head = seq[0]
    while head[0] is _c.SUBPATTERN and len(head[1][-1]) == 1:
        head = head[1][-1][0]
    if head[0] is not _c.BRANCH:
        return None
    kinds = {_guard_kind(alt) for alt in head[1][1]}
    if None in kinds:
        return None
    lang = _seq_lang(seq[1:])
    if not lang:
        return None
    prefixes = {s.strip() for s, _ in lang}
    if any(not p or not p[0].isalnum() for p in prefixes):
        return None
    return prefixes, frozenset(kinds - {"word"})


def _anchored_prefixes(seq) -> set[str] | None:  # type: ignore[no-untyped-def]
    """The literal word prefixes every match of ``seq`` starts with, if it can only
    start at a word start; else ``None`` (the alternative goes to the look-ahead scan)."""
    while len(seq) == 1 and seq[0][0] is _c.SUBPATTERN:
        seq = seq[0][1][-1]
    if len(seq) >= 1 and seq[0][0] is _c.BRANCH and len(seq) == 1:
        out: set[str] = set()
        for alt in seq[0][1][1]:
            sub = _anchored_prefixes(alt)
            if sub is None:
                return None
            out |= sub
        return out
    anchored = False
    i = 0
    while i < len(seq) and seq[i][0] in _ZERO_WIDTH:
        anchored = anchored or _word_start_assertion(seq[i]) or _nonword_lookbehind(seq[i])
        i += 1
    if not anchored:
        return None
    lang = _seq_lang(seq[i:])
    if not lang:
        return None
    prefixes = {s.rstrip() for s, _ in lang}
    if any(not s or not s[0].isalnum() for s in prefixes):
        return None
    return prefixes


def starts_at_line_start(pattern: str, flags: int = re.IGNORECASE) -> bool:
    """Can ``pattern`` only match at the start of a line (a leading multi-line ``^``)?"""
    try:
        parsed = _p.parse(pattern, flags)
    except re.error:
        return False
    multiline = bool(parsed.state.flags & re.MULTILINE)
    seq = list(parsed.data)
    while seq and seq[0][0] is _c.SUBPATTERN:
        multiline = (multiline or bool(seq[0][1][1] & re.MULTILINE)) and not seq[0][1][2] & re.MULTILINE
        seq = seq[0][1][-1]
    if not seq:
        return False
    op, av = seq[0]
    # (a plain '^' or '\\A' must not go there: the scan puts a line break in front of the text)
    return op is _c.AT and av is _c.AT_BEGINNING and multiline


def prefixes_of(pattern: str, flags: int = re.IGNORECASE) -> set[str] | None:
    """Lower-case literal prefixes (words joined by one space) that every match of
    ``pattern`` starts with, when it can only match at a word start; else ``None``."""
    try:
        parsed = _p.parse(pattern, flags)
    except re.error:
        return None
    seq = list(parsed.data)
    found = _anchored_prefixes(seq)
    if found is not None:
        return found
    while len(seq) == 1 and seq[0][0] is _c.SUBPATTERN:
        seq = seq[0][1][-1]
    guarded = _guarded_prefixes(seq)
    if guarded is None:
        return None
    prefixes, kinds = guarded
    if kinds:
        _GUARDS[pattern] = kinds
    return prefixes


def guard_kinds(pattern: str) -> frozenset[str]:
    """Where else than at word starts an analysed pattern may start (see :func:`_guard_kind`)."""
    if pattern not in _GUARDS:
        prefixes_of(pattern)
    return _GUARDS.get(pattern, frozenset())


_ANALYSED: dict[str, set[str] | None] = {}


def analyse(body: str) -> set[str] | None:
    """:func:`prefixes_of`, remembered for the process (engines built again reuse it)."""
    if body not in _ANALYSED:
        _ANALYSED[body] = prefixes_of(body)
    return _ANALYSED[body]


# -- the matcher ------------------------------------------------------------------------------


def lookbehind_chars(body: str) -> str | None:
    """The marks of a leading ``(?<=[$£€])``: the alternative can only start after one of them."""
    try:
        seq = list(_p.parse(body, re.IGNORECASE).data)
    except re.error:
        return None
    while len(seq) == 1 and seq[0][0] is _c.SUBPATTERN:
        seq = list(seq[0][1][-1])
    if not seq or seq[0][0] is not _c.ASSERT or seq[0][1][0] != -1:
        return None
    inner = list(seq[0][1][1])
    if len(inner) != 1:
        return None
    op, av = inner[0]
    chars = [av] if op is _c.LITERAL else [arg for sop, arg in av if sop is _c.LITERAL] if op is _c.IN else []
    if op is _c.IN and len(chars) != len(av):
        return None
    marks = "".join(sorted(chr(c) for c in chars))
    if not marks or any(c.isalnum() or c == "_" or not re.match(r"\W", c) for c in marks):
        return None
    return marks


def prefix_key(raw: str, folding: bool = True) -> str:
    """The prefix a trie matched, as prefixes are keyed: white space as one space, hyphens
    and apostrophes plain, and (``folding``: the text was not lower-cased first) each letter
    as the smallest of those ``re.IGNORECASE`` equates with it."""
    if folding:
        canonical = case_tables()[1]
        return SPACE.sub(" ", raw).replace("\u0130", "i").lower().translate(canonical).translate(MARKS)
    return raw if raw.isalnum() else SPACE.sub(" ", raw).translate(MARKS)
