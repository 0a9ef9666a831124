#!/usr/bin/env python3
"""Latency of the language server under typing (issue 22.13).

Run from the repository root, with the environment lintnews is installed in:

    .venv/bin/python benchmarks/lsp_latency.py            # 5 MB buffer, 10 keystrokes; 1,000 changes
    .venv/bin/python benchmarks/lsp_latency.py --mb 1     # a smaller buffer

It starts ``lintnews lsp`` as an editor does (stdio), opens a buffer of ``--mb``
megabytes of plain prose (a finding in one paragraph in twenty), and reports:

- the time to the first diagnostics of the open buffer (one full lint);
- after ten keystrokes sent as fast as an editor sends them, the time until a request
  sent right after them is answered, the time until the diagnostics of the last version
  arrive, and how many times diagnostics were published meanwhile;
- for 1,000 changes to a small buffer, how many publications they gave and when the
  last one (for the last version) arrived.

Before debouncing, the ten keystrokes on 5 MB gave ten lints one after another (the last
diagnostics 36 s later) and the request waited behind them (14 s).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any


class Client:
    def __init__(self, cwd: str) -> None:
        env = {**os.environ, "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "lintnews", "lsp"], cwd=cwd, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.inbox: queue.Queue[tuple[float, dict[str, Any]]] = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if not line.strip():
                    break
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if length is not None:
                self.inbox.put((time.perf_counter(), json.loads(out.read(length))))

    def send(self, payload: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **payload}).encode()
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def request(self, method: str, params: Any) -> int:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        return self.next_id

    def until(self, want, timeout: float = 600) -> tuple[float, dict[str, Any]]:  # type: ignore[no-untyped-def]
        deadline = time.perf_counter() + timeout
        while True:
            at, msg = self.inbox.get(timeout=max(0.01, deadline - time.perf_counter()))
            if "id" in msg and "method" in msg:
                self.send({"id": msg["id"], "result": None})
            elif want(msg):
                return at, msg

    def publications(self, uri: str, version: int, timeout: float = 600) -> tuple[float, int]:
        """When the diagnostics of ``version`` arrived, and how many were published until then."""
        n = 0
        while True:
            at, msg = self.until(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                                 and m["params"]["uri"] == uri, timeout)
            n += 1
            if msg["params"].get("version") == version:
                return at, n

    def close(self) -> None:
        rid = self.request("shutdown", None)
        self.until(lambda m: m.get("id") == rid)
        self.send({"method": "exit"})
        self.proc.wait(timeout=60)


def keystroke(client: Client, uri: str, version: int, text: str) -> None:
    at = {"line": 0, "character": 0}
    client.send({"method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": version},
        "contentChanges": [{"range": {"start": at, "end": at}, "text": text}]}})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the large buffer (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        client = Client(tmp)
        rid = client.request("initialize", {"processId": None, "rootUri": Path(tmp).as_uri(), "capabilities": {}})
        client.until(lambda m: m.get("id") == rid)
        client.send({"method": "initialized", "params": {}})

        # a news archive's density of findings: one paragraph in twenty has one
        clean = "The council met on Monday and the roads were quiet after the storm. " * 6
        para = [clean + "\n\n"] * 19 + ["Sources say the harbour wall was repaired last year. " + clean + "\n\n"]
        block = "".join(para)
        text = block * max(1, int(args.mb * 1_000_000 / len(block)))
        uri = (Path(tmp) / "big.txt").as_uri()
        t0 = time.perf_counter()
        client.send({"method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "plaintext", "version": 1, "text": text}}})
        first, _ = client.publications(uri, 1)
        t1 = time.perf_counter()
        for v in range(2, 12):
            keystroke(client, uri, v, "x")
        rid = client.request("lintnews/ping", {})
        answered, _ = client.until(lambda m: m.get("id") == rid)
        last, published = client.publications(uri, 11)

        small = (Path(tmp) / "small.txt").as_uri()
        client.send({"method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": small, "languageId": "plaintext", "version": 1, "text": "The council met.\n"}}})
        client.publications(small, 1)
        t2 = time.perf_counter()
        for v in range(2, 1002):
            keystroke(client, small, v, "x")
        small_last, small_published = client.publications(small, 1001)
        client.close()

    rows = [
        (f"first diagnostics of a {args.mb:g} MB buffer (one lint)", f"{first - t0:.2f} s"),
        ("10 keystrokes: a request sent after them is answered after", f"{answered - t1:.2f} s"),
        ("10 keystrokes: diagnostics of the last version after", f"{last - t1:.2f} s"),
        ("10 keystrokes: publications", str(published)),
        ("1,000 changes to a small buffer: publications", str(small_published)),
        ("1,000 changes: diagnostics of the last version after", f"{small_last - t2:.2f} s"),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value:>8}")


if __name__ == "__main__":
    main()
