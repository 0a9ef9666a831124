"""A rule's examples run as tests, and how much of the rule they exercise.

Every rule documents itself with sentences it must flag (``trigger``) and sentences it
must leave alone (``no_trigger``). :func:`check_rule` runs them as ruff runs its rules'
fixtures: a trigger example must be flagged (at ``warning`` or above, or at ``info`` for
a rule whose default is ``info``), a no-trigger example must give no diagnostic at any
severity. For a rule pack's rule it also checks coverage, so that no part of a rule goes
untested: every pattern must match in some example, every term must be flagged (as a
hit of the rule, before its judge) in some example, and every exception must cover a
hit of the rule in some example. Besides the documented examples, coverage counts a pack's
``cover`` sentences (:mod:`lintnews.packs.fixtures`), kept out of the docs: each must contain
a hit of the rule (before exceptions and judges), at whatever severity the rule then reports
it, if at all. ``lintnews test-rules`` and the pytest plugin
(:mod:`lintnews.integrations.pytest_plugin`) report the problems, one line each.
"""

from __future__ import annotations

import re

from lintnews.document.document import Document
from lintnews.engine.engine import Engine, Settings
from lintnews.matching.exceptions import RuleExceptions
from lintnews.model.diagnostic import Diagnostic, Severity
from lintnews.model.rule import Rule
from lintnews.packs.model import Hit, PackRule
from lintnews.plugins.registry import Registry
from lintnews.util.regex_syntax import shown


def _shown(text: str) -> str:
    return repr(text if len(text) <= 70 else text[:69] + "…")


def check_examples(registry: Registry, rule: Rule) -> list[str]:
    """The rule's examples that do not do what they say, one line each (empty: all pass)."""
    problems = []
    if not rule.examples.trigger:
        problems.append("has no example that must trigger")
    if not rule.examples.no_trigger:
        problems.append("has no example that must not trigger")
    engine = Engine(registry, Settings(select=(rule.id,)))
    floor = Severity.INFO if rule.severity is Severity.INFO else Severity.WARNING
    for text in rule.examples.trigger:
        found = _diagnostics(engine, registry, rule, text)
        if not any(d.severity.rank >= floor.rank for d in found):
            got = f" (only at {found[0].severity})" if found else ""
            problems.append(f"trigger example {_shown(text)} is not flagged{got}")
    for text in rule.examples.no_trigger:
        found = _diagnostics(engine, registry, rule, text)
        if found:
            problems.append(f"no_trigger example {_shown(text)} is flagged at {found[0].severity}: "
                            f"{found[0].message}")
    return problems


def _diagnostics(engine: Engine, registry: Registry, rule: Rule, text: str) -> list[Diagnostic]:
    doc = Document(registry.readers["text"].read(text), "example")
    return [d for d in engine.lint(doc) if d.rule == rule.id or d.rule.startswith(rule.id + "/")]


def check_coverage(registry: Registry, rule: Rule, cover: tuple[str, ...] = ()) -> list[str]:
    """The parts of a pack rule no example or cover sentence exercises, and the cover
    sentences with no hit of the rule, one line each (empty: all covered)."""
    if not isinstance(rule, PackRule):
        return []
    engine = Engine(registry, Settings(select=(rule.id,)))
    problems: list[str] = []
    covered = [(text, engine.matcher.scan(text).get(rule.id, [])) for text in cover]
    problems.extend(f"cover sentence {_shown(text)} has no hit of the rule" for text, hits in covered if not hits)
    texts = [*rule.examples.trigger, *rule.examples.no_trigger, *cover]
    hits_by_text = [(text, engine.matcher.scan(text).get(rule.id, []))
                    for text in (*rule.examples.trigger, *rule.examples.no_trigger)] + covered
    flagged_terms = {hit.term for _, hits in hits_by_text for hit in hits if hit.term is not None}
    for term in rule.terms:
        if term not in flagged_terms:
            problems.append(f"term {term.term!r} is in no example")
    for pattern in rule.patterns:
        if not any(_matches(pattern, rule, text) for text in texts):
            problems.append(f"pattern {shown(pattern)} matches no example")
    for pattern in rule.exceptions:
        one = RuleExceptions((pattern,), rule.case_sensitive, rule.builtin)
        if not any(_excepts(one, text, hits, registry) for text, hits in hits_by_text):
            problems.append(f"exception {shown(pattern)} covers a hit in no example")
    return problems


def _matches(pattern: str, rule: PackRule, text: str) -> bool:
    if rule.builtin:
        return re.search(pattern, text, 0 if rule.case_sensitive else re.IGNORECASE) is not None
    from lintnews.matching.re2run import HouseProgram
    from lintnews.util.re2_syntax import exact
    from lintnews.util.regex_syntax import IGNORECASE, parse

    program = HouseProgram(exact(parse(pattern, 0 if rule.case_sensitive else IGNORECASE), not rule.case_sensitive))
    return next(program.spans(text.encode("utf-8", "surrogatepass")), None) is not None


def _excepts(one: RuleExceptions, text: str, hits: list[Hit], registry: Registry) -> bool:
    if not hits:
        return False
    doc = Document(registry.readers["text"].read(text), "example")
    for hit in hits:
        s = doc.sentence_at(hit.start)
        lo, hi = (s.start, s.end) if s else (0, len(text))
        if one.overlaps(text, hit.start, hit.end, lo, hi):
            return True
    return False


def check_rule(registry: Registry, rule: Rule, coverage: bool = True, cover: tuple[str, ...] = ()) -> list[str]:
    """Everything wrong with a rule's examples and ``cover`` sentences (see the module docstring)."""
    return check_examples(registry, rule) + (check_coverage(registry, rule, cover) if coverage else [])


def pack_cover(rules: list[PackRule]) -> dict[str, tuple[str, ...]]:
    """The cover sentences of ``rules``, read from each of their packs' fixtures file."""
    from lintnews.packs.fixtures import load_fixtures

    by_pack: dict[str, set[str]] = {}
    for rule in rules:
        by_pack.setdefault(rule.source, set()).add(rule.id)
    found: dict[str, tuple[str, ...]] = {}
    for source, ids in by_pack.items():
        found.update(load_fixtures(source, ids))
    return found
