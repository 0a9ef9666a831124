"""Rule packs: word-list and pattern rules as TOML data, with a strict schema.

A newsroom adds house rules with no Python. The schema is closed (unknown keys
are errors that name the file and key, like Vale's rule definitions) and every
pattern of a house pack is checked at load time, so a typo is an error, not
silence. Every problem of a pack is reported (one line each), not only the first.
See the README section "Rule packs" and docs/rule-packs.md for the format.

House packs (any pack not shipped with lintnews) run their patterns in RE2, a
linear-time engine: each pattern is read (:mod:`lintnews.util.regex_syntax`),
translated (:func:`lintnews.util.re2_syntax.exact`) and compiled here, and what
RE2 cannot run in linear time is refused with the reason. The built-in packs keep
Python's ``re`` (their look-behinds are part of their precision); the test suite
checks them, so one bad built-in pattern fails a named test, not every command.
"""


from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from lintnews.model.diagnostic import Severity
from lintnews.model.errors import RulePackError
from lintnews.model.rule import RULE_ID, Examples
from lintnews.packs.model import LITERAL_CLASS, PackRule, Term

WRITER_VOICE = "writer-voice"  # the context of rules that judge the writer's own voice (see Rule.writer_voice)
RULE_KEYS = {
    "id", "category", "severity", "summary", "rationale", "message", "suggestion",
    "context", "terms", "patterns", "exceptions", "examples", "case_sensitive", "inflect",
    "literal_hint", "replace", "sense", "adverbs_of_participles",
}
# ``adverbs_of_participles = "FILE/CLASS"``: the rule's terms are the -ly adverbs of the -ing
# participles of a verb class, each also with "un-", as the lexicon knows them ("depress" ->
# "depressingly"; "surprise" -> "unsurprisingly"): words derived, not listed (round 61)
# ``sense = "speech"``: the rule's words count only where they report speech ("she claimed
# that"), not in their other senses ("claimed the title"); the writer-voice judge checks it.
SENSES = {"", "speech"}
TERM_KEYS = {"term", "suggestion", "note", "severity", "message", "forms", "literal_after", "replace", "inflect"}
PACK_KEYS = {"pack", "rules"}
PACK_META_KEYS = {"name", "description", "category", "context"}
EXAMPLE_KEYS = {"trigger", "no_trigger"}

def _err(path: str, where: str, problem: str) -> RulePackError:
    return RulePackError(f"{path}: {where}: {problem}")


def _str_list(value: object, path: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _err(path, where, "must be a list of strings")
    return value


@lru_cache(maxsize=64)
def _is_builtin(path: str) -> bool:
    """Is ``path`` one of the packs shipped with lintnews (its patterns run in Python's ``re``)?"""
    try:
        return Path(path).resolve().parent == builtin_packs_dir()
    except (OSError, RuntimeError, RulePackError):  # (RuntimeError: a symlink loop, Python 3.11)
        return False


class _Problems(Exception):
    """Problems found in one rule (its remaining keys are still checked)."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def check_house_pattern(pattern: str, case_sensitive: bool) -> str | None:
    """Why a house pattern cannot be used (its problem, worded to follow "pattern '...' "),
    or ``None``: it parses, has no capturing group or global flag, cannot match the empty
    string, and RE2 compiles its exact translation (which then runs in linear time)."""
    import re2

    from lintnews.util.re2_syntax import Untranslatable, error_text, exact, re2_options
    from lintnews.util.regex_syntax import IGNORECASE, PatternError, parse

    try:
        parsed = parse(pattern, 0 if case_sensitive else IGNORECASE)
    except PatternError as exc:
        return f"does not compile: {exc}"
    except RecursionError:  # pragma: no cover - the parser limits nesting itself
        return "is nested too deeply"
    if parsed.global_flags:
        return ("cannot be combined with other rules: it sets global flags "
                "(use the case_sensitive key instead of inline global flags)")
    if parsed.groups:
        return "has capturing groups; use (?:...)"
    try:
        translated = exact(parsed, not case_sensitive)
    except Untranslatable as exc:
        return str(exc)
    try:
        re2.compile(translated.source, re2_options())
    except re2.error as exc:
        return f"does not compile in RE2 (the linear-time engine house packs run in): {error_text(exc)}"
    return None


def _text(entry: dict, key: str, path: str, where: str) -> str | None:
    """An optional string key (``suggestion``, ``note``, a term's ``message``): ``None`` when
    absent. Anything else is an error here, not an ``AttributeError`` in every file linted."""
    value = entry.get(key)
    if value is not None and not isinstance(value, str):
        raise _err(path, f"{where}.{key}", f"must be a string, not {type(value).__name__} {value!r}")
    return value


PLACEHOLDERS = ("{match}", "{term}")  # what a message or suggestion may hold (PackRule.finding)
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def _template(value: str | None, path: str, where: str) -> str | None:
    """A message or suggestion, whose ``{name}`` placeholders are all known: ``{mach}`` is an
    error here, not the braces printed on every finding of the rule."""
    for name in _PLACEHOLDER.findall(value or ""):
        if name not in PLACEHOLDERS:
            raise _err(path, where, f"unknown placeholder {name} (known: {', '.join(PLACEHOLDERS)})")
    return value


def _flag(entry: dict, key: str, path: str, where: str) -> bool:
    """An optional true/false key: ``case_sensitive = "false"`` is an error, not ``True``."""
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise _err(path, f"{where}.{key}", f"must be true or false, not {value!r}")
    return value


def _severity(value: object, path: str, where: str) -> Severity:
    try:
        return Severity.parse(str(value))
    except ValueError as exc:
        raise _err(path, where, str(exc)) from None


def _inflect(value: object, path: str, where: str) -> str | bool | None:
    """A pack's ``inflect`` value: ``False`` (the term as written), ``None`` (every form of
    every part of speech the lexicon knows) or one part of speech ("verb", "noun", ...)."""
    from lintnews.language.forms import POS_NAMES

    if value is True:
        return None
    if value is False:
        return False
    if isinstance(value, str) and value in POS_NAMES:
        return value
    raise _err(path, where, f"must be true, false or one of {', '.join(map(repr, POS_NAMES))}, not {value!r}")


def _term(entry: object, path: str, where: str, inflect: str | bool | None) -> Term:
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
    if "inflect" in entry:
        inflect = _inflect(entry["inflect"], path, where + ".inflect")
    all_forms = {base} | set(forms)
    if inflect is not False:
        from lintnews.language.forms import FormsUnavailable
        from lintnews.language.forms import forms as lexicon_forms

        try:
            all_forms |= set(lexicon_forms(base, inflect))  # type: ignore[arg-type]
        except FormsUnavailable as exc:
            raise _err(path, where, f"term {base!r}: {exc}") from None
    return Term(
        term=base,
        forms=tuple(sorted(all_forms)),
        suggestion=_template(_text(entry, "suggestion", path, where), path, f"{where} {base!r}.suggestion"),
        note=_text(entry, "note", path, where),
        severity=_severity(entry["severity"], path, where) if "severity" in entry else None,
        message=_template(_text(entry, "message", path, where), path, f"{where} {base!r}.message"),
        literal_after=_literal_after(entry.get("literal_after", []), path, where, base),
        replace=_flag(entry, "replace", path, where),
    )


def _literal_after(value: object, path: str, where: str, base: str) -> tuple[str, ...]:
    """A term's ``literal_after``: words and phrases, or ``"@FILE/CLASS"`` entries that name a
    word class of ``lintnews/language/wordclasses`` (the next word is any form of it). A class
    that does not exist, or a compact one (no forms table), is the pack's error, not a term
    that silently never turns literal."""
    entries = tuple(_str_list(value, path, where))
    for entry in entries:
        if not entry.startswith(LITERAL_CLASS):
            continue
        from lintnews.language.wordclasses import is_compact, names

        name = entry[len(LITERAL_CLASS):]
        if name not in names():
            raise _err(path, f"{where} {base!r}.literal_after", f"{entry!r} names no word class (known: 'FILE/CLASS' of "
                                    "lintnews/language/wordclasses, e.g. '@loaded-health/clinical-nouns')")
        if is_compact(name):
            raise _err(path, f"{where} {base!r}.literal_after", f"{entry!r} is a compact word class, which has no forms to look the next word up in")
    return entries


def _participle_adverbs(name: object, path: str, where: str, listed: set[str] | frozenset[str]) -> tuple[Term, ...]:
    """The terms of ``adverbs_of_participles``: one per base ("depressing"), its forms the
    base's -ly adverbs ("depressingly"), but for those an earlier rule of the pack matches
    (``listed``: "shockingly" stays the listing rule's, and no derived entry is dead)."""
    from lintnews.language.wordclasses import participle_adverbs

    if not isinstance(name, str):
        raise _err(path, where, f"must be the name of a word class ('FILE/CLASS'), not {name!r}")
    try:
        adverbs = participle_adverbs(name)
    except KeyError as exc:
        raise _err(path, where, str(exc.args[0])) from None
    return tuple(Term(term=base, forms=tuple(sorted(kept))) for base, forms in sorted(adverbs.items())
                 if (kept := [f for f in forms if f not in listed]))


def parse_pack(data: dict, path: str, plugin: str = "lintnews") -> list[PackRule]:
    """Validate a parsed TOML pack and build its rules (raises :class:`RulePackError`
    naming every problem of the pack, one per line)."""
    unknown = set(data) - PACK_KEYS
    if unknown:
        raise _err(path, "top level", f"unknown key {sorted(unknown)[0]!r} (expected [pack] and [[rules]])")
    meta = data.get("pack", {})
    if not isinstance(meta, dict):
        raise _err(path, "pack", "must be a table")
    unknown = set(meta) - PACK_META_KEYS
    if unknown:
        raise _err(path, "pack", f"unknown key {sorted(unknown)[0]!r}")
    for key in sorted(meta):  # (``category = 5`` was read as the category "5", silently)
        _text(meta, key, path, "pack")
    entries = data.get("rules", [])
    if not isinstance(entries, list) or not entries:
        raise _err(path, "rules", "a pack needs at least one [[rules]] table")
    builtin = _is_builtin(path)
    rules: list[PackRule] = []
    problems: list[str] = []
    listed: set[str] = set()  # the forms the pack's earlier rules match (for derived terms)
    for i, entry in enumerate(entries):
        try:
            rules.append(_rule(entry, i, meta, path, plugin, builtin, listed))
            listed.update(rules[-1].by_form)
        except _Problems as exc:
            problems.extend(exc.lines)
        except RulePackError as exc:
            problems.append(str(exc))
    if problems:
        raise RulePackError("\n".join(problems))
    return rules


def _rule(entry: object, i: int, meta: dict, path: str, plugin: str, builtin: bool,
          listed: set[str] | frozenset[str] = frozenset()) -> PackRule:
    """One validated rule (raises :class:`RulePackError`, or :class:`_Problems` for several)."""
    where = f"rules[{i}]"
    if not isinstance(entry, dict):
        raise _err(path, where, "must be a table")
    rid = entry.get("id")
    if not isinstance(rid, str) or not RULE_ID.fullmatch(rid):
        raise _err(path, where + ".id", "required, of the form 'category/name' (no spaces or commas, "
                   f"no empty part){'' if rid is None else f', not {rid!r}'}")
    where = f"rule {rid}"
    unknown = set(entry) - RULE_KEYS
    if unknown:
        raise _err(path, where, f"unknown key {sorted(unknown)[0]!r}")
    category = _text(entry, "category", path, where) or meta.get("category", rid.split("/", 1)[0])
    _text(entry, "context", path, where)
    for key in ("summary", "message"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise _err(path, f"{where}.{key}", "required, a non-empty string")
    case_sensitive = _flag(entry, "case_sensitive", path, where)
    rationale = _text(entry, "rationale", path, where) or ""
    suggestion = _template(_text(entry, "suggestion", path, where), path, f"{where}.suggestion")
    _template(entry["message"], path, f"{where}.message")
    replace = _flag(entry, "replace", path, where)
    sense = entry.get("sense", "")
    if sense not in SENSES:
        raise _err(path, f"{where}.sense", f"unknown sense {sense!r} (known: 'speech')")
    inflect = _inflect(entry.get("inflect", False), path, f"{where}.inflect")
    if not isinstance(entry.get("terms", []), list):  # (a string was split into one-letter terms)
        raise _err(path, f"{where}.terms", f"must be a list of terms, not {type(entry['terms']).__name__} "
                   f"{entry['terms']!r} (write terms = [{entry['terms']!r}])")
    terms = tuple(_term(t, path, f"{where}.terms", inflect) for t in entry["terms"]) if "terms" in entry else ()
    if "adverbs_of_participles" in entry:
        terms += _participle_adverbs(entry["adverbs_of_participles"], path, f"{where}.adverbs_of_participles",
                                     listed)
    patterns = tuple(_str_list(entry.get("patterns", []), path, f"{where}.patterns"))
    if not terms and not patterns:
        raise _err(path, where, "needs 'terms' or 'patterns'")
    exceptions = tuple(_str_list(entry.get("exceptions", []), path, f"{where}.exceptions"))
    if not builtin:
        _check_patterns(path, where, patterns, exceptions, case_sensitive)
    examples = entry.get("examples", {})
    if not isinstance(examples, dict) or set(examples) - EXAMPLE_KEYS:
        raise _err(path, f"{where}.examples", "a table with 'trigger' and 'no_trigger' lists")
    by_form: dict[str, Term] = {}
    for t in terms:
        for f in t.forms:
            by_form.setdefault(f.lower() if not case_sensitive else f, t)
    return PackRule(
        id=rid,
        category=str(category),
        severity=_severity(entry.get("severity", "warning"), path, f"{where}.severity"),
        summary=entry["summary"].strip(),
        rationale=rationale.strip(),
        suggestion=suggestion,
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
        replace=replace,
        builtin=builtin,
        writer_voice=str(entry.get("context", meta.get("context", "plain"))) == WRITER_VOICE,
    )


def _check_patterns(path: str, where: str, patterns: tuple[str, ...], exceptions: tuple[str, ...],
                    case_sensitive: bool) -> None:
    """Every problem of a house rule's patterns and exceptions, as written."""
    from lintnews.util.regex_syntax import shown

    lines = []
    for key, found in (("patterns", patterns), ("exceptions", exceptions)):
        for pattern in found:
            why = check_house_pattern(pattern, case_sensitive)
            if why is not None:
                lines.append(f"{path}: {where}.{key}: pattern {shown(pattern)} {why}")
    if not lines and len(patterns) > 1:  # the matcher runs a rule's patterns as one program
        why = check_house_patterns_together(patterns, case_sensitive)
        if why is not None:
            lines.append(f"{path}: {where}.patterns: {why}")
    if lines:
        raise _Problems(lines)


def check_house_patterns_together(patterns: tuple[str, ...], case_sensitive: bool) -> str | None:
    """Why a rule's (individually valid) patterns cannot run together, or ``None``."""
    import re2

    from lintnews.util.re2_syntax import error_text, exact, re2_options
    from lintnews.util.regex_syntax import IGNORECASE, parse

    flags = 0 if case_sensitive else IGNORECASE
    try:
        re2.compile(exact([parse(p, flags) for p in patterns], not case_sensitive).source, re2_options())
    except re2.error as exc:
        return f"the patterns together do not compile in RE2: {error_text(exc)}"
    return None


def load_pack(path: str | Path, plugin: str = "lintnews") -> list[PackRule]:
    """Read and validate one TOML pack file (a built-in pack: from the shipped plan, when it
    was built from the same bytes; see :mod:`lintnews.packs.plan`)."""
    from lintnews.util.tomlfile import read_toml

    p = Path(path)
    if _is_builtin(str(p)):
        try:
            raw = p.read_bytes()
        except OSError:
            raw = None  # (read_toml reports why, in its words)
        if raw is not None:
            from lintnews.packs.plan import planned_rules

            planned = planned_rules(p, raw, plugin)
            if planned is not None:
                return planned
    data = read_toml(p, RulePackError, "rule pack")
    if not isinstance(data, dict):  # pragma: no cover - tomllib always returns a table
        raise RulePackError(f"{p}: invalid TOML: not a table")
    return parse_pack(data, str(p), plugin)


def builtin_packs_dir() -> Path:
    """Where the built-in packs live: inside the wheel, or ``rules/`` of a source checkout."""
    here = Path(__file__).resolve().parent.parent  # (the lintnews package)
    for candidate in (here / "_rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise RulePackError(f"built-in rule packs not found next to {here}")


def builtin_pack_files() -> Iterable[Path]:
    return sorted(builtin_packs_dir().glob("*.toml"))
