"""Documented limits: standard input size, worker count, rule packs that are not files."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from clirun import run

from lintnews.execution.parallel import cpus
from lintnews.model.exitcodes import ExitCode

CLAIM = "Sources say the fire started in the kitchen.\n"


# -- 22.12: standard input has a cap -------------------------------------------------------------

def test_standard_input_over_the_cap_is_one_line_exit_2():
    code, out, err = run("check", "--stdin-limit", "1k", "-", input=CLAIM * 100)
    assert code == ExitCode.USAGE_OR_INPUT and out == ""
    assert err.strip() == ("lintnews: standard input: larger than the 1 KiB limit, not linted "
                           "(--stdin-limit SIZE or LINTNEWS_STDIN_LIMIT raises it)")


def test_standard_input_under_the_cap_is_linted_and_the_variable_sets_it():
    code, out, err = run("check", "-f", "line", "--stdin-limit", "1k", "-", input=CLAIM)
    assert code == ExitCode.FINDINGS and out.startswith("-:1:1:") and err == ""
    code, _, err = run("check", "-", input=CLAIM * 100, env={"LINTNEWS_STDIN_LIMIT": "2k"})
    assert code == ExitCode.USAGE_OR_INPUT and "2 KiB limit" in err
    code, _, _ = run("check", "--stdin-limit", "0", "-", input=CLAIM * 100)  # 0: no limit
    assert code == ExitCode.FINDINGS


def test_dev_zero_on_standard_input_stops_at_the_default_cap():
    """Before: read 1.9 GB, then died of MemoryError (exit 4). The default cap is 100 MiB."""
    env = {**os.environ, "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1", "LINTNEWS_STDIN_LIMIT": "5M"}
    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run([sys.executable, "-m", "lintnews", "check", "-"], stdin=zero,
                              capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == ExitCode.USAGE_OR_INPUT
    assert proc.stderr.strip().endswith("(--stdin-limit SIZE or LINTNEWS_STDIN_LIMIT raises it)")
    _code, out, _ = run("check", "--help")
    assert "[default: 100M]" in " ".join(out.split())


@pytest.mark.parametrize("value", ["12x", "-5", "lots"])
def test_a_bad_cap_is_a_usage_error(value):
    code, _, err = run("check", "--stdin-limit", value, "-", input="")
    assert code == ExitCode.USAGE_OR_INPUT and len(err.splitlines()) == 1 and "--stdin-limit" in err


# -- 22.15: -j 200 on a small machine, rule_packs = ['/dev/zero'] -------------------------------

def test_jobs_are_capped_at_the_cpus(tmp_path, monkeypatch):
    """Before: -j 200 started a worker per file, up to 200, on 2 CPUs."""
    import lintnews.execution.parallel as parallel

    asked: list[int] = []
    real = parallel.lint_paths

    def spy(resolver, items, jobs, spec, lint_here):  # type: ignore[no-untyped-def]
        asked.append(jobs)
        return real(resolver, items, 1, spec, lint_here)

    monkeypatch.setattr(parallel, "lint_paths", spy)
    for i in range(40):
        (tmp_path / f"s{i}.txt").write_text(CLAIM)
    code, _, err = run("check", "-j", "200", "-f", "line", str(tmp_path))
    assert code == ExitCode.FINDINGS and err == ""
    assert asked == [cpus()]


@pytest.mark.parametrize("where", ["config", "option"])
def test_a_rule_pack_that_is_a_device_says_what_it_is(tmp_path, monkeypatch, where):
    """Before: config said "not found"; --rule-pack /dev/zero read until memory ran out."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(CLAIM)
    if where == "config":
        (tmp_path / ".lintnews.toml").write_text("rule_packs = ['/dev/zero']\n")
        code, _, err = run("check", "story.txt")
    else:
        code, _, err = run("check", "--rule-pack", "/dev/zero", "story.txt")
    assert code == ExitCode.USAGE_OR_INPUT
    assert len(err.splitlines()) == 1 and "/dev/zero" in err and "character device" in err
    assert "not found" not in err


def test_a_config_file_that_is_a_device(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(CLAIM)
    code, _, err = run("check", "--config", "/dev/zero", str(story))
    assert code == ExitCode.USAGE_OR_INPUT and "character device" in err and len(err.splitlines()) == 1
