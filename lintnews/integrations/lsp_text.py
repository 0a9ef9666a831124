"""The language server's buffers: pygls's text document, with edits applied at C speed (lsp129).

pygls applies an incremental ``didChange`` by converting each end of the edit's range from the
client's units (UTF-16 by default) to code points with a Python loop over the line, one call per
character, after counting the whole line's units the same way; then rebuilds the buffer line by
line in Python. A keystroke into a 5 MB line (a pasted transcript on one line) was ten million
Python calls, 1.7 s of CPU per keystroke; ten keystrokes kept the server from answering a request
for 17 s alone, 30 s at load (tests147). Here the same conversion is done with the line's astral
characters found by a regular expression (UTF-16) or its bytes counted by ``bytes.translate``
(UTF-8), and the buffer is rebuilt by slicing: the Python work per edit is O(edit + astral
characters of the line), the rest C-level copying. The results are pygls's, to the code point
(its clamping of a column past the line's end, its rounding of a column inside a surrogate pair
or a UTF-8 sequence up to the character's end, its "lines" as ``str.splitlines`` sees them):
``tests/test_lsp_edits_lsp129.py`` checks them against pygls's own on odd text.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from lsprotocol import types as lsp
from pygls.workspace import Workspace
from pygls.workspace.text_document import TextDocument

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_LEAD_BYTES = bytes(b for b in range(256) if not 0x80 <= b <= 0xBF)  # (deleted: continuation bytes remain)


def client_to_code_points(line: str, character: int, encoding: Any) -> int:
    """The code-point column of the client column ``character`` in ``line`` (one of
    ``str.splitlines(True)``'s lines), as pygls's ``PositionCodec.position_from_client_units``
    computes it, without a Python step per character."""
    if line.endswith("\r\n"):  # (pygls's "\r\n" -> "\n"; splitlines leaves one only at the end)
        line = line[:-1]
    size = len(line)
    if encoding == lsp.PositionEncodingKind.Utf32 or line.isascii():  # (one unit a character)
        client_len = size
        encoding = lsp.PositionEncodingKind.Utf32
    elif encoding == lsp.PositionEncodingKind.Utf8:
        data = line.encode("utf-8", "surrogatepass")  # (a lone surrogate: 3 units, as pygls counts)
        client_len = len(data)
    else:  # UTF-16, pygls's choice for any other name too
        client_len = len(line.encode("utf-16-le", "surrogatepass")) // 2  # (C speed, no astral: no scan)
        astral = [m.start() for m in _ASTRAL.finditer(line)] if client_len > size else []
    if client_len == 0:
        return 0
    if character > client_len:
        character = client_len - 1
    if character <= 0:
        return 0
    if encoding == lsp.PositionEncodingKind.Utf32:
        return character
    if encoding == lsp.PositionEncodingKind.Utf8:
        # the first code point whose end reaches ``character`` bytes: the lead bytes among them
        prefix = data[:character]
        return character - len(prefix.translate(None, _LEAD_BYTES))
    # the least i with i + (astral characters before i) >= character
    lo, hi = 0, size
    while lo < hi:
        mid = (lo + hi) // 2
        if mid + bisect.bisect_left(astral, mid) >= character:
            hi = mid
        else:
            lo = mid + 1
    return lo


class LintnewsTextDocument(TextDocument):
    """pygls's document, its incremental edits applied without a Python loop over the text."""

    def _apply_incremental_change(self, change: lsp.TextDocumentContentChangePartial) -> None:
        source = self.source
        lines = source.splitlines(True)
        encoding = self._position_codec.encoding
        if encoding not in (lsp.PositionEncodingKind.Utf8, lsp.PositionEncodingKind.Utf32):
            encoding = lsp.PositionEncodingKind.Utf16
        starts: list[int] = []
        offsets: list[int] = []
        for position in (change.range.start, change.range.end):
            if not lines:
                starts.append(0)
                offsets.append(0)
                continue
            row = position.line
            if row >= len(lines):  # pygls: the last line, at its length in client units (sic)
                row = len(lines) - 1
                last = lines[-1]
                column = len(last) + (len(_ASTRAL.findall(last)) if encoding == lsp.PositionEncodingKind.Utf16
                                      else len(last.encode("utf-8", "surrogatepass")) - len(last)
                                      if encoding == lsp.PositionEncodingKind.Utf8 else 0)
            else:
                column = client_to_code_points(lines[row], position.character, encoding)
            line_start = sum(map(len, lines[:row]))
            starts.append(row)
            offsets.append(line_start + min(column, len(lines[row])))
        start_line, end_line = starts
        if start_line == len(lines):  # (pygls: an edit at the very end; only an empty buffer here)
            self._source = source + change.text
            return
        start, end = offsets
        if end_line < start_line:  # (pygls writes every line whole then: the edit is dropped)
            return
        # (an end column before the start on one line: pygls writes the line's head, the text,
        # then the tail from the end column, which the slices do too)
        self._source = source[:start] + change.text + source[end:]


class LintnewsWorkspace(Workspace):
    """pygls's workspace, its buffers :class:`LintnewsTextDocument`."""

    def _create_text_document(self, doc_uri: str, source: str | None = None, version: int | None = None,
                              language_id: str | None = None) -> TextDocument:
        return LintnewsTextDocument(doc_uri, source=source, version=version, language_id=language_id,
                                    sync_kind=self._sync_kind, position_codec=self._position_codec)
