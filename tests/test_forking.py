"""Workers are forked only from a process that runs one thread (lintnews.execution.forking).

A fork copies the calling thread alone: a lock another thread held stays held in the child.
Importing pyarrow (Parquet archives) starts native threads, so an audit of a Parquet archive,
or a Parquet report, starts its workers afresh; a large file in a threaded process is not
split over processes. Each test runs the choice in a fresh interpreter, where the thread count is the
program's own (this test process may run others)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lintnews.execution import forking

LINUX = sys.platform.startswith("linux")


def _python(code: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.skipif(not LINUX, reason="native threads are counted in /proc")
def test_threads_counts_native_threads_too():
    code = (
        "import sys\n"
        "from lintnews.execution.forking import threads, worker_context\n"
        "before = threads(); ctx = worker_context().get_start_method()\n"
        "import pyarrow  # starts threads of its own, not Python's\n"
        "import threading\n"
        "print(before, ctx, threads() > before, threading.active_count(), worker_context().get_start_method())\n"
    )
    import pyarrow  # noqa: F401  (the audit extra, in the test extra: a missing one fails, not skips)

    before, ctx, more, python_threads, after = _python(code).split()
    assert (before, ctx, more, python_threads) == ("1", "fork", "True", "1")
    assert after == "forkserver"


@pytest.mark.skipif(not LINUX, reason="fork is the default only on Linux")
def test_a_python_thread_stops_forking_and_its_end_allows_it_again():
    code = (
        "import threading\n"
        "from lintnews.execution.forking import can_fork\n"
        "stop = threading.Event()\n"
        "t = threading.Thread(target=stop.wait); t.start()\n"
        "during = can_fork()\n"
        "stop.set(); t.join()\n"
        "import time; deadline = time.monotonic() + 5\n"
        "while not can_fork() and time.monotonic() < deadline:  # (the OS thread ends just after join)\n"
        "    time.sleep(0.01)\n"
        "print(during, can_fork())\n"
    )
    assert _python(code) == "False True"


def test_the_context_is_a_real_start_method(monkeypatch):
    monkeypatch.setattr(forking, "threads", lambda: 3)
    method = forking.worker_context().get_start_method()
    assert method in ("forkserver", "spawn")
    monkeypatch.setattr(forking, "threads", lambda: 1)
    import multiprocessing

    forks = "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"
    assert forking.worker_context().get_start_method() == ("fork" if forks else method)


@pytest.mark.skipif(not LINUX, reason="fork is the default only on Linux")
def test_a_large_file_in_a_threaded_process_is_not_split_over_processes(tmp_path):
    """The same report as a split run: the parts' processes are not forked, so not used."""
    # (the split threshold lowered from 1 MB to 250 KB in the child, the file just past it: what
    # is tested is whether a file past the threshold is split with and without a thread
    # running, which depends on its length against SPLIT_MIN_CHARS, not on the length itself;
    # the four 1 MB lints took 12 s of the suite under load)
    threshold = 250_000
    code = (
        "import sys, threading\n"
        "from lintnews.execution import split\n"
        "from lintnews.execution.api import Linter\n"
        f"split.SPLIT_MIN_CHARS = {threshold}\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "calls = []\n"
        "real = split._run\n"
        "split._run = lambda *a, **k: calls.append(1) or real(*a, **k)\n"
        "linter = Linter()\n"
        "def report():\n"
        "    return [(d.line, d.column, d.rule) for d in linter.check(text, jobs=2).diagnostics]\n"
        "alone = report(); forked = len(calls)\n"
        "stop = threading.Event(); t = threading.Thread(target=stop.wait); t.start()\n"
        "threaded = report(); stop.set(); t.join()\n"
        "print(forked, len(calls) - forked, alone == threaded, len(alone) > 0)\n"
    )
    examples = Path(__file__).resolve().parent.parent / "examples"
    body = "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted(examples.glob("*.txt")))
    path = tmp_path / "archive.txt"
    path.write_text("\n\n".join([body] * (threshold // len(body) + 1)), encoding="utf-8")
    assert _python(code, str(path)) == "1 0 True True"


def test_a_parquet_audit_on_two_workers_starts_them_afresh(tmp_path):
    """pyarrow is loaded for the Parquet report before the pool starts: the workers are not
    forked (Python 3.12 and later warn when a threaded process forks: shown here), and the
    report is the one a one-process audit writes."""
    import pyarrow.parquet as pa  # (in the test extra)

    archive = tmp_path / "archive.jsonl"
    stories = ["Sources say the bridge will close. It was a shocking decision.",
               "The council met on Tuesday. Donate now to support our journalism.",
               "Critics argued the plan is believed to cost millions."]
    archive.write_text("".join(json.dumps({"id": f"s{i}", "body": stories[i % 3]}) + "\n" for i in range(40)),
                       encoding="utf-8")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"report-{jobs}.parquet"
        done = subprocess.run(
            [sys.executable, "-W", "always::DeprecationWarning", "-m", "lintnews", "audit", "-j", jobs,
             "--partition-size", "5", "-o", str(out), str(archive)],
            capture_output=True, text=True, timeout=600)
        assert done.returncode in (0, 1), done.stderr
        assert "Traceback" not in done.stderr and "fork" not in done.stderr, done.stderr
        outs.append(pa.read_table(out).to_pylist())
    assert outs[0] == outs[1] and len(outs[0]) >= 40


def test_a_plugin_from_the_working_directory_reaches_workers_started_afresh(tmp_path):
    """A Parquet audit's workers are not forked: the plugin named on the command line (found
    in the working directory) must still be loaded by each of them."""
    import pyarrow.parquet as pa  # (in the test extra)

    (tmp_path / "slang_rules.py").write_text(
        "import re\n"
        "from lintnews import Examples, Finding, Rule, Severity, hookimpl\n"
        "WORD = re.compile(r'\\bslam dunk\\b', re.IGNORECASE)\n"
        "def check(doc):\n"
        "    for m in WORD.finditer(doc.text):\n"
        "        yield Finding(m.start(), m.end(), 'Sports slang.', 'Say what happened.')\n"
        "@hookimpl\n"
        "def lintnews_register_rules(register):\n"
        "    register(Rule(id='house/slang', category='loaded-language', severity=Severity.WARNING,\n"
        "                  summary='Slang.', rationale='Readers miss it.',\n"
        "                  examples=Examples(trigger=('A slam dunk.',), no_trigger=('Easy.',)), check_fn=check))\n",
        encoding="utf-8")
    archive = tmp_path / "archive.jsonl"
    archive.write_text("".join(json.dumps({"id": f"s{i}", "body": "The vote was a slam dunk."}) + "\n"
                               for i in range(20)), encoding="utf-8")
    out = tmp_path / "report.parquet"
    done = subprocess.run(
        [sys.executable, "-m", "lintnews", "audit", "-j", "2", "--partition-size", "5",
         "--plugin", "slang_rules", "-o", str(out), str(archive)],
        capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode in (0, 1), done.stderr
    rows = pa.read_table(out).to_pylist()
    assert sorted(r["id"] for r in rows if r["rule"] == "house/slang") == sorted(f"s{i}" for i in range(20))
