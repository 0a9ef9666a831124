"""What a rule pack holds once loaded: its rules, their lexicon entries and the matcher's hits.

A :class:`PackRule` is a :class:`lintnews.model.rule.Rule` whose hits come from the shared
matcher (``lintnews.matching``) and whose ``context`` names the judge that decides which
hits to report. Loading and validating packs is :mod:`lintnews.packs.loader`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from lintnews.model.diagnostic import Finding, Severity
from lintnews.model.rule import Rule


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
    # words after which the word is literal ("devastating floods"), or "@FILE/CLASS": the next
    # word is a form of that word class ("cancer" before "@loaded-health/clinical-nouns")
    literal_after: tuple[str, ...] = ()
    replace: bool = False  # the suggestion is replacement text for the match (an editor quick fix)


# An entry of ``literal_after`` that names a word class rather than listing words
# (``literal_after = ["@loaded-health/clinical-nouns"]``): the term is literal when the word
# right after it is any form of the class (round 173, issue 19).
LITERAL_CLASS = "@"


@lru_cache(maxsize=256)
def literal_parts(literal_after: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A term's ``literal_after`` split into the words and phrases it lists and the word
    classes it names (without the ``@``): one split per term, not one per hit."""
    phrases = tuple(p for p in literal_after if not p.startswith(LITERAL_CLASS))
    classes = tuple(p[len(LITERAL_CLASS):] for p in literal_after if p.startswith(LITERAL_CLASS))
    return phrases, classes


@dataclass(slots=True, eq=False)
class Hit:
    """A matcher hit for a pack rule: span plus the term entry it came from (if any)."""

    start: int
    end: int
    term: Term | None = None


@dataclass(slots=True, eq=False)
class PackRule(Rule):
    """A rule defined in a TOML pack. Its hits come from the shared matcher, and its
    ``context`` names the judge (code) that decides which hits to report.

    A definition only: what the matcher compiles from it (RE2 programs, Python patterns,
    exception gates) lives in the matcher, never on the rule."""

    message: str = "'{match}'"
    context: str = "plain"
    terms: tuple[Term, ...] = ()
    patterns: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()  # patterns, as written: hits overlapping them are dropped
    case_sensitive: bool = False
    sense: str = ""  # "speech": count only where the words report speech (see SENSES)
    source: str = ""
    by_form: dict[str, Term] = field(default_factory=dict)
    replace: bool = False  # the rule's suggestion is replacement text for the match
    builtin: bool = False  # shipped with lintnews: its patterns run in Python's re (else in RE2)

    def finding(self, doc_text: str, hit: Hit, **override: object) -> Finding:
        """The default finding for a hit: the pack's message with ``{match}`` filled in."""
        matched = doc_text[hit.start : hit.end]
        term = hit.term
        message, suggestion, fix, severity = _words_for(
            self.message, self.suggestion, self.replace, matched, term
        )
        if not override:
            return Finding(hit.start, hit.end, message, suggestion, severity, self.id, fix)
        kwargs: dict[str, object] = {
            "start": hit.start, "end": hit.end, "message": message,
            "suggestion": suggestion, "severity": severity, "rule": self.id, "fix": fix,
        }
        kwargs.update(override)
        return Finding(**kwargs)  # type: ignore[arg-type]


@lru_cache(maxsize=4096)
def _words_for(template: str, rule_suggestion: str | None, rule_replace: bool, matched: str,
               term: Term | None) -> tuple[str, str | None, str | None, Severity | None]:
    """Message, suggestion, quick fix and severity of a finding on ``matched``.

    A pure function, remembered: the same words give the same message, worked out once
    and shared (a long text repeats its loaded words, and each message would otherwise
    be a string of its own)."""
    template = (term.message if term and term.message else None) or template
    message = template.replace("{match}", matched).replace(
        "{term}", term.term if term else matched
    )
    own = term is not None and bool(term.suggestion)
    suggestion = (term.suggestion if own else None) or rule_suggestion  # type: ignore[union-attr]
    if suggestion:
        suggestion = suggestion.replace("{match}", matched).replace("{term}", term.term if term else matched)
    fix = None
    if suggestion and ((term is not None and term.replace) or rule_replace):
        fix = conjugate_like(suggestion, matched, term.term if term is not None else None)
        if fix and matched[:1].isupper():
            fix = fix[0].upper() + fix[1:]
    severity = term.severity if term and term.severity else None
    return message, suggestion, fix, severity


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
