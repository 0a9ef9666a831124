"""Inline suppression: ``<!-- lintnews: disable=RULE -->`` and friends.

Readers find the directive comments (they know the syntax of their format);
this module decides which diagnostics they silence. Rule names may be rule ids
or categories. A name that matches no rule is itself reported at ``info``,
because a typo would otherwise silently disable nothing.
"""

from __future__ import annotations

from lintnews.diagnostic import Diagnostic, Severity
from lintnews.selection import _matches

UNKNOWN_RULE = "lintnews/unknown-directive-rule"


class Suppressions:
    def __init__(self, doc, registry) -> None:  # type: ignore[no-untyped-def]
        self.doc = doc
        self.known_ids = set(registry.rules)
        self.known_categories = {r.category for r in registry.rules.values()}
        # (first_line, last_line or None for open-ended, rules)
        self.ranges: list[tuple[int, int | None, tuple[str, ...]]] = []
        self._problems: list[Diagnostic] = []
        open_: dict[str, int] = {}
        for d in sorted(doc.directives, key=lambda d: d.line):
            for name in d.rules:
                if name not in self.known_ids and name not in self.known_categories and name != "ALL":
                    self._problems.append(Diagnostic(
                        doc.path, d.line, d.column, d.line, d.end_column, UNKNOWN_RULE, "lintnews",
                        Severity.INFO, f"unknown rule or category {name!r} in a lintnews directive",
                        "Check the spelling against `lintnews rules`.",
                    ))
            names = d.rules or ("ALL",)
            if d.action == "disable-next-line":
                self.ranges.append((d.line + 1, d.line + 1, names))
            elif d.action == "disable":
                for n in names:
                    open_.setdefault(n, d.line)
            elif d.action == "enable":
                targets = list(open_) if names == ("ALL",) else names
                for n in targets:
                    if n in open_:
                        self.ranges.append((open_.pop(n), d.line, (n,)))
        for n, start in open_.items():
            self.ranges.append((start, None, (n,)))

    def suppressed(self, d: Diagnostic) -> bool:
        for first, last, names in self.ranges:
            if d.line >= first and (last is None or d.line <= last):
                if any(_matches(n, d.rule, d.category) for n in names):
                    return True
        return False

    def problems(self) -> list[Diagnostic]:
        return list(self._problems)
