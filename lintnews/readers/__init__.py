"""Readers turn a file's bytes into plain text, blocks and a map back to the source.

Each reader is registered through the ``lintnews_register_readers`` hook, so a
plugin can add a format. Decoding is shared: every format is text first.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from lintnews.model.errors import InputError
from lintnews.readers.source import SourceMap

BlockKind = Literal["paragraph", "heading", "quote", "list", "caption"]


class Block(NamedTuple):
    """A paragraph-level unit of the plain text: sentences never cross a block boundary.

    ``kind`` ``"quote"`` marks a block quotation (Markdown ``>``, HTML ``<blockquote>``):
    its words are somebody else's, like text inside quotation marks.
    ``level`` is the heading level for headings, 0 otherwise.
    (A named tuple: a long text has a block per line, and a tuple is built five times
    faster than a frozen dataclass.)
    """

    start: int
    end: int
    kind: BlockKind = "paragraph"
    level: int = 0


DIRECTIVE_ACTIONS = ("disable", "enable", "disable-next-line")


def directive_action(word: str) -> str:
    """The action a directive's word names (``ignore`` is ``disable-next-line``). Readers take
    any word after ``lintnews:`` and keep one that names no action as written, so that
    ``lintnews: disabel=...`` is reported (``lintnews.engine.suppression``), not read as prose
    or as nothing: a typo would otherwise silence nothing, silently."""
    return "disable-next-line" if word == "ignore" else word


@dataclass(frozen=True, slots=True)
class Directive:
    """An inline suppression comment found by a reader (see ``lintnews.engine.suppression``).

    ``line`` is the 1-based source line of the comment; ``action`` is ``disable``,
    ``enable`` or ``disable-next-line``; ``rules`` empty means every rule.
    """

    line: int
    action: str
    rules: tuple[str, ...]
    column: int = 1
    end_column: int = 1


class Note(NamedTuple):
    """Something a reader tells the editor about the file as a whole (an ``info`` diagnostic).

    ``start``/``end`` are *source* offsets (the note is about the file, not a word of
    the plain text: "no article found on this page, the whole page was linted").
    """

    start: int
    end: int
    rule: str
    message: str
    suggestion: str | None = None


@dataclass(slots=True)
class Parsed:
    """What a reader hands to :class:`lintnews.document.document.Document`."""

    text: str
    source_map: SourceMap
    blocks: list[Block]
    headline: Block | None = None
    directives: list[Directive] = field(default_factory=list)
    format: str = "text"
    notes: list[Note] = field(default_factory=list)
    # False for a part of a large file that lintnews.execution.split cut out after its first
    # paragraphs: what a judge reads only at a document's top (its headline, an announcement in
    # its opening paragraphs) is not in a part's first paragraphs, which are the middle of a file
    starts_text: bool = True
    # For such a part: the whole file's text and where the part starts in it (the text before
    # the part is ``before[0][:before[1]]``, a reference, not a copy). What a judge looks for
    # from a document's very start (a story's first mention of a source) is looked for there
    # too, so that a part reports what the whole file reports.
    before: tuple[str, int] = ("", 0)


def encoding_problem(encoding: str) -> str | None:
    """Why ``--encoding`` cannot decode text (checked once, before any file is read), or ``None``.
    ``rot13``, ``hex`` and ``base64`` are codecs Python knows, but not text encodings."""
    try:
        b"a".decode(encoding)  # (not b"": Python decodes no bytes without looking the codec up)
    except LookupError as exc:
        if "not a text encoding" in str(exc):
            return f"{encoding!r} is not a text encoding (e.g. utf-8, latin-1, cp1252)"
        return f"unknown encoding {encoding!r} (e.g. utf-8, latin-1, cp1252)"
    except (UnicodeError, ValueError):  # a real text encoding that one byte cannot satisfy (utf-16)
        pass
    return None


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """Decode a file's bytes to text, or raise :class:`InputError` naming the problem.

    UTF-8 with or without BOM is the default; a UTF-16/32 BOM is honoured; NUL
    bytes anywhere mean a binary file (an image, a PDF, UTF-16 without a BOM),
    which no prose linter should guess at. Errors give the byte offset, so an
    editor can jump to it; ``--encoding`` (any Python codec name, e.g.
    ``latin-1`` or ``cp1252``) decodes legacy files instead.
    """
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(f"{path}: {encoding_problem(encoding)}") from None
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{path}: cannot decode as {encoding} at byte {exc.start}: {exc.reason}"
            ) from None
        except (UnicodeError, ValueError, TypeError) as exc:  # codecs such as idna raise these
            raise InputError(f"{path}: cannot decode as {encoding}: {' '.join(str(exc).split())}") from None
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{path}: invalid {codec.upper()} at byte {exc.start}: {exc.reason}"
                ) from None
            if "\x00" in text:
                raise InputError(f"{path}: binary file (contains NUL characters), not linted")
            return text
    nul = data.find(b"\x00")  # memchr: fast even on a 50 MB file
    if nul >= 0:
        raise InputError(f"{path}: binary file (NUL byte at byte {nul}), not linted")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 at byte {exc.start} (use --encoding, e.g. --encoding latin-1)"
        ) from None
