"""``--format html``: one self-contained page for an editor who would rather see the article.

Each file is shown as its source text with the flagged words marked (colour and
underline style per category), beside the list of its flags; a summary table counts
flags by category and rule, a table of contents lists the files, and an appendix
holds each rule's explanation. The stylesheet and script are inlined (the same ones
the service's page uses, :mod:`lintnews.output.web`): nothing is fetched.

Files stream into a spooled temporary file while they are linted, and the head of
the page (summary, contents, which need every file) is written before them at the
end, so a large run holds no more than a few megabytes of its report in memory.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from html import escape
from typing import Any

from lintnews.model.diagnostic import Diagnostic, Severity
from lintnews.output.formatters.base import Formatter
from lintnews.output.web import asset
from lintnews.output.web.render import category_class, flag_list, legend, marked_text, offsets

SPOOL_BYTES = 8 << 20
SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
NO_HELP = "No explanation is registered for this rule."


def rule_for(registry: Any, rule_id: str) -> Any:
    """The registered rule that reports ``rule_id``: itself, or the rule whose sub-rule it is
    (``style/proselint/hedging`` is reported by ``style/proselint``)."""
    rules = getattr(registry, "rules", None) or {}
    code = rule_id
    while code:
        if code in rules:
            return rules[code]
        code = code.rpartition("/")[0]
    return None


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _severity_counts(counts: Counter) -> str:
    parts = [_plural(counts[s], s.value) for s in SEVERITIES if counts[s]]
    return ", ".join(parts)


class HtmlFormatter(Formatter):
    def start(self) -> None:
        # (closed in finish: the sections are copied out there)
        self._body = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+", encoding="utf-8")  # noqa: SIM115
        self._files: list[tuple[str, int, Counter]] = []  # (path, number, by severity)
        self._counts: Counter = Counter()  # (category, rule, severity) -> n
        self._rules: dict[str, int] = {}  # rule id -> number of its explanation in the appendix

    def _rule_href(self, rule: str) -> str:
        return f"#ln-rule-{self._rules.setdefault(rule, len(self._rules))}"

    def file(self, path: str, diagnostics: list[Diagnostic]) -> None:
        number = len(self._files) + 1
        prefix = f"f{number}-"
        by_severity: Counter = Counter(d.severity for d in diagnostics)
        self._files.append((path, len(diagnostics), by_severity))
        self._counts.update((d.category, d.rule, d.severity) for d in diagnostics)
        self.count += len(diagnostics)
        smap = self.context.sources.get(path)
        write = self._body.write
        summary = _severity_counts(by_severity) or "no problems"
        write(f'<section class="ln-file" id="f{number}" data-path="{escape(path)}">'
              f'<h2><a href="#f{number}">{escape(path)}</a> <small>{summary}</small></h2>')
        if not diagnostics:
            write('<p class="ln-clean">No problems found.</p></section>\n')
            return
        flags = flag_list(diagnostics, prefix, self._rule_href)
        if smap is None:  # (no text to show: the list alone)
            write(f'<div class="ln-side">{flags}</div></section>\n')
            return
        source = smap.source
        starts = smap.line_starts
        spans = [offsets(starts, len(source), d) for d in diagnostics]
        write(f'<div class="ln-cols"><div class="ln-doc"><pre class="ln-text">'
              f'{marked_text(source, diagnostics, spans, prefix)}</pre></div>'
              f'<aside class="ln-side" aria-label="Flags in {escape(path)}"><h3>Flags</h3>{flags}</aside>'
              f'</div></section>\n')

    def finish(self) -> None:
        out = self.stream.write
        total: Counter = Counter()
        for _, _, by_severity in self._files:
            total.update(by_severity)
        out('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="lintnews {escape(self.context.version)}">'
            '<title>lintnews report</title><style>\n'
            f'{asset("lintnews.css")}\n{asset("report.css")}</style></head>\n'
            '<body class="ln-report">\n<header><h1>lintnews report</h1>'
            f'<p>{_plural(len(self._files), "file")}, {_plural(self.count, "flag")}'
            f'{": " + _severity_counts(total) if self.count else ""}.</p></header>\n')
        if len(self._files) > 1:
            out(self._contents())
        if self.count:
            out(self._summary())
        out("<main>\n")
        self._body.seek(0)
        shutil.copyfileobj(self._body, self.stream)
        self._body.close()
        out("</main>\n")
        if self._rules:
            out(self._appendix())
        out(f'<script>\n{asset("lintnews.js")}\nLN.bindReport();\n</script>\n</body></html>\n')

    def _contents(self) -> str:
        items = "".join(
            f'<li><a href="#f{i}">{escape(path)}</a>: {_severity_counts(sev) or "no problems"}</li>'
            for i, (path, _, sev) in enumerate(self._files, 1)
        )
        return f'<nav class="ln-toc" aria-label="Files"><h2>Files</h2><ol>{items}</ol></nav>\n'

    def _summary(self) -> str:
        categories: dict[str, dict[str, Counter]] = {}
        for (category, rule, severity), n in self._counts.items():
            categories.setdefault(category, {}).setdefault(rule, Counter())[severity] += n
        head = "".join(f"<th>{s.value}</th>" for s in SEVERITIES)
        rows = []
        for category in sorted(categories):
            rules = categories[category]
            cat_total: Counter = Counter()
            for counts in rules.values():
                cat_total.update(counts)
            rows.append(self._row(
                f'<mark class="ln-m ln-swatch {category_class(category)} ln-s-warning">{escape(category)}</mark>',
                cat_total, "ln-cat-row"))
            for rule in sorted(rules):
                link = f'<a href="{self._rule_href(rule)}"><code>{escape(rule)}</code></a>'
                rows.append(self._row(link, rules[rule], "", "ln-rule-cell"))
        return ('<section class="ln-summary"><h2>Flags by category and rule</h2>'
                f'<table class="ln-counts"><thead><tr><th>category / rule</th>{head}<th>total</th></tr>'
                f'</thead><tbody>{"".join(rows)}</tbody></table>'
                f'<h2>Key</h2>{legend(sorted(categories))}</section>\n')

    @staticmethod
    def _row(label: str, counts: Counter, row_class: str, cell_class: str = "") -> str:
        cells = "".join(f"<td>{counts[s] or ''}</td>" for s in SEVERITIES)
        return (f'<tr class="{row_class}"><td class="{cell_class}">{label}</td>{cells}'
                f'<td>{sum(counts.values())}</td></tr>')

    def _appendix(self) -> str:
        parts = ['<section class="ln-rules" id="ln-rules"><h2>Rules</h2>']
        for rule_id, number in self._rules.items():
            rule = rule_for(self.context.registry, rule_id)
            summary = getattr(rule, "summary", "") or NO_HELP
            rationale = getattr(rule, "rationale", "") or ""
            help_text = getattr(rule, "help_text", "") or NO_HELP
            parts.append(
                f'<section class="ln-rule-help" id="ln-rule-{number}" data-rule-help="{escape(rule_id)}">'
                f'<h3><code>{escape(rule_id)}</code></h3>'
                f'<p class="ln-help-summary">{escape(summary)}</p>'
                f'<p class="ln-help-rationale">{escape(rationale)}</p>'
                f'<pre class="ln-help-text">{escape(help_text)}</pre></section>'
            )
        parts.append("</section>\n")
        return "".join(parts)
