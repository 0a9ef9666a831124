"""One matcher for every word-list and pattern rule of a run.

All pack rules (built-in, house packs, plugins' packs) are compiled together, once
per process, and each text is scanned once; each hit is dispatched to its rule.
Rules never re-scan the text.

Semantics (those of a single look-ahead regex with one named group per rule, tried
at every position; ``tests/test_speed.py`` compares against exactly that): hits of
different rules may overlap ("it has been claimed" for one rule, "claimed" for
another); at one start position the first rule in pack order that matches wins, and
within a rule its first alternative (the word list, then the patterns in order)
decides where the hit ends; a hit overlapping the same rule's previous hit is
dropped. A house pack's patterns (below) are matched rule by rule, each leftmost
first and never overlapping itself, then merged the same way: where another rule
wins a start, the house rule's hit there is dropped (looking for a later start
inside its own hit would not be linear).

How, in time linear in the text, and with no private interpreter internals:

- **Candidates.** A position is tried only where some rule can start: where a form of
  a word list could start, or where a built-in pattern's first words could (read from
  the pattern by :mod:`lintnews.util.regex_words`: "sources" for
  ``\\bsources\\s+close``). On a long text (or once a process has read a few pages) one
  RE2 pass over the text, encoded once, finds them: every form of every rule, and the
  first two dozen characters of every built-in pattern, widened to match at least
  wherever the pattern can (:func:`lintnews.util.re2_syntax.widened`). On a short text
  the words of the text are looked up instead, which spares compiling those programs
  (a one-line check's start-up).
- **Words.** At a candidate, the forms that start with the text's first word are
  compared as a regex trie would match them (:mod:`lintnews.matching.terms`).
- **Built-in patterns** (shipped with lintnews, look-arounds and all) run in Python's
  ``re``: at a candidate, those whose first words fit are tried with
  ``pattern.match(text, pos)`` in pack order, each compiled when first needed.
- **House patterns** (every other pack) run in RE2 itself, translated exactly
  (:func:`lintnews.util.re2_syntax.exact`): linear time whatever the pattern.
- **Exceptions** of a rule are checked here too, in the hit's sentence
  (:mod:`lintnews.matching.exceptions`), so every judge sees hits that count.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from lintnews.matching.exceptions import RuleExceptions
from lintnews.matching.terms import TermIndex
from lintnews.packs.model import Hit, PackRule
from lintnews.util.casefold import fold
from lintnews.util.regex_words import DIGITS, Start

# A process reads this many characters by looking up words before it compiles the RE2
# scans (a one-line check never does; an archive does after a few articles).
SHORT = 20_000

_RUN = re.compile(r"[^\W_]+")  # a run of letters and digits (str.isalnum)
_CASE_CHANGE = re.compile(r"(?<=[a-z])[A-Z]")
_BLANKS = re.compile(r"[ \t]*")


class _Alternative(NamedTuple):
    """A built-in pattern: its rule, its place among the rule's alternatives (the word list
    is 0), the pattern, its flags and where it can start."""

    ri: int
    ai: int
    pattern: str
    flags: int
    prefix: str  # the RE2 pattern of its first characters, widened
    start: Start | None


class Matcher:
    """Compiled once per process for a set of pack rules; :meth:`scan` finds all hits."""

    def __init__(self, rules: list[PackRule]) -> None:
        self.rules = rules
        self.terms = TermIndex(rules)
        self._alternatives: list[_Alternative] = []
        self._house_rules: list[tuple[int, int, list[str], bool]] = []
        for ri, rule in enumerate(rules):
            first = 1 if rule.terms else 0
            if not rule.patterns:
                continue
            if not rule.builtin:
                self._house_rules.append((ri, first, list(rule.patterns), rule.case_sensitive))
                continue
            flags = 0 if rule.case_sensitive else re.IGNORECASE
            for k, pattern in enumerate(rule.patterns):
                prefix, start = _analysis(pattern, rule.case_sensitive)
                self._alternatives.append(_Alternative(ri, first + k, pattern, flags, prefix, start))
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self._alternatives)
        self._index_alternatives()
        self._exceptions: dict[int, RuleExceptions] = {}
        self._index = {rule.id: ri for ri, rule in enumerate(rules)}
        self._read = 0  # characters looked up word by word so far (see SHORT)
        self._scans = None  # the RE2 programs, compiled when first needed
        self._house = None
        self.wants_case_changes = False  # (kept for older callers: the scans find glued texts)

    def _index_alternatives(self) -> None:
        """Which alternatives a word can start: by whole word, by a word's beginning (and by
        the same after blanks at a line start), and those that cannot be told."""
        # (words are case-folded, case-sensitive patterns' too: see lintnews.util.regex_words)
        self._whole: dict[str, list[int]] = defaultdict(list)
        self._begins: dict[str, list[int]] = defaultdict(list)
        self._after_blanks: set[int] = set()
        self._at_line_start: list[int] = []  # patterns anchored at line starts, words unknown
        self._anywhere: list[int] = []  # tried at every candidate; their presence rules out word lookup
        self._case = False  # does some pattern start at a case change inside a word?
        for i, alt in enumerate(self._alternatives):
            start = alt.start
            if start is None or start.where == "anywhere":
                self._anywhere.append(i)
                continue
            if start.after_blanks:
                self._after_blanks.add(i)
            if start.words is None:
                self._at_line_start.append(i)
                continue
            self._case = self._case or start.where == "case"
            for word, whole in start.words:
                (self._whole if whole else self._begins)[word].append(i)
        self._by_word: dict[str, tuple[int, ...]] = {}

    # -- compiled on first use --------------------------------------------------------------

    def _pattern(self, i: int) -> re.Pattern[str]:
        compiled = self._compiled[i]
        if compiled is None:
            alt = self._alternatives[i]
            compiled = self._compiled[i] = re.compile(alt.pattern, alt.flags)
        return compiled

    def _exceptions_of(self, ri: int) -> RuleExceptions:
        found = self._exceptions.get(ri)
        if found is None:
            rule = self.rules[ri]
            found = self._exceptions[ri] = RuleExceptions(rule.exceptions, rule.case_sensitive, rule.builtin)
        return found

    def _scan_programs(self):  # type: ignore[no-untyped-def]
        """The RE2 programs of the long-text scan: every form, every pattern's first characters."""
        if self._scans is None:
            from lintnews.matching.re2run import Program

            programs = [Program(source) for source in self.terms.scan_sources()]
            prefixes = "|".join(alt.prefix for alt in self._alternatives)
            if prefixes:
                programs.append(Program(prefixes))
            self._scans = programs
        return self._scans

    def _house_programs(self):  # type: ignore[no-untyped-def]
        if self._house is None:
            from lintnews.matching.re2run import HouseProgram
            from lintnews.util.re2_syntax import exact
            from lintnews.util.regex_syntax import IGNORECASE, parse

            self._house = [
                (ri, first, HouseProgram(exact([parse(p, 0 if cs else IGNORECASE) for p in patterns], not cs)))
                for ri, first, patterns, cs in self._house_rules
            ]
        return self._house

    def compile_all(self) -> None:
        """Compile everything now (before forking workers, which then share it)."""
        for i in range(len(self._alternatives)):
            self._pattern(i)
        for ri, rule in enumerate(self.rules):
            if rule.exceptions:
                self._exceptions_of(ri).compile_all()
        self._scan_programs()
        self._house_programs()
        self._read = SHORT

    # -- scanning -----------------------------------------------------------------------------

    def candidates(self, text: str, case_changes: list[int] | None = None) -> dict[int, tuple[int, int, int]]:
        """``{start: (rule index, alternative index, end)}``: the winning alternative at each
        start. (``case_changes`` is accepted for older callers and not needed.)"""
        best: dict[int, tuple[int, int, int]] = {}
        if not text:
            return best
        encoded = None
        if self._anywhere or self._read + len(text) > SHORT:
            encoded = self._scan(text)
            positions = encoded[1]
        else:
            self._read += len(text)
            positions = self._word_positions(text)
        for pos in positions:
            found = self._decide(text, pos)
            if found is not None:
                best[pos] = found
        if self._house_rules:
            self._merge_house(text, best, encoded[0] if encoded else None)
        return best

    def _scan(self, text: str):  # type: ignore[no-untyped-def]
        """Candidate positions from the RE2 scans of the whole text, in order."""
        from lintnews.matching.re2run import Encoded, next_char

        enc = Encoded(text)
        data, char, n = enc.data, enc.char, len(enc.data)
        found: set[int] = set()
        for program in self._scan_programs():
            search = program.search
            pos = 0
            while pos < n:
                spans = search(data, pos, n)
                if spans is None:
                    break
                b = spans[0][0]
                found.add(char(b))
                pos = next_char(data, b)  # (again one character on: starts inside a match count)
        return enc, sorted(found)

    def _word_positions(self, text: str) -> list[int]:
        """Candidate positions of a short text: where each run of letters and digits starts,
        where a case changes inside one (when a pattern starts there), where a line starts
        (when a pattern may start with blanks or at a line start), and where a word-list
        form that begins with a mark (an apostrophe, a currency sign) could start."""
        found = {m.start() for m in _RUN.finditer(text)}
        if self._case:
            found.update(m.start() for m in _CASE_CHANGE.finditer(text))
        if self._after_blanks or self._at_line_start:
            found.add(0)
            at = text.find("\n")
            while at >= 0:
                found.add(at + 1)
                at = text.find("\n", at + 1)
            found.discard(len(text))
        for mark in self.terms.marks:
            at = text.find(mark)
            while at >= 0:
                found.add(at)
                at = text.find(mark, at + 1)
        return sorted(found)

    def _dispatch(self, word: str) -> tuple[int, ...]:
        """The alternatives that can start with this run of letters and digits."""
        key = fold(word)
        out = set(self._whole.get(key, ()))
        begins = self._begins
        if begins:
            for k in range(1, len(key) + 1):
                out.update(begins.get(key[:k], ()))
            if key[:1].isdigit():
                out.update(begins.get(DIGITS, ()))
        return tuple(sorted(out))

    def _alternatives_at(self, text: str, pos: int) -> list[int]:
        """The built-in alternatives worth trying at ``pos``, in pack order."""
        chosen: set[int] = set(self._anywhere)
        line_start = pos == 0 or text[pos - 1] == "\n"
        if line_start:
            chosen.update(self._at_line_start)
        m = _RUN.match(text, pos)
        if m is not None:
            word = m.group()
            found = self._by_word.get(word)
            if found is None:
                if len(self._by_word) > 100_000:
                    self._by_word.clear()
                found = self._by_word[word] = self._dispatch(word)
            chosen.update(found)
        elif line_start and self._after_blanks and text[pos] in " \t":
            m = _RUN.match(text, _BLANKS.match(text, pos).end())  # type: ignore[union-attr]
            if m is not None:
                chosen.update(i for i in self._dispatch(m.group()) if i in self._after_blanks)
        return sorted(chosen)

    def _decide(self, text: str, pos: int) -> tuple[int, int, int] | None:
        """The first alternative in pack order that matches at ``pos``: (rule, alternative, end)."""
        words = self.terms.matches(text, pos) if self.terms else ()
        limit = (words[0][0], 0) if words else None
        alternatives = self._alternatives
        compiled = self._compiled
        for i in self._alternatives_at(text, pos) if alternatives else ():
            ri, ai = alternatives[i][:2]
            if limit is not None and (ri, ai) > limit:
                break  # the words of an earlier rule win here
            m = (compiled[i] or self._pattern(i)).match(text, pos)
            if m is not None:
                return ri, ai, m.end()
        return (words[0][0], 0, words[0][1]) if words else None

    def _merge_house(self, text: str, best: dict[int, tuple[int, int, int]], enc) -> None:  # type: ignore[no-untyped-def]
        """House patterns: each rule's hits (RE2), merged by the same rule as the others."""
        from lintnews.matching.re2run import Encoded

        enc = enc or Encoded(text)
        for ri, first, program in self._house_programs():
            for bs, be in program.spans(enc.data):
                s = enc.char(bs)
                current = best.get(s)
                if current is None or (ri, first) < current[:2]:
                    best[s] = (ri, first, enc.char(be))

    def scan(self, text: str, case_changes: list[int] | None = None) -> dict[str, list[Hit]]:
        """All hits in ``text``, grouped by rule id, in text order (before exceptions)."""
        hits: dict[str, list[Hit]] = defaultdict(list)
        rules = self.rules
        for start, (ri, _ai, end) in sorted(self.candidates(text).items()):
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

    def hits(self, doc) -> dict[str, list[Hit]]:  # type: ignore[no-untyped-def]
        """The hits in a document that count: :meth:`scan`, less those overlapping one of
        their rule's exceptions in the same sentence."""
        text = doc.text
        found = self.scan(text)
        for rule_id, rule_hits in found.items():
            ri = self._index[rule_id]
            rule = self.rules[ri]
            if not rule.exceptions:
                continue
            exceptions = self._exceptions_of(ri)
            kept = []
            for hit in rule_hits:
                s = doc.sentence_at(hit.start)
                lo, hi = (s.start, s.end) if s else (0, len(text))
                if not exceptions.overlaps(text, hit.start, hit.end, lo, hi):
                    kept.append(hit)
            found[rule_id] = kept
        return {k: v for k, v in found.items() if v}


def _analysis(pattern: str, case_sensitive: bool) -> tuple[str, Start | None]:
    """A built-in pattern's widened prefix and start: from the shipped plan, else worked out."""
    from lintnews.packs.plan import analyse, pattern_plan

    planned = pattern_plan(pattern, case_sensitive) or analyse(pattern, case_sensitive)
    prefix, start = planned
    return prefix, None if start is None else Start.from_data(start)
