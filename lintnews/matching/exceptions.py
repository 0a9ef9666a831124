"""A rule's exceptions: hits overlapping one of them, within the hit's sentence, are dropped.

Exceptions are phrases around a hit ("clearly visible", "tax regime"), so only a
window of the sentence around each hit is searched (:data:`REACH` characters either
side), as ``pattern.finditer(text, lo, hi)`` would: what lies before ``lo`` is
context (``\\b``, a look-behind), the text ends at ``hi``.

A built-in pack's exceptions run in Python's ``re``, each only when one of the literal
prefixes its matches start with (:mod:`lintnews.util.regex_words`: "tax regime", "the
mess") occurs before the hit's end: most hits have none of them around. A house pack's exceptions run in RE2 (linear time),
translated exactly.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lintnews.matching.terms import normalise
from lintnews.util.casefold import fold
from lintnews.util.recompile import compiled as recompiled
from lintnews.util.trie import trie_regex

if TYPE_CHECKING:
    from lintnews.packs.model import PackRule

REACH = 120  # how far before or after a hit an exception phrase may reach (characters)


class RuleExceptions:
    """The compiled exceptions of one rule (built when the rule first has a hit)."""

    def __init__(self, patterns: tuple[str, ...], case_sensitive: bool, builtin: bool) -> None:
        self.patterns = patterns
        self.builtin = builtin
        self.case_sensitive = case_sensitive
        self.flags = 0 if case_sensitive else re.IGNORECASE
        if builtin:
            self.compiled: list[re.Pattern[str] | None] = [None] * len(patterns)
            # the words each exception's matches start with (None: it may start anywhere):
            # an exception none of whose words starts near the hit, before its end, is not
            # tried; one regex (a trie of every word, on the case-folded text) finds them
            gates = [_gate(p, case_sensitive) for p in patterns]
            self.always = [i for i, g in enumerate(gates) if g is None]
            self.owners: dict[str, list[int]] = {}
            for i, gate in enumerate(gates):
                for word in gate or ():
                    self.owners.setdefault(word, []).append(i)
            self.reach = max((len(w) for w in self.owners), default=1)
            # each word with the exceptions of every word it begins with (a find of the
            # longest word there stands for the shorter ones too), looked up once per find
            self.closure = {w: tuple(sorted({i for k in range(1, len(w) + 1) for i in self.owners.get(w[:k], ())}))
                            for w in self.owners}
            # (no look-ahead around the trie: a regex that starts with a literal or a set of
            # first letters is skipped along at C speed, one in a look-ahead is tried at every
            # position; each search starts one past the last find, so finds may overlap)
            self.gate = recompiled("(" + trie_regex(sorted(self.owners)) + ")") if self.owners else None
        else:
            from lintnews.matching.re2run import HouseProgram
            from lintnews.util.re2_syntax import exact
            from lintnews.util.regex_syntax import IGNORECASE, parse

            flags = 0 if case_sensitive else IGNORECASE
            self.programs = [HouseProgram(exact(parse(p, flags), not case_sensitive)) for p in patterns]

    def _python(self, i: int) -> re.Pattern[str]:
        compiled = self.compiled[i]
        if compiled is None:
            compiled = self.compiled[i] = recompiled(self.patterns[i], self.flags)
        return compiled

    def compile_all(self) -> None:
        """Compile every Python pattern now (before forking workers, which share them)."""
        if self.builtin:
            for i in range(len(self.patterns)):
                self._python(i)

    def possible(self, text: str, start: int, end: int) -> bool:
        """Could an exception overlap ``text[start:end]`` at all? (Asked before the hit's
        sentence is looked up: the exceptions whose first words occur within reach of the
        hit, sentence or not, include those :meth:`overlaps` tries; most hits have none.)"""
        near = self.near(text, start, end)
        return near is None or bool(near)

    def near(self, text: str, start: int, end: int) -> set[int] | None:
        """The exceptions whose first words occur within reach of ``text[start:end]`` (before
        its end), sentence or not: a superset of those that may overlap it within any part
        of the text, for :meth:`overlaps` (``None``: a house pack's, always asked)."""
        if not self.builtin:
            return None
        return self._chosen(text, end, max(0, start - REACH), min(len(text), end + REACH))

    def overlaps(self, text: str, start: int, end: int, lo: int, hi: int,
                 near: set[int] | None = None) -> bool:
        """Does an exception match overlap ``text[start:end]`` within ``text[lo:hi]``?
        (``near``: what :meth:`near` said for this span, so the words are not looked for
        again: an exception tried in vain costs a search, never a wrong answer.)"""
        lo = max(lo, start - REACH)
        hi = min(hi, end + REACH)
        if lo >= hi:
            return False
        if self.builtin:
            return self._builtin_overlaps(text, start, end, lo, hi, near)
        return self._house_overlaps(text, start, end, lo, hi)

    def _builtin_overlaps(self, text: str, start: int, end: int, lo: int, hi: int,
                          chosen: set[int] | None = None) -> bool:
        if chosen is None:
            chosen = self._chosen(text, end, lo, hi)
        if not chosen:
            return False
        for i in sorted(chosen):
            for m in self._python(i).finditer(text, lo, hi):
                if m.start() >= end:
                    break
                if start < m.end():
                    return True
        return False

    def _chosen(self, text: str, end: int, lo: int, hi: int) -> set[int]:
        """The exceptions that may match in ``text[lo:hi]`` starting before ``end``: where
        a match starting there has its first word, folded as the words are (see
        lintnews.util.regex_words)."""
        chosen = set(self.always)
        gate = self.gate
        if gate is not None:
            near = fold(text[lo : min(hi, end + self.reach)])
            before = end - lo
            owners, closure = self.owners, self.closure
            m = gate.search(near)
            while m is not None:
                at = m.start()
                if at >= before:
                    break
                found = m.group(1)  # (the longest prefix there; the shorter ones it begins with too)
                if not found.isalnum():
                    found = normalise(" ".join(found.split()), False)  # ("the  mess": one space)
                got = closure.get(found)
                if got is not None:
                    chosen.update(got)
                else:
                    for k in range(1, len(found) + 1):
                        chosen.update(owners.get(found[:k], ()))
                m = gate.search(near, at + 1)
        return chosen

    def _house_overlaps(self, text: str, start: int, end: int, lo: int, hi: int) -> bool:
        before = 1 if lo else 0  # the character before the window is context
        window = text[lo - before : hi]
        data = window.encode("utf-8", "surrogatepass")
        skip = len(window[:before].encode("utf-8", "surrogatepass"))
        ascii_ = len(data) == len(window)
        for program in self.programs:
            for bs, be in program.spans(data, skip):
                s = lo - before + (bs if ascii_ else len(data[:bs].decode("utf-8", "surrogatepass")))
                if s >= end:
                    break
                e = lo - before + (be if ascii_ else len(data[:be].decode("utf-8", "surrogatepass")))
                if start < e:
                    return True
        return False


def _gate(pattern: str, case_sensitive: bool) -> tuple[str, ...] | None:
    """The literal prefixes (case-folded) a built-in exception's matches start with, or ``None``."""
    from lintnews.packs.plan import start_of
    from lintnews.util.pattern_start import Start

    planned = start_of(pattern, case_sensitive)
    if planned is None:
        return None
    start = Start.from_data(planned)
    if start.words is None:
        return None
    return tuple(sorted(start.words))


_BUILT: dict[tuple[tuple[str, ...], bool, bool], RuleExceptions] = {}


def excepted(rule: PackRule, text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Does one of ``rule``'s exceptions overlap ``text[start:end]`` within ``text[lo:hi]``?

    For a judge that looks at a span the matcher did not report (the loaded-language
    judge's longer phrase at a hit's place) and for ``lintnews why``, which shows the hits
    the matcher dropped. The compiled exceptions are kept by what they are built from
    (patterns and flags), never on the rule."""
    if not rule.exceptions:
        return False
    key = (tuple(rule.exceptions), bool(rule.case_sensitive), bool(rule.builtin))
    found = _BUILT.get(key)
    if found is None:
        if len(_BUILT) > 256:
            _BUILT.clear()
        found = _BUILT[key] = RuleExceptions(*key)
    return found.overlaps(text, start, end, lo, hi)
