"""The engine: run the selected rules over a Document and turn findings into diagnostics.

Flow: one matcher scan for all pack rules (their exceptions applied) -> each pack
rule's judge -> code rules -> validation of what plugins returned -> the filters stage
(:mod:`lintnews.engine.filters`: select, severity and profile, accept list, position
mapping, inline suppression, de-duplication). A rule that raises or returns garbage
becomes one ``error`` diagnostic naming its plugin and rule, and every other rule's
diagnostics are still reported.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import islice

from lintnews.document.document import Document
from lintnews.engine import filters
from lintnews.engine.filters import INTERNAL_RULE, place  # noqa: F401 - (place: re-exported)
from lintnews.engine.selection import is_selected
from lintnews.matching.matcher import Matcher
from lintnews.model.diagnostic import Diagnostic, Finding, Severity
from lintnews.model.errors import describe
from lintnews.model.rule import Rule
from lintnews.packs.model import PackRule
from lintnews.plugins.registry import Registry
from lintnews.util import interrupts
from lintnews.util.environment import RULE_BUDGET as BUDGET_ENV
from lintnews.util.environment import RULE_BUDGET_DEFAULT as DEFAULT_RULE_BUDGET
from lintnews.util.environment import seconds

MAX_FINDINGS = 100_000  # per plugin rule per document (or one per character): more is a runaway


def finding_cap(n: int) -> int:
    """How many findings a plugin's rule may return on a text of ``n`` characters: more is
    an endless generator, not a review (:data:`MAX_FINDINGS`, or one per character of a
    longer text)."""
    return max(MAX_FINDINGS, n)


def _own_code(registry: Registry, rule: Rule) -> bool:
    """Is the code that runs for ``rule`` lintnews's own (a built-in rule, or a pack rule
    whose judge is built in)? Only a plugin's code is held to :func:`finding_cap`."""
    if isinstance(rule, PackRule):
        judge = registry.contexts.get(rule.context)
        return getattr(judge, "__module__", "").startswith("lintnews.builtin")
    return getattr(rule, "plugin", None) == "lintnews"


def rule_budget() -> float:
    """Seconds one rule may take per megabyte of document (at least one) before it is reported
    (``LINTNEWS_RULE_BUDGET``).

    A soft budget: the rule is timed, not interrupted (Python cannot stop a
    thread, and a signal cannot interrupt a regex inside C), so a slow rule
    finishes, its findings are kept, and an ``error`` diagnostic names it.
    """
    return seconds(BUDGET_ENV, DEFAULT_RULE_BUDGET)  # (checked when the command or Linter starts)


def _valid(f: object, n: int) -> bool:
    """Is ``f`` a Finding with the contract's types and a span inside a text of length ``n``?"""
    try:
        return _check_finding(f, n)
    except BaseException as exc:  # a hostile Finding subclass may raise on attribute access
        if interrupts.from_signal(exc):
            raise
        return False


def _check_finding(f: object, n: int) -> bool:
    return (
        isinstance(f, Finding)
        and type(f.start) is int
        and type(f.end) is int
        and 0 <= f.start <= f.end <= n
        and isinstance(f.message, str)
        and (f.suggestion is None or isinstance(f.suggestion, str))
        and (f.severity is None or isinstance(f.severity, Severity))
        and (f.rule is None or isinstance(f.rule, str))
    )


def _short(obj: object) -> str:
    """A one-line, bounded repr of what a plugin returned (it may be huge or multi-line)."""
    try:
        text = repr(obj)
    except BaseException as exc:  # even repr may be hostile
        if interrupts.from_signal(exc):
            raise
        text = f"<unprintable {type(obj).__name__}: {describe(exc)}>"
    text = " ".join(text.split())
    return text if len(text) <= 120 else text[:117] + "..."


class Settings:
    """What decides which rules run and how loud they are (from CLI and config): the
    filters stage applies all of it (:mod:`lintnews.engine.filters`).

    A plain class, not a dataclass: built at every start-up, see docs/history/speed.md."""

    def __init__(self, select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
                 severity: dict[str, Severity] | None = None, profile: str = "news",
                 accept: frozenset[str] = frozenset(), html_scope: str = "article",
                 min_severity: Severity = Severity.INFO) -> None:
        self.select = select
        self.ignore = ignore
        self.severity: dict[str, Severity] = {} if severity is None else severity  # rule id or category -> severity
        self.profile = profile
        self.accept = accept  # words never reported (with their inflections), lower case
        self.html_scope = html_scope  # what of an HTML page is linted (lintnews.readers.html)
        self.min_severity = min_severity  # the least severity reported (filters.shown)


class Engine:
    """Built once per process for a registry and settings; lints many documents."""

    def __init__(self, registry: Registry, settings: Settings | None = None) -> None:
        self.registry = registry
        self.settings = settings or Settings()
        self.rules: list[Rule] = [
            r for r in registry.rules.values()
            if is_selected(r.id, r.category, self.settings.select, self.settings.ignore)
            # a rule that reports sub-rules runs when one of them is selected
            or any(code.startswith(r.id + "/") for code in self.settings.select)
        ]
        self.pack_rules = [r for r in self.rules if isinstance(r, PackRule)]
        self.code_rules = [r for r in self.rules if not isinstance(r, PackRule)]
        self.matcher = Matcher(self.pack_rules)
        self.failed = False  # set when a plugin rule failed during any run

    def findings(self, doc: Document) -> Iterator[tuple[Rule, Finding]]:
        """Every rule's findings, with failures turned into internal findings.

        Pack-rule hits are grouped by context and each context's judge is called
        once with all of them, so a judge can merge hits of several rules (one
        advertorial block from a donation appeal and a newsletter plug).
        """
        hits = self.matcher.hits(doc)
        groups: dict[str, dict[PackRule, list]] = {}
        for pack_rule in self.pack_rules:
            rule_hits = hits.get(pack_rule.id)
            if rule_hits:
                groups.setdefault(pack_rule.context, {})[pack_rule] = rule_hits
        for context, by_rule in groups.items():
            judge = self.registry.contexts[context]
            first = next(iter(by_rule))
            by_id = {r.id: r for r in by_rule}
            for rule, f in self._guarded(first, partial(judge, doc, by_rule), doc):
                owner = by_id.get(f.rule or "", rule)
                if f.rule and f.rule != INTERNAL_RULE and f.rule not in by_id:
                    owner = self.registry.rules.get(f.rule, rule)
                yield owner, f
        for rule in self.code_rules:
            # (``rule.check`` looked up inside the guard, as the rule's own code; the lambda is
            # called before the loop moves on)
            yield from self._guarded(rule, lambda: rule.check(doc), doc)

    def _guarded(self, rule: Rule, run: Callable[[], Iterable[Finding] | None],
                 doc: Document) -> Iterator[tuple[Rule, Finding]]:
        """Run one rule (or one context judge) and vet what it returns.

        A rule that raises (anything: ``SystemExit``, ``GeneratorExit``, a
        ``KeyboardInterrupt`` no signal sent), returns something that is not an
        iterable of :class:`Finding`, a finding with wrong types or a span outside
        the text, more findings than :func:`finding_cap` allows a plugin (an endless
        generator), or that takes longer than :func:`rule_budget` seconds on one
        document, becomes one ``error`` diagnostic naming its plugin and rule; its
        valid findings and every other rule's are still reported. An interrupt the
        user sent (Ctrl-C, SIGTERM: raised by a signal handler) still stops the run.
        lintnews's own rules and judges have no cap: the number of their findings
        grows with the text, and a file that is split over processes (``-j``) must get
        the report it gets in one piece.
        """
        n = len(doc.text)
        cap = None if _own_code(self.registry, rule) else finding_cap(n)
        if cap is not None:
            interrupts.install()  # (once: so that a plugin's KeyboardInterrupt is not taken for Ctrl-C)
        started = time.perf_counter()
        try:
            produced = run() or ()
            results = list(produced) if cap is None else list(islice(produced, cap + 1))
        except BaseException as exc:  # a plugin's failure must not end the run
            if interrupts.from_signal(exc):
                raise
            self.failed = True
            yield rule, self._failure(rule, f"raised {describe(exc)}")
            return
        elapsed = time.perf_counter() - started
        if cap is not None and len(results) > cap:
            self.failed = True
            yield rule, self._failure(rule, f"returned more than {cap} findings; none reported")
            return
        bad = None
        nbad = 0
        for f in results:
            if not _valid(f, n):
                nbad += 1
                bad = bad if bad is not None else f
                continue
            yield rule, f
        if nbad:
            self.failed = True
            more = f" (and {nbad - 1} more)" if nbad > 1 else ""
            yield rule, self._failure(rule, f"returned an invalid finding: {_short(bad)}{more}")
        # the budget grows with the document (per started megabyte), so a linear rule on a
        # 50 MB file is not blamed; a slow rule on an ordinary article is
        budget = rule_budget() * max(1.0, n / 1_000_000)
        if budget and elapsed > budget:
            self.failed = True
            yield rule, self._failure(
                rule, f"took {elapsed:.1f} s on this document (budget {budget:.3g} s, {BUDGET_ENV})"
            )

    @staticmethod
    def _failure(rule: Rule, what: str) -> Finding:
        plugin = getattr(rule, "plugin", "?")
        return Finding(0, 0, f"rule {rule.id} (plugin {plugin}) {what}", None,
                       Severity.ERROR, INTERNAL_RULE)

    def lint(self, doc: Document, profile: str | None = None) -> list[Diagnostic]:
        """All diagnostics for one document, through the filters stage: suppressed ones
        removed, sorted by position (``profile``: this file's, when not the settings')."""
        from lintnews.engine.suppression import Suppressions

        settings = self.settings
        least = settings.min_severity
        rated = filters.accepted(
            filters.shown(
                filters.deferred(
                    filters.severity(
                        filters.select(self.findings(doc), settings.select, settings.ignore),
                        settings.severity, profile or settings.profile,
                    ),
                ),
                least,
            ),
            doc.text, settings.accept,
        )
        suppress = Suppressions(doc, self.registry) if doc.directives else None
        found = list(filters.unsuppressed(self._diagnostics(doc, rated), suppress))
        problems = suppress.problems() if suppress is not None else []
        if problems and least is not Severity.INFO:
            problems = [p for p in problems if p.severity.rank >= least.rank]
        return filters.one_per_place(found, problems)

    @staticmethod
    def _diagnostics(doc: Document, rated: Iterable[filters.Rated]) -> Iterator[Diagnostic]:
        """Findings as diagnostics: plain-text offsets mapped to source lines and columns."""
        smap = doc.source_map
        path = doc.path
        for rule, f, severity in rated:
            rule_id = f.rule or rule.id
            if rule_id == INTERNAL_RULE:
                yield Diagnostic(path, 1, 1, 1, 1, rule_id, "lintnews", severity, f.message, f.suggestion,
                                 fix=f.fix)
                continue
            line, col, end_line, end_col = smap.span(f.start, f.end)
            yield Diagnostic(path, line, col, end_line, end_col, rule_id, rule.category, severity,
                             f.message, f.suggestion, fix=f.fix)


def lint_text(
    text: str,
    *,
    path: str = "-",
    format: str = "text",
    registry: Registry | None = None,
    settings: Settings | None = None,
) -> list[Diagnostic]:
    """Lint a string (the Python API). Loads the built-in plugins when no registry is given."""
    from lintnews.plugins.registry import load_registry

    reg = registry or load_registry(autoload=False)
    engine = Engine(reg, settings)
    spec = reg.readers[format]
    parsed = spec.read(text, **{o: getattr(engine.settings, o) for o in spec.options if hasattr(engine.settings, o)})
    return engine.lint(Document(parsed, path))


def iter_rules(registry: Registry) -> Iterable[Rule]:
    return sorted(registry.rules.values(), key=lambda r: r.id)
