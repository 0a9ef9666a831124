"""One compiled matcher for every word-list and pattern rule of a run.

All pack rules (built-in, house packs, plugins' packs) are compiled together,
once per process, and the text is scanned **once**; each hit is dispatched to
its rule. Rules never re-scan the text.

Semantics (those of a single look-ahead regex with one named group per rule,
tried at every position): hits of different rules may overlap ("it has been
claimed" for one rule, "claimed" for another); at one start position the first
rule in pack order that matches wins, and within a rule its first alternative
(the word list, then the patterns in order) decides where the hit ends; a hit
overlapping the same rule's previous hit is dropped.

Why it is fast: Python's ``re`` has no multi-pattern search, so a combined
look-ahead tries every alternative at every character (about 1 MB/s). Instead,
each alternative is analysed (with the regex parser) for the literal words it
must start with ("is widely believed", "sources close", "terrifying"). Those
prefixes are folded into one trie regex, anchored at word starts, which finds
the few candidate positions at C speed; only there are the alternatives that
can start with the matched words tried, with ``pattern.match(text, pos)``.
Alternatives with no literal start (``^\\s*comments$``) keep the look-ahead scan,
in a separate regex holding only them.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lintnews import cache
from lintnews.document import CASE_CHANGE
from lintnews.packs import Hit, PackRule

_WORD_START = r"(?<![\w'’-])"
_WORD_END = r"(?![\w-])"

# Caps that keep the prefix analysis (and the prefilter regex) small: an
# alternative whose start fans out into more literal prefixes than this is
# indexed by a shorter prefix instead.
_MAX_PREFIXES = 512
_MAX_PREFIX_LEN = 48
_MAX_PREFIX_WORDS = 2


def _odd_case_chars() -> str:
    """Letters that ``re.IGNORECASE`` equates with others beyond ``str.lower()`` (dotless i, long s,
    Greek final sigma...): a lower-cased text holding one must be scanned case-insensitively."""
    try:
        from re import _casefix

        codes = {k for k in _casefix._EXTRA_CASES} | {v for vs in _casefix._EXTRA_CASES.values() for v in vs}
    except (ImportError, AttributeError):  # pragma: no cover
        codes = {0x131, 0x17F}
    return "".join(sorted(chr(c) for c in codes if c > 127)) + "\u0130"


_SPACE = re.compile(r"\s+")
_WINDOW = 1 << 18  # characters lower-cased and scanned at a time (two copies of it are in memory)


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


def _case_tables() -> tuple[re.Pattern[str], dict[int, int]]:
    """The odd-letter test and the canonical map, built on first use (not at import)."""
    global _CASE_TABLES
    if _CASE_TABLES is None:
        _CASE_TABLES = (re.compile("[" + re.escape(_odd_case_chars()) + "]"), _canonical_table())
    return _CASE_TABLES


def trie_regex(words: list[str], first: str = "") -> str:
    """A regex matching exactly ``words`` (longest first), factored as a trie.

    ``first``: initial characters to try first, in this order (the engine tries a
    trie's branches one by one, so frequent initials first are found sooner).
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node: dict, order=lambda ch: ch) -> str:  # type: ignore[no-untyped-def]
        end = "" in node
        branches = []
        for ch in sorted((k for k in node if k), key=order):
            sub = emit(node[ch])
            branches.append(_char(ch) + sub)
        if not branches:
            return ""
        if len(branches) == 1 and not end:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if end else body

    def initial(ch: str) -> tuple[int, str]:
        i = first.find(ch)
        return (i if i >= 0 else len(first), ch)

    return emit(trie, initial)


def _char(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch in "'’":
        return "['’]"
    if ch in "-‐‑–":
        return r"[-‐‑]"
    return re.escape(ch)


# -- prefix analysis ------------------------------------------------------------------------
# Works on the parse tree of Python's own regex parser, so it understands exactly
# what ``re`` will run. It only ever over-approximates: a prefix set must contain
# the start of every possible match, and an alternative it cannot describe is
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
_MARKS = str.maketrans({"‐": "-", "‑": "-", "’": "'"})


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


# Initial letters of English words, most frequent first.
_INITIALS = "tasowcbphfmidrelngu"


_ANALYSED: dict[str, set[str] | None] = {}


def _analyse(body: str) -> set[str] | None:
    """:func:`prefixes_of`, remembered for the process (engines built again reuse it)."""
    if body not in _ANALYSED:
        _ANALYSED[body] = prefixes_of(body)
    return _ANALYSED[body]


# -- the matcher ------------------------------------------------------------------------------


_PLAN_VERSION = "13"


_NONWORD_CLASS: str | None = None


def _nonword_class() -> str:
    """``\\W`` written out as a character class: every non-word character of the Basic
    Multilingual Plane, and (a superset: the hits are checked by their own patterns) every
    character beyond it.

    The prefilter's scan skips to the next character of its first class at C speed; for
    ``\\W`` that is a Unicode category look-up per character, for a class of ranges a bitmap
    look-up, and the scan of a long text takes a quarter less time. (Built with the plan,
    which keeps the text: listing the plane takes a hundredth of a second.)"""
    global _NONWORD_CLASS
    if _NONWORD_CLASS is None:
        ranges: list[tuple[int, int]] = []
        start = None
        for c in range(0x10000):
            ch = chr(c)
            if ch.isalnum() or ch == "_":  # (exactly re's \w for str patterns)
                if start is not None:
                    ranges.append((start, c - 1))
                    start = None
            elif start is None:
                start = c
        if start is not None:
            ranges.append((start, 0xFFFF))

        def esc(c: int) -> str:
            return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"

        _NONWORD_CLASS = "".join(esc(a) if a == b else f"{esc(a)}-{esc(b)}" for a, b in ranges)
        _NONWORD_CLASS += "\\U00010000-\\U0010ffff"
    return _NONWORD_CLASS


def _prefilter_source(trie: str, trie_after: str | None = None, after_marks: str = "") -> str:
    """Group 1: a prefix after a non-word character; group 2: one of the prefixes that only
    count after one of ``after_marks`` (see :func:`_lookbehind_chars`).

    The non-word character comes first and alone (the marks are non-word characters too),
    so the engine can skip to each at C speed; with two alternatives at the top it would
    try a match at every position. (``(?-i:...)``: the class needs no case folding.)"""
    head = "(?-i:[" + _nonword_class() + "])"
    if trie_after:
        return f"{head}(?:(?=({trie}))|(?<=[{re.escape(after_marks)}])(?=({trie_after})))"
    return f"{head}(?=({trie}))"


def _lookbehind_chars(body: str) -> str | None:
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


def _code_stamp() -> str:
    """This module's stamp: a changed analysis never reuses an old plan."""
    return cache.code_stamp(__file__)


def _rule_words(rule: PackRule) -> list[str]:
    """A rule's word-list forms as the matcher folds them: longest first, lower-cased unless
    the rule is case-sensitive (the plan's cache key and its trie use the same list)."""
    forms = sorted({f for t in rule.terms for f in t.forms}, key=lambda f: (-len(f), f))
    return [f if rule.case_sensitive else f.lower() for f in forms]


def _plan(rules: list[PackRule]) -> dict:
    """Everything the matcher derives from the rules, as plain data (cached on disk by content)."""
    sources: list[list[str]] = []
    for rule in rules:
        sources.append([repr(rule.case_sensitive), "\x1f".join(_rule_words(rule)), *rule.patterns,
                        "\x1e", *(f"{e.flags}:{e.pattern}" for e in rule.exceptions)])
    from lintnews.packs import _code_stamp as packs_stamp  # (the exception gates are built there)

    ident = cache.identity(_PLAN_VERSION, _code_stamp(), packs_stamp(), repr(sources))
    name = "matcher-" + cache.key(ident)
    plan = cache.load(name)
    if isinstance(plan, dict) and plan.get("identity") == ident:
        return plan
    plan = _build_plan(rules)
    plan["identity"] = ident
    cache.save(name, plan)
    return plan


def _build_plan(rules: list[PackRule]) -> dict:
    bodies: list[tuple[int, int, str]] = []
    by_prefix: dict[str, list[tuple[int, int]]] = defaultdict(list)
    fallback: list[str] = []
    line_start: list[str] = []
    fallback_ids: list[tuple[int, int]] = []
    case_ids: list[tuple[int, int]] = []  # may also start at a case change inside a word
    blank_ids: list[tuple[int, int]] = []  # may start at a line start, blanks before the words
    after_sets: dict[str, set[str | None]] = defaultdict(set)  # see _lookbehind_chars
    for ri, rule in enumerate(rules):
        sources = []
        words = _rule_words(rule)
        if words:
            sources.append(_WORD_START + trie_regex(words) + _WORD_END)
        sources.extend(rule.patterns)
        for ai, src in enumerate(sources):
            body = f"(?-i:{src})" if rule.case_sensitive else f"(?:{src})"
            prefixes = _analyse(body)
            if prefixes is None:
                fallback_ids.append((ri, ai))
                group = f"(?P<a{ri}_{ai}>{body})"
                (line_start if starts_at_line_start(body) else fallback).append(group)
                continue
            bodies.append((ri, ai, body))
            kinds = guard_kinds(body)
            if "case" in kinds:
                case_ids.append((ri, ai))
            if "blanks" in kinds:
                blank_ids.append((ri, ai))
            after = _lookbehind_chars(body)
            for p in prefixes:
                if not p.isascii():
                    p = p.translate(_case_tables()[1])
                by_prefix[p].append((ri, ai))
                after_sets[p].add(after)
    # Prefixes whose every alternative looks behind for one of a few marks ("$50 off" after
    # (?<=[$£€])) get a trie of their own, tried only after those marks: otherwise every
    # number in the text would be a candidate.
    marks = {a for sets in after_sets.values() for a in sets if a is not None}
    after_keys = (
        sorted(p for p, sets in after_sets.items() if sets == marks) if len(marks) == 1 else []
    )
    plain_keys = sorted(set(by_prefix) - set(after_keys))
    if not plain_keys:
        plain_keys, after_keys = sorted(by_prefix), []
    trie = trie_regex(plain_keys, _INITIALS) if plain_keys else None
    trie_after = trie_regex(after_keys) if after_keys else None
    after_marks = next(iter(marks)) if after_keys else ""
    # each rule's exception gates (see PackRule.excepted), with their engine code: building
    # them (a prefix analysis of every exception) was a fifth of linting a long article
    from lintnews.packs import _exception_gate

    gates = []
    for ri, rule in enumerate(rules):
        if rule.exceptions:
            gate, lower, owners = _exception_gate(rule.exceptions, rule.case_sensitive)
            built = [
                None if g is None else (g.pattern, cache.regex_code(g.pattern, g.flags), int(g.flags))
                for g in (gate, lower)
            ]
            gates.append((ri, (*built, owners)))
    prefilter = _prefilter_source(trie, trie_after, after_marks) if trie else ""
    scans = [
        (source, cache.regex_code(source, re.IGNORECASE), int(re.IGNORECASE))
        for source in (
            r"(?=" + "|".join(fallback) + ")",
            r"\n(?=" + "|".join(line_start) + ")",
            r"\A(?=" + "|".join(line_start) + ")",
        )
    ]
    return {
        "version": _PLAN_VERSION,
        "bodies": bodies,
        "by_prefix": dict(by_prefix),
        "fallback": fallback,
        "line_start": line_start,
        "fallback_ids": fallback_ids,
        "case_ids": case_ids,
        "blank_ids": blank_ids,
        "trie": trie,
        "stop_marks": _stop_marks(by_prefix),
        "gates": gates,
        # the look-ahead scans for alternatives with no literal start: (source, code, flags)
        "scans": scans,
        "trie_after": trie_after,
        "after_marks": after_marks,
        # the prefilter's text (with a long character class, see _nonword_class) and its
        # engine code for lower-cased scans (the case-folding one is compiled when needed:
        # rarely, and a sixth of a second)
        "prefilter": prefilter,
        "code": cache.regex_code(prefilter, 0) if trie else None,
        # each alternative's engine code too: compiled on first use from these, not from source
        "body_code": [(ri, ai, cache.regex_code(body, re.IGNORECASE)) for ri, ai, body in bodies],
    }


def prefix_key(raw: str, folding: bool = True) -> str:
    """The prefix a trie matched, as prefixes are keyed: white space as one space, hyphens
    and apostrophes plain, and (``folding``: the text was not lower-cased first) each letter
    as the smallest of those ``re.IGNORECASE`` equates with it."""
    if folding:
        canonical = _case_tables()[1]
        return _SPACE.sub(" ", raw).replace("\u0130", "i").lower().translate(canonical).translate(_MARKS)
    return raw if raw.isalnum() else _SPACE.sub(" ", raw).translate(_MARKS)


def _stop_marks(prefixes: dict[str, object]) -> str:
    """The marks prefixes hold besides letters, digits, white space, hyphens and apostrophes
    ("$", "%", ".", ":" in "u.s.", "50% off"); computed with the plan, which keeps them."""
    return "".join(sorted({c for p in prefixes for c in p if not (c.isalnum() or c.isspace() or c in "'-")}))


def _stopper(marks: str) -> re.Pattern[str]:
    """A character no prefix holds (see :func:`_stop_marks`)."""
    return re.compile(r"[^\w\s'’\-‐‑" + re.escape(marks) + "]")


class Matcher:
    """Compiled once per process for a set of pack rules; :meth:`scan` finds all hits.

    Only the prefilter is compiled up front; an alternative is compiled the first
    time the prefilter finds its prefix, so a one-line check does not pay for
    compiling every pattern of every pack.
    """

    def __init__(self, rules: list[PackRule]) -> None:
        self.rules = rules
        plan = _plan(rules)
        # every alternative of every rule: the word list is alternative 0 of its rule,
        # the patterns follow in order; (rule index, alternative index) orders them
        self._bodies: dict[tuple[int, int], str] = {(ri, ai): body for ri, ai, body in plan["bodies"]}
        self._compiled: dict[tuple[int, int], re.Pattern[str]] = {}
        self._body_code: dict[tuple[int, int], tuple | None] = {
            (ri, ai): code for ri, ai, code in plan.get("body_code", ())
        }
        # (marshal keeps the plan's tuples: used as loaded)
        self._by_prefix: dict[str, list[tuple[int, int]]] = plan["by_prefix"]
        self._fallback_groups: dict[str, tuple[int, int]] = {
            f"a{ri}_{ai}": (ri, ai) for ri, ai in plan["fallback_ids"]
        }
        self._case_ids = {tuple(x) for x in plan.get("case_ids", ())}
        # does a scan look at case changes (the engine then passes the document's)?
        self.wants_case_changes = bool(self._case_ids)
        self._blank_ids = {tuple(x) for x in plan.get("blank_ids", ())}
        fallback, line_start = plan["fallback"], plan["line_start"]
        self._dispatch: dict[str, list[tuple[int, int, re.Pattern[str]]]] = {}
        # the same by the text the prefilter matched, in lower-cased and in case-folding scans
        self._tries_lower: dict[str, list[tuple[int, int, re.Pattern[str], bool]]] = {}
        self._tries_folding: dict[str, list[tuple[int, int, re.Pattern[str], bool]]] = {}
        # "[non-word](?=...)": the engine skips to the next non-word character at C speed
        # (a charset prefix) and tries the trie only after it, i.e. at word starts
        self._trie: str | None = plan["trie"]
        self._prefilter_source: str = plan["prefilter"]
        self._lower_prefilter = (
            cache.compile_code(self._prefilter_source, plan["code"], 0) if self._trie else None
        )
        self._folding_prefilter: re.Pattern[str] | None = None
        self._stop = _stopper(plan["stop_marks"])
        for ri, built in plan["gates"]:
            rules[ri].stored_gates = built
        scans = plan["scans"]
        self.fallback = cache.compile_code(*scans[0]) if fallback else None
        # alternatives that start with a multi-line '^' are tried only after each line
        # break of the text (and at its start): the engine finds a literal "\n" fast
        self.line_start = cache.compile_code(*scans[1]) if line_start else None
        self._line_start_first = cache.compile_code(*scans[2]) if line_start else None

    @property
    def prefilter(self) -> re.Pattern[str] | None:
        """The prefilter for texts that must be scanned case-insensitively (compiled when needed)."""
        if self._folding_prefilter is None and self._trie:
            self._folding_prefilter = re.compile(self._prefilter_source, re.IGNORECASE)
        return self._folding_prefilter

    def _alternatives(self, key: str) -> list[tuple[int, int, re.Pattern[str]]]:
        """Alternatives whose prefix starts ``key`` (the longest prefix found at a position)."""
        found = self._dispatch.get(key)
        if found is None:
            by_prefix = self._by_prefix
            ids: set[tuple[int, int]] = set()
            for k in range(1, len(key) + 1):
                ids.update(by_prefix.get(key[:k], ()))
            found = [(ri, ai, self._pattern(ri, ai)) for ri, ai in sorted(ids)]
            self._dispatch[key] = found
        return found

    def compile_all(self) -> None:
        """Compile every alternative now (before forking workers, which then share them)."""
        for ri, ai in self._bodies:
            self._pattern(ri, ai)

    def _pattern(self, ri: int, ai: int) -> re.Pattern[str]:
        compiled = self._compiled.get((ri, ai))
        if compiled is None:
            compiled = self._compiled[(ri, ai)] = cache.compile_code(
                self._bodies[(ri, ai)], self._body_code.get((ri, ai)), re.IGNORECASE
            )
        return compiled

    def _scan_window(self, text: str, lo: int, hi: int, best: dict[int, tuple[int, int, int]]) -> None:
        """Prefilter hits at word starts in ``text[lo:hi]``, each tried against its alternatives."""
        start = lo - 1  # the character before the window: a word start at ``lo`` counts
        # end the window just after a character past ``hi`` that no prefix holds (a
        # bracket, a quotation mark): none that starts in the window runs past it
        stop = self._stop.search(text, hi) if hi < len(text) else None
        end = stop.end() if stop else len(text)
        window = text[start:end] if lo else " " + text[:end]  # (the text's first word counts too)
        lowered = window.lower()
        odd_case = _case_tables()[0]
        folding = len(lowered) != len(window) or odd_case.search(lowered) is not None
        if not folding:
            # same offsets and no letter that re.IGNORECASE folds differently from
            # str.lower(): scan the lower-cased text case-sensitively, which is faster
            scanned, prefilter = lowered, self._lower_prefilter
        else:
            scanned, prefilter = window, self.prefilter
        del lowered
        # prefilter texts seen before map straight to their alternatives: most candidates
        # are a few hundred frequent words, so the key is normalised once per spelling
        tries = self._tries_folding if folding else self._tries_lower
        limit = hi - start
        for m in prefilter.finditer(scanned):  # type: ignore[union-attr]
            at = m.end()  # (the prefix starts after the one non-word character matched)
            if at >= limit:
                break
            raw = m.group(1)
            if raw is None:  # (a prefix that counts only after a mark: group 2)
                raw = m.group(2)
            found = tries.get(raw)
            if found is None:
                found = tries[raw] = self._tries(raw, folding)
            pos = start + at
            for ri, ai, rx, blanks in found:
                hit = rx.match(text, pos)
                if hit is not None:
                    best[pos] = (ri, ai, hit.end())
                    break
                if blanks and text[pos - 1 : pos] in (" ", "\t"):
                    # "^[ \t]*words": the match starts at the line start, before the blanks
                    s = pos - 1
                    while s > 0 and text[s - 1] in " \t":
                        s -= 1
                    hit = rx.match(text, s)
                    if hit is not None:
                        best.setdefault(s, (ri, ai, hit.end()))
                        break

    def _tries(self, raw: str, folding: bool) -> list[tuple[int, int, re.Pattern[str], bool]]:
        """What to try where the prefilter matched ``raw``: each alternative, and whether it
        may also start at the line start before blanks (see :func:`_guard_kind`)."""
        key = prefix_key(raw, folding)
        blank_ids = self._blank_ids
        return [(ri, ai, rx, (ri, ai) in blank_ids) for ri, ai, rx in self._alternatives(key)]

    def _scan_case_changes(self, text: str, best: dict[int, tuple[int, int, int]],
                           case_changes: list[int] | None) -> None:
        """Alternatives that may start where a scraper glued two texts ("differenceYour support")."""
        # the lower-case prefilter finds the longest prefix at the capital: it expects a
        # non-word character first, so one is put in front of the (lower-cased) head
        prefilter = self._lower_prefilter
        case_ids = self._case_ids
        if case_changes is None:
            case_changes = [m.start() for m in CASE_CHANGE.finditer(text)]
        for pos in case_changes:
            if pos in best:
                continue
            k = prefilter.match(" " + text[pos : pos + 80].lower())  # type: ignore[union-attr]
            if k is None:
                continue
            key = _SPACE.sub(" ", k.group(1)).translate(_MARKS)
            for ri, ai, rx in self._alternatives(key):
                if (ri, ai) not in case_ids:
                    continue
                hit = rx.match(text, pos)
                if hit is not None:
                    best[pos] = (ri, ai, hit.end())
                    break

    def candidates(self, text: str, case_changes: list[int] | None = None) -> dict[int, tuple[int, int, int]]:
        """``{start: (rule index, alternative index, end)}``: the winning alternative at each start.

        ``case_changes``: :attr:`lintnews.document.Document.case_changes` of the text, when
        known (else they are found here)."""
        best: dict[int, tuple[int, int, int]] = {}
        if self._lower_prefilter is not None:
            # The text is lower-cased and scanned a window at a time: str.lower() of a
            # whole 10 MB text would briefly need three times its size in memory.
            n = len(text)
            for lo in range(0, n, _WINDOW):
                self._scan_window(text, lo, min(n, lo + _WINDOW), best)
        if self._case_ids:
            self._scan_case_changes(text, best, case_changes)
        groups = self._fallback_groups
        for regex in (self.fallback, self._line_start_first, self.line_start):
            if regex is None:
                continue
            for m in regex.finditer(text):
                name = m.lastgroup
                if name is None:
                    continue
                ri, ai = groups[name]
                pos = m.start(name)
                current = best.get(pos)
                if current is None or (ri, ai) < current[:2]:
                    best[pos] = (ri, ai, m.end(name))
        return best

    def scan(self, text: str, case_changes: list[int] | None = None) -> dict[str, list[Hit]]:
        """All hits in ``text``, grouped by rule id, in text order (``case_changes``: see
        :meth:`candidates`)."""
        hits: dict[str, list[Hit]] = defaultdict(list)
        rules = self.rules
        for start, (ri, _ai, end) in sorted(self.candidates(text, case_changes).items()):
            rule = rules[ri]
            same = hits.get(rule.id)
            if same and start < same[-1].end:
                continue  # overlaps the rule's previous hit ("is believed to" / "believed to have")
            term = None
            if rule.by_form:
                key = text[start:end]
                if not key.isalpha():  # (a single plain word, most hits, needs no folding)
                    key = " ".join(key.split()).replace("’", "'")
                term = rule.by_form.get(key if rule.case_sensitive else key.lower())
            hits[rule.id].append(Hit(start, end, term))
        return hits
