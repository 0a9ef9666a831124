"""Markdown reader: CommonMark parsed by markdown-it-py, prose only, exact source positions.

markdown-it gives block tokens with line ranges but no character offsets for
inline text. Inline text tokens are verbatim slices of the source once the
``text_join`` rule is off (entities and backslash escapes then arrive as
separate ``text_special`` tokens carrying their source markup), so each piece
is found by a forward search from a cursor that only moves ahead. Markup
between pieces (emphasis markers, ``[``, link targets, block-quote ``>``
prefixes, list bullets) is simply never copied into the plain text.

What is linted: headings, paragraphs, list items, table cells and block
quotes (as ``Block(kind="quote")``, i.e. quotations). What is not: YAML
(``---``: only when every line between reads as YAML, ``key: value``, a list item, an
indented continuation, a comment; otherwise the ``---`` is a rule line and what follows is
prose) or TOML (``+++``) front matter (except its ``title``, the headline
when the draft has no level-1 heading), fenced and indented code, inline code,
URLs, link targets, images, footnote markers (``[^1]``), HTML comments and raw HTML.

markdown-it-py is imported when a Markdown file is read, so plain-text runs
never pay for it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any

from lintnews.readers import Block, BlockKind, Directive, Parsed, directive_action
from lintnews.readers.plain import entry_stamp_opens
from lintnews.readers.source import SourceBuilder

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\n(.*?\n)?\1[ \t]*(?:\n|\Z)", re.DOTALL)
# A line of YAML front matter as Jekyll and Hugo write it: ``key: value`` (a name, or a quoted
# one, then a colon), a list item, an indented continuation, a comment, or blank.
_YAML_LINE = re.compile(r"""(?:[\w.-]+|"[^"\n]*"|'[^'\n]*')[ \t]*:(?:[ \t].*)?|-(?:[ \t].*)?|[ \t].*|#.*|""")
_TITLE = re.compile(
    r"^title[ \t]*[:=][ \t]*(?:\"(?P<dq>[^\"\n]*)\"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s\"'#|>][^\n#]*?))[ \t]*(?:#.*)?$",
    re.MULTILINE,
)
# A directive comment: <!-- lintnews: disable=RULE,RULE -->; names may be ids or categories.
# Words after the action with no "=" (<!-- lintnews: disable advertorial -->) are kept as
# ``junk``: the comment is still a directive, reported as malformed, not ignored in silence.
DIRECTIVE = re.compile(
    r"<!--[ \t]*lintnews:[ \t]*(?P<action>[A-Za-z][\w-]*)"
    r"(?:[ \t]*=[ \t]*(?P<rules>[^>]*?)|[ \t]+(?P<junk>[^=>\s][^=>]*?))?[ \t]*-->"
)


def comment_directive(m: re.Match[str]) -> tuple[str, tuple[str, ...]]:
    """The action and rule names of a :data:`DIRECTIVE` match (the Markdown and HTML readers'
    one reading of it). A malformed one keeps its words as the action ("disable advertorial"),
    which names no action, so that the engine reports it (``lintnews.engine.suppression``)."""
    if m.group("junk"):
        return " ".join((m.group("action"), *m.group("junk").split())), ()
    rules_raw = m.group("rules") or ""
    return directive_action(m.group("action")), tuple(r.strip() for r in rules_raw.split(",") if r.strip())
_FOOTNOTE = re.compile(r"\[\^[^\s\[\]^]{1,60}\]")  # a footnote marker: [^1], [^note-2]
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


# Containers (block quotes, lists, list items) markdown-it reads inside each other before it
# stops reading (its own default, 20, dropped a draft's every line after ten nested list
# markers). Deeper still, the rest is read by the reader itself (``_Reader._walk``). 200 levels
# keep markdown-it's recursion well inside Python's limit, even when called from a deep stack.
MAX_NESTING = 200
# The container markers at the start of a line: block quotes, bullets, ordered-list numbers.
_CONTAINERS = ("blockquote_open", "list_item_open")
_LIST_MARKER = re.compile(r"[-*+]|\d{1,9}[.)]")
_DEDENT = re.compile(r"^[ \t]+", re.MULTILINE)
# a line of a block quote that carries its own marker (after any list markers and blanks)
_LAZY_MARK = re.compile(r"[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*>")
_INTRO_REACH = 3  # blank lines looked past for a quotation's introduction (see _Reader._introduced)
_MARKERS = re.compile(r"(?:[ \t]*(?:>|[-*+](?=[ \t\n])|\d{1,9}[.)](?=[ \t\n])))*[ \t]*")


def _reads_as_yaml(block: str) -> bool:
    """Does the text between two ``---`` lines read as YAML front matter (every line a key
    and value, a list item, an indented continuation, a comment or blank)? A draft that
    opens with a rule line (``---``, then a paragraph, then another rule) is prose, linted."""
    return all(_YAML_LINE.fullmatch(line) for line in block.splitlines())


def _deep(markers: str) -> bool:
    """Do these container markers open a quarter of :data:`MAX_NESTING` levels or more?"""
    return markers.count(">") + len(_LIST_MARKER.findall(markers)) * 2 >= MAX_NESTING // 4


def _close_of(tokens: list[Any], i: int) -> int:
    """Index of the token that closes the container opened at ``tokens[i]``."""
    depth = 0
    for j in range(i, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


@lru_cache(maxsize=1)
def _markdown_it() -> Any:
    """One configured parser per process (markdown-it-py imported only here)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable(["table", "strikethrough"])
    md.disable("text_join")  # keep entities and escapes as tokens that carry their markup
    return md


class _Norm:
    """The source with CRLF / CR folded to LF (what markdown-it sees), and the way back."""

    def __init__(self, source: str) -> None:
        self.source = source
        if "\r" not in source:
            self.text = source
            self._to_src: list[int] | None = None
        else:
            parts: list[str] = []
            to_src: list[int] = []
            i, n = 0, len(source)
            while i < n:
                ch = source[i]
                to_src.append(i)
                if ch == "\r":
                    parts.append("\n")
                    i += 2 if source.startswith("\r\n", i) else 1
                else:
                    parts.append(ch)
                    i += 1
            to_src.append(n)
            self.text = "".join(parts)
            self._to_src = to_src
        # markdown-it turns NUL into U+FFFD (as CommonMark says): the same here, or its text is
        # not found in ours and the paragraph was dropped, silently (same length: offsets hold)
        self.text = self.text.replace("\0", "\ufffd")
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    def src(self, offset: int) -> int:
        """Source offset of a normalised offset."""
        return offset if self._to_src is None else self._to_src[offset]

    def src_end(self, offset: int) -> int:
        """Source end offset (exclusive) of a normalised end offset."""
        if self._to_src is None or offset == 0:
            return offset
        return self._to_src[offset - 1] + (2 if self.source.startswith("\r\n", self._to_src[offset - 1]) else 1)

    def line_of(self, offset: int) -> int:
        """0-based line of a normalised offset."""
        return bisect_right(self.line_starts, offset) - 1

    def line_start(self, line: int) -> int:
        return self.line_starts[min(line, len(self.line_starts) - 1)] if line < len(self.line_starts) else len(self.text)


class _Reader:
    def __init__(self, source: str) -> None:
        self.norm = _Norm(source)
        self.out = SourceBuilder(source)
        self.blocks: list[Block] = []
        self.headline: Block | None = None
        self.directives: list[Directive] = []

    # -- emitting ---------------------------------------------------------------------
    def verbatim(self, a: int, b: int) -> None:
        """Copy normalised ``[a, b)`` (never containing a line break) to the plain text."""
        self.out.verbatim(self.norm.src(a), self.norm.src(a) + (b - a))

    def replace(self, text: str, a: int, b: int) -> None:
        self.out.replace(text, self.norm.src(a), self.norm.src_end(b) if b > a else self.norm.src(a))

    def prose(self, a: int, b: int) -> None:
        """Verbatim text, with bare URLs and e-mail addresses blanked (not prose)."""
        text = self.norm.text
        pos = a
        blanks = [(m.start(), m.end()) for m in _URL.finditer(text, a, b)]
        if text.find("[^", a, b) >= 0:  # (footnote markers: rare, so looked for only when there is one)
            blanks = sorted(blanks + self._footnotes(a, b))
        for i, j in blanks:
            if i < pos:  # (a marker inside a URL)
                continue
            self.verbatim(pos, i)
            self.replace(" " * (j - i), i, j)
            pos = j
        self.verbatim(pos, b)

    def _footnotes(self, a: int, b: int) -> list[tuple[int, int]]:
        """Footnote markers in ``[a, b)`` (``[^1]``, and ``[^1]:`` opening a line, a note's
        label): not prose. A marker left in the text hid the stop before it, so that
        ``**Sources say** more.[^1]`` read as a line without a stop, a section heading."""
        text = self.norm.text
        out = []
        for m in _FOOTNOTE.finditer(text, a, b):
            end = m.end()
            if end < b and text[end] == ":" and not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
                end += 1
            out.append((m.start(), end))
        return out

    def start_block(self) -> tuple[int, int]:
        """Separate the new block from the last one; returns (plain offset, part index)."""
        if self.out.length:
            here = self.norm.src(self._cursor_hint)
            self.out.replace("\n\n", here, here)
        return self.out.length, len(self.out.parts)

    def end_block(self, start: tuple[int, int], kind: BlockKind, level: int = 0) -> Block | None:
        """Record the block written since ``start``, without its surrounding white space."""
        offset, part = start
        chunk = "".join(self.out.parts[part:])
        stripped = chunk.strip()
        if not stripped:
            return None
        lead = offset + len(chunk) - len(chunk.lstrip())
        block = Block(lead, lead + len(stripped), kind, level)
        self.blocks.append(block)
        return block

    # -- directives -------------------------------------------------------------------
    def scan_directives(self, a: int, b: int) -> None:
        norm = self.norm
        for m in DIRECTIVE.finditer(norm.text, a, b):
            action, rules = comment_directive(m)
            line = norm.line_of(m.start())
            ls = norm.line_starts[line]
            if m.group("rules") is not None and rules:
                col, end_col = m.start("rules") - ls + 1, m.end("rules") - ls + 1
            else:
                col, end_col = m.start() - ls + 1, m.end() - ls + 1
            if norm.line_of(m.end()) != line:
                end_col = col + 1
            self.directives.append(Directive(line + 1, action, rules, col, end_col))

    # -- reading ----------------------------------------------------------------------
    def read(self) -> Parsed:
        text = self.norm.text
        body_start = 0
        title_span: tuple[int, int] | None = None
        fm = _FRONT_MATTER.match(text)
        if fm and fm.group(1) == "---" and not _reads_as_yaml(fm.group(2) or ""):
            fm = None  # a rule line opening the draft: what follows is text, linted
        if fm:
            body_start = fm.end()
            if fm.group(2):
                t = _TITLE.search(text, fm.start(2), fm.end(2))
                if t:
                    g = next(n for n in ("dq", "sq", "bare") if t.group(n) is not None)
                    if t.group(g).strip():
                        title_span = (t.start(g), t.end(g))
        # markdown-it sees blank lines where the front matter was, so its line numbers stay ours
        blanked = "\n" * text.count("\n", 0, body_start) + text[body_start:]
        tokens = _markdown_it().parse(blanked)
        self._cursor_hint = body_start
        self._last_end = body_start
        if title_span and not any(t.type == "heading_open" and t.tag == "h1" for t in tokens):
            start = self.start_block()
            self.verbatim(*title_span)
            self.headline = self.end_block(start, "heading", 1)
        self._walk(tokens)
        plain, smap = self.out.build()
        return Parsed(plain, smap, self.blocks, self.headline, self.directives, "markdown")

    def _walk(self, tokens: list[Any]) -> None:
        """Emit the prose of ``tokens``, in order.

        A container the parser left unread at its nesting limit (:data:`MAX_NESTING`) is
        read here instead, so no text after it is lost: its lines, without their
        indentation (which belonged to the containers above: kept, four spaces would make
        prose an indented code block), are parsed again as Markdown of their own, except
        lines that open dozens of containers at once (``- - - - ...``), whose text after
        the markers is read as inline Markdown. Whatever structure lay beyond the limit is
        lost; its prose is not. Each line is parsed again at most once (no quadratic time on
        a hostile file), and the streams are kept on a stack, not in recursion.
        """
        # [tokens, position, line shift, quote depth, list depth] of each stream being read;
        # tokens None: parse lines shift..position-1 first; position < 0: the deep line `shift`
        stack: list[list[Any]] = [[tokens, 0, 0, 0, 0]]
        heading = 0
        while stack:
            frame = stack[-1]
            toks, i, shift, quote_depth, list_depth = frame
            if toks is None:
                if i < 0:
                    stack.pop()
                    self._deep_line(shift, quote_depth, list_depth)
                    continue
                region = self.norm.text[self.norm.line_start(shift):self.norm.line_start(i)]
                frame[0] = toks = _markdown_it().parse(_DEDENT.sub("", region))
                frame[1] = i = 0
            if i >= len(toks):
                stack.pop()
                continue
            tok = toks[i]
            frame[1] = i + 1
            ty = tok.type
            if tok.level >= MAX_NESTING - 1 and ty in _CONTAINERS and tok.map:
                # the parser stopped here: skip the container's (empty) tokens, read its lines
                frame[1] = _close_of(toks, i) + 1
                quote = quote_depth + (ty == "blockquote_open")
                lists = list_depth + (ty == "list_item_open")
                first, last = tok.map[0] + shift, tok.map[1] + shift
                stack.extend(reversed(self._regions(first, last, quote, lists)))
                continue
            if ty == "blockquote_open":
                frame[3] = quote_depth + 1
            elif ty == "blockquote_close":
                frame[3] = quote_depth - 1
            elif ty == "list_item_open":
                frame[4] = list_depth + 1
            elif ty == "list_item_close":
                frame[4] = list_depth - 1
            elif ty == "heading_open":
                heading = int(tok.tag[1:])
            elif ty == "heading_close":
                heading = 0
            elif ty == "html_block" and tok.map:
                a = self.norm.line_start(tok.map[0] + shift)
                self.scan_directives(a, self.norm.line_start(tok.map[1] + shift))
            elif ty == "inline" and tok.map:
                kind: BlockKind = (
                    "quote" if quote_depth else "heading" if heading else "list" if list_depth else "paragraph"
                )
                # never search before the previous block's end (table cells share a line)
                a = max(self.norm.line_start(tok.map[0] + shift), self._last_end)
                b = self.norm.line_start(tok.map[1] + shift)
                runs = self._quote_runs(tok.map[0] + shift, tok.map[1] + shift) if quote_depth else None
                if runs:
                    # the first marked lines only; each later run of lines is read again on its
                    # own, the unmarked ones outside the quotation (see _quote_runs)
                    self._inline_block(tok.children or [], a, self.norm.line_start(runs[0][0]), kind, heading)
                    stack.extend([None, end, start, 0, 0 if marked else list_depth]
                                 for start, end, marked in reversed(runs))
                    continue
                self._inline_block(tok.children or [], a, b, kind, heading)

    def _quote_runs(self, first: int, last: int) -> list[tuple[int, int, bool]]:
        """The runs of lines of a block quote's paragraph (lines ``first``..``last - 1``) from
        its first unmarked line that opens a live page's entry with its time stamp
        (``plain.entry_stamp_opens``): ``(first line, end line, marked)`` each, or ``[]``.
        CommonMark reads a line with no ``>`` as a lazy continuation of the quotation, but a live
        page that puts one marked line ("> Advertisement", a reader's post) above its stamped
        updates, one a line with no blank line between, means them as its own copy: read as a
        quotation, the rest of the page would be a speaker's words, and nothing in it would be
        linted as the writer's. Only a stamped line starts the split (round 172's figures: the
        split at any unmarked line cost a blind set an advertorial false alarm; a speaker's line
        or a testimonial's name under its quotation is the quotation's own). Each run is read
        again once and holds no lazy line of its own, so the reading stays linear."""
        text = self.norm.text
        runs: list[tuple[int, int, bool]] = []
        marked_before = True
        for line in range(first + 1, last):
            at = self.norm.line_start(line)
            nxt = self.norm.line_start(line + 1)
            marked = _LAZY_MARK.match(text, at, nxt) is not None
            if not runs and (marked or not entry_stamp_opens(text, at, nxt)):
                continue  # still the quotation: no stamped line yet
            if not runs and self._introduced(first, line):
                return []  # an excerpt the writer introduced: its stamped lines are its own
            if marked != marked_before:
                if runs:
                    runs[-1] = (runs[-1][0], line, runs[-1][2])
                runs.append((line, last, marked))
                marked_before = marked
        return runs

    def _introduced(self, first: int, stamped: int) -> bool:
        """Does a colon introduce the quotation whose line ``stamped`` opens with a time stamp:
        the last line with words before the quotation's paragraph (line ``first``), or its marked
        line right above the stamped one ("The jury was read the transcript:", "> The notice
        read:")? Then the stamps are the excerpt's own, a timetable or a transcript quoted whole
        with its times ("14:10 Defendant: At home."), and every lazy line stays the quotation's,
        as CommonMark reads it (review 137: round 172's split took such an excerpt's lines for
        the writer's copy). A live page's quotation sits among its entries, under a stamp or a
        heading, not after a colon. At most ``_INTRO_REACH`` blank lines are looked past."""
        text = self.norm.text
        for line in (stamped - 1, *range(first - 1, max(-1, first - 1 - _INTRO_REACH), -1)):
            if line < 0:
                break
            words = _MARKERS.sub("", text[self.norm.line_start(line):self.norm.line_start(line + 1)], count=1)
            words = words.strip().rstrip("*_")
            if words:
                if words.endswith(":"):
                    return True
                if line < first:
                    break  # the line before the quotation has words and no colon
        return False

    def _regions(self, first: int, last: int, quote: int, lists: int) -> list[list[Any]]:
        """Stack frames (see :meth:`_walk`) reading lines ``first``..``last`` of a container
        nested past the parser's limit: its first line and every line that opens dozens of
        containers read alone, the stretches between them parsed again."""
        frames: list[list[Any]] = [[None, -1, first, quote, lists]]
        text = self.norm.text
        start = first + 1
        for line in range(first + 1, last):
            a = self.norm.line_start(line)
            m = _MARKERS.match(text, a, self.norm.line_start(line + 1))
            if m and _deep(m.group()):
                if line > start:
                    frames.append([None, line, start, quote, lists])
                frames.append([None, -1, line, quote, lists])
                start = line + 1
        if last > start:
            frames.append([None, last, start, quote, lists])
        return frames

    def _inline_block(self, children: list[Any], a: int, b: int, kind: BlockKind, heading: int = 0) -> None:
        """One block of inline text, found in the source between offsets ``a`` and ``b``."""
        self._cursor_hint = a
        start = self.start_block()
        self._last_end = self.inline(children, a, b)
        block = self.end_block(start, kind, heading)
        if block and heading == 1 and self.headline is None:
            self.headline = block

    def _deep_line(self, line: int, quote_depth: int, list_depth: int) -> None:
        """The first line of a container nested past the parser's limit: its text after the
        container markers (``- - - >``), read as inline Markdown."""
        a = max(self.norm.line_start(line), self._last_end)
        b = self.norm.line_start(line + 1)
        m = _MARKERS.match(self.norm.text, a, b)
        at = m.end() if m else a
        quoted = quote_depth or ">" in self.norm.text[a:at]
        body = self.norm.text[at:b].rstrip("\n")
        if not body.strip():
            return
        children = _markdown_it().parseInline(body)[0].children or []
        self._inline_block(children, at, b, "quote" if quoted else "list" if list_depth else "paragraph")

    def inline(self, children: list[Any], cursor: int, limit: int) -> int:
        """Walk one block's inline tokens, finding each in the source after ``cursor``."""
        text = self.norm.text

        def find(s: str, at: int) -> int:
            i = text.find(s, at, limit)
            return i

        skip_depth = 0  # inside an autolink or image: not prose
        for c in children:
            ty = c.type
            if ty == "text":
                if not c.content:
                    continue
                i = find(c.content, cursor)
                if i < 0:
                    continue
                if not skip_depth:
                    self.prose(i, i + len(c.content))
                cursor = i + len(c.content)
            elif ty == "text_special":
                i = find(c.markup, cursor) if c.markup else -1
                if i < 0:
                    continue
                if not skip_depth:
                    self.replace(c.content, i, i + len(c.markup))
                cursor = i + len(c.markup)
            elif ty in ("softbreak", "hardbreak"):
                i = text.find("\n", cursor, limit)
                if i < 0:
                    continue
                j = i + 1
                if not skip_depth:
                    self.replace("\n", i, j)
                cursor = j
            elif ty == "code_inline":
                i = find(c.markup, cursor)
                if i < 0:
                    continue
                close = text.find(c.markup, i + len(c.markup), limit)
                end = close + len(c.markup) if close >= 0 else i + len(c.markup)
                self._placeholder(i, end)
                cursor = end
            elif ty == "html_inline":
                i = find(c.content.split("\n", 1)[0], cursor)
                if i < 0:
                    continue
                end = i + len(c.content)
                self.scan_directives(i, end)
                cursor = end
            elif ty == "link_open" and c.markup == "autolink":
                i = find("<", cursor)
                skip_depth += 1
                if i >= 0:
                    cursor = i
            elif ty == "link_close" and c.markup == "autolink":
                skip_depth -= 1
                i = find(">", cursor)
                if i >= 0:
                    self._placeholder(i, i + 1)
                    cursor = i + 1
            elif ty == "link_close":
                cursor = self._skip_link_tail(cursor, limit)
            elif ty == "image":
                i = find("![", cursor)
                if i < 0:
                    continue
                j = self._matching_bracket(i + 1, limit)
                cursor = self._skip_link_tail(j, limit)
                self._placeholder(i, cursor)
        return cursor

    def _placeholder(self, a: int, b: int) -> None:
        """A skipped inline span (code, image) becomes one space, so words do not glue."""
        if b > a:
            self.replace(" ", a, a + 1)

    def _matching_bracket(self, i: int, limit: int) -> int:
        """Offset just after the ``]`` closing the ``[`` at ``i`` (escapes and nesting counted)."""
        text = self.norm.text
        depth = 0
        j = i
        while j < limit:
            ch = text[j]
            if ch == "\\":
                j += 2
                continue
            if ch == "[":
                depth += 1
            elif ch == "]":
                depth -= 1
                if depth == 0:
                    return j + 1
            j += 1
        return limit

    def _skip_link_tail(self, cursor: int, limit: int) -> int:
        """Move past ``](target "title")``, ``][ref]`` or ``]`` after a link's text."""
        text = self.norm.text
        i = text.find("]", cursor, limit)
        if i < 0:
            return cursor
        j = i + 1
        if j < limit and text[j] == "(":
            depth = 0
            k = j
            quote = ""
            while k < limit:
                ch = text[k]
                if ch == "\\":
                    k += 2
                    continue
                if quote:
                    if ch == quote:
                        quote = ""
                elif ch in "\"'" and text[k - 1] in " \t\n":
                    quote = ch
                elif ch == "(":
                    depth += 1
                elif ch == ")":
                    depth -= 1
                    if depth == 0:
                        return k + 1
                k += 1
            return limit
        if j < limit and text[j] == "[":
            k = text.find("]", j, limit)
            return k + 1 if k >= 0 else j
        return j


def read(source: str) -> Parsed:
    """Read a Markdown draft (see the module docstring for what is linted)."""
    return _Reader(source).read()
