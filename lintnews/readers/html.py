"""HTML reader: the article of a saved page or CMS export, positions mapped back to the HTML source.

Built on the standard library's :class:`html.parser.HTMLParser` with
``convert_charrefs=False``: text arrives as raw source slices and every entity
as its own event, each with the parser's position, so every plain-text
character maps back to its exact line and column (an entity maps as a whole).

The page is tokenized once into a list of events; the events are then replayed
(cheaply: no second parse) by :class:`_Builder`, which turns them into plain text,
blocks and the source map:

- ``html_scope="article"`` (the default), on a whole page (one with ``<html>``,
  ``<head>`` or ``<body>``): a first replay gives all the visible text, a
  main-content extractor (:mod:`lintnews.readers.article`) says which of it is the
  article, and the second replay keeps only the source ranges it chose. The
  extractor only gives a verdict; the text, blocks and positions are still this
  reader's own. Among the kept text, page furniture the markup gives away is left
  out block by block (a block inside an element named like furniture, a block that
  is mostly link text): a template's related-links panel or sign-up box is not the
  writer's copy, whereas a plug typed into the story's paragraphs is, and the
  advertorial rules report it. If no article is found, the page is read as with
  ``"page"`` and a :class:`~lintnews.readers.Note` says so.
- ``html_scope="page"``, and any fragment (a CMS export of the body alone): the
  text of every ``<article>`` when there is one, else ``<main>``, else the whole body.

Either way ``script``, ``style``, ``nav``, ``code``, ``pre``, AMP ad and consent
elements and other non-prose elements are skipped. ``<blockquote>`` becomes a quote
block (a quotation) and ``<q>`` gets quotation marks, as a browser would render it,
so the speaker's words are told from the writer's. The first ``<h1>`` linted is the
headline. White space collapses as in a browser.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from html.parser import HTMLParser

from lintnews.readers import Block, BlockKind, Directive, Note, Parsed
from lintnews.readers.markdown import DIRECTIVE, comment_directive
from lintnews.readers.source import SourceBuilder

SCOPES = ("article", "page")
# AMP's furniture elements: ads (with their "Advertisement" fallback text), the menu
# sidebar, consent and notification banners, share buttons. Never article text.
AMP_FURNITURE = frozenset({
    "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-sidebar", "amp-consent",
    "amp-user-notification", "amp-social-share", "amp-analytics", "amp-pixel", "amp-iframe",
    "amp-geo", "amp-web-push",
})
SKIP = frozenset({
    "script", "style", "nav", "code", "pre", "noscript", "template", "svg", "math", "head", "title",
    "button", "select", "textarea", "iframe", "object", "form", "kbd", "samp",
}) | AMP_FURNITURE
# Inside the article the extractor chose, a <form> is not furniture: some CMSs wrap the
# whole page in one (ASP.NET), and its controls are skipped on their own.
SKIP_IN_ARTICLE = SKIP - {"form"}
# What the extractor is matched against: everything a browser shows (code and nav
# included, since the extractor's text includes them), never scripts or AMP ads.
INVISIBLE = frozenset({
    "script", "style", "head", "title", "template", "noscript", "svg", "math", "iframe", "object",
    "select", "textarea",
}) | AMP_FURNITURE
BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "li",
    "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
    "table", "tr", "td", "th", "caption", "hr", "body", "address", "details", "summary",
})
# (for matching, a nav bar or a form is a block of its own: its words are not glued to
# the paragraph next to it)
ALIGN_BLOCKS = BLOCKS | {"nav", "form", "pre", "html"}
VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
})
# tags whose presence makes the input a whole page rather than a fragment
PAGE_TAGS = frozenset({"html", "head", "body"})
_WS = re.compile(r"[ \t\n\r\f]+")
_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);?")
_WORD = re.compile(r"\w+")
# Class and id names of page furniture (a name, or a part of one between - or _):
# recirculation, promotion, sharing, comments, ads. (Not widget, sidebar, tag or author:
# on real pages those wrap story text too.)
FURNITURE_NAMES = re.compile(
    r"(?:^|[\s_-])(?:related|recirc\w*|more-?stories|read-?more|also-?read|newsletters?|subscri\w*|"
    r"sign-?up|promo\w*|sponsor\w*|share|sharing|social|comments?|disqus|outbrain|taboola|"
    r"advert\w*|ads?|ad-?slot|trending|most-?read|popular|breadcrumbs?)(?=$|[\s_-])",
    re.IGNORECASE,
)
# A block at least this share of whose characters are link text is a teaser or a plug.
LINK_DENSITY = 0.6
# A block that is nothing but the label of a piece of page furniture ("Comments",
# "3 comments", "Leave a Reply", "You may also like:", "Related stories", "Share this"):
# the page's words about its own parts, never the story's, whatever the markup around it.
FURNITURE_LABEL = re.compile(
    r"[\W\d]*(?:comments?|responses?|replies|leave\s+a\s+(?:reply|comment)|(?:post|add|write)\s+a\s+comment|"
    r"join\s+the\s+(?:discussion|conversation)|show\s+comments|"
    r"related(?:\s+(?:articles?|stories|story|posts?|news|content|coverage|links|reading))?|"
    r"more\s+(?:stories|articles|news|on\s+this\s+(?:story|topic))|you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in)|"
    r"(?:also|further)\s+read(?:ing)?|read\s+(?:more|next|also)|recommended(?:\s+for\s+you)?|"
    r"(?:most|popular)\s+(?:read|popular|viewed|shared|posts|stories)|trending(?:\s+now)?|"
    r"share(?:\s+this(?:\s+(?:article|story|post|page))?)?|don['’]t\s+miss)[\W\d]*",
    re.IGNORECASE,
)

NO_ARTICLE_RULE = "lintnews/no-article"
NO_ARTICLE_MESSAGE = (
    "No article body found on this page: the whole page was linted ({where}), so some "
    "diagnostics may be about navigation, teasers or other page furniture."
)
# Above this many characters a page is not searched for its article: the extractor's time
# grows faster than the page (on the shared development machine, under load: 6 s at 1.9 MB,
# 30 s at 3.9 MB), and a saved news page is rarely above 1 MB. An archive exported as one
# HTML file is read whole.
MAX_ARTICLE_SEARCH = 2_000_000
TOO_LARGE_MESSAGE = (
    "This page is too large to look for its article ({size:.1f} million characters; the limit is "
    "{limit:.0f} million): the whole page was linted ({where})."
)
NO_ARTICLE_SUGGESTION = "Lint the article's own HTML or text, or use --html-scope page to lint whole pages."

# event kinds of the token list
_START, _END, _DATA, _REF = 0, 1, 2, 3


class _Tokens(HTMLParser):
    """The one parse of the page: its events with source offsets, its directives and titles."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        # HTMLParser counts lines by "\n" only; so do we, to turn (line, col) into an offset
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.events: list[tuple] = []
        self.directives: list[Directive] = []
        self.seen: set[str] = set()  # article, main, html, head, body
        self.titles: list[str] = []  # <title> text and og:title / twitter:title (for the headline)
        self.body_at = -1  # source offset of <body> (where a page-level note points)
        self._title: list[str] | None = None

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._start(tag, attrs, tag in VOID)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self._start(tag, attrs, True)

    def _start(self, tag: str, attrs: list, void: bool) -> None:
        at = self._pos()
        end = at + len(self.get_starttag_text() or " ")
        names = " ".join(v for k, v in attrs if v and (k == "class" or k == "id"))
        self.events.append((_START, tag, at, end, void, names))
        if tag in ("article", "main", "html", "head", "body"):
            self.seen.add(tag)
            if tag == "body" and self.body_at < 0:
                self.body_at = at
        elif tag == "title" and not void:
            self._title = []
        elif tag == "meta":
            a = dict(attrs)
            if (a.get("property") or a.get("name")) in ("og:title", "twitter:title") and a.get("content"):
                self.titles.append(a["content"] or "")

    def handle_endtag(self, tag: str) -> None:
        self.events.append((_END, tag, self._pos()))
        if tag == "title" and self._title is not None:
            self.titles.append("".join(self._title))
            self._title = None

    def handle_data(self, data: str) -> None:
        self.events.append((_DATA, data, self._pos()))
        if self._title is not None:
            self._title.append(data)

    def _ref(self) -> None:
        at = self._pos()
        m = _ENTITY.match(self.source, at)
        if not m:
            return
        raw = m.group()
        full = raw if raw.endswith(";") else raw + ";"
        decoded = html.unescape(full)
        # (None: an unknown entity, kept as the writer typed it)
        self.events.append((_REF, at, m.end(), None if decoded == full else decoded))

    def handle_entityref(self, name: str) -> None:
        self._ref()

    def handle_charref(self, name: str) -> None:
        self._ref()

    def handle_comment(self, data: str) -> None:
        at = self._pos()
        end = self.source.find("-->", at)
        end = len(self.source) if end < 0 else end + 3
        for m in DIRECTIVE.finditer(self.source, at, end):
            action, rules = comment_directive(m)
            line, col = self._line_col(m.start("rules") if rules else m.start())
            _, end_col = self._line_col(m.end("rules") if rules else m.end())
            self.directives.append(Directive(line, action, rules, col, max(end_col, col + 1)))

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """A malformed marked section ("<![A:", "<![0") is a bogus comment to the next ">", as
        HTML5 reads it: Python 3.11's parser raises AssertionError on it instead, which made
        a page with such a stray fragment unreadable."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def _line_col(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1


class _Builder:
    """Plain text, blocks and source map from the page's events.

    ``skip``: elements whose text is never taken; ``root``: take only the text inside
    this element (``article``, ``main``) when given; ``ranges``: take only the text
    inside these sorted, disjoint source ranges ``[start, end)`` (the article).
    ``links``: the blocks that are mostly link text (the headline excepted) are listed in
    :attr:`link_blocks`. ``furniture`` (with ``ranges``): page furniture in the article is
    left out, block by block: a block that is mostly link text (a teaser list, a "Read
    more:" line), or inside an element that starts in the ranges (not a wrapper of the
    whole story) and whose class or id is named like furniture (:data:`FURNITURE_NAMES`).
    """

    def __init__(self, source: str, skip: frozenset[str], root: str | None = None,
                 ranges: list[tuple[int, int]] | None = None, blocks: frozenset[str] = BLOCKS,
                 links: bool = False, furniture: bool = False) -> None:
        self.source = source
        self.out = SourceBuilder(source)
        self.skip_tags = skip
        self.block_tags = blocks
        self.root = root
        self.root_depth = 0
        self.ranges = ranges
        self.starts = [a for a, _ in ranges] if ranges is not None else []
        self.skip: list[str] = []
        self.stack: list[str] = []
        self.blocks: list[Block] = []
        self.headline: Block | None = None
        self.block_start: tuple[int, int] | None = None  # (plain offset, part index)
        self.block_mark: tuple = ()  # the builder before the block (to take it back)
        self.block_kind: tuple[BlockKind, int] = ("paragraph", 0)
        self.space_pending = False
        self.pending_span = (0, 0)
        # a <br>'s line break waits for the next words of its block: at the block's end it
        # is dropped (no line break before the blank line between blocks)
        self.break_span: tuple[int, int] | None = None
        # page furniture: stack depths of elements named like furniture, the current block's
        # character counts (all, in links), the link-dense blocks found
        self.furniture = furniture and ranges is not None
        self.links = links or self.furniture
        self.marked: list[int] = []
        self.block_marked = False
        self.block_chars = 0
        self.link_chars = 0
        self.link_blocks: list[int] = []  # indexes in self.blocks

    def run(self, events: list[tuple]) -> Parsed:
        start, end, data, ref = self._start, self._end, self._data, self._ref
        for ev in events:
            kind = ev[0]
            if kind == _DATA:
                data(ev[1], ev[2])
            elif kind == _START:
                start(ev[1], ev[2], ev[3], ev[4], ev[5])
            elif kind == _END:
                end(ev[1], ev[2])
            else:
                ref(ev[1], ev[2], ev[3])
        self.flush()
        plain, smap = self.out.build()
        return Parsed(plain, smap, self.blocks, self.headline, [], "html")

    @property
    def active(self) -> bool:
        return not self.skip and (self.root is None or self.root_depth > 0)

    def _inside(self, at: int) -> bool:
        if self.ranges is None:
            return True
        i = bisect_right(self.starts, at) - 1
        return i >= 0 and at < self.ranges[i][1]

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
            if tag in self.block_tags:
                break
        return "paragraph", 0

    def flush(self) -> None:
        """End the current block at a block-level tag."""
        if self.block_start is not None:
            offset, part = self.block_start
            chunk = "".join(self.out.parts[part:])
            stripped = chunk.rstrip()
            kind, level = self.block_kind
            dense = (self.links and self.link_chars >= LINK_DENSITY * self.block_chars > 0
                     and (kind, level) != ("heading", 1))
            if self.furniture and (dense or self.block_marked or FURNITURE_LABEL.fullmatch(stripped)):
                self.out.restore(self.block_mark)  # furniture: the block is taken back
            elif stripped:
                block = Block(offset, offset + len(stripped), kind, level)
                self.blocks.append(block)
                if kind == "heading" and level == 1 and self.headline is None:
                    self.headline = block
                if dense:
                    self.link_blocks.append(len(self.blocks) - 1)
        self.block_start = None
        self.space_pending = False
        self.break_span = None

    def _begin_text(self, at: int) -> None:
        if self.block_start is None:
            if self.furniture:
                self.block_mark = self.out.mark()
            if self.out.length:
                self.out.replace("\n\n", at, at)
            self.block_start = (self.out.length, len(self.out.parts))
            self.block_kind = self._kind()
            self.space_pending = False
            self.block_marked = bool(self.marked)
            self.block_chars = self.link_chars = 0
            self.break_span = None
        elif self.break_span is not None:  # (a line break absorbs the spaces around it)
            self.out.replace("\n", *self.break_span)
            self.break_span = None
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

    # -- events -----------------------------------------------------------------------
    def _start(self, tag: str, at: int, end: int, void: bool, names: str = "") -> None:
        if tag == "body" and "head" in self.skip:  # <body> ends an unclosed <head>, as in a browser
            while self.skip.pop() != "head":
                pass
        if tag in self.skip_tags and not void:
            self.skip.append(tag)
            return
        if tag == self.root:
            self.root_depth += 1
        if self.skip:
            return
        if tag in self.block_tags:
            if tag in ("p", "li", "dt", "dd") and self.stack and self.stack[-1] == tag:
                self.stack.pop()  # <p>one<p>two: the second <p> closes the first
                self._unmark()
            self.flush()
        if not void:
            if names and self.furniture and FURNITURE_NAMES.search(names) and self._inside(at):
                self.marked.append(len(self.stack))
            self.stack.append(tag)
        if not self.active:
            return
        if tag == "br":
            if self.block_start is not None:
                self.break_span = (at, end)
                self.space_pending = False
        elif tag == "q":
            if self._inside(at) or self._inside(end):
                self.emit("“", at, end)
        elif tag == "img" and self.block_start is not None:
            self.space_pending, self.pending_span = True, (at, end)

    def _end(self, tag: str, at: int) -> None:
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            elif tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag == "q" and self.active and (self._inside(at) or self._inside(at - 1)):
            end = self.source.find(">", at) + 1 or at + 1
            self.emit("”", at, end)
        if tag in self.block_tags:
            self.flush()
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
            self._unmark()
        if tag == self.root and self.root_depth:
            self.root_depth -= 1
            if not self.root_depth:
                self.flush()

    def _unmark(self) -> None:
        """Elements were taken off the stack: forget their furniture marks."""
        marked = self.marked
        while marked and marked[-1] >= len(self.stack):
            marked.pop()

    def _data(self, data: str, at: int) -> None:
        if not self.active:
            return
        ranges = self.ranges
        if ranges is None:
            self.emit_text(data, at)
            if self.links and self.block_start is not None:  # (link density of the block)
                self.block_chars += len(data)
                if "a" in self.stack:
                    self.link_chars += len(data)
            return
        # only the parts inside the article's ranges; where text was left out between two
        # parts of one block, the words on either side are kept apart by a space
        end = at + len(data)
        i = max(0, bisect_right(self.starts, at) - 1)
        while i < len(ranges) and ranges[i][0] < end:
            a, z = max(at, ranges[i][0]), min(end, ranges[i][1])
            if a < z:
                if a == ranges[i][0] and self.block_start is not None:
                    self.space_pending, self.pending_span = True, (a, a)
                self.emit_text(data[a - at : z - at], a)
                if self.links and self.block_start is not None:  # (link density of the block)
                    n = z - a
                    self.block_chars += n
                    if "a" in self.stack:
                        self.link_chars += n
            i += 1

    def _ref(self, at: int, end: int, decoded: str | None) -> None:
        if not self.active or not self._inside(at):
            return
        if decoded is None:  # unknown entity: keep what the writer typed
            self._begin_text(at)
            self.out.verbatim(at, end)
        else:
            self.emit(decoded, at, end)


def _where(root: str | None) -> str:
    return f"every <{root}>" if root == "article" else f"the <{root}>" if root else "the body"


def _page_note(tokens: _Tokens, message: str) -> Note:
    """A note about the page as a whole, at its ``<body`` tag (else at its start)."""
    at = max(tokens.body_at, 0)
    return Note(at, at + (5 if tokens.body_at >= 0 else 0), NO_ARTICLE_RULE, message, NO_ARTICLE_SUGGESTION)


def _words(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


def read(source: str, html_scope: str = "article") -> Parsed:
    """Read an HTML page or fragment (see the module docstring for what is linted).

    ``html_scope`` is ``"article"`` (the main content of a whole page) or ``"page"``
    (``<article>``, else ``<main>``, else the body: the page as it was read before).
    """
    tokens = _Tokens(source)
    tokens.feed(source)
    tokens.close()
    events = tokens.events
    seen = tokens.seen
    root = "article" if "article" in seen else "main" if "main" in seen else None
    if html_scope == "article" and seen & PAGE_TAGS:
        from lintnews.readers import article

        if len(source) > MAX_ARTICLE_SEARCH:
            parsed = _Builder(source, SKIP, root).run(events)
            message = TOO_LARGE_MESSAGE.format(size=len(source) / 1e6, limit=MAX_ARTICLE_SEARCH / 1e6,
                                               where=_where(root))
            parsed.notes.append(_page_note(tokens, message))
            parsed.directives = tokens.directives
            return parsed
        viewer = _Builder(source, INVISIBLE, blocks=ALIGN_BLOCKS, links=True)
        view = viewer.run(events)
        ranges = article.article_ranges(source, view, tokens.titles, frozenset(viewer.link_blocks))
        if ranges is not None:
            parsed = _Builder(source, SKIP_IN_ARTICLE, ranges=ranges, furniture=True).run(events)
            parsed.directives = tokens.directives
            return parsed
        parsed = _Builder(source, SKIP, root).run(events)
        if _words(parsed.text) >= article.MIN_WORDS:  # (a page this short has no furniture to speak of)
            parsed.notes.append(_page_note(tokens, NO_ARTICLE_MESSAGE.format(where=_where(root))))
    else:
        parsed = _Builder(source, SKIP, root).run(events)
    parsed.directives = tokens.directives
    return parsed
