#!/usr/bin/env python3
"""Benchmark the checking service (``lintnews serve``) on loopback.

Run from the repository root, with the environment lintnews is installed in (with the
``server`` extra):

    .venv/bin/python benchmarks/service.py                 # 20 clients for 30 s (about 45 s)
    .venv/bin/python benchmarks/service.py --seconds 5     # a shorter run

It starts the server on a free loopback port (its default workers: one per CPU) and measures:

1. one client, one request at a time: the latency of a 2,000-word draft (median and p90 of
   ``--requests`` requests after a warm-up); the goal is a median under 100 ms;
2. ``--clients`` clients (20), each with its own keep-alive connection, sending the same
   draft back to back for ``--seconds`` (30): requests sent, answered, failed (any answer but
   200, or a broken connection), lost (sent and never answered), and the latency's p50/p99;
   the goal is no failure and no loss;
3. an oversized and a malformed request: both must get a 4xx.

The draft is made of this repository's example articles (``examples/``), repeated to
2,000 words. Nothing is written to disk but the optional ``--json`` figures.
Exit status 0 when every goal is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ("harbour-fire.txt", "council-budget.txt", "mill-closure.md")


def draft(words: int = 2000) -> str:
    """About ``words`` words of the example articles (whole paragraphs)."""
    paragraphs = [p for name in EXAMPLES
                  for p in (ROOT / "examples" / name).read_text(encoding="utf-8").split("\n\n") if p.strip()]
    out: list[str] = []
    n = 0
    while n < words:
        for p in paragraphs:
            out.append(p)
            n += len(p.split())
            if n >= words:
                break
    return "\n\n".join(out)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def start_server(extra: list[str]) -> tuple[subprocess.Popen, str, int, tempfile.TemporaryDirectory]:
    tmp = tempfile.TemporaryDirectory(prefix="lintnews-bench-")
    cfg = Path(tmp.name) / ".lintnews.toml"
    cfg.write_text("", encoding="utf-8")  # the defaults, whatever the working directory holds
    proc = subprocess.Popen(
        [sys.executable, "-m", "lintnews", "serve", "--port", "0", "--no-access-log", "--config", str(cfg), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=tmp.name,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "serving on http://" not in line:
        proc.kill()
        sys.exit(f"service.py: the server did not start: {line.strip() or proc.wait()}")
    url = line.split("serving on ", 1)[1].split()[0]
    host, port = url.removeprefix("http://").rstrip("/").rsplit(":", 1)
    return proc, host, int(port), tmp


def request(conn: http.client.HTTPConnection, body: bytes) -> tuple[int, bytes]:
    conn.request("POST", "/v1/check", body=body, headers={"Content-Type": "application/json"})
    r = conn.getresponse()
    return r.status, r.read()


def single(host: str, port: int, body: bytes, n: int) -> dict:
    conn = http.client.HTTPConnection(host, port, timeout=30)
    for _ in range(5):  # warm-up: the workers' first requests
        request(conn, body)
    times = []
    for _ in range(n):
        t = time.perf_counter()
        status, data = request(conn, body)
        times.append((time.perf_counter() - t) * 1000)
        if status != 200:
            sys.exit(f"service.py: unexpected answer {status}: {data[:200]!r}")
    conn.close()
    return {"requests": n, "median_ms": statistics.median(times), "p90_ms": percentile(times, 90),
            "diagnostics": len(json.loads(data)["diagnostics"])}


def load(host: str, port: int, body: bytes, clients: int, seconds: float) -> dict:
    lock = threading.Lock()
    sent = answered = 0  # (sent - answered: requests that never got an answer)
    failures: list[str] = []  # answers other than 200, and broken connections
    times: list[float] = []
    stop = time.monotonic() + seconds
    start = threading.Barrier(clients)

    def client() -> None:
        nonlocal sent, answered
        conn = http.client.HTTPConnection(host, port, timeout=60)
        start.wait()
        try:
            while time.monotonic() < stop:
                with lock:
                    sent += 1
                t = time.perf_counter()
                try:
                    status, data = request(conn, body)
                except (OSError, http.client.HTTPException) as exc:
                    with lock:
                        failures.append(f"{type(exc).__name__}: {exc}")
                    conn.close()
                    conn = http.client.HTTPConnection(host, port, timeout=60)
                    continue
                elapsed = (time.perf_counter() - t) * 1000
                with lock:
                    answered += 1
                    times.append(elapsed)
                    if status != 200:
                        failures.append(f"{status}: {data[:120]!r}")
        finally:
            conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 120)
    took = time.monotonic() - began
    errors = len(failures)
    return {
        "clients": clients, "seconds": round(took, 1), "sent": sent, "answered": answered,
        "errors": errors, "lost": sent - answered,
        "throughput_rps": answered / took, "p50_ms": percentile(times, 50), "p99_ms": percentile(times, 99),
        "max_ms": max(times) if times else 0.0, "first_errors": failures[:3],
    }


def bad_requests(host: str, port: int, max_bytes: int) -> dict:
    out = {}
    for name, body in (("oversized", json.dumps({"text": "x" * (max_bytes + 10)}).encode()),
                       ("malformed", b'{"text": "unterminated')):
        conn = http.client.HTTPConnection(host, port, timeout=30)
        try:
            status, data = request(conn, body)
        except (OSError, http.client.HTTPException) as exc:  # (a server may close on a huge body)
            status, data = 0, str(exc).encode()
        conn.close()
        out[name] = {"status": status, "error": json.loads(data).get("error") if status else data.decode()}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=20, help="concurrent clients in the load run [20]")
    ap.add_argument("--seconds", type=float, default=30.0, help="length of the load run [30]")
    ap.add_argument("--requests", type=int, default=50, help="sequential requests for the latency [50]")
    ap.add_argument("--words", type=int, default=2000, help="words in the draft [2000]")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args()

    text = draft(args.words)
    body = json.dumps({"text": text}).encode()
    max_bytes = 1_000_000
    proc, host, port, tmp = start_server(["--max-bytes", str(max_bytes)])
    try:
        one = single(host, port, body, args.requests)
        many = load(host, port, body, args.clients, args.seconds)
        bad = bad_requests(host, port, max_bytes)
        conn = http.client.HTTPConnection(host, port, timeout=10)
        conn.request("GET", "/health")
        health = json.loads(conn.getresponse().read())
        conn.close()
    finally:
        proc.terminate()
        proc.wait(30)
        tmp.cleanup()

    goals = {
        "median under 100 ms": one["median_ms"] < 100,
        "no error under load": many["errors"] == 0,
        "no lost request": many["lost"] == 0 and many["sent"] == many["answered"],
        "oversized gets 4xx": 400 <= bad["oversized"]["status"] < 500,
        "malformed gets 4xx": 400 <= bad["malformed"]["status"] < 500,
    }
    print(f"draft: {len(text.split())} words, {len(body)} bytes, {one['diagnostics']} diagnostics; "
          f"{health['workers']['size']} workers")
    print(f"one client:  median {one['median_ms']:.1f} ms, p90 {one['p90_ms']:.1f} ms ({one['requests']} requests)")
    print(f"{many['clients']} clients, {many['seconds']} s: {many['sent']} sent, {many['answered']} answered, "
          f"{many['errors']} errors, {many['lost']} lost; {many['throughput_rps']:.0f} requests/s; "
          f"p50 {many['p50_ms']:.0f} ms, p99 {many['p99_ms']:.0f} ms, max {many['max_ms']:.0f} ms")
    for err in many["first_errors"]:
        print(f"  error: {err}")
    print(f"oversized: {bad['oversized']['status']} {bad['oversized']['error']}")
    print(f"malformed: {bad['malformed']['status']} {bad['malformed']['error']}")
    for goal, met in goals.items():
        print(f"{'ok  ' if met else 'FAIL'} {goal}")
    if args.json:
        Path(args.json).write_text(json.dumps({"single": one, "load": many, "bad_requests": bad,
                                               "goals": goals}, indent=2) + "\n", encoding="utf-8")
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
