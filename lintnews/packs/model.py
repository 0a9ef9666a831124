"""What a rule pack holds once loaded: its rules, their lexicon entries and the matcher's hits.

A :class:`PackRule` is a :class:`lintnews.model.rule.Rule` whose hits come from the shared
matcher (``lintnews.matching``) and whose ``context`` names the judge that decides which
hits to report. Loading and validating packs is :mod:`lintnews.packs.loader`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from lintnews.model.diagnostic import Finding, Severity
from lintnews.model.rule import Rule
from lintnews.util import cache
from lintnews.util.regex_analysis import guard_kinds, odd_case_chars, prefix_key, prefixes_of
from lintnews.util.trie import trie_regex


def code_stamp() -> str:
    """The stamp of the pack code (this module and the loader): a changed parser or gate
    builder never reuses an old cache entry."""
    here = Path(__file__)
    return ":".join(cache.code_stamp(str(f)) for f in (here, here.with_name("loader.py")))


def exception_gate(
    exceptions: tuple[re.Pattern[str], ...], case_sensitive: bool
) -> tuple[re.Pattern[str], re.Pattern[str] | None, dict[str, list[int]] | None]:
    """One regex that finds where any of the exceptions could start (and, when it can be
    had, its version for lower-cased ASCII text: see :meth:`PackRule.excepted`), and which
    exceptions may start with each literal prefix it finds.

    The literal words each exception must start with are folded into a trie (see
    :mod:`lintnews.matcher`), which the regex engine rejects at most positions on the
    first letter; both gates match no text (a look-ahead, group 1 the prefix), so one
    prefix inside another ("great britain", "britain") is found too. When an exception
    has no literal start, the gate is the exceptions themselves, joined, and every
    exception is tried.
    """
    owners: dict[str, list[int]] = {}
    for i, pattern in enumerate(exceptions):
        found = prefixes_of(pattern.pattern, pattern.flags)
        if not found or guard_kinds(pattern.pattern):  # (may start inside a word: "fooTax")
            return re.compile("|".join(f"(?:{p.pattern})" for p in exceptions),
                              0 if case_sensitive else re.IGNORECASE), None, None
        for word in found:
            owners.setdefault(word, []).append(i)
    # Every word start the prefix analysis accepts (``\b``, ``(?<![\w'’-])``, ``(?<=[.!?] )``,
    # a line start) has no ASCII letter or digit before it; a hyphen may precede one
    # ("post-tax regime" holds the exception "tax regime").
    trie = trie_regex(sorted(owners))
    gate = re.compile(r"(?-i:(?<![A-Za-z0-9]))(?=(" + trie + "))", re.IGNORECASE)
    # The same for a lower-cased ASCII window, case-sensitive and starting at the character
    # before the word (a character class the engine skips to): half the time of the above
    lower = None
    if all(w == w.lower() and w.isascii() for w in owners):
        lower = re.compile(r"[^a-z0-9](?=(" + trie + "))")
    return gate, lower, owners


_GATE_UNSAFE: re.Pattern[str] | None = None


def _gate_unsafe() -> re.Pattern[str]:
    """The characters that keep a window off the lower-case gate: those ``re.IGNORECASE``
    equates with other letters beyond ``str.lower()`` (the long s, the dotless i...), and
    the Kelvin sign, which lower-cases to an ASCII letter. (Curly quotes, dashes, accented
    letters are all safe: news copy is rarely ASCII.)"""
    global _GATE_UNSAFE
    if _GATE_UNSAFE is None:
        _GATE_UNSAFE = re.compile("[" + re.escape(odd_case_chars() + "\u212a") + "]")
    return _GATE_UNSAFE


# How far before or after a hit an exception phrase may reach (characters).
_EXCEPTION_REACH = 120
# Messages a rule keeps for words it has flagged (see PackRule.finding).
_MAX_SAID = 4096


class Term(NamedTuple):
    """One lexicon entry: the base word, its surface forms and what to say about it.

    (A named tuple: every run builds the packs' two thousand entries, and a tuple is built
    several times faster than a frozen dataclass.)
    """

    term: str
    forms: tuple[str, ...]
    suggestion: str | None = None
    note: str | None = None
    severity: Severity | None = None
    message: str | None = None
    literal_after: tuple[str, ...] = ()  # nouns after which the word is literal ("devastating floods")
    replace: bool = False  # the suggestion is replacement text for the match (an editor quick fix)


@dataclass(slots=True, eq=False)
class Hit:
    """A matcher hit for a pack rule: span plus the term entry it came from (if any)."""

    start: int
    end: int
    term: Term | None = None


@dataclass(slots=True, eq=False)
class PackRule(Rule):
    """A rule defined in a TOML pack. Its hits come from the shared matcher, and its
    ``context`` names the judge (code) that decides which hits to report."""

    message: str = "'{match}'"
    context: str = "plain"
    terms: tuple[Term, ...] = ()
    patterns: tuple[str, ...] = ()
    exceptions: tuple[re.Pattern[str], ...] = ()
    case_sensitive: bool = False
    sense: str = ""  # "speech": count only where the words report speech (see SENSES)
    source: str = ""
    by_form: dict[str, Term] = field(default_factory=dict)
    _any_exception: re.Pattern[str] | None = field(default=None, repr=False)
    _lower_gate: re.Pattern[str] | None = field(default=None, repr=False)
    # literal prefix -> indexes of the exceptions that may start with it (see _exception_gate)
    _exception_owners: dict[str, list[int]] | None = field(default=None, repr=False)
    stored_gates: list | None = field(default=None, repr=False)  # set by the matcher (cached plan)
    replace: bool = False  # the rule's suggestion is replacement text for the match
    _said: dict = field(default_factory=dict, repr=False)  # see finding()

    def finding(self, doc_text: str, hit: Hit, **override: object) -> Finding:
        """The default finding for a hit: the pack's message with ``{match}`` filled in."""
        matched = doc_text[hit.start : hit.end]
        term = hit.term
        # the same words give the same message: worked out once and shared (a long text
        # repeats its loaded words, and each message would otherwise be a string of its own)
        key = (matched, id(term))  # (the rule holds its terms: an id stays theirs)
        said = self._said.get(key)
        if said is None:
            if len(self._said) >= _MAX_SAID:
                self._said.clear()
            said = self._said[key] = self._words_for(matched, term)
        message, suggestion, fix, severity = said
        if not override:
            return Finding(hit.start, hit.end, message, suggestion, severity, self.id, fix)
        kwargs: dict[str, object] = {
            "start": hit.start, "end": hit.end, "message": message,
            "suggestion": suggestion, "severity": severity, "rule": self.id, "fix": fix,
        }
        kwargs.update(override)
        return Finding(**kwargs)  # type: ignore[arg-type]

    def _words_for(self, matched: str, term: Term | None) -> tuple[str, str | None, str | None, Severity | None]:
        """Message, suggestion, quick fix and severity of a finding on ``matched``."""
        template = (term.message if term and term.message else None) or self.message
        message = template.replace("{match}", matched).replace(
            "{term}", term.term if term else matched
        )
        own = term is not None and bool(term.suggestion)
        suggestion = (term.suggestion if own else None) or self.suggestion  # type: ignore[union-attr]
        if suggestion:
            suggestion = suggestion.replace("{match}", matched)
        fix = None
        if suggestion and ((term is not None and term.replace) or self.replace):
            fix = conjugate_like(suggestion, matched, term.term if term is not None else None)
            if fix and matched[:1].isupper():
                fix = fix[0].upper() + fix[1:]
        severity = term.severity if term and term.severity else None
        return message, suggestion, fix, severity

    def prepare_gates(self) -> None:
        """Build the exception gates: from the matcher's stored plan when it has them (see
        :mod:`lintnews.matcher`), else from the exceptions."""
        stored = self.stored_gates
        if stored is not None:
            try:
                *built, owners = stored
                gate, lower = (None if g is None else cache.compile_code(g[0], g[1], g[2]) for g in built)
            except (re.error, TypeError, ValueError):
                stored = None
        if stored is None or gate is None:
            gate, lower, owners = exception_gate(self.exceptions, self.case_sensitive)
        self._any_exception, self._lower_gate, self._exception_owners = gate, lower, owners

    def excepted(self, text: str, hit: Hit, lo: int, hi: int) -> bool:
        """Does an exception pattern overlap the hit within ``text[lo:hi]`` (its sentence)?

        Exceptions are phrases around the hit ("clearly visible", "tax regime"), so only
        a window of the sentence around the hit is searched, not the whole sentence.
        """
        lo = max(lo, hit.start - _EXCEPTION_REACH)
        hi = min(hi, hit.end + _EXCEPTION_REACH)
        if self._any_exception is None:
            self.prepare_gates()
        lower = self._lower_gate
        window = "" if lower is None else (" " + text[:hi]) if lo == 0 else text[lo - 1 : hi]
        # (the window holds the character before, which the lower-case gate starts on)
        if lower is not None and (window.isascii() or _gate_unsafe().search(window) is None):
            low = window.lower()
            m = lower.search(low)
            if m is None or lo + m.start() >= hit.end:
                # the common case: no exception phrase starts near the hit, or the first one
                # starts after it (the gate finds where every exception could start)
                return False
            starts = ((lo + g.start(), g.group(1)) for g in lower.finditer(low, m.start()))
            folding = False
        else:
            near = self._any_exception.search(text, lo, hi)
            if near is None or near.start() >= hit.end:
                return False
            starts = ((g.start(), g.group(1)) for g in self._any_exception.finditer(text, near.start(), hi))
            folding = True
        patterns = self._exceptions_starting(starts, hit.end, folding)
        for pattern in patterns:
            for m in pattern.finditer(text, lo, hi):
                if m.start() >= hit.end:
                    break
                if hit.start < m.end():
                    return True
        return False

    def _exceptions_starting(self, starts: Iterator[tuple[int, str]], before: int,
                             folding: bool = True) -> tuple[re.Pattern[str], ...] | list[re.Pattern[str]]:
        """The exceptions that may start at the gate's finds (``(position, prefix)``) before
        ``before``: those whose literal prefix begins the prefix found there. (All of them
        when the gate is the joined exceptions.)"""
        owners = self._exception_owners
        if owners is None:
            return self.exceptions
        chosen: set[int] = set()
        for at, raw in starts:
            if at >= before:
                break
            key = prefix_key(raw, folding)
            for k in range(1, len(key) + 1):
                chosen.update(owners.get(key[:k], ()))
        if not chosen:  # (cannot happen: the gate found a prefix; all of them, to be safe)
            return self.exceptions
        return [self.exceptions[i] for i in sorted(chosen)]


def conjugate_like(replacement: str, matched: str, term: str | None = None) -> str | None:
    """``replacement`` in the form of ``matched`` (a form of the lexicon entry ``term``), or
    ``None`` when that form cannot be produced.

    A quick fix must not turn "she slams" into "she criticised", nor "two accidents" into
    "two crash": the matched form's tag among the forms of ``term`` (from the lexicon, see
    :mod:`lintnews.language.forms`) is given to the replacement ("slams" -> "criticises",
    "accidents" -> "crashes"). Where the tag or the replacement's form is unknown, the
    suggestion stays a suggestion and no fix is offered.
    """
    said = " ".join(matched.lower().split())
    if term is None:
        return replacement  # a pattern's match: the replacement as written
    written = said == " ".join(term.lower().split())
    from lintnews.language import forms as lexicon

    # the parts of speech the shipped table holds for the term first: asking for another one
    # would expand the word with LemmInflect while linting
    tried = [pos for pos in (None, "verb", "noun", "adjective") if lexicon.shipped(term, pos)]
    if not tried and not written:
        tried = [None]  # a house pack's word: expanded when its pack was loaded
    for pos in tried:
        try:
            if lexicon.tag_of(said, term, pos) is None:
                continue
            return lexicon.reinflect(replacement, said, term, pos)
        except lexicon.FormsUnavailable:
            return None
    # the term as written, and no form of it known: the replacement as written
    return replacement if written else None
    return None
