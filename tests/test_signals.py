"""Ctrl-C and SIGTERM: exit 130 / 143, worker processes stopped, no half report left.

Before: Ctrl-C exited 1 (Click's "Aborted!") and left a half-written ``-o`` file;
SIGTERM to the parent of a ``-j 2`` run left its workers alive, holding the output
pipe open, so a reader of the report hung.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lintnews.model.exitcodes import ExitCode

STORY = "Sources say it rained. It was a terrifying night, allegedly.\n" * 1500


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(x) for x in fh.read().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            state = fh.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has stopped running (its parent is gone, nobody reaps it)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("archive")
    for i in range(120):
        (base / f"story{i:03}.txt").write_text(STORY)
    return base


def _start(args: list[str], **kw) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    if not Path("/proc/self/task").exists():
        pytest.skip("needs /proc to see the worker processes")
    env = {**os.environ, "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "lintnews", *args], env=env, start_new_session=True,
                            stderr=subprocess.PIPE, text=True, **kw)
    deadline = time.monotonic() + 60
    while len(_children(proc.pid)) < 2:  # the two workers are at work
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the run ended or never started its workers: {proc.returncode}")
        time.sleep(0.05)
    time.sleep(0.3)
    return proc


@pytest.mark.parametrize("signum, code, word, group", [
    (signal.SIGINT, ExitCode.INTERRUPTED, "interrupted", True),  # Ctrl-C: the terminal signals the group
    (signal.SIGTERM, ExitCode.TERMINATED, "terminated", False),  # kill PID: the parent alone
])
def test_a_signal_stops_the_run_and_its_workers(archive, tmp_path, signum, code, word, group):
    out = tmp_path / "report.txt"
    proc = _start(["check", "-j", "2", "-f", "line", "-o", str(out), str(archive)])
    workers = _children(proc.pid)
    if group:
        os.killpg(proc.pid, signum)
    else:
        os.kill(proc.pid, signum)
    try:
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == code, err
    assert err.strip() == f"lintnews: {word}", err  # one line, no traceback from any process
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [w for w in workers if _alive(w)]
    assert os.listdir(tmp_path) == []  # no report, no temporary file


def test_sigterm_does_not_leave_a_reader_of_the_report_hanging(archive):
    proc = _start(["check", "-j", "2", "-f", "line", str(archive)], stdout=subprocess.PIPE)
    os.kill(proc.pid, signal.SIGTERM)
    start = time.monotonic()
    try:
        proc.communicate(timeout=30)  # reads standard output to its end: every writer gone
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == ExitCode.TERMINATED
    assert time.monotonic() - start < 15
