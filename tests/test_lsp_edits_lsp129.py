"""Incremental edits applied to a language-server buffer (lsp129): pygls's results, at C speed.

Ten keystrokes into a 5 MB line kept the server from answering a request for 17 s (30 s at
load, tests147): pygls converted each edit's UTF-16 columns with a Python call per character of
the line. ``LintnewsTextDocument`` must give the same text as pygls's ``TextDocument`` for any
edit (odd text, every position encoding, ranges past the end or reversed), and its Python work per
edit must not grow with the line.
"""

from __future__ import annotations

import random
import sys
import time

import pytest
from lsprotocol import types as lsp
from pygls.workspace.position_codec import PositionCodec
from pygls.workspace.text_document import TextDocument

from lintnews.integrations.lsp_text import LintnewsTextDocument, client_to_code_points

ENCODINGS = [lsp.PositionEncodingKind.Utf16, lsp.PositionEncodingKind.Utf8, lsp.PositionEncodingKind.Utf32]
TEXTS = [
    "",
    "plain line\nsecond line\n",
    "Zo\u00eb said \U0001f525 it \U0001f600\U0001f600 burned.\r\nnext\rthird\u2028fourth\n",
    "lone \ud83d surrogate \ude00 and \ud83d\ude00 pair\n\n\nend",
    "\u00e9\u00e9\u4e2d\u6587\U00010348x\r\n\r\n",
]


def edit(doc: TextDocument, start: tuple[int, int], end: tuple[int, int], text: str) -> None:
    rng = lsp.Range(start=lsp.Position(*start), end=lsp.Position(*end))
    doc.apply_change(lsp.TextDocumentContentChangePartial(range=rng, text=text))


def documents(text: str, encoding: str) -> tuple[TextDocument, TextDocument]:
    kind = lsp.TextDocumentSyncKind.Incremental
    return (TextDocument("file:///a.txt", source=text, version=1, sync_kind=kind,
                         position_codec=PositionCodec(encoding)),
            LintnewsTextDocument("file:///a.txt", source=text, version=1, sync_kind=kind,
                                 position_codec=PositionCodec(encoding)))


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("text", TEXTS)
def test_edits_give_pygls_text(text: str, encoding: str) -> None:
    rng = random.Random(f"{TEXTS.index(text)}{encoding}")
    theirs, ours = documents(text, encoding)
    for _ in range(300):
        lines = max(1, len(theirs.source.splitlines()))
        a = (rng.randrange(lines + 2), rng.randrange(40))
        b = (rng.randrange(lines + 2), rng.randrange(40)) if rng.random() < 0.5 else a
        if rng.random() < 0.7 and b < a:
            a, b = b, a
        insert = rng.choice(["", "x", "\U0001f525", "\u00e9\n", "\r\n", "ab\rcd"])
        edit(theirs, a, b, insert)
        edit(ours, a, b, insert)
        assert ours.source == theirs.source, (a, b, insert)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_column_conversion_is_pygls(encoding: str) -> None:
    codec = PositionCodec(encoding)
    for text in TEXTS:
        for line_no, line in enumerate(text.splitlines(True)):
            for column in range(0, 50):
                want = codec.position_from_client_units([line], lsp.Position(0, column)).character
                assert client_to_code_points(line, column, encoding) == want, (line_no, line, column)


def keystrokes(size: int, doc_cls: type[TextDocument] = LintnewsTextDocument) -> tuple[int, float]:
    """Ten keystrokes into the middle of a ``size``-character line (one astral character in it):
    the Python calls they made, and their user CPU seconds."""
    sentence = "The council met on Monday and the roads were quiet. "
    line = sentence * (size // len(sentence) // 2) + "\U0001f525 " + sentence * (size // len(sentence) // 2)
    doc = doc_cls("file:///big.txt", source="Sources say it rained.\n" + line + "\n", version=1,
                  sync_kind=lsp.TextDocumentSyncKind.Incremental)
    calls = 0

    def count(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal calls
        if event == "call":
            calls += 1

    started = time.process_time()
    sys.setprofile(count)
    try:
        for i in range(10):
            column = len(line) // 2 + 20 * i  # (past the astral character: UTF-16 columns differ)
            edit(doc, (1, column), (1, column), "Allegedly ")
    finally:
        sys.setprofile(None)
    return calls, time.process_time() - started


def test_keystrokes_into_a_long_line_do_not_grow_with_it() -> None:
    """At n and 8n characters the Python work per keystroke is the same (pygls made a call per
    character: millions), and the copying left is C's (ten keystrokes into 4 MB: some 50 ms)."""
    small_calls, _ = keystrokes(500_000)
    big_calls, seconds = keystrokes(4_000_000)
    assert big_calls == small_calls, (small_calls, big_calls)
    assert big_calls < 2_000, big_calls
    assert seconds < 2.0, seconds


def test_the_count_sees_pygls_per_character_loop() -> None:
    """(The measure can fail: pygls's own document makes a Python call per character.)"""
    calls, _ = keystrokes(20_000, TextDocument)
    assert calls > 10 * 20_000, calls


def test_the_server_buffers_are_ours() -> None:
    from lintnews.integrations.lsp import create_server

    server = create_server()
    server.protocol._workspace = __import__("pygls.workspace", fromlist=["Workspace"]).Workspace(
        None, lsp.TextDocumentSyncKind.Incremental)
    server.workspace.put_text_document(lsp.TextDocumentItem(uri="file:///a.txt", language_id="plaintext",
                                                            version=1, text="abc\n"))
    assert isinstance(server.workspace.get_text_document("file:///a.txt"), LintnewsTextDocument)
