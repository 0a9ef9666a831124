"""Where the report goes, and what happens when it cannot get there.

``--output`` is written to a temporary file and renamed into place: never over an
input, never linted, never half-written under its final name. A missing or read-only
directory, a full disk and a closed standard output are one line and exit 2 (before:
"internal error ... this is a bug", exit 4); a reader that goes away (``| head``) is
exit 141, quietly (before: 1, even for a clean run).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from clirun import cli, run
from users import as_nobody, public_dir

from lintnews.model.exitcodes import ExitCode

CLAIM = "Sources say the fire started in the kitchen.\n"
CLEAN = "The council approved the plan on Monday, its leader said.\n"


def one_line(err: str, *needles: str) -> None:
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("lintnews: ") and "internal error" not in lines[0], err
    for n in needles:
        assert n in lines[0], (n, lines[0])


@pytest.fixture
def story(tmp_path: Path) -> Path:
    p = tmp_path / "story.txt"
    p.write_text(CLAIM)
    return p


def test_output_into_a_missing_directory(story, tmp_path):
    target = tmp_path / "nonexistent" / "dir" / "report.txt"
    code, _out, err = run("check", "-o", str(target), str(story))
    assert code == ExitCode.USAGE_OR_INPUT
    one_line(err, str(target), "does not exist")


def test_output_onto_an_input_is_refused_and_the_input_kept(story):
    """Before: the input was truncated before it was read, reported clean, exit 0."""
    code, _out, err = run("check", "-o", str(story), str(story))
    assert code == ExitCode.USAGE_OR_INPUT
    one_line(err, str(story), "one of the inputs")
    assert story.read_text() == CLAIM


def test_output_onto_an_input_named_another_way(story, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = run("check", "-o", "./story.txt", str(story))
    assert code == ExitCode.USAGE_OR_INPUT and "one of the inputs" in err
    assert story.read_text() == CLAIM


def test_the_report_is_never_linted(tmp_path, monkeypatch):
    """Before: `-o report.txt .` linted its own (half-written, then previous) report."""
    monkeypatch.chdir(tmp_path)
    # enough findings that part of the report reaches the disk before the walk comes to it
    (tmp_path / "a-story.txt").write_text(CLAIM * 400)
    first = run("check", "-f", "line", "-o", "report.txt", ".")
    second = run("check", "-f", "line", "-o", "report.txt", ".")
    assert first[0] == second[0] == ExitCode.FINDINGS and first[2] == second[2] == ""
    report = (tmp_path / "report.txt").read_text()
    assert "a-story.txt" in report and "report.txt" not in report
    assert sorted(os.listdir(tmp_path)) == ["a-story.txt", "report.txt"]  # no temporary file left


def test_the_report_keeps_a_new_files_usual_permissions(story, tmp_path):
    old = os.umask(0o022)
    try:
        run("check", "-o", str(tmp_path / "r.txt"), str(story))
    finally:
        os.umask(old)
    assert (tmp_path / "r.txt").stat().st_mode & 0o777 == 0o644


def test_output_into_a_read_only_directory() -> None:
    with public_dir() as base:
        (base / "story.txt").write_text(CLAIM)
        (base / "story.txt").chmod(0o644)
        locked = base / "locked"
        locked.mkdir()
        locked.chmod(0o555)
        target = locked / "report.txt"
        code, _out, err = as_nobody(lambda: run("check", "-o", str(target), str(base / "story.txt")),
                                   warm=lambda: run("check", "-o", os.devnull, str(base / "story.txt")))
        assert not target.exists()
    assert code == ExitCode.USAGE_OR_INPUT, err
    one_line(err, str(target), "permission denied")


def test_a_full_disk_as_output_file(story):
    code, _, err = run("check", "-o", "/dev/full", str(story))
    assert code == ExitCode.USAGE_OR_INPUT
    one_line(err, "/dev/full", "no space left")


def test_a_full_disk_as_standard_output(story):
    with open("/dev/full", "w") as full:
        proc = cli(["check", str(story)], stdout=full, stderr=subprocess.PIPE)
    assert proc.returncode == ExitCode.USAGE_OR_INPUT, proc.stderr
    one_line(proc.stderr, "standard output", "no space left")


def test_a_closed_standard_output(story):
    proc = subprocess.run(f"{sys.executable} -m lintnews check {story} >&-", shell=True,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == ExitCode.USAGE_OR_INPUT, proc.stderr
    one_line(proc.stderr, "standard output is closed")


@pytest.mark.parametrize("content, fmt, reader", [
    (CLEAN, "text", "true"),  # a clean run: only the statistics table is written
    # (4,000 findings: about 700 KB of report, well past a pipe's 64 KB buffer, so the writes
    # go on after the reader has gone)
    (CLAIM * 4000, "line", "head -c 1 > /dev/null"),
])
def test_a_broken_pipe_exits_141_quietly(tmp_path, content, fmt, reader):
    """Before: exit 1 (Click's answer to EPIPE), even when the run was clean."""
    many = tmp_path / "many.txt"
    many.write_text(content)
    # `true` is gone long before lintnews has started: its first write meets a closed pipe
    cmd = f"{sys.executable} -m lintnews check -f {fmt} --statistics {many} | {reader}"
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=120)
    assert proc.returncode == ExitCode.BROKEN_PIPE, proc.stderr
    assert proc.stderr == ""


def test_output_that_is_a_directory(story, tmp_path):
    code, _, err = run("check", "-o", str(tmp_path), str(story))
    assert code == ExitCode.USAGE_OR_INPUT
    one_line(err, "is a directory")
