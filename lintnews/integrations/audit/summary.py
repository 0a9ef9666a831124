"""Counts per group, category and rule: how often a desk printed what, year by year.

Each partition counts its own rows; the run adds the counts up (a few numbers per
group and rule, whatever the size of the archive). ``articles`` is how many articles
of the group have at least one diagnostic of the rule, ``group_articles`` how many
articles the group has, so a rate can be read off without a second pass.
"""

from __future__ import annotations

from collections import Counter

from lintnews.integrations.audit.partition import PartitionResult


def plural(n: int, noun: str) -> str:
    """``1 article``, ``2 articles``: the summary is read by people, not only parsed."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


class Summary:
    def __init__(self, group_by: tuple[str, ...]) -> None:
        self.group_by = group_by
        self.counts: dict[tuple, list[int]] = {}
        self.group_articles: Counter = Counter()

    def add(self, result: PartitionResult) -> None:
        for key, (n, articles) in result.counts.items():
            cell = self.counts.setdefault(key, [0, 0])
            cell[0] += n
            cell[1] += articles
        self.group_articles.update(result.group_articles)

    @property
    def header(self) -> list[str]:
        return [*self.group_by, "category", "rule", "diagnostics", "articles", "group_articles"]

    def rows(self) -> list[list]:
        """One row per (group, category, rule) with diagnostics, sorted; then each group with
        no diagnostic at all (so every group's article count is there)."""
        out = []
        seen = set()
        for (groups, category, rule), (n, articles) in sorted(self.counts.items()):
            out.append([*groups, category, rule, n, articles, self.group_articles[groups]])
            seen.add(groups)
        for groups in sorted(set(self.group_articles) - seen):
            out.append([*groups, "", "", 0, 0, self.group_articles[groups]])
        out.sort(key=lambda r: tuple(r[: len(self.group_by)]))  # (stable: rules stay sorted)
        return out

    def table(self) -> str:
        """The rows as an aligned text table, for the terminal."""
        header = self.header
        rows = [[("" if v is None else str(v)) for v in r] for r in self.rows()]
        articles = sum(self.group_articles.values())
        diagnostics = sum(n for n, _ in self.counts.values())
        if not rows:
            return f"{plural(articles, 'article')}, no diagnostics\n"
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
        numeric = set(range(len(header) - 3, len(header)))

        def line(cells: list[str]) -> str:
            return "  ".join(c.rjust(w) if i in numeric else c.ljust(w)
                             for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

        lines = [line(header), line(["-" * w for w in widths])]
        lines += [line(r) for r in rows]
        lines.append(f"{plural(diagnostics, 'diagnostic')} in {plural(articles, 'article')}")
        return "\n".join(lines) + "\n"
