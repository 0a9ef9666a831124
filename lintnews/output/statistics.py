"""``--statistics``: how many diagnostics of each rule and category a run found.

For audits of an archive, where the counts matter more than each finding (like
flake8's and ruff's ``--statistics``). The table goes after the report on the
text and line formats, and to standard error for machine-readable formats, so a
JSON or SARIF report stays valid.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from lintnews.model.diagnostic import Diagnostic


class Statistics:
    """Counts diagnostics by rule and by category as files are reported."""

    def __init__(self) -> None:
        self.rules: Counter[tuple[str, str]] = Counter()  # (rule, severity)
        self.categories: Counter[str] = Counter()
        self.files = 0

    def add(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.files += 1
        for d in diagnostics:
            self.rules[(d.rule, str(d.severity))] += 1
            self.categories[d.category] += 1

    def lines(self) -> list[str]:
        """The table: one line per rule (most frequent first), then per category and the total."""
        out = []
        for (rule, severity), n in sorted(self.rules.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"{n:7d}  {severity:7}  {rule}")
        if self.categories:
            out.append("")
        for category, n in sorted(self.categories.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"{n:7d}  {category}")
        total = sum(self.categories.values())
        out.append(f"{total:7d}  diagnostics in {self.files} file{'s' if self.files != 1 else ''}")
        return out
