"""HTML reader: article body text from a CMS export, positions mapped back to the HTML source.

Built on the standard library's :class:`html.parser.HTMLParser` with
``convert_charrefs=False``: text arrives as raw source slices and every entity
as its own event, each with the parser's position, so every plain-text
character maps back to its exact line and column (an entity maps as a whole).

What is linted: the text of ``<article>`` when there is one, else ``<main>``,
else the whole body; ``script``, ``style``, ``nav``, ``code``, ``pre`` and other
non-prose elements are skipped. ``<blockquote>`` becomes a quote block (a
quotation) and ``<q>`` gets quotation marks, as a browser would render it, so
the speaker's words are told from the writer's. The first ``<h1>`` is the
headline. White space collapses as in a browser.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from lintnews.readers import Block, BlockKind, Directive, Parsed
from lintnews.readers.markdown import DIRECTIVE
from lintnews.readers.source import SourceBuilder

SKIP = frozenset({
    "script", "style", "nav", "code", "pre", "noscript", "template", "svg", "math", "head", "title",
    "button", "select", "textarea", "iframe", "object", "form", "kbd", "samp",
})
BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "li",
    "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
    "table", "tr", "td", "th", "caption", "hr", "body", "address", "details", "summary",
})
VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
})
_WS = re.compile(r"[ \t\n\r\f]+")
_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);?")


class _Roots(HTMLParser):
    """First pass: is there an ``<article>`` or a ``<main>`` to prefer over the whole page?"""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.seen: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list) -> None:  # type: ignore[type-arg]
        if tag in ("article", "main"):
            self.seen.add(tag)


class _Reader(HTMLParser):
    def __init__(self, source: str, root: str | None) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        # HTMLParser counts lines by "\n" only; so do we, to turn (line, col) into an offset
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.out = SourceBuilder(source)
        self.root = root
        self.root_depth = 0
        self.skip: list[str] = []
        self.stack: list[str] = []
        self.blocks: list[Block] = []
        self.headline: Block | None = None
        self.directives: list[Directive] = []
        self.block_start: tuple[int, int] | None = None  # (plain offset, part index)
        self.block_kind: tuple[BlockKind, int] = ("paragraph", 0)
        self.space_pending = False

    # -- positions --------------------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    @property
    def active(self) -> bool:
        return not self.skip and (self.root is None or self.root_depth > 0)

    # -- blocks -----------------------------------------------------------------------
    def _kind(self) -> tuple[BlockKind, int]:
        if "blockquote" in self.stack:
            return "quote", 0
        for tag in reversed(self.stack):
            if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
                return "heading", int(tag[1])
            if tag == "li":
                return "list", 0
            if tag in ("figcaption", "caption"):
                return "caption", 0
            if tag in BLOCKS:
                break
        return "paragraph", 0

    def flush(self) -> None:
        """End the current block at a block-level tag."""
        if self.block_start is not None:
            offset, part = self.block_start
            chunk = "".join(self.out.parts[part:])
            stripped = chunk.rstrip()
            if stripped:
                kind, level = self.block_kind
                block = Block(offset, offset + len(stripped), kind, level)
                self.blocks.append(block)
                if kind == "heading" and level == 1 and self.headline is None:
                    self.headline = block
        self.block_start = None
        self.space_pending = False

    def _begin_text(self, at: int) -> None:
        if self.block_start is None:
            if self.out.length:
                self.out.replace("\n\n", at, at)
            self.block_start = (self.out.length, len(self.out.parts))
            self.block_kind = self._kind()
            self.space_pending = False
        elif self.space_pending:
            self.out.replace(" ", *self.pending_span)
            self.space_pending = False

    def emit_text(self, data: str, at: int) -> None:
        """Raw text at source offset ``at``: words verbatim, white space collapsed."""
        pos = 0
        for m in _WS.finditer(data):
            if m.start() > pos:
                self._begin_text(at + pos)
                self.out.verbatim(at + pos, at + m.start())
            if self.block_start is not None:
                self.space_pending = True
                self.pending_span = (at + m.start(), at + m.end())
            pos = m.end()
        if pos < len(data):
            self._begin_text(at + pos)
            self.out.verbatim(at + pos, at + len(data))

    def emit(self, text: str, a: int, b: int) -> None:
        """Text that is not a verbatim slice (a decoded entity, a quotation mark for ``<q>``)."""
        if _WS.fullmatch(text):
            if self.block_start is not None:
                self.space_pending = True
                self.pending_span = (a, b)
            return
        self._begin_text(a)
        self.out.replace(text, a, b)

    # -- parser events ----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list) -> None:  # type: ignore[type-arg]
        self._start(tag, void=tag in VOID)

    def handle_startendtag(self, tag: str, attrs: list) -> None:  # type: ignore[type-arg]
        self._start(tag, void=True)

    def _start(self, tag: str, void: bool) -> None:
        at = self._pos()
        if tag in SKIP and not void:
            self.skip.append(tag)
            return
        if tag == self.root:
            self.root_depth += 1
        if self.skip:
            return
        if tag in BLOCKS:
            if tag in ("p", "li", "dt", "dd") and self.stack and self.stack[-1] == tag:
                self.stack.pop()  # <p>one<p>two: the second <p> closes the first
            self.flush()
        if not void:
            self.stack.append(tag)
        if not self.active:
            return
        end = at + len(self.get_starttag_text() or " ")
        if tag == "br":
            if self.block_start is not None:
                self.out.replace("\n", at, end)
                self.space_pending = False
        elif tag == "q":
            self.emit("“", at, end)
        elif tag == "img" and self.block_start is not None:
            self.space_pending, self.pending_span = True, (at, end)

    def handle_endtag(self, tag: str) -> None:
        at = self._pos()
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            elif tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag == "q" and self.active:
            end = self.source.find(">", at) + 1 or at + 1
            self.emit("”", at, end)
        if tag in BLOCKS:
            self.flush()
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
        if tag == self.root and self.root_depth:
            self.root_depth -= 1
            if not self.root_depth:
                self.flush()

    def handle_data(self, data: str) -> None:
        if self.active:
            self.emit_text(data, self._pos())

    def _entity(self) -> None:
        at = self._pos()
        m = _ENTITY.match(self.source, at)
        if not m or not self.active:
            return
        raw = m.group()
        full = raw if raw.endswith(";") else raw + ";"
        decoded = html.unescape(full)
        if decoded == full:  # unknown entity: keep what the writer typed
            self._begin_text(at)
            self.out.verbatim(at, m.end())
        else:
            self.emit(decoded, at, m.end())

    def handle_entityref(self, name: str) -> None:
        self._entity()

    def handle_charref(self, name: str) -> None:
        self._entity()

    def handle_comment(self, data: str) -> None:
        at = self._pos()
        end = self.source.find("-->", at)
        end = len(self.source) if end < 0 else end + 3
        for m in DIRECTIVE.finditer(self.source, at, end):
            rules_raw = m.group("rules") or ""
            rules = tuple(r.strip() for r in rules_raw.split(",") if r.strip())
            action = "disable-next-line" if m.group("action") == "ignore" else m.group("action")
            line, col = self._line_col(m.start("rules") if rules else m.start())
            _, end_col = self._line_col(m.end("rules") if rules else m.end())
            self.directives.append(Directive(line, action, rules, col, max(end_col, col + 1)))

    def _line_col(self, offset: int) -> tuple[int, int]:
        from bisect import bisect_right

        i = bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1


def read(source: str) -> Parsed:
    """Read an HTML page or fragment (see the module docstring for what is linted)."""
    roots = _Roots()
    roots.feed(source)
    roots.close()
    root = "article" if "article" in roots.seen else "main" if "main" in roots.seen else None
    reader = _Reader(source, root)
    reader.feed(source)
    reader.close()
    reader.flush()
    plain, smap = reader.out.build()
    return Parsed(plain, smap, reader.blocks, reader.headline, reader.directives, "html")
