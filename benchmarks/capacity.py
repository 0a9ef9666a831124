#!/usr/bin/env python3
"""The capacity docs/robustness.md promises, at the full sizes (issue 9; issue 19).

Run from the repository root, with the environment lintnews is installed in:

    .venv/bin/python benchmarks/capacity.py                 # a 50 MB file and 100,000 files
    .venv/bin/python benchmarks/capacity.py --mb 50 --files 100000 -j 1   # one process

It lints, as a user runs it (``python -m lintnews check -f line``, one rule selected, in a
process of its own), and checks what the test suite checks at smaller sizes:

- a file of ``--mb`` megabytes of mostly blank padding with a claim every 4 KB
  (``tests/test_robustness.py::test_50mb_file`` runs 10 MB): every claim reported once, the
  last on its own line; the time, the time a megabyte and the peak memory;
- ``--files`` one-line files in a tree of 100 files a directory
  (``tests/test_robustness.py::test_100k_files_in_a_tree`` runs 25,000, or more where the
  limit of open files is higher): every claim reported once, in order; the time, the time a
  file, the peak memory; a run over 240 s (the suite's bound of old) is reported as failed.

The suite runs the smaller sizes because what it checks does not change with the size past
them (measured at three sizes each, docs/history/speed.md, "The suite's time: tests146"): the
same split (four parts on two cores, one process forked for each), the same batches and
pool, the same memory for the files, the same time a file or a megabyte. The full sizes stay
the promise; this command is how it is checked. Exit 1 when a check fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RULE = "unattributed-claim/vague-source"
ENV = {**os.environ, "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"}


def _scratch() -> Path:
    """A RAM file system where there is one with room (making files on a disk took longer
    than linting them), else the temporary directory."""
    shm = Path("/dev/shm")
    try:
        st = os.statvfs(shm)
        if os.access(shm, os.W_OK) and st.f_bavail * st.f_frsize > 2 * 1024 ** 3:
            return Path(tempfile.mkdtemp(prefix="lintnews-capacity-", dir=shm))
    except OSError:
        pass
    return Path(tempfile.mkdtemp(prefix="lintnews-capacity-"))


def _lint(args: list[str]) -> tuple[subprocess.CompletedProcess[str], float, int]:
    """The run, its wall time and the peak resident size (MB) of its largest process."""
    argv = [sys.executable, "-m", "lintnews", "check", "-f", "line", "--select", RULE, *args]
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.monotonic()
        child = subprocess.Popen(argv, stdout=out, stderr=err, text=True, env=ENV)
        _, status, usage = os.wait4(child.pid, 0)  # (this run's own peak, its workers included)
        elapsed = time.monotonic() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        proc = subprocess.CompletedProcess(argv, child.returncode, out.read(), err.read())
    return proc, elapsed, usage.ru_maxrss // 1024


def big_file(base: Path, mb: float, jobs: list[str]) -> bool:
    block = "Sources say it rained.\n" + " " * 4072 + "\n"
    n = (int(mb * 1024 * 1024) // len(block) // 64) * 64
    bad = base / "huge.txt"
    with bad.open("w") as fh:
        for _ in range(n // 64):
            fh.write(block * 64)
    proc, elapsed, rss = _lint([*jobs, str(bad)])
    hits = [line for line in proc.stdout.splitlines() if line.startswith(str(bad))]
    ok = (proc.returncode == 1 and proc.stderr == "" and len(hits) == n
          and hits[-1].startswith(f"{bad}:{2 * n - 1}:1:"))
    size = bad.stat().st_size / 1024 / 1024
    print(f"{size:.1f} MB file: {len(hits)} of {n} claims reported, {elapsed:.1f} s "
          f"({elapsed / size:.2f} s a MB), peak {rss} MB: {'ok' if ok else 'FAILED'}")
    if not ok:
        print(proc.stderr[-2000:], file=sys.stderr)
    bad.unlink()
    return ok


def make_tree(tree: Path, n: int) -> None:
    """``n`` one-line files under ``tree``, 100 a directory, ten directories a group; every
    1,000th file (``f000000.txt`` first) holds one claim, the others none. tests/test_robustness.py
    makes its smaller tree with this too, so the benchmark and the test check the same layout."""
    claim, plain = b"Sources say it.\n", b"The council met.\n"
    d = ""
    for i in range(n):
        if i % 100 == 0:
            d = f"{tree}/d{i // 1000:03d}/e{(i // 100) % 10}"
            os.makedirs(d)
        fd = os.open(f"{d}/f{i:06d}.txt", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        os.write(fd, claim if i % 1000 == 0 else plain)
        os.close(fd)


def many_files(base: Path, n: int, jobs: list[str]) -> bool:
    tree = base / "tree"
    started = time.monotonic()
    make_tree(tree, n)
    made = time.monotonic() - started
    proc, elapsed, rss = _lint([*jobs, str(tree)])
    lines = proc.stdout.splitlines()
    want = -(-n // 1000)
    ok = (proc.returncode == 1 and proc.stderr == "" and len(lines) == want
          and lines[0].startswith(str(tree / "d000" / "e0" / "f000000.txt")) and elapsed < 240)
    print(f"{n:,} files (made in {made:.1f} s): {len(lines)} of {want} claims reported, {elapsed:.1f} s "
          f"({elapsed / n * 1000:.3f} ms a file), peak {rss} MB: {'ok' if ok else 'FAILED'}")
    if not ok:
        print(proc.stderr[-2000:], file=sys.stderr)
    shutil.rmtree(tree)
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=50, help="the large file's size (default 50; 0: none)")
    ap.add_argument("--files", type=int, default=100_000, help="how many files (default 100,000; 0: none)")
    ap.add_argument("-j", "--jobs", type=int, help="lintnews's -j (default: its own, all CPUs)")
    args = ap.parse_args()
    if args.mb and args.mb < 0.25:
        # (the file is written 64 blocks of 4 KB at a time: a smaller size held no claim and
        # checked nothing; review 124)
        ap.error("--mb must be 0 (no file) or at least 0.25")
    if args.files < 0:
        ap.error("--files must be 0 or more")
    jobs = [] if args.jobs is None else ["-j", str(args.jobs)]
    base = _scratch()
    try:
        ok = True
        if args.mb:
            ok = big_file(base, args.mb, jobs) and ok
        if args.files:
            ok = many_files(base, args.files, jobs) and ok
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
