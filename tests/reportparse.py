"""Read back what an HTML report (or the service's marked text) shows: per file, the text of
its ``<pre class="ln-text">`` and, for each diagnostic index, the text its marks cover and
where its anchor is. Used by the report's tests and the browser tests."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import pairwise

_CR = re.compile(r"\r\n|\r")


def shown(source: str) -> str:
    """The text as a page shows it: line breaks as ``\\n`` (HTML folds CR and CRLF)."""
    return _CR.sub("\n", source)


@dataclass
class Shown:
    path: str = ""
    text: str = ""
    marked: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # index -> ranges
    classes: dict[int, set[str]] = field(default_factory=dict)  # index -> classes of its marks
    anchors: dict[int, int] = field(default_factory=dict)  # index -> offset of {prefix}d{index}
    points: set[int] = field(default_factory=set)  # indexes shown as a point mark (no words)

    def words(self, i: int) -> str:
        """The text the marks of diagnostic ``i`` cover, in order (ranges joined)."""
        return "".join(self.text[a:b] for a, b in sorted(self.marked.get(i, [])))

    def contiguous(self, i: int) -> bool:
        ranges = sorted(self.marked.get(i, []))
        return all(a[1] == b[0] for a, b in pairwise(ranges))


class ReportParser(HTMLParser):
    """Collects a :class:`Shown` per ``<section class="ln-file">`` (or one for a bare fragment)."""

    def __init__(self, fragment: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.files: list[Shown] = [Shown()] if fragment else []
        self._in_text = fragment
        self._marks: list[list[int]] = []
        self._parts: list[str] = []
        self._count = 0
        self.tags: list[tuple[str, dict[str, str | None]]] = []  # every start tag, for escaping checks

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        classes = (a.get("class") or "").split()
        if tag == "section" and "ln-file" in classes:
            self.files.append(Shown(path=a.get("data-path") or ""))
        elif tag == "pre" and "ln-text" in classes:
            self._in_text = True
            self._parts, self._count = [], 0
        elif self._in_text and tag == "mark":
            ids = [int(x) for x in (a.get("data-d") or "").split()]
            self._marks.append(ids)
            for i in ids:
                self.files[-1].classes.setdefault(i, set()).update(classes)
                if "ln-point" in classes:
                    self.files[-1].points.add(i)
        elif self._in_text and tag == "span" and "ln-anchor" in classes:
            i = int((a.get("id") or "").rpartition("d")[2])
            self.files[-1].anchors[i] = self._count

    def handle_endtag(self, tag: str) -> None:
        if self._in_text and tag == "mark":
            self._marks.pop()
        elif tag == "pre" and self._in_text:
            self._in_text = False
            self.files[-1].text = "".join(self._parts)

    def handle_data(self, data: str) -> None:
        if not self._in_text:
            return
        start = self._count
        self._parts.append(data)
        self._count += len(data)
        for ids in self._marks:
            for i in ids:
                self.files[-1].marked.setdefault(i, []).append((start, start + len(data)))

    def close(self) -> None:
        super().close()
        if self._in_text and self.files:  # (a fragment: no closing </pre>)
            self.files[-1].text = "".join(self._parts)


def parse_report(html: str) -> ReportParser:
    p = ReportParser()
    p.feed(html)
    p.close()
    return p


def parse_fragment(html: str) -> Shown:
    p = ReportParser(fragment=True)
    p.feed(html)
    p.close()
    return p.files[0]
