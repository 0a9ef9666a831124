"""A real ``lintnews serve`` on a free loopback port, for the load and browser tests."""

from __future__ import annotations

import http.client
import json
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass
class LiveServer:
    url: str
    host: str
    port: int
    process: subprocess.Popen
    log: Path

    def connection(self, timeout: float = 30) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host, self.port, timeout=timeout)

    def children(self) -> list[int]:
        """The server's child processes (its workers), from /proc."""
        found = []
        for task in Path(f"/proc/{self.process.pid}/task").glob("*/children"):
            found += [int(p) for p in task.read_text().split()]
        return found


def post(conn: http.client.HTTPConnection, body: dict | bytes, path: str = "/v1/check") -> tuple[int, dict]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    conn.request("POST", path, body=data, headers={"Content-Type": "application/json"})
    r = conn.getresponse()
    return r.status, json.loads(r.read())


def gone(pid: int) -> bool:
    """Has the process ended (exited, or a zombie waiting to be reaped)?"""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    return "\nState:\tZ" in status


@contextmanager
def live_server(*args: str, config: str | None = None, stop: int = signal.SIGINT) -> Iterator[LiveServer]:
    """Start the server (``--port 0``: the kernel picks the port it prints), stop it with
    ``stop`` (Ctrl-C's signal) afterwards and check it stopped cleanly, workers and all, with
    the exit code of any lintnews run ended by that signal (130, 143)."""
    with tempfile.TemporaryDirectory(prefix="lintnews-serve-") as tmp:
        cfg = config or str(Path(tmp) / ".lintnews.toml")
        if config is None:
            Path(cfg).write_text("", encoding="utf-8")  # the defaults, whatever the checkout says
        log = Path(tmp) / "server.log"
        with open(log, "w", encoding="utf-8") as err:
            proc = subprocess.Popen(
                [sys.executable, "-m", "lintnews", "serve", "--port", "0", "--no-access-log",
                 "--config", cfg, *args],
                stdout=subprocess.PIPE, stderr=err, text=True, cwd=tmp,
            )
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()  # "lintnews: serving on http://127.0.0.1:PORT/ (...)"
            assert "serving on http://" in line, line + log.read_text()
            url = line.split("serving on ", 1)[1].split()[0]
            host, port = url.removeprefix("http://").rstrip("/").rsplit(":", 1)
            server = LiveServer(url, host, int(port), proc, log)
            workers = server.children()
            yield server
        finally:
            if proc.poll() is None:
                proc.send_signal(stop)
                try:
                    proc.wait(20)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
                    raise AssertionError(f"the server did not stop on signal {stop}") from None
        text = log.read_text()
        code, line = {signal.SIGINT: (130, "lintnews: interrupted"),
                      signal.SIGTERM: (143, "lintnews: terminated")}[stop]
        assert proc.returncode == code, text
        assert text.rstrip().endswith(line) and "Traceback" not in text, text
        assert "Application shutdown complete" in text  # (a graceful stop: answers finished first)
        deadline = time.monotonic() + 10
        while not all(gone(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert all(gone(p) for p in workers), "worker processes outlived the server"
