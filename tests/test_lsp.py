"""The language server end to end: a real JSON-RPC client talks to ``lintnews lsp`` over stdio.

initialize -> didOpen -> publishDiagnostics (exact UTF-16 ranges) -> didChange -> the update ->
codeAction (quick fix) -> didSave -> shutdown -> exit.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

TIMEOUT = 30


class Client:
    """A minimal LSP client: Content-Length framing, requests by id, notifications by method."""

    def __init__(self, cwd: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "lintnews", "lsp"], cwd=cwd,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.next_id = 0
        self.pending: list[dict[str, Any]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            self.messages.put(json.loads(body.decode("utf-8")))

    def send(self, payload: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **payload}).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self.send({"method": method, "params": params})

    def _next(self, want) -> dict[str, Any]:  # type: ignore[no-untyped-def]
        for i, msg in enumerate(self.pending):
            if want(msg):
                return self.pending.pop(i)
        while True:
            try:
                msg = self.messages.get(timeout=TIMEOUT)
            except queue.Empty:
                err = self.proc.stderr.read1(65536).decode(errors="replace") if self.proc.poll() is not None else ""  # type: ignore[union-attr]
                raise AssertionError(f"no reply from the server in {TIMEOUT}s {err}") from None
            if "id" in msg and "method" in msg:  # a server-to-client request: answer it
                self.send({"id": msg["id"], "result": None})
                continue
            if want(msg):
                return msg
            self.pending.append(msg)

    def request(self, method: str, params: dict[str, Any] | None) -> Any:
        self.next_id += 1
        rid = self.next_id
        self.send({"id": rid, "method": method, "params": params})
        msg = self._next(lambda m: m.get("id") == rid and "method" not in m)
        assert "error" not in msg, msg
        return msg["result"]

    def diagnostics(self, uri: str) -> dict[str, Any]:
        msg = self._next(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri)
        return msg["params"]

    def close(self) -> int:
        try:
            self.proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        return self.proc.returncode


def utf16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def _range(line: int, text: str, word: str) -> dict[str, Any]:
    """The expected LSP range of ``word`` on 0-based ``line`` of ``text``, in UTF-16 units."""
    src = text.splitlines()[line]
    col = src.index(word)
    return {"start": {"line": line, "character": utf16(src[:col])},
            "end": {"line": line, "character": utf16(src[: col + len(word)])}}


# The emoji is one code point but two UTF-16 units: a server counting code points would be off by one.
DRAFT = (
    "Budget night 🎉 at the town hall\n"
    "The treasurer 🎉 claimed that the books were balanced.\n"
    "Zoë Brandt, the deputy mayor, said the vote would be held on Friday.\n"
)
CHANGED = DRAFT + "The mayor is believed to have hidden the report.\n"


@pytest.fixture
def workspace(tmp_path):
    (tmp_path / ".lintnews.toml").write_text('ignore = ["advertorial"]\n', encoding="utf-8")
    return tmp_path


def test_language_server_end_to_end(workspace):
    client = Client(workspace)
    path = workspace / "draft.md"
    path.write_text("On disk: nothing to flag here, the clerk said.\n", encoding="utf-8")  # never read
    uri = path.as_uri()
    try:
        init = client.request("initialize", {
            "processId": None, "rootUri": workspace.as_uri(), "capabilities": {
                "general": {"positionEncodings": ["utf-16"]},
                "textDocument": {"publishDiagnostics": {"codeDescriptionSupport": True, "dataSupport": True}},
            },
        })
        caps = init["capabilities"]
        assert caps.get("positionEncoding", "utf-16") == "utf-16"
        assert caps["codeActionProvider"]
        assert init["serverInfo"]["name"] == "lintnews"
        client.notify("initialized", {})

        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": DRAFT}})
        published = client.diagnostics(uri)
        diags = published["diagnostics"]
        assert [d["code"] for d in diags] == ["loaded-language/verdict-verb"], diags
        (claimed,) = diags
        assert claimed["range"] == _range(1, DRAFT, "claimed")
        assert claimed["range"]["start"]["character"] == 17  # "The treasurer 🎉 " is 16 code points
        assert claimed["severity"] == 2  # Warning
        assert claimed["source"] == "lintnews"
        assert "Why an editor cares:" in claimed["data"]["explanation"]
        assert claimed["data"]["fix"] == "said"

        # didChange (incremental): append a sentence; the buffer, not the disk, is linted
        end = {"line": 3, "character": 0}
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"range": {"start": end, "end": end},
                                "text": "The mayor is believed to have hidden the report.\n"}],
        })
        diags = client.diagnostics(uri)["diagnostics"]
        by_code = {d["code"]: d for d in diags}
        assert set(by_code) == {"loaded-language/verdict-verb", "unattributed-claim/passive-attribution"}
        assert by_code["unattributed-claim/passive-attribution"]["range"] == _range(3, CHANGED, "is believed to")

        # code action: the quick fix replaces "claimed" with "said"
        actions = client.request("textDocument/codeAction", {
            "textDocument": {"uri": uri},
            "range": claimed["range"],
            "context": {"diagnostics": [by_code["loaded-language/verdict-verb"]]},
        })
        (action,) = actions
        assert action["kind"] == "quickfix"
        (edit,) = action["edit"]["changes"][uri]
        assert edit == {"range": _range(1, DRAFT, "claimed"), "newText": "said"}
        # advice that is not a replacement gives no action
        none = client.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": by_code["unattributed-claim/passive-attribution"]["range"],
            "context": {"diagnostics": [by_code["unattributed-claim/passive-attribution"]]},
        })
        assert not none

        # didSave publishes again, still from the buffer
        client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
        assert len(client.diagnostics(uri)["diagnostics"]) == 2

        assert client.request("shutdown", None) is None
        client.notify("exit", None)
        assert client.close() == 0
    finally:
        if client.proc.poll() is None:
            client.proc.kill()


def test_workspace_config_is_honoured(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.lintnews]\nignore = ["loaded-language/verdict-verb"]\n', encoding="utf-8")
    client = Client(tmp_path)
    uri = (tmp_path / "story.txt").as_uri()
    try:
        client.request("initialize", {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}})
        client.notify("initialized", {})
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "plaintext", "version": 1, "text": DRAFT}})
        assert client.diagnostics(uri)["diagnostics"] == []
        client.request("shutdown", None)
        client.notify("exit", None)
        assert client.close() == 0
    finally:
        if client.proc.poll() is None:
            client.proc.kill()


def test_a_file_the_config_excludes_is_not_linted_in_the_editor(tmp_path):
    (tmp_path / ".lintnews.toml").write_text('exclude = ["templates"]\n', encoding="utf-8")
    (tmp_path / "templates").mkdir()
    for name in ("templates/box.txt", "story.txt"):
        (tmp_path / name).write_text(DRAFT, encoding="utf-8")
    client = Client(tmp_path)
    try:
        client.request("initialize", {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}})
        client.notify("initialized", {})
        for name, found in (("templates/box.txt", False), ("story.txt", True)):
            uri = (tmp_path / name).as_uri()
            client.notify("textDocument/didOpen", {"textDocument": {
                "uri": uri, "languageId": "plaintext", "version": 1, "text": DRAFT}})
            assert bool(client.diagnostics(uri)["diagnostics"]) is found, name
        client.request("shutdown", None)
        client.notify("exit", None)
        assert client.close() == 0
    finally:
        if client.proc.poll() is None:
            client.proc.kill()


def test_pack_replace_marks_a_suggestion_as_a_fix_outside_the_json_contract():
    from lintnews.packs.loader import parse_pack

    (rule,) = parse_pack({"rules": [{
        "id": "house/slang", "summary": "Slang.", "message": "'{match}' is slang.", "suggestion": "Say it plainly.",
        "terms": ["gobsmacked", {"term": "slammed", "suggestion": "criticised", "replace": True}],
    }]}, "house.toml")
    from lintnews.packs.model import Hit

    text = "Slammed and gobsmacked."
    slammed = rule.finding(text, Hit(0, 7, rule.by_form["slammed"]))
    gobsmacked = rule.finding(text, Hit(12, 22, rule.by_form["gobsmacked"]))
    assert slammed.fix == "Criticised"  # capitalised like the word it replaces
    assert gobsmacked.fix is None  # the rule's advice is not replacement text
    from lintnews.model.diagnostic import Diagnostic, Severity

    d = Diagnostic("a.txt", 1, 1, 1, 8, "house/slang", "house", Severity.WARNING, "m", "criticised", fix="x")
    assert "fix" not in d.to_dict()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
def test_client_columns_are_counted_once_per_line(encoding):
    """Columns in the client's code units, for many diagnostics on one long line (walked once:
    counting each prefix again took 80 s for 1,300 findings on a 100 kB line)."""
    import time

    from lsprotocol import types as lsp
    from pygls.workspace.position_codec import PositionCodec

    from lintnews.integrations.lsp import client_units
    from lintnews.readers.source import SourceMap

    line = "Zoë 🎉 said so. " * 20_000
    text = "short\n" + line + "\n"
    smap = SourceMap.identity(text)
    codec = PositionCodec(lsp.PositionEncodingKind(encoding))
    places = [(2, c) for c in range(1, len(line) + 1, 17)] + [(1, 3), (2, 5), (2, 5)]
    started = time.perf_counter()
    got = client_units(smap, codec, places)
    assert time.perf_counter() - started < 5
    # the expected units by definition (bytes of UTF-8, 16-bit units of UTF-16, code points):
    # pygls's own count, the oracle before, walks a prefix in Python and took 2-3 s here
    width = {"utf-8": lambda s: len(s.encode("utf-8")), "utf-16": lambda s: len(s.encode("utf-16-le")) // 2,
             "utf-32": len}[encoding]
    for line_no, column in places[::97] + places[-3:]:
        prefix = smap.line_text(line_no)[: column - 1]
        assert got[line_no, column] == width(prefix)
    for line_no, column in places[:3] + places[-3:]:  # (and pygls counts the same)
        assert got[line_no, column] == codec.client_num_units(smap.line_text(line_no)[: column - 1])
