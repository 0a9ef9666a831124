"""A built-in pattern tried branch by branch where a run first meets it.

Why: compiling Python regular expressions was most of a one-article check (about 250 of
450 ms), and most of it went on patterns that never matched: a rule pattern of the
advertorial family is often a long list of phrasings (``(?x: sign\\s+up ... | subscribe
\\s+to ... | ...)``) of which a text's word at a candidate can begin only a few, but as one
pattern it was compiled whole as soon as any branch's first word was met. Tried branch by
branch, only the branches whose first words are at the candidate are compiled, and of
those only the ones whose words the text holds (:func:`lintnews.util.regex_words.required_words`).

The branches stand for the pattern exactly (:mod:`lintnews.util.regex_split` says why):
tried in order, the first that matches gives the pattern's match. A branch is tried
wherever its start allows (:class:`lintnews.util.pattern_start.Start`: a match begins with
one of its words, here or after the blanks a line starts with; a branch whose words are not
known is always tried), which only ever tries more than needed, never less.

Choosing branches in Python costs more per try than one call of a compiled pattern, so a
pattern tried often (a long text, an archive) is compiled whole after :data:`WHOLE` tries,
and the matcher's slot for it then holds the compiled pattern instead of this object.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lintnews.matching.terms import DOUBLE_SPACE, collapsed, normalise
from lintnews.util.recompile import compiled as recompiled
from lintnews.util.regex_split import branch_texts

WHOLE = 200  # tries after which the whole pattern is compiled and used instead

_BLANKS = re.compile(r"[ \t]*")


class Branches:
    """One built-in pattern as its branches: :meth:`match` as ``re.Pattern.match`` would."""

    __slots__ = ("_blank_words", "_compiled", "_flags", "_holds", "_needs", "_pattern", "_run", "_slot",
                 "_texts", "_tries", "_width", "_words")

    def __init__(self, pattern: str, flags: int, spans: tuple[tuple[int, int], ...], starts: tuple,
                 needs: tuple, run: str, holds: Callable[[str | tuple, str, int], bool],
                 slot: tuple[list, int]) -> None:
        """``spans``, ``starts``, ``needs``, ``run``: the plan's branches of ``pattern``
        (:func:`lintnews.packs.plan.branch_plan`; ``run``: the characters at a match's start
        where the branches may not stand for the pattern, which is then compiled whole,
        see :func:`lintnews.util.regex_split.split_run`); ``holds(formula, text, pos)``: whether the
        text from ``pos`` on holds a formula's words (the matcher's look, which knows when a
        process has read enough not to look: it answers True then); ``slot``: the list and
        index where the matcher keeps this object, given the whole pattern after
        :data:`WHOLE` tries."""
        self._pattern = pattern
        self._flags = flags
        self._texts = branch_texts(pattern, spans)
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self._texts)
        # each branch's first words (None: not known, always tried), and whether they may
        # follow the blanks a line starts with
        self._words = tuple(s[0] for s in starts)
        self._blank_words = tuple(s[1] for s in starts)
        self._width = max((len(w) for s in starts if s[0] is not None for w in s[0]), default=0)
        self._needs = needs
        self._run = run
        self._holds = holds
        self._tries = 0
        self._slot = slot

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        self._tries += 1
        if self._tries > WHOLE or (self._run and text[pos : pos + 1] in self._run and pos < len(text)):
            # (tried often, or where a branch might not say what the pattern would: a line's
            # blanks before branches one of which may start with a blank too)
            whole = recompiled(self._pattern, self._flags)
            slots, index = self._slot
            slots[index] = whole  # (the matcher calls the compiled pattern from now on)
            return whole.match(text, pos)
        key = _key(text, pos, self._width)
        after = None  # the key after the blanks a line starts with, when it does
        compiled = self._compiled
        for b, words in enumerate(self._words):
            if words is not None and not key.startswith(words):
                if not self._blank_words[b] or text[pos : pos + 1] not in (" ", "\t"):
                    continue
                if after is None:
                    after = _key(text, _BLANKS.match(text, pos).end(), self._width)  # type: ignore[union-attr]
                if not after.startswith(words):
                    continue
            pattern = compiled[b]
            if pattern is None:
                needs = self._needs[b]
                if needs is not None and not self._holds(needs, text, pos):
                    continue  # (the text from here holds no match of this branch)
                pattern = compiled[b] = recompiled(self._texts[b], self._flags)
            m = pattern.match(text, pos)
            if m is not None:
                return m
        return None


def _key(text: str, pos: int, width: int) -> str:
    """The text at ``pos`` as a start's words are written: folded, white space as one space
    (see :func:`lintnews.util.wordforms.normalise`), ``width`` characters."""
    key = normalise(text[pos : pos + width], True)
    if DOUBLE_SPACE in key:
        key = collapsed(text, pos, width, True)[0]
    return key
