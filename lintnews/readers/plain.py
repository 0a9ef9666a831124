"""Plain-text reader: line endings folded to ``\\n``, paragraphs found, headline spotted."""

from __future__ import annotations

import re

from lintnews.readers import Block, Directive, Parsed, directive_action
from lintnews.readers.source import SourceBuilder, SourceMap
from lintnews.util.lazyregex import LazyRegex

_BREAK = LazyRegex(r"\r\n?")
_BLANK_LINE = LazyRegex(r"\n[ \t]*\n")
# A line with something on it besides white space (tried at line starts only, and
# possessive: a long line of blanks costs one pass, not one per character).
_PROSE_LINE = LazyRegex(r"^[^\S\n]*+\S[^\n]*", re.MULTILINE)
_LONG_LINE = LazyRegex(r"[^\n]{101}")
_DIRECTIVE = LazyRegex(
    r"^[ \t]*(?:(?:#|//|<!--)[ \t]*)?lintnews:[ \t]*(?:([A-Za-z][\w-]*)"
    r"(?:[ \t]*=[ \t]*([\w/,. -]+?))?"
    # an action and its rule names without the "=" ("lintnews: ignore loaded-language"): a
    # directive that silences nothing, kept whole as its action so that it is reported as the
    # Markdown reader's "<!-- lintnews: ignore loaded-language -->" is (review 74: it was read
    # as a line of prose, and silenced nothing, silently)
    r"|((?:disable-next-line|disable|enable|ignore)[ \t]+[\w/.-][\w/,. -]*?))[ \t]*(?:-->)?[ \t]*$",
    re.MULTILINE,
)
# A line that ends a sentence or a clause is prose, not a headline. (A closing bracket is no
# such end: "The minister's statement (full text)", "Budget 2024 (live)" are headlines.)
_HEADLINE_END = LazyRegex(r"[.!?:;,\"”’]\s*$")
_HEADLINE_CHARS = 200


def headline_line(text: str, start: int, end: int) -> bool:
    """Does the first paragraph ``text[start:end]`` read as a headline: one line, short, not
    ending a sentence or a clause? The one rule: the plain reader sets such a line as the
    headline, and the document's finders ask it of another format's first paragraph."""
    line = text[start:end]
    return "\n" not in line and len(line) <= _HEADLINE_CHARS and not _HEADLINE_END.search(line)


def normalise(source: str) -> tuple[str, SourceMap]:
    """Fold CRLF and CR to LF, keeping a map back to the original offsets."""
    if "\r" not in source:
        return source, SourceMap.identity(source)
    builder = SourceBuilder(source)
    pos = 0
    for m in _BREAK.finditer(source):
        builder.verbatim(pos, m.start())
        builder.replace("\n", m.start(), m.end())
        pos = m.end()
    builder.verbatim(pos, len(source))
    return builder.build()


def paragraph_blocks(text: str, offset: int = 0) -> list[Block]:
    """Split plain text into blocks.

    Drafts come in two shapes: one paragraph per line (what CMS exports and
    scrapers give), or hard-wrapped lines with blank lines between paragraphs.
    When every line is short and blank lines exist, a paragraph is the run of
    lines between blank lines; otherwise every line is its own block.
    """
    wrapped = bool(_BLANK_LINE.search(text)) and not _LONG_LINE.search(text)
    if not wrapped:
        return [Block(offset + m.start(), offset + m.end()) for m in _PROSE_LINE.finditer(text)]
    blocks = []
    pos = 0
    for m in _BLANK_LINE.finditer(text + "\n\n"):
        chunk = text[pos : m.start()]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            blocks.append(Block(offset + pos + lead, offset + pos + len(chunk.rstrip())))
        pos = m.end()
    return blocks


def read(source: str) -> Parsed:
    """Read plain text: paragraphs, the first line as headline when it reads like one."""
    text, smap = normalise(source)
    directives = []
    # (the substring test spares a large text the line-by-line regex scan: 5% of a 10 MB run)
    for m in _DIRECTIVE.finditer(text) if "lintnews:" in text else ():
        rules = tuple(r.strip() for r in (m.group(2) or "").split(",") if r.strip())
        word = 1 if m.group(1) is not None else 3  # (3: an action with names and no "=")
        action = directive_action(m.group(word))
        # its span, as the Markdown and HTML readers give it: the rule names, else the directive
        # from "lintnews:" on (before, column 1 to column 1: an empty span at the line's start)
        if rules:
            a, b = m.start(2), m.end(2)
        else:
            a, b = text.rindex("lintnews:", m.start(), m.start(word)), m.end(word)
        line, col = smap.line_col(smap.to_source_start(a))
        end_col = smap.line_col(smap.to_source_end(b))[1]
        directives.append(Directive(line, action, rules, col, max(end_col, col + 1)))
    if directives:  # directive lines are comments, not prose
        text = _DIRECTIVE.sub(lambda m: " " * len(m.group(0)), text)
    blocks = paragraph_blocks(text)
    headline = None
    if len(blocks) > 1:
        first = blocks[0]
        if headline_line(text, first.start, first.end):
            headline = Block(first.start, first.end, "heading", 1)
            blocks[0] = headline
    return Parsed(text, smap, blocks, headline, directives, "text")


# round 172: a live page's entry opening with its time stamp ("14:10 It is understood ...",
# "3:40pm - Police fired ...", "12:38 GMT" on a line of its own): the time, with an optional
# meridiem or zone, Markdown's closing bold marks, then a dash, a bar, a colon or the end of the
# line, or a capital
# A live page's time stamp: the time, with an optional meridiem or zone ("14:10", "3:40pm",
# "9.05 a.m.", "12:38 GMT", "10:15 AEDT"). One pattern for each reader of stamps (the entry's
# opening here, a word right after a stamp in lintnews/builtin/loaded/evidence/names.py; review
# 137: each had its own list of zones)
STAMP_TIME = (r"\d{1,2}[:.]\d{2}(?:[ \t]*(?:[apAP]\.?[mM]\.?|GMT|BST|UTC|IST|WAT|AES?T|AEDT|CES?T|ET|[ECMP][SD]T)"
              r"(?![\w]))?")
_STAMP_OPENS = LazyRegex(
    rf"[ \t]*{STAMP_TIME}"
    r"[*_]{0,3}(?:[ \t]*[-–—:|][ \t]|[ \t]*$|[ \t]+(?=[A-Z\"“‘']))",
    re.MULTILINE,
)
_STAMP_LEAD = 8  # characters of markup or blanks a stamp's line may open with
# round 143: a live post's time stamp that opens its line, and the post's sentence after it,
# on the same line ("14:55 Get breaking news alerts on the app.", "**09:12** - Sign up to ...",
# "__3.40pm__ Follow ..."): the stamp as _STAMP_OPENS reads it, a capital after it. Written to
# start with the line break, a literal, so that re's search skips to each "\n" at C speed (the
# text's first line is matched apart): a 10 MB text costs about 15 ms.
_STAMP_POST = rf"[ \t]{{0,8}}[*_#]{{0,3}}[ \t]?{STAMP_TIME}[*_]{{0,3}}(?:[ \t]*[-–—:|])?[ \t]+(?=[A-Z])"
_STAMP_POST_LINE = LazyRegex("\n" + _STAMP_POST)
_STAMP_POST_FIRST = LazyRegex(_STAMP_POST)


def stamp_posts(text: str) -> list[int]:
    """Where a live post's sentence starts after the time stamp that opens its line (round 143:
    "14:55 Get breaking news alerts on the app." -> the offset of "Get"). The rule packs'
    sentence openings never read a bare stamp, so the matcher tries their imperatives again at
    these offsets, on the rest of the line read as a line of its own (lintnews/matching/
    matcher.py); a time inside a line ("at 14:55 Get ...") is no stamp's, and is not listed.
    One pass over the text, linear; most texts have none."""
    found = [m.end() for m in _STAMP_POST_LINE.finditer(text)]
    first = _STAMP_POST_FIRST.match(text)
    if first is not None:
        found.insert(0, first.end())
    return found


def entry_stamp_opens(text: str, start: int, end: int) -> bool:
    """Does the line or block at ``start`` open a new entry of a live page, with its time stamp
    (round 172: "13:30 GMT" on a line of its own, "**14:10** It is understood ...", "3:40pm -
    Police fired ...")? A live page's next entry is the writer's own post again: an excerpt
    quoted after a citation ends there (document/voices.py), and so does a Markdown quotation
    whose next line has no ``>`` (readers/markdown.py). The stamp must open its line."""
    line_start = text.rfind("\n", max(0, start - _STAMP_LEAD), start) + 1
    if (line_start == 0 and start > _STAMP_LEAD) or text[line_start:start].strip(" \t*_#"):
        return False  # inside a line: a time in a sentence is no entry's stamp
    at = start
    while at < end and text[at] in "*_#":
        at += 1  # Markdown's bold or heading marks before the time
    return _STAMP_OPENS.match(text, at, end) is not None
