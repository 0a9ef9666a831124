"""A text with its flagged spans marked up, and the list of its flags, as HTML fragments.

One renderer for the HTML report and the service's page (which asks the service for
the same fragments), so an editor sees the same marks in both. Everything taken from
the text, a diagnostic or a rule is escaped here; nothing from them becomes a tag, an
id or a class name (ids are built from numbers, classes from a fixed table).

Overlapping spans are cut at every start and end into segments; each segment is one
``<mark>`` styled by its innermost (shortest) diagnostic and marked ``ln-multi`` when
several cover it, with the indexes of all of them in ``data-d``. A zero-width span
is an empty ``ln-point`` mark (drawn as a caret by the stylesheet). The sweep is
linear in the text plus the spans times their overlap depth.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from html import escape

from lintnews.model.diagnostic import Diagnostic, Severity

# category -> the stylesheet's class (colour AND underline style, see lintnews.css);
# a category a plugin invents gets the neutral "other" style
CATEGORY_CLASSES = {
    "unattributed-claim": "claim",
    "loaded-language": "loaded",
    "advertorial": "advert",
    "style": "style",
    "house": "house",
    "lintnews": "fault",
}
SEVERITY_CLASSES = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"}

# C0 controls (but tab and line breaks) and DEL cannot be shown: one replacement character
# each, so the marks stay at the same places
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def category_class(category: str) -> str:
    return "ln-c-" + CATEGORY_CLASSES.get(category, "other")


def severity_class(severity: Severity | str) -> str:
    return "ln-s-" + SEVERITY_CLASSES.get(Severity.parse(str(severity)), "info")


def offsets(line_starts: Sequence[int], length: int, d: Diagnostic) -> tuple[int, int]:
    """Code-point offsets ``[start, end)`` of a diagnostic in its source text, from its 1-based
    line and column (``line_starts`` as :attr:`lintnews.readers.source.SourceMap.line_starts`)."""

    def at(line: int, column: int) -> int:
        if line < 1 or not line_starts:
            return 0
        if line > len(line_starts):
            return length
        return max(0, min(line_starts[line - 1] + column - 1, length))

    start = at(d.line, d.column)
    return start, max(start, at(d.end_line, d.end_column))


def _text(piece: str) -> str:
    piece = piece.replace("\r\n", "\n").replace("\r", "\n")
    return escape(_CONTROL.sub("\ufffd", piece), quote=False)


def _priority(d: Diagnostic, span: tuple[int, int], i: int) -> tuple[int, int, int]:
    """Which of the diagnostics over a segment gives it its style: the shortest span
    (the innermost words), then the most severe, then the first."""
    return (span[1] - span[0], -Severity.parse(str(d.severity)).rank, i)


def _title(diagnostics: Sequence[Diagnostic], ids: Sequence[int]) -> str:
    """The hover text without script: each message (and suggestion), one per line."""
    lines = []
    for i in ids:
        d = diagnostics[i]
        lines.append(f"{d.rule}: {d.message}" + (f" Suggestion: {d.suggestion}" if d.suggestion else ""))
    return escape("\n".join(lines))


def _mark(diagnostics: Sequence[Diagnostic], spans: Sequence[tuple[int, int]], ids: list[int],
          inner: str, point: bool = False) -> str:
    top = min(ids, key=lambda i: _priority(diagnostics[i], spans[i], i))
    d = diagnostics[top]
    classes = ["ln-m", category_class(d.category), severity_class(d.severity)]
    if len(ids) > 1:
        classes.append("ln-multi")
    if point:
        classes.append("ln-point")
    return (f'<mark class="{" ".join(classes)}" data-d="{" ".join(map(str, ids))}" '
            f'title="{_title(diagnostics, ids)}">{inner}</mark>')


def marked_text(source: str, diagnostics: Sequence[Diagnostic], spans: Sequence[tuple[int, int]],
                prefix: str) -> str:
    """``source`` as HTML text (for a ``white-space: pre-wrap`` element) with every span marked.

    ``spans[i]`` are the code-point offsets of ``diagnostics[i]``; ``prefix`` makes the
    anchors ``{prefix}d{i}`` (one at each diagnostic's start, the target of the list's
    links) unique in the page.
    """
    n = len(source)
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    points: dict[int, list[int]] = {}
    for i, (s, e) in enumerate(spans):
        s, e = max(0, min(s, n)), max(0, min(e, n))
        starts.setdefault(s, []).append(i)
        if e > s:
            ends.setdefault(e, []).append(i)
        else:
            points.setdefault(s, []).append(i)
    bounds = sorted({0, n, *starts, *ends})
    out: list[str] = []
    active: dict[int, None] = {}  # (insertion-ordered set)
    for k, pos in enumerate(bounds):
        for i in ends.get(pos, ()):
            active.pop(i, None)
        for i in starts.get(pos, ()):
            out.append(f'<span class="ln-anchor" id="{prefix}d{i}"></span>')
            if spans[i][1] > spans[i][0]:
                active[i] = None
        if pos in points:
            out.append(_mark(diagnostics, spans, points[pos], "", point=True))
        if k + 1 == len(bounds):
            break
        piece = _text(source[pos : bounds[k + 1]])
        out.append(_mark(diagnostics, spans, sorted(active), piece) if active else piece)
    return "".join(out)


def flag_list(diagnostics: Sequence[Diagnostic], prefix: str,
              explanation_href: Callable[[str], str]) -> str:
    """The side list: one ``<li>`` per diagnostic (place linked to its span, severity,
    rule, message, suggestion, and a link to the rule's explanation)."""
    if not diagnostics:
        return '<p class="ln-clean">No problems found.</p>'
    items = []
    for i, d in enumerate(diagnostics):
        rule = escape(d.rule)
        sev = escape(str(d.severity))
        suggestion = (f'<span class="ln-sugg"><span class="ln-label">Suggestion:</span> '
                      f'{escape(d.suggestion)}</span>' if d.suggestion else "")
        items.append(
            f'<li class="ln-item" id="{prefix}l{i}" data-i="{i}" data-rule="{rule}">'
            f'<a class="ln-place" href="#{prefix}d{i}">{d.line}:{d.column}</a> '
            f'<mark class="ln-m ln-swatch {category_class(d.category)} {severity_class(d.severity)}">'
            f'{escape(d.category)}</mark> '
            f'<span class="ln-sev ln-sev-{sev}">{sev}</span> '
            f'<code class="ln-rule">{rule}</code>'
            f'<span class="ln-msg">{escape(d.message)}</span>{suggestion}'
            f'<a class="ln-why" href="{escape(explanation_href(d.rule))}" data-rule="{rule}">Why?</a>'
            f'<div class="ln-explain" hidden></div></li>'
        )
    return f'<ol class="ln-list">{"".join(items)}</ol>'


def legend(categories: Sequence[str]) -> str:
    """One sample mark per category, so the styles can be read without colour."""
    samples = "".join(
        f'<li><mark class="ln-m ln-swatch {category_class(c)} ln-s-warning">{escape(c)}</mark></li>'
        for c in categories
    )
    return f'<ul class="ln-legend">{samples}</ul>'
