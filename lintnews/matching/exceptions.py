"""A rule's exceptions: hits overlapping one of them, within the hit's sentence, are dropped.

Exceptions are phrases around a hit ("clearly visible", "tax regime"), so only a
window of the sentence around each hit is searched (:data:`REACH` characters either
side), as ``pattern.finditer(text, lo, hi)`` would: what lies before ``lo`` is
context (``\\b``, a look-behind), the text ends at ``hi``.

A built-in pack's exceptions run in Python's ``re``, each only when one of the words
its matches start with (:mod:`lintnews.util.regex_words`) occurs near the hit: most
hits have none of them around. A house pack's exceptions run in RE2 (linear time),
translated exactly.
"""

from __future__ import annotations

import re

from lintnews.util.casefold import fold
from lintnews.util.regex_words import DIGITS

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
            # an exception none of whose words is near the hit is not tried
            self.gates = [_gate(p, case_sensitive) for p in patterns]
            self.reach = max((len(w) for g in self.gates if g for w in g), default=0)
        else:
            from lintnews.matching.re2run import HouseProgram
            from lintnews.util.re2_syntax import exact
            from lintnews.util.regex_syntax import IGNORECASE, parse

            flags = 0 if case_sensitive else IGNORECASE
            self.programs = [HouseProgram(exact(parse(p, flags), not case_sensitive)) for p in patterns]

    def _python(self, i: int) -> re.Pattern[str]:
        compiled = self.compiled[i]
        if compiled is None:
            compiled = self.compiled[i] = re.compile(self.patterns[i], self.flags)
        return compiled

    def compile_all(self) -> None:
        """Compile every Python pattern now (before forking workers, which share them)."""
        if self.builtin:
            for i in range(len(self.patterns)):
                self._python(i)

    def overlaps(self, text: str, start: int, end: int, lo: int, hi: int) -> bool:
        """Does an exception match overlap ``text[start:end]`` within ``text[lo:hi]``?"""
        lo = max(lo, start - REACH)
        hi = min(hi, end + REACH)
        if lo >= hi:
            return False
        if self.builtin:
            return self._builtin_overlaps(text, start, end, lo, hi)
        return self._house_overlaps(text, start, end, lo, hi)

    def _builtin_overlaps(self, text: str, start: int, end: int, lo: int, hi: int) -> bool:
        # where a match starting before the hit's end has its first word, folded as the
        # words are (see lintnews.util.regex_words)
        near = fold(text[lo : min(hi, end + self.reach)])
        for i, gate in enumerate(self.gates):
            if gate is not None and not any(
                w in near if w != DIGITS else any(c.isdigit() for c in near) for w in gate
            ):
                continue
            for m in self._python(i).finditer(text, lo, hi):
                if m.start() >= end:
                    break
                if start < m.end():
                    return True
        return False

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
    """The words (case-folded) a built-in exception's matches start with, or ``None``."""
    from lintnews.packs.plan import analyse, pattern_plan
    from lintnews.util.regex_words import Start

    planned = pattern_plan(pattern, case_sensitive) or analyse(pattern, case_sensitive)
    if planned[1] is None:
        return None
    start = Start.from_data(planned[1])
    if start.words is None:
        return None
    return tuple(sorted({w for w, _whole in start.words}))
