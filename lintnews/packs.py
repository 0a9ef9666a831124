"""Rule packs: word-list and pattern rules as TOML data, with a strict schema.

A newsroom adds house rules with no Python. The schema is closed (unknown keys
are errors that name the file and key, like Vale's rule definitions) and every
pattern is compiled at load time, so a typo is an error, not silence.
See the README section "Rule packs" for the format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from lintnews import cache
from lintnews.diagnostic import Finding, Severity
from lintnews.errors import RulePackError
from lintnews.rule import Examples, Rule

RULE_KEYS = {
    "id", "category", "severity", "summary", "rationale", "message", "suggestion",
    "context", "terms", "patterns", "exceptions", "examples", "case_sensitive", "inflect",
    "literal_hint", "replace", "sense",
}
# ``sense = "speech"``: the rule's words count only where they report speech ("she claimed
# that"), not in their other senses ("claimed the title"); the writer-voice judge checks it.
SENSES = {"", "speech"}
TERM_KEYS = {"term", "suggestion", "note", "severity", "message", "forms", "literal_after", "replace"}
PACK_KEYS = {"pack", "rules"}
PACK_META_KEYS = {"name", "description", "category", "context"}
EXAMPLE_KEYS = {"trigger", "no_trigger"}


def _exception_gate(
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
    from lintnews.matcher import guard_kinds, prefixes_of, trie_regex

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
        from lintnews.matcher import _odd_case_chars

        _GATE_UNSAFE = re.compile("[" + re.escape(_odd_case_chars() + "\u212a") + "]")
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
            fix = conjugate_like(suggestion, matched)
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
            gate, lower, owners = _exception_gate(self.exceptions, self.case_sensitive)
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
        from lintnews.matcher import prefix_key

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


# Replacement verbs in the forms a quick fix needs: the tense of the replaced word must survive
# ("slams" -> "criticises", not "criticised").
_VERB_FORMS = {
    "said": {"base": "say", "s": "says", "ing": "saying", "past": "said"},
    "criticised": {"base": "criticise", "s": "criticises", "ing": "criticising", "past": "criticised"},
    "criticized": {"base": "criticize", "s": "criticizes", "ing": "criticizing", "past": "criticized"},
    "promoted": {"base": "promote", "s": "promotes", "ing": "promoting", "past": "promoted"},
    "announced": {"base": "announce", "s": "announces", "ing": "announcing", "past": "announced"},
}
_IRREGULAR_PAST = frozenset({"tore", "torn", "said", "told", "wrote", "spoke", "struck", "hit", "shot"})


def conjugate_like(replacement: str, matched: str) -> str | None:
    """``replacement`` in the tense of ``matched``, or ``None`` when that cannot be known.

    A quick fix must not turn "she slams" into "she criticised"; where the form of a
    replacement verb is unknown, the suggestion stays a suggestion and no fix is offered.
    """
    forms = _VERB_FORMS.get(replacement.lower())
    words = matched.lower().split()
    first = words[0] if words else ""
    if first.endswith("ing"):
        kind = "ing"
    elif first.endswith("ed") or first in _IRREGULAR_PAST:
        kind = "past"
    elif first.endswith("s") and not first.endswith("ss"):
        kind = "s"
    else:
        kind = "base"
    if forms is None:
        return replacement if kind == "past" or " " in replacement or not replacement.endswith("ed") else None
    return forms[kind]


def inflections(word: str) -> tuple[str, ...]:
    """Regular English inflections of the last word of a term: -s, -ed, -ing (and -es, -ies).

    Enough for lexicon verbs ("slam" -> slams, slammed, slamming); irregular forms
    are listed with ``forms = [...]``.
    """
    head, _, last = word.rpartition(" ")
    prefix = head + " " if head else ""
    w = last
    forms = {w}
    vowels = "aeiou"
    if w.endswith("e"):
        forms |= {w + "s", w + "d", w[:-1] + "ing"}
    elif w.endswith("y") and len(w) > 2 and w[-2] not in vowels:
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    elif w.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {w + "es", w + "ed", w + "ing"}
    else:
        forms.add(w + "s")
        one_syllable = len(re.findall(r"[aeiouy]+", w)) == 1
        if one_syllable and w[-1] not in vowels + "wxy" and w[-2] in vowels and w[-3:-2] not in ("", *vowels):
            forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # slam -> slammed
        else:
            forms |= {w + "ed", w + "ing"}
    return tuple(sorted(prefix + f for f in forms))


def _err(path: str, where: str, problem: str) -> RulePackError:
    return RulePackError(f"{path}: {where}: {problem}")


def _str_list(value: object, path: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _err(path, where, "must be a list of strings")
    return value


@lru_cache(maxsize=64)
def _is_builtin(path: str) -> bool:
    """Is ``path`` one of the packs shipped with lintnews?

    Their patterns are checked for safety by the test suite rather than at load
    time, so one slow built-in pattern fails one named test, not every command.
    """
    try:
        return Path(path).resolve().parent == builtin_packs_dir()
    except (OSError, RulePackError):
        return False


def _compile(pattern: str, path: str, where: str, case_sensitive: bool) -> re.Pattern[str]:
    flags = 0 if case_sensitive else re.IGNORECASE
    builtin = _is_builtin(path)
    scope = "builtin:" if builtin else "checked:"  # only safety-checked patterns vouch for house packs
    known = cache.checked_regex(pattern, flags, scope)  # compiled and accepted by an earlier run
    if known is not None:
        return known
    from lintnews.patternsafety import UnsafePattern, check_pattern

    code = cache.regex_code(pattern, flags)  # (None when it does not compile: re.compile says why)
    try:
        compiled = cache.compile_code(pattern, code, flags)
    except (re.error, OverflowError, RecursionError) as exc:
        raise _err(path, where, f"pattern {pattern!r} does not compile: {exc}") from None
    try:  # compiled as the matcher embeds it: global flags such as (?i) or (?x) cannot be
        re.compile(f"(?:{pattern})", flags)
    except (re.error, OverflowError, RecursionError) as exc:
        raise _err(path, where, f"pattern {pattern!r} cannot be combined with other rules: {exc} "
                   "(use the case_sensitive key instead of inline global flags)") from None
    if compiled.match(""):
        raise _err(path, where, f"pattern {pattern!r} matches the empty string")
    try:  # a pattern that could hang the run on a long line is refused here (see patternsafety)
        if not builtin:  # built-in packs: tests/test_robustness.py proves them safe
            check_pattern(pattern, compiled.flags)
    except UnsafePattern as exc:
        raise _err(path, where, f"pattern {pattern!r} is unsafe: it {exc}") from None
    except RecursionError:
        raise _err(path, where, f"pattern {pattern[:60]!r}... is nested too deeply") from None
    if compiled.groups:
        # capture groups would break the combined matcher's dispatch: make them non-capturing
        raise _err(path, where, f"pattern {pattern!r} has capturing groups; use (?:...)")
    cache.remember_checked(pattern, flags, code, scope)
    return compiled


def _severity(value: object, path: str, where: str) -> Severity:
    try:
        return Severity.parse(str(value))
    except ValueError as exc:
        raise _err(path, where, str(exc)) from None


def _term(entry: object, path: str, where: str, inflect: bool) -> Term:
    if isinstance(entry, str):
        entry = {"term": entry}
    if not isinstance(entry, dict) or not isinstance(entry.get("term"), str):
        raise _err(path, where, "each term is a string or a table with a 'term' string")
    unknown = set(entry) - TERM_KEYS
    if unknown:
        raise _err(path, where, f"unknown key {sorted(unknown)[0]!r}")
    base = " ".join(entry["term"].split())
    if not base:
        raise _err(path, where, "empty term")
    forms = tuple(_str_list(entry["forms"], path, where + ".forms")) if "forms" in entry else ()
    all_forms = set(inflections(base) if inflect else (base,)) | set(forms)
    return Term(
        term=base,
        forms=tuple(sorted(all_forms)),
        suggestion=entry.get("suggestion"),
        note=entry.get("note"),
        severity=_severity(entry["severity"], path, where) if "severity" in entry else None,
        message=entry.get("message"),
        literal_after=tuple(_str_list(entry.get("literal_after", []), path, where)),
        replace=bool(entry.get("replace", False)),
    )


def parse_pack(data: dict, path: str, plugin: str = "lintnews") -> list[PackRule]:
    """Validate a parsed TOML pack and build its rules (raises :class:`RulePackError`)."""
    unknown = set(data) - PACK_KEYS
    if unknown:
        raise _err(path, "top level", f"unknown key {sorted(unknown)[0]!r} (expected [pack] and [[rules]])")
    meta = data.get("pack", {})
    if not isinstance(meta, dict):
        raise _err(path, "pack", "must be a table")
    unknown = set(meta) - PACK_META_KEYS
    if unknown:
        raise _err(path, "pack", f"unknown key {sorted(unknown)[0]!r}")
    entries = data.get("rules", [])
    if not isinstance(entries, list) or not entries:
        raise _err(path, "rules", "a pack needs at least one [[rules]] table")
    rules = []
    for i, entry in enumerate(entries):
        where = f"rules[{i}]"
        if not isinstance(entry, dict):
            raise _err(path, where, "must be a table")
        rid = entry.get("id")
        if not isinstance(rid, str) or "/" not in rid:
            raise _err(path, where + ".id", "required, of the form 'category/name'")
        where = f"rule {rid}"
        unknown = set(entry) - RULE_KEYS
        if unknown:
            raise _err(path, where, f"unknown key {sorted(unknown)[0]!r}")
        category = entry.get("category", meta.get("category", rid.split("/", 1)[0]))
        for key in ("summary", "message"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise _err(path, f"{where}.{key}", "required, a non-empty string")
        case_sensitive = bool(entry.get("case_sensitive", False))
        sense = entry.get("sense", "")
        if sense not in SENSES:
            raise _err(path, f"{where}.sense", f"unknown sense {sense!r} (known: 'speech')")
        inflect = bool(entry.get("inflect", False))
        terms = tuple(_term(t, path, f"{where}.terms", inflect) for t in entry.get("terms", []))
        patterns = tuple(_str_list(entry.get("patterns", []), path, f"{where}.patterns"))
        for p in patterns:
            _compile(p, path, f"{where}.patterns", case_sensitive)
        if not terms and not patterns:
            raise _err(path, where, "needs 'terms' or 'patterns'")
        exceptions = tuple(
            _compile(p, path, f"{where}.exceptions", case_sensitive)
            for p in _str_list(entry.get("exceptions", []), path, f"{where}.exceptions")
        )
        examples = entry.get("examples", {})
        if not isinstance(examples, dict) or set(examples) - EXAMPLE_KEYS:
            raise _err(path, f"{where}.examples", "a table with 'trigger' and 'no_trigger' lists")
        by_form: dict[str, Term] = {}
        for t in terms:
            for f in t.forms:
                by_form.setdefault(f.lower() if not case_sensitive else f, t)
        rules.append(
            PackRule(
                id=rid,
                category=str(category),
                severity=_severity(entry.get("severity", "warning"), path, f"{where}.severity"),
                summary=entry["summary"].strip(),
                rationale=str(entry.get("rationale", "")).strip(),
                suggestion=entry.get("suggestion"),
                examples=Examples(
                    tuple(_str_list(examples.get("trigger", []), path, f"{where}.examples.trigger")),
                    tuple(_str_list(examples.get("no_trigger", []), path, f"{where}.examples.no_trigger")),
                ),
                plugin=plugin,
                message=entry["message"],
                context=str(entry.get("context", meta.get("context", "plain"))),
                terms=terms,
                patterns=patterns,
                exceptions=exceptions,
                case_sensitive=case_sensitive,
                sense=sense,
                source=path,
                by_form=by_form,
                replace=bool(entry.get("replace", False)),
            )
        )
    cache.save_checked()
    return rules


def load_pack(path: str | Path, plugin: str = "lintnews") -> list[PackRule]:
    """Read and validate one TOML pack file.

    A pack that loaded before with the same contents is rebuilt from the cache
    (see :mod:`lintnews.cache`): parsing the TOML, inflecting every term and
    checking every pattern again is most of a one-line check's start-up, and the
    result depends only on the file's bytes (and on this lintnews).
    """
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError:
        raw = None  # (read_toml reports why, in its words)
    name = ident = None
    if raw is not None:
        ident = cache.identity("pack", str(p), plugin, _code_stamp(), cache.key_bytes(raw))
        name = "pack-" + cache.key(ident)
        stored = cache.load(name)
        if isinstance(stored, dict) and stored.get("identity") == ident:
            try:
                return [_rule_from_data(d) for d in stored["rules"]]
            except Exception:  # noqa: BLE001 - a stale or corrupt entry: parse the file again
                pass
    from lintnews.tomlfile import read_toml

    data = read_toml(p, RulePackError, "rule pack")
    if not isinstance(data, dict):  # pragma: no cover - tomllib always returns a table
        raise RulePackError(f"{p}: invalid TOML: not a table")
    rules = parse_pack(data, str(p), plugin)
    if name is not None:
        cache.save(name, {"identity": ident, "rules": [_rule_data(r) for r in rules]})
    return rules


def _code_stamp() -> str:
    """This module's stamp: a changed parser (or gate builder) never reuses an old entry."""
    return cache.code_stamp(__file__)


_TERM_FIELDS = Term._fields  # ("term", "forms", "suggestion", "note", "severity", ...)
_RULE_FIELDS = ("id", "category", "severity", "summary", "rationale", "suggestion", "plugin", "message",
                "context", "patterns", "case_sensitive", "sense", "source", "replace")


def _rule_data(rule: PackRule) -> dict:
    """A validated rule as plain data (what :func:`cache.save` can store)."""
    d = {k: getattr(rule, k) for k in _RULE_FIELDS}
    d["severity"] = rule.severity.value
    d["examples"] = (rule.examples.trigger, rule.examples.no_trigger)
    d["exceptions"] = tuple(e.pattern for e in rule.exceptions)
    d["terms"] = tuple(
        tuple(t.severity.value if k == "severity" and t.severity else getattr(t, k) for k in _TERM_FIELDS)
        for t in rule.terms
    )
    return d


def _rule_from_data(d: dict) -> PackRule:
    """The rule :func:`_rule_data` stored; its patterns were checked when it was stored."""
    case_sensitive = d["case_sensitive"]
    flags = 0 if case_sensitive else re.IGNORECASE
    terms = []
    make = Term._make
    for values in d["terms"]:  # (in Term's field order: see _rule_data)
        if values[4] is not None:
            values = (*values[:4], Severity(values[4]), *values[5:])
        terms.append(make(values))
    exceptions = []
    for pattern in d["exceptions"]:
        compiled = cache.checked_regex(pattern, flags, "builtin:") or cache.checked_regex(
            pattern, flags, "checked:"
        )
        exceptions.append(compiled if compiled is not None else re.compile(pattern, flags))
    by_form: dict[str, Term] = {}
    for t in terms:
        for f in t.forms:
            by_form.setdefault(f.lower() if not case_sensitive else f, t)
    kwargs = {k: d[k] for k in _RULE_FIELDS}
    kwargs["severity"] = Severity(d["severity"])
    return PackRule(
        **kwargs,
        examples=Examples(*d["examples"]),
        terms=tuple(terms),
        exceptions=tuple(exceptions),
        by_form=by_form,
    )


def builtin_packs_dir() -> Path:
    """Where the built-in packs live: inside the wheel, or ``rules/`` of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise RulePackError(f"built-in rule packs not found next to {here}")


def builtin_pack_files() -> Iterable[Path]:
    return sorted(builtin_packs_dir().glob("*.toml"))
