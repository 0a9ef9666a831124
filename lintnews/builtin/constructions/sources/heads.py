"""Determiners and heads: whether the head and what stands before it make a vague source at all.

A definite phrase refers back to a source already introduced, unless it is the story's first
"the source" (:class:`FirstMention`, :func:`first_mention`) or a bare noun sharing a short
definite plural's determiner ("the politicians and legislators"); a head counted ("the number
of dealers") or modifying a document noun ("a missing person poster") is no speaker.
"""

from __future__ import annotations

import re

from lintnews.builtin.constructions import lexicon as lx
from lintnews.builtin.constructions.grammar import CONJUNCTIONS, DEFINITE, PREPOSITIONS, NounPhrase, Token
from lintnews.util.lazyregex import LazyRegex

# nouns that count the people of an of-phrase: "the number of officials who think"
_COUNTING = frozenset("percentage percent proportion share number fraction count".split())


def counted(before: list[Token], i: int) -> bool:
    """Is the noun phrase ending at ``before[i]`` the of-phrase of a count ("the percentage of
    dealers", "the number of Fed officials")?"""
    return (i + 1 < len(before) and before[i].low == "of" and before[i + 1].low in _COUNTING)


# notices that a person noun can modify ("a missing person poster", "a witness appeal")
_NOTICES = frozenset("poster posters flyer flyers leaflet leaflets notice notices bulletin appeal".split())


def document_head(word: str) -> bool:
    """Is ``word`` a document or notice noun that a singular person noun before it modifies
    ("a missing person poster", "a source document")? Not a verb the person could be the
    subject of ("a source claims", "an expert estimate" reads as a noun, "report" as a verb)."""
    if word in _NOTICES:
        return True
    return (word in lx.forms("report-nouns", lx.NOUN) and word not in lx.forms("source-verbs", lx.FINITE)
            and word not in lx.forms("evidential-verbs", lx.FINITE))


# heads whose only identity is being unnamed: "the sources said" with no source before it in
# the story points back to nothing
ANONYMOUS_HEADS = frozenset("source sources insider insiders".split())
_ANTECEDENT = LazyRegex(r"\b(?:sources?|insiders?)\b", re.IGNORECASE)


class FirstMention:
    """Where a text's first mention of a source or insider ends, found once: a judge makes one
    per document and passes it to :func:`unnamed_source`, so that the search from the text's
    start, which crossed a 10 MB archive's first articles again at every "the source", is
    left for the mentions that come before the first one ends. (Per document, not module
    state: nothing is kept past the judge's call.)"""

    __slots__ = ("_before", "_end", "text")

    def __init__(self, text: str, before: tuple[str, int] = ("", 0)) -> None:
        self.text = text
        self._before = before  # (a part of a large file: the file's text and where the part starts)
        self._end: int | None = None

    def end(self) -> int:
        """The end of the first mention (past the text's end when there is none; before the
        text's start when the file's text before this part has one: see
        :attr:`lintnews.readers.Parsed.before`)."""
        if self._end is None:
            whole, start = self._before
            if start > 0 and _ANTECEDENT.search(whole, 0, start) is not None:
                self._end = -1
            else:
                m = _ANTECEDENT.search(self.text)
                self._end = m.end() if m is not None else len(self.text) + 1
        return self._end


def condensed_before(before: tuple[str, int]) -> tuple[str, int]:
    """A :attr:`lintnews.readers.Parsed.before` that answers what :class:`FirstMention` asks
    of it as ``before`` does, without the file's text: the first mention in the text before
    the part, as a text of its own, or nothing. A part's process asks this before it lets the
    whole text go (:mod:`lintnews.execution.split`); :class:`FirstMention` is the only reader
    of ``before``, so this is the one place that knows what a part needs of it."""
    whole, start = before
    m = _ANTECEDENT.search(whole, 0, start) if start > 0 else None
    if m is None:
        return ("", 0)
    # (the match found again in its own text: a word boundary at either end, as in the prefix)
    return (m.group(), len(m.group()))


# the longest match of _ANTECEDENT ("insiders"), with room to spare: a mention that a part's
# start cuts short begins at most this far before it
_LONGEST_MENTION = 16


def condensed_befores(whole: str, starts: list[int]) -> list[tuple[str, int]]:
    """:func:`condensed_before` for each of ``starts`` in ``whole``, in one search of the text
    (a scan from the text's start for each part crossed a 10 MB text again each time).

    The first mention in the whole text is the first in any prefix it ends in. A prefix that
    ends before it can hold only a mention cut short by the prefix's end (a word of these
    letters has no word boundary inside): it is looked for in the prefix's last characters
    (``re`` reads the character before ``pos`` for ``\\b``, so the window answers as the
    whole prefix does)."""
    first = _ANTECEDENT.search(whole)
    out: list[tuple[str, int]] = []
    for start in starts:
        if start <= 0:
            m = None
        elif first is not None and first.end() <= start:
            m = first
        else:
            m = _ANTECEDENT.search(whole, max(0, start - _LONGEST_MENTION), start)
        out.append(("", 0) if m is None else (m.group(), len(m.group())))
    return out


def first_mention(text: str, np: NounPhrase, low: str, first: FirstMention | None = None) -> bool:
    """Is a definite "the source(s)" or "the insider(s)" the story's first mention of any
    source or insider? Then it refers back to nobody: as vague as "sources said"."""
    if low not in ANONYMOUS_HEADS or np.det is None or np.det.low != "the" or np.mods:
        return False
    # (a mention that ends before ``np.start`` is one in ``text[:np.start]`` too)
    if first is not None and first.text is text and first.end() < np.start:
        return False
    return _ANTECEDENT.search(text, 0, np.start) is None


def definite_conjunct(before: list[Token], i: int) -> bool:
    """Is ``before[i]`` an "and" or "or" after a short definite plural ("the politicians and
    legislators")? Then the determiner serves the bare noun too: it refers back. ("The mayor
    and critics say": a singular is a phrase of its own.)"""
    if i + 1 >= len(before) or before[i].low not in ("and", "or"):
        return False
    if not before[i + 1].low.endswith("s") or before[i + 1].low.endswith(("'s", "ss")):
        return False  # "the mayor and critics say": a singular is a phrase of its own
    for k in range(i + 1, min(len(before), i + 4)):
        t = before[k]
        if not t.word or t.low in CONJUNCTIONS or t.low in PREPOSITIONS:
            return False
        if t.low in DEFINITE:
            return True
    return False
