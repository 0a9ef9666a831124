"""Reject rule-pack patterns that could make Python's backtracking regex engine hang.

House rule packs are written by editors, and every pack pattern runs inside the
one combined matcher (``lintnews/matcher.py``), with Python's ``re``, on every
file of a repository, at every position of the text. A pattern such as
``(a+)+$`` takes exponential time on a long run of ``a``; ``\\w*\\w*x`` or
``.*foo`` take quadratic time on a long line. Rather than run pack patterns in a
second engine (which would split the single scan), lintnews proves at load time
that each pattern is safe for a backtracking engine, and rejects the rest with a
one-line reason that names the construct. The checks, on the parsed pattern:

1. **No backreferences** (``\\1``, ``(?P=name)``, conditionals): they need backtracking.
2. **No nested quantifiers**: a repeat of 100 or more (``*``, ``+``, ``{2,}``...) whose
   body holds another variable repeat (``(a+)+``, ``(?:\\s+\\w+)*``). Bound the
   outer one (``{0,5}``).
3. **No ambiguous repeated alternation**: ``(?:a|ab)+``, ``(?:\\w|\\d)*``, where two
   branches can start with the same character.
4. **No adjacent overlapping repeats**: ``\\w*\\w*``, ``.*\\s*.*``, ``b?b?b?``: two
   variable repeats that can consume the same characters with only optional items
   between (unbounded ones are quadratic on a long line; many small ones multiply).
5. **No unanchored leading repeat**: a pattern that can *start* with an unbounded
   repeat (``\\w+ly``, ``.*foo``) is tried at every position of a long line; start
   it with ``\\b``, ``^``, a look-behind or a literal word.
6. **No repeat through the next start**: an unbounded repeat that can eat through
   the next place the pattern may start, and the part of the pattern before it
   (``\\bfoo.*bar`` on ``foo foo foo ...``, ``\\b(?:\\s+\\w+)*$``), makes every attempt
   run to the end of a long run: quadratic. Bound it (``.{0,80}``).

Possessive repeats and atomic groups (``a++``, ``(?>...)``) are checked like
plain ones: the engine re-runs them whenever it backtracks around them
(``.*(?>.*x)`` is as slow as ``.*.*x``; ``fuzz/fuzz_patterns.py`` found it). Character sets are compared on a sample alphabet, so the
overlap tests are a close approximation: they may reject a rare safe pattern,
never the other way round for the sample's characters.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older layouts
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

MAX_WAYS = 256  # splits a chain of small overlapping repeats may try at one position
BIG = 100  # a repeat whose maximum is at least this is "unbounded" for backtracking purposes
SAMPLE = (
    string.ascii_letters + string.digits + string.punctuation + " \t\n\r\f\v"
    + "\u00a0éßÆжΩ中あ’“”–—\u200b\u0301😀"
)

_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT}
_SAFE_REPEATS = {getattr(C, "POSSESSIVE_REPEAT", None)} - {None}
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_ANCHORS = {C.AT_BEGINNING, C.AT_BEGINNING_LINE, C.AT_BEGINNING_STRING, C.AT_BOUNDARY}
_GROUPREFS = {C.GROUPREF, getattr(C, "GROUPREF_EXISTS", None), getattr(C, "GROUPREF_IGNORE", None),
              getattr(C, "GROUPREF_LOC_IGNORE", None), getattr(C, "GROUPREF_UNI_IGNORE", None)} - {None}


class UnsafePattern(ValueError):
    """A pattern that could backtrack catastrophically; the message says which construct."""


def check_pattern(pattern: str, flags: int = 0) -> None:
    """Raise :class:`UnsafePattern` unless ``pattern`` runs in (near) linear time in ``re``."""
    try:
        tree = P.parse(pattern, flags)
    except re.error:
        return  # compile errors are reported by the caller with the compiler's message
    # Overlaps are always compared case-insensitively and with '.' matching newlines:
    # inline flags such as (?i:...) or (?s:...) can only make more characters overlap.
    _Checker(ignore_case=True, dotall=True).sequence(list(tree), False, frozenset())
    if _leading_repeat(list(tree)):
        raise UnsafePattern(
            "can start with an unbounded repeat, so it is retried at every position of a long line; "
            "start it with \\b, ^ or a literal word"
        )
    checker = _Checker(ignore_case=True, dotall=True)
    crossing = _crossing(checker, list(tree))
    if crossing:
        raise UnsafePattern(
            f"has an unbounded repeat ({crossing}) that can run across the places where the pattern "
            "starts, so a long line full of them is quadratic; bound it (e.g. {0,80}) or use a "
            "narrower class"
        )


def _crossing(checker: _Checker, items: list) -> str:
    """Describe an unbounded repeat that can span a later start position of the pattern, or ''.

    The matcher tries the pattern at every position. Where an attempt may start
    depends on the anchor: anywhere (no anchor), at word edges (``\\b``), at line
    starts (``^``) or once (``\\A``). If a repeat can eat through the next start
    *and* the part of the pattern before it, every attempt in a long run of such
    text runs to the end of the run: quadratic. ``\\bfoo.*bar`` on a line of
    ``foo foo foo ...`` is the classic case.
    """
    anchor = "none"
    lead = items
    while lead and lead[0][0] is C.SUBPATTERN:  # (?m:^...) and friends: the anchor is inside
        lead = list(lead[0][1][-1])
    for op, av in lead:
        if op is not C.AT:
            break
        if av is C.AT_BEGINNING_STRING:
            return ""
        if av in (C.AT_BEGINNING, C.AT_BEGINNING_LINE):
            anchor = "line"
            break
        if av is C.AT_BOUNDARY:
            anchor = "word"
    for prefix, body in _big_repeats(items, []):
        chars = checker._all_chars(body)
        if anchor == "word":  # to pass a word edge, one repeat must take word and non-word characters
            crosses = any(_category(c, "WORD") for c in chars) and any(not _category(c, "WORD") for c in chars)
        elif anchor == "line":
            crosses = "\n" in chars
        else:
            crosses = True
        if crosses and checker.can_match_over(prefix, chars):
            return _describe(body)
    return ""


def _big_repeats(items: list, prefix: list) -> list[tuple[list, list]]:
    """``(prefix, body)`` of every unbounded repeat, with the items before it on its path
    (look-behinds are fixed-width and hold none)."""
    out = []
    for i, (op, av) in enumerate(items):
        pre = prefix + items[:i]
        if op in _REPEATS or op in _SAFE_REPEATS:
            if _is_big(av[1]):
                out.append((pre, list(av[2])))
            out += _big_repeats(list(av[2]), pre)
        elif op is C.SUBPATTERN:
            out += _big_repeats(list(av[-1]), pre)
        elif op is _ATOMIC:
            out += _big_repeats(list(av), pre)
        elif op is C.BRANCH:
            for b in av[1]:
                out += _big_repeats(list(b), pre)
        elif (op is C.ASSERT or op is C.ASSERT_NOT) and av[0] >= 0:
            out += _big_repeats(list(av[1]), pre)
    return out


def _describe(body: list) -> str:
    if len(body) == 1:
        op, av = body[0]
        if op is C.ANY:
            return "'.*'"
        if op is C.LITERAL:
            return f"{chr(av)!r} repeated"
        if op is C.IN:
            return "a character class"
    return "a repeated group"


def _is_big(max_: int) -> bool:
    return max_ >= BIG or max_ == C.MAXREPEAT


def _leading_repeat(items: list) -> bool:
    """Can the pattern's first consuming item be an unbounded repeat, with no anchor before it?"""
    for op, av in items:
        if op is C.AT:
            if av in _ANCHORS:
                return False
            continue
        if op is C.ASSERT and av[0] < 0:  # a look-behind picks the start positions
            return False
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue
        if op in _REPEATS:
            lo, hi, body = av
            if _is_big(hi):
                return True
            if _leading_repeat(list(body)):
                return True
            if lo > 0:
                return False
            continue
        if op is C.SUBPATTERN:
            return _leading_repeat(list(av[-1]))
        if op is C.BRANCH:
            return any(_leading_repeat(list(b)) for b in av[1])
        return False
    return False


class _Checker:
    def __init__(self, ignore_case: bool, dotall: bool) -> None:
        self.ignore_case = ignore_case
        self.dotall = dotall

    # -- character sets on the sample alphabet -------------------------------------------
    def _in(self, ch: str, op, av) -> bool:  # type: ignore[no-untyped-def]
        if op is C.LITERAL:
            c = chr(av)
            return c == ch or (self.ignore_case and c.lower() == ch.lower())
        if op is C.NOT_LITERAL:
            c = chr(av)
            return not (c == ch or (self.ignore_case and c.lower() == ch.lower()))
        if op is C.ANY:
            return self.dotall or ch != "\n"
        if op is C.IN:
            negate = bool(av) and av[0][0] is C.NEGATE
            hit = any(self._in_item(ch, o, a) for o, a in (av[1:] if negate else av))
            return hit != negate
        return True  # anything unknown: assume it can match (conservative)

    def _in_item(self, ch: str, op, av) -> bool:  # type: ignore[no-untyped-def]
        if op is C.LITERAL:
            return self._in(ch, op, av)
        if op is C.RANGE:
            lo, hi = av
            cands = {ch, ch.lower(), ch.upper()} if self.ignore_case else {ch}
            return any(len(c) == 1 and lo <= ord(c) <= hi for c in cands)
        if op is C.CATEGORY:
            return _category(ch, av)
        return True

    def first(self, items: list) -> frozenset[str]:
        """Sample characters the sequence ``items`` can start with."""
        out: set[str] = set()
        for op, av in items:
            s, nullable = self._first_item(op, av)
            out |= s
            if not nullable:
                break
        return frozenset(out)

    def _first_item(self, op, av) -> tuple[frozenset[str], bool]:  # type: ignore[no-untyped-def]
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            return frozenset(c for c in SAMPLE if self._in(c, op, av)), False
        if op in _ZERO_WIDTH:
            return frozenset(), True
        if op in _REPEATS or op in _SAFE_REPEATS:
            lo, _hi, body = av
            return self.first(list(body)), lo == 0 or self.nullable(list(body))
        if op is C.SUBPATTERN or op is _ATOMIC:
            body = list(av[-1] if op is C.SUBPATTERN else av)
            return self.first(body), self.nullable(body)
        if op is C.BRANCH:
            firsts = [self.first(list(b)) for b in av[1]]
            return frozenset().union(*firsts), any(self.nullable(list(b)) for b in av[1])
        return frozenset(SAMPLE), True

    def can_match_over(self, items: list, alphabet: frozenset[str]) -> bool:
        """Can ``items`` match some text made only of ``alphabet`` (the repeat's characters)?"""
        for op, av in items:
            if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
                ok = bool(self._first_item(op, av)[0] & alphabet)
            elif op in _REPEATS or op in _SAFE_REPEATS:
                ok = av[0] == 0 or self.can_match_over(list(av[2]), alphabet)
            elif op is C.SUBPATTERN:
                ok = self.can_match_over(list(av[-1]), alphabet)
            elif op is _ATOMIC:
                ok = self.can_match_over(list(av), alphabet)
            elif op is C.BRANCH:
                ok = any(self.can_match_over(list(b), alphabet) for b in av[1])
            else:
                ok = True  # anchors and look-arounds: assume they can hold
            if not ok:
                return False
        return True

    def nullable(self, items: list) -> bool:
        return all(self._first_item(op, av)[1] for op, av in items)

    # -- the checks --------------------------------------------------------------------
    def sequence(self, items: list, in_big: bool, after: frozenset[str],
                 state: frozenset[_Chain] = frozenset()) -> frozenset[_Chain]:
        """Check a sequence of items; return the chains of variable repeats still in reach.

        ``in_big`` says the sequence sits inside an unbounded repeat (where an
        ambiguity is paid for on every iteration: exponential); ``after`` is the
        set of characters that can follow the sequence (for a repeat's body, its
        own first characters too, since the next iteration follows); ``state``
        holds, per path through the pattern, the variable repeats before the
        sequence that nothing disjoint has separated from what comes next
        (for ``\\w*\\w*`` across groups).
        """
        for i, (op, av) in enumerate(items):
            rest = items[i + 1:]
            follow = self.first(rest) | (after if self.nullable(rest) else frozenset())
            if op in _GROUPREFS:
                raise UnsafePattern("uses a backreference or conditional group, which needs backtracking")
            # Possessive repeats and atomic groups are checked like the plain ones: the engine
            # does not backtrack *into* them, but it re-runs them each time it backtracks
            # around them (.*a++ is still quadratic), which the fuzzer showed.
            if op is _ATOMIC:
                op, av = C.SUBPATTERN, (None, 0, 0, av)
            if op in _REPEATS or op in _SAFE_REPEATS:
                lo, hi, body = av
                body = list(body)
                big = _is_big(hi)
                if in_big and lo != hi and self._all_chars(body) & follow:
                    raise UnsafePattern(
                        "has nested or ambiguous quantifiers (like (a+)+ or (a|aa)+): inside a "
                        "repeat, a variable part can match what follows it; bound the outer repeat "
                        "(e.g. {0,5}) or make the parts distinct"
                    )
                inner_after = (self.first(body) | follow) if hi > 1 else follow
                if lo == hi:  # a fixed count: just the body, hi times
                    state = self.sequence(body, in_big, inner_after, state)
                    continue
                # A chain of variable repeats over shared characters: every split of the text
                # between them is tried; two unbounded ones make it quadratic, many small ones
                # multiply (b?b?b?...: 2^k tries at every position).
                ways = 1 if big else hi - lo + 1
                start_chars = self.first(body)
                bigs, total = int(big), ways
                for c in state:
                    if c.chars & start_chars:
                        bigs, total = max(bigs, c.bigs + big), max(total, c.ways * ways)
                if bigs >= 2 or total > MAX_WAYS:
                    raise UnsafePattern(
                        "has variable repeats that can match the same characters next to each "
                        "other (like \\w*\\w*, .*.* or b?b?b?b?), which is slow on long lines"
                    )
                if self._single(body):
                    chains = frozenset({_Chain(self._all_chars(body), bigs, total)})
                else:
                    tails = self.sequence(body, in_big or big, inner_after, frozenset())
                    chains = frozenset(_Chain(t.chars, max(t.bigs, bigs), max(t.ways, total)) for t in tails)
                    if big:  # the repeat itself: its body's characters, again and again
                        chains |= {_Chain(self._all_chars(body), bigs, total)}
                skippable = lo == 0 or self.nullable(body)
                state = _cap(state | chains if skippable else chains)
                continue
            if op is C.SUBPATTERN:
                state = self.sequence(list(av[-1]), in_big, follow, state)
                continue
            if op is C.BRANCH:
                branches = [list(b) for b in av[1]]
                if in_big:
                    self._ambiguous_alternation(branches)
                    widths = {b.getwidth() for b in av[1]}
                    variable = len(widths) > 1 or any(lo != hi for lo, hi in widths)
                    if sum(self.nullable(b) for b in branches) > 1 or (
                        variable and self._all_chars([(op, av)]) & follow
                    ):
                        raise UnsafePattern(
                            "has nested or ambiguous quantifiers (like (a|aa)+ or (a|a)*): inside a "
                            "repeat, an alternative of variable length can match what follows it; "
                            "make the alternatives distinct"
                        )
                out: frozenset[_Chain] = frozenset()
                for b in branches:
                    out |= self.sequence(b, in_big, follow, state)
                state = _cap(out)
                continue
            if op in (C.ASSERT, C.ASSERT_NOT):
                self.sequence(list(av[1]), False, frozenset())
                continue
            if op is C.AT:
                continue
            # A single consuming character ends every chain that cannot also consume it
            # (\w*a\w* stays ambiguous around the 'a'; \w*\s\w* does not).
            chars = self._first_item(op, av)[0]
            state = frozenset(c for c in state if c.chars & chars)
        return state

    def _single(self, body: list) -> bool:
        """Is the body one character-class step (a, \\w, [^.], .)?"""
        return len(body) == 1 and body[0][0] in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN)

    def _all_chars(self, items: list) -> frozenset[str]:
        """Every sample character a sequence can consume anywhere (for overlap tests)."""
        out: set[str] = set()
        for op, av in items:
            if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
                out |= self._first_item(op, av)[0]
            elif op in _REPEATS or op in _SAFE_REPEATS:
                out |= self._all_chars(list(av[2]))
            elif op is C.SUBPATTERN:
                out |= self._all_chars(list(av[-1]))
            elif op is _ATOMIC:
                out |= self._all_chars(list(av))
            elif op is C.BRANCH:
                for b in av[1]:
                    out |= self._all_chars(list(b))
            elif op in _ZERO_WIDTH:
                continue
            else:
                out |= set(SAMPLE)
        return frozenset(out)

    def _ambiguous_alternation(self, branches: list[list]) -> None:
        """Inside a repeat, branches that can start alike may split one text many ways."""
        seen: set[str] = set()
        for b in branches:
            f = self.first(b)
            if f & seen:
                raise UnsafePattern(
                    "repeats an alternation whose branches can start with the same text (like "
                    "(a\\w|ab)+), which is exponential on some inputs; make the branches distinct"
                )
            seen |= f


@dataclass(frozen=True)
class _Chain:
    """Variable repeats in reach of the next item: their characters, how many are unbounded,
    and how many ways the bounded ones can split a text between them."""

    chars: frozenset[str]
    bigs: int
    ways: int


def _cap(state: frozenset[_Chain]) -> frozenset[_Chain]:
    """Keep the path set small: past 32 chains, merge them into one (more conservative) chain."""
    if len(state) <= 32:
        return state
    chars = frozenset().union(*(c.chars for c in state))
    return frozenset({_Chain(chars, max(c.bigs for c in state), max(c.ways for c in state))})


def _category(ch: str, cat) -> bool:  # type: ignore[no-untyped-def]
    name = str(cat).upper()
    neg = "NOT_" in name
    if "DIGIT" in name:
        hit = ch.isdigit()
    elif "SPACE" in name:
        hit = ch.isspace()
    elif "WORD" in name:
        hit = ch.isalnum() or ch == "_"
    elif "LINEBREAK" in name:
        hit = ch == "\n"
    else:
        return True
    return hit != neg
