"""The language server survives bad clients (issue 9).

The server runs as a subprocess speaking
JSON-RPC over stdio, the way an editor starts it (``lintnews lsp``), and the tests send it
what a buggy or hostile client might: malformed JSON, unknown methods, a ``didChange``
for a document it never opened, params of the wrong shape, a 5 MB buffer.
After each, the server must still answer a request, and finally shut down
cleanly. ``LINTNEWS_LSP_CMD`` overrides the command.
"""

from __future__ import annotations

import json
import os
import queue
import shlex
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TIMEOUT = 60.0


def server_command() -> list[str]:
    if os.environ.get("LINTNEWS_LSP_CMD"):
        return shlex.split(os.environ["LINTNEWS_LSP_CMD"])
    return [sys.executable, "-m", "lintnews", "lsp"]


class Client:
    """A minimal LSP client: framed JSON-RPC over the server's stdin/stdout."""

    def __init__(self, cwd: Path, env: dict[str, str] | None = None) -> None:
        """A server started in ``cwd`` with ``env`` (by default this process's, plugins not
        autoloaded)."""
        if env is None:
            env = {**os.environ, "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"}
        self.proc = subprocess.Popen(server_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, cwd=str(cwd), env=env)
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.next_id = 1
        self.capabilities: dict[str, Any] = {}
        self.stderr: list[bytes] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    def _drain_stderr(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.stderr.append(line)

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            if length is None:
                continue
            body = out.read(length)
            try:
                self.messages.put(json.loads(body))
            except ValueError:
                self.messages.put({"unparseable": body.decode("utf-8", "replace")})

    def send_raw(self, body: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def send(self, payload: dict[str, Any]) -> None:
        self.send_raw(json.dumps({"jsonrpc": "2.0", **payload}).encode("utf-8"))

    def notify(self, method: str, params: Any = None) -> None:
        msg: dict[str, Any] = {"method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)

    def request(self, method: str, params: Any = None) -> int:
        rid = self.next_id
        self.next_id += 1
        msg: dict[str, Any] = {"id": rid, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        return rid

    def wait_for(self, predicate, timeout: float = TIMEOUT) -> dict[str, Any]:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        seen = []
        while time.monotonic() < deadline:
            try:
                msg = self.messages.get(timeout=min(1.0, max(0.01, deadline - time.monotonic())))
            except queue.Empty:
                assert self.proc.poll() is None, f"server died: {b''.join(self.stderr)[-2000:]!r}"
                continue
            if predicate(msg):
                return msg
            seen.append(msg)
            if msg.get("method") == "window/workDoneProgress/create" or (
                "id" in msg and "method" in msg  # a server->client request: answer it
            ):
                self.send({"id": msg["id"], "result": None})
        raise AssertionError(f"no matching message within {timeout}s; saw {str(seen)[:2000]}")

    def response(self, rid: int, timeout: float = TIMEOUT) -> dict[str, Any]:
        return self.wait_for(lambda m: m.get("id") == rid and "method" not in m, timeout)

    def diagnostics_for(self, uri: str, timeout: float = TIMEOUT) -> dict[str, Any]:
        """The document's diagnostics, pushed (publishDiagnostics) or pulled (textDocument/diagnostic),
        whichever the server announced; returned as a publishDiagnostics-shaped message."""
        if self.capabilities.get("diagnosticProvider"):
            rid = self.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
            msg = self.response(rid, timeout)
            assert "result" in msg, msg
            return {"params": {"uri": uri, "diagnostics": msg["result"].get("items", [])}}
        return self.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                             and m.get("params", {}).get("uri") == uri, timeout)

    def alive(self) -> None:
        """The server still answers: an unknown request gets an error response, not silence."""
        rid = self.request("lintnews/unknownPing", {})
        msg = self.response(rid)
        assert msg["error"]["code"] == -32601  # MethodNotFound
        assert self.proc.poll() is None

    def close(self) -> int:
        try:
            if self.proc.poll() is None:
                rid = self.request("shutdown")
                self.response(rid, timeout=20)
                self.notify("exit")
            return self.proc.wait(timeout=20)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()


def served(root: Path) -> Iterator[Client]:
    """A server started in ``root`` and initialized, for a fixture to yield; closed cleanly
    afterwards (exit code 0)."""
    c = Client(root)
    rid = c.request("initialize", {"processId": os.getpid(), "rootUri": root.as_uri(), "capabilities": {}})
    assert "result" in c.response(rid)
    c.notify("initialized", {})
    yield c
    assert c.close() == 0


def started(root: Path) -> Client:
    """A server started in ``root`` and initialized, its capabilities noted."""
    c = Client(root)
    rid = c.request("initialize", {"processId": os.getpid(), "rootUri": root.as_uri(),
                                   "capabilities": {}, "workspaceFolders": None})
    init = c.response(rid)
    assert "result" in init and "capabilities" in init["result"], init
    c.capabilities = init["result"]["capabilities"]
    c.notify("initialized", {})
    return c


@pytest.fixture
def client(tmp_path: Path):  # type: ignore[no-untyped-def]
    c = started(tmp_path)
    yield c
    code = c.close()
    assert code == 0, b"".join(c.stderr)[-2000:]


@pytest.fixture(scope="module")
def survivor(tmp_path_factory) -> Iterator[tuple[Client, Path]]:  # type: ignore[no-untyped-def]
    """One server, and its root, for the module's tests of what a bad or odd message does to a
    running server: (client, root). Each of those tests sends its own messages and then asks
    the server to answer (``alive``, or a document's diagnostics), which is what it checks; none
    of them is about the server's start, its standard error or its exit, so they need not pay a
    start each (testtime174: a server's start and initialize was about 2 s of each such test at
    load; 14 tests). The clean exit after them all (shutdown answered, exit code 0) is checked
    when the module is done; a message that left the server unable to shut down cleanly still
    fails it there. The tests that read standard error, break the framing, shut the server down
    or count its publications keep a server of their own (``client``)."""
    root = tmp_path_factory.mktemp("survivor")
    c = started(root)
    yield c, root
    code = c.close()
    assert code == 0, b"".join(c.stderr)[-2000:]


def open_doc(c: Client, tmp_path: Path, name: str, text: str, version: int = 1) -> str:
    uri = (tmp_path / name).as_uri()
    c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plaintext",
                                                       "version": version, "text": text}})
    return uri


def test_a_normal_document_gets_diagnostics(survivor: tuple[Client, Path]) -> None:
    client, tmp_path = survivor
    uri = open_doc(client, tmp_path, "a.txt", "Sources say the fire was terrifying.\n")
    msg = client.diagnostics_for(uri)
    assert msg["params"]["diagnostics"], msg


@pytest.mark.parametrize("body", [
    b"{not json",
    b"",
    b"[1, 2, 3]",
    b'{"jsonrpc": "2.0", "id": 99, "method": 5}',
    b'{"jsonrpc": "2.0"}',
    b"\xff\xfe\x00\x00",
    b'{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": 5}',
    b'{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": 7}}}',
])
def test_malformed_messages_do_not_kill_the_server(survivor: tuple[Client, Path], body: bytes) -> None:
    client, _ = survivor
    client.send_raw(body)
    client.alive()


MALFORMED_SHAPES = [
    b'{"jsonrpc": "2.0", "id": 41, "method": "initialize", "params": {}}',
    b'{"jsonrpc": "2.0", "id": 42, "method": "textDocument/codeAction", "params": {"range": null}}',
    b'{"jsonrpc": "2.0", "id": 43, "method": "textDocument/hover"}',
    b'{"jsonrpc": "2.0", "id": {"a": 1}, "method": "lintnews/unknownPing"}',
    b'{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"contentChanges": "x"}}',
]


def test_malformed_messages_are_one_line_each_on_stderr(client: Client) -> None:
    """Before: pygls logged each of these with a Python traceback (up to 40 lines of cattrs
    ExceptionGroup) on standard error, the editor's log; now one line each, no traceback
    (``LINTNEWS_DEBUG=1`` keeps them, for bug reports)."""
    for body in MALFORMED_SHAPES:
        client.send_raw(body)
    for rid in (41, 42, 43):
        assert "error" in client.response(rid)
    client.alive()
    time.sleep(0.5)  # (stderr is read by a thread)
    lines = [line.decode("utf-8", "replace").rstrip("\n") for line in client.stderr]
    assert lines, "each malformed message is reported"
    assert not [line for line in lines if "Traceback" in line or line[:1].isspace() or not line.strip()], lines
    assert all(line.startswith("lintnews lsp: ") for line in lines), lines


def test_unknown_method_is_an_error_response(survivor: tuple[Client, Path]) -> None:
    client, _ = survivor
    rid = client.request("lintnews/doesNotExist", {"x": 1})
    msg = client.response(rid)
    assert msg["error"]["code"] == -32601  # MethodNotFound
    client.notify("lintnews/unknownNotification", {"y": 2})  # notifications: silently ignored
    client.notify("$/cancelRequest", {"id": 12345})
    client.alive()


def test_did_change_for_an_unopened_document(survivor: tuple[Client, Path]) -> None:
    client, tmp_path = survivor
    uri = (tmp_path / "never-opened.txt").as_uri()
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": {"start": {"line": 3, "character": 0}, "end": {"line": 3, "character": 5}},
                            "text": "Sources say"}],
    })
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    client.alive()
    ok = open_doc(client, tmp_path, "b.txt", "Allegedly, it rained.\n")
    assert client.diagnostics_for(ok)["params"]["diagnostics"]


def test_change_with_a_range_outside_the_document(survivor: tuple[Client, Path]) -> None:
    client, tmp_path = survivor
    uri = open_doc(client, tmp_path, "c.txt", "One line.\n")
    client.diagnostics_for(uri)
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": {"start": {"line": 999, "character": 999},
                                      "end": {"line": 1000, "character": 0}}, "text": "Sources say so."}],
    })
    client.alive()


@pytest.fixture(scope="module")
def big_buffer(tmp_path_factory):  # type: ignore[no-untyped-def]
    """One server holding one 5 MB buffer, and the diagnostics of its first lint: (client, uri,
    message). Both 5 MB tests below use it (tests147: each opened a 5 MB buffer of its own in a
    server of its own, and that first lint was most of either test's time). Line 0 is a short
    claim, where the keystrokes test types; line 1 the 5 MB line, a claim at its end."""
    root = tmp_path_factory.mktemp("big")
    c = started(root)
    try:
        sentence = "The council met on Monday and the roads were quiet. "
        text = "Sources say it rained.\n" + sentence * (5_000_000 // len(sentence)) + "Sources say it rained.\n"
        uri = open_doc(c, root, "big.txt", text)
        first = c.diagnostics_for(uri, timeout=180)
    except BaseException:
        c.proc.kill()
        c.proc.wait()
        raise
    yield c, uri, first
    code = c.close()
    assert code == 0, b"".join(c.stderr)[-2000:]


def test_5mb_buffer(big_buffer) -> None:  # type: ignore[no-untyped-def]
    client, _, msg = big_buffer
    assert any(d["range"]["start"]["line"] == 1 for d in msg["params"]["diagnostics"])  # (the long line's claim)
    client.alive()


def test_binary_and_odd_text_buffers(survivor: tuple[Client, Path]) -> None:
    client, tmp_path = survivor
    for i, text in enumerate(["\x00\x01\x02 binary", "\ud7ff e\u0301 \U0001f525 \u202e", "\r\n\r\r\n", ""]):
        uri = open_doc(client, tmp_path, f"odd{i}.txt", text)
        client.diagnostics_for(uri)
    client.alive()


# -- framing errors, shutdown and exit (issue 22.13) -------------------------------------------


@pytest.mark.parametrize("bad", [
    b"Content-Length: -5\r\n\r\n{}",
    b"Content-Length: 2000000000\r\n\r\n{}",
    b"Content-Length: 400\r\n\r\n" + b'{"jsonrpc": "2.0", "method": "initialized", "params": {}}',
    b"Content-Length: 3\r\n\r\n" + b'{"jsonrpc": "2.0", "method": "initialized", "params": {}}',
    b"no header at all\r\n\r\n",
])
def test_framing_errors_do_not_make_the_server_deaf(client: Client, bad: bytes) -> None:
    assert client.proc.stdin is not None
    client.proc.stdin.write(bad)
    client.proc.stdin.flush()
    client.alive()  # answered: the server found the next header
    client.alive()
    if b"400" not in bad:  # (stderr is read by a thread: give it a moment to see the line)
        deadline = time.monotonic() + 10
        while not any(b"framing error" in line for line in client.stderr) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert any(b"framing error" in line for line in client.stderr)


def test_a_request_after_shutdown_gets_an_error(client: Client) -> None:
    rid = client.request("shutdown")
    assert "result" in client.response(rid)
    rid = client.request("textDocument/codeAction", {
        "textDocument": {"uri": "file:///x.txt"},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}},
        "context": {"diagnostics": []}})
    msg = client.response(rid, timeout=20)
    assert msg["error"]["code"] == -32600, msg
    client.notify("exit")
    assert client.proc.wait(timeout=20) == 0


def test_exit_without_shutdown_is_exit_code_1(tmp_path: Path) -> None:
    c = Client(tmp_path)
    try:
        rid = c.request("initialize", {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}})
        c.response(rid)
        c.notify("exit")
        assert c.proc.wait(timeout=30) == 1
    finally:
        if c.proc.poll() is None:
            c.proc.kill()
            c.proc.wait()


# -- debouncing: the latest version only (issue 22.13) -----------------------------------------


def change(client: Client, uri: str, version: int, line: int, text: str, character: int = 0) -> None:
    at = {"line": line, "character": character}
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                             "contentChanges": [{"range": {"start": at, "end": at},
                                                                 "text": text}]})


def publications(client: Client, uri: str, quiet: float) -> list[dict[str, Any]]:
    """Every publishDiagnostics for ``uri`` until none has come for ``quiet`` seconds."""
    out = []
    while True:
        try:
            out.append(client.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                                       and m["params"]["uri"] == uri, timeout=quiet))
        except AssertionError:
            return out


def until_version(client: Client, uri: str, version: int, timeout: float = TIMEOUT) -> list[dict[str, Any]]:
    """Every publishDiagnostics for ``uri`` up to the one of ``version``, however long it takes
    to come (``timeout`` for each)."""
    got: list[dict[str, Any]] = []
    while not got or got[-1]["params"]["version"] != version:
        got.append(client.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                                   and m["params"]["uri"] == uri, timeout=timeout))
    return got


def publications_until(client: Client, uri: str, version: int, quiet: float,
                       timeout: float = TIMEOUT) -> list[dict[str, Any]]:
    """Every publishDiagnostics for ``uri`` up to the one of ``version`` (however long it takes
    to come), then every one that follows until none has come for ``quiet`` seconds: a stale
    or repeated publication after the latest shows up in the spell."""
    return until_version(client, uri, version, timeout) + publications(client, uri, quiet)


def test_a_thousand_changes_do_not_give_a_thousand_lints(client: Client, tmp_path: Path) -> None:
    """A thousand keystrokes give a handful of lints, and the last diagnostics published are
    those of the last version. (The quiet spell after them is 2 s: a lint of this buffer takes
    milliseconds, so a repeated or stale publication would come well within it. Before, an
    8 s spell was also the wait for the first publication; that wait is now the 60 s one for
    the last version.)"""
    uri = open_doc(client, tmp_path, "typing.txt", "The council met.\n")
    client.diagnostics_for(uri)
    for v in range(2, 1002):
        change(client, uri, v, 1, "x" if v < 1001 else "\nSources say the fire was set.\n")
    got = publications_until(client, uri, 1001, quiet=2)
    assert 1 <= len(got) <= 10, len(got)  # (one per pause in the stream of changes, at most)
    last = got[-1]["params"]
    assert last["version"] == 1001
    assert [d["code"] for d in last["diagnostics"]] == ["unattributed-claim/vague-source"]
    assert last["diagnostics"][0]["range"]["start"]["line"] == 2
    client.alive()


def test_5mb_buffer_with_rapid_changes(big_buffer) -> None:  # type: ignore[no-untyped-def]
    """Ten keystrokes on a 5 MB buffer (the one ``big_buffer`` opened and linted once): a
    request is answered at once, not after ten lints, and the diagnostics that arrive are
    those of the last version (benchmarks/lsp_latency.py reports the same figures)."""
    client, uri, _ = big_buffer
    started = time.monotonic()
    for v in range(2, 12):
        change(client, uri, v, 0, "Allegedly ")
    rid = client.request("lintnews/unknownPing", {})
    client.response(rid, timeout=60)
    answered = time.monotonic() - started
    # the last version's diagnostics, however long a 5 MB lint takes here, then a quiet spell
    # in which a stale publication would show up after them
    got = until_version(client, uri, 11, timeout=180)
    got += publications(client, uri, quiet=8)
    assert got[-1]["params"]["version"] == 11
    assert len(got) <= 3, len(got)
    codes = [d["code"] for d in got[-1]["params"]["diagnostics"] if d["range"]["start"]["line"] == 0]
    assert "unattributed-claim/allegedly" in codes or len(codes) >= 2, codes
    # a request waits for no lint: it was answered while the buffer was being linted
    assert answered < 10, answered


def test_5mb_buffer_typing_into_the_long_line(big_buffer) -> None:  # type: ignore[no-untyped-def]
    """Ten keystrokes into the 5 MB line itself, in its middle then at its start (lsp129): the
    request after them answered within the same 10 s. pygls converted each edit's UTF-16 columns
    with a Python call per character of the line: 1.7 s a keystroke here, 29.7 s seen at load
    (tests147). The diagnostics published are those of the last version, the edits where the
    editor made them."""
    client, uri, _ = big_buffer
    sentence = "The council met on Monday and the roads were quiet. "
    middle = len(sentence) * (5_000_000 // len(sentence) // 2)  # (a sentence's start, mid-line)
    started = time.monotonic()
    for v in range(21, 31):  # (after the versions of the test above, 2..11)
        change(client, uri, v, 1, "Allegedly ", character=middle if v <= 25 else 0)
    rid = client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                "position": {"line": 1, "character": 3}})
    client.response(rid, timeout=60)
    answered = time.monotonic() - started
    got = until_version(client, uri, 30, timeout=180)
    starts = {d["range"]["start"]["character"] for d in got[-1]["params"]["diagnostics"]
              if d["range"]["start"]["line"] == 1 and d["code"] == "unattributed-claim/doubt-adverb"}
    assert {0, 40, middle + 50, middle + 90} <= starts, sorted(starts)[:12]
    assert answered < 10, answered


def test_markdown_nested_past_the_parser_limit(survivor: tuple[Client, Path]) -> None:
    """Issue 22.2 in the editor: the text after ten nested list markers is linted."""
    client, tmp_path = survivor
    uri = (tmp_path / "nested.md").as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1,
        "text": "- - - - - - - - - - x\n\nSources say the fire was set.\n"}})
    diags = client.diagnostics_for(uri)["params"]["diagnostics"]
    assert [(d["code"], d["range"]["start"]["line"]) for d in diags] == [("unattributed-claim/vague-source", 2)]


def test_plugin_print_does_not_corrupt_the_protocol(tmp_path: Path) -> None:
    (tmp_path / "talker.py").write_text(
        "import os\nfrom lintnews import Examples, Finding, Rule, Severity, hookimpl\n"
        "print('Content-Length: 3\\r\\n\\r\\nhi!')\n"
        "def check(doc):\n"
        "    print('linting', len(doc.text))\n"
        "    os.write(1, b'garbage on fd 1')\n"
        "    return ()\n"
        "@hookimpl\n"
        "def lintnews_register_rules(register):\n"
        "    register(Rule(id='house/talker', category='house', severity=Severity.WARNING,\n"
        "                  summary='t', examples=Examples(), check_fn=check))\n")
    (tmp_path / ".lintnews.toml").write_text('plugins = ["talker"]\n')
    env = dict(os.environ, LINTNEWS_ALLOW_CONFIG_PLUGINS=str(tmp_path))
    env.pop("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", None)
    c = Client(tmp_path, env)  # (tests149: before, a server with the default env was started and killed first)
    try:
        c.response(c.request("initialize", {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}}))
        c.notify("initialized", {})
        uri = open_doc(c, tmp_path, "story.txt", "Sources say the fire was set.\n")
        diags = c.diagnostics_for(uri)["params"]["diagnostics"]
        assert [d["code"] for d in diags] == ["unattributed-claim/vague-source"]
        c.alive()
        assert c.close() == 0
        assert b"garbage on fd 1" in b"".join(c.stderr)
    finally:
        if c.proc.poll() is None:
            c.proc.kill()
            c.proc.wait()
