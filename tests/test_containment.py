"""Plugin code is contained (issue 22.9): whatever a plugin raises, prints or crashes with, the
report stays valid and complete for every other file, and the exit code says what happened.

Each test runs ``python -m lintnews`` in a subprocess, as a user or CI would, with the plugin
module on ``PYTHONPATH`` (never the working directory: see tests/test_plugin_trust.py).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lintnews.model.exitcodes import ExitCode

STORY = "Sources say the fire started in the kitchen.\n"


def run(args: list[str], plugins: Path, cwd: Path, **kw) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if k != "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD"}
    env["PYTHONPATH"] = str(plugins)
    return subprocess.run([sys.executable, "-m", "lintnews", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=180, **kw)


def plugin(tmp_path: Path, name: str, source: str) -> Path:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / f"{name}.py").write_text(source, encoding="utf-8")
    return site


def stories(tmp_path: Path, n: int = 1) -> list[Path]:
    out = []
    for i in range(n):
        p = tmp_path / f"story{i:02d}.txt"
        p.write_text(STORY, encoding="utf-8")
        out.append(p)
    return out


SLOW_RULE = '''
import sys, time
from lintnews import Examples, Rule, Severity, hookimpl

def check(doc):
    sys.stderr.write("rule started\\n")
    sys.stderr.flush()
    time.sleep(60)
    return ()

@hookimpl
def lintnews_register_rules(register):
    register(Rule(id="house/slow", category="house", severity=Severity.WARNING, summary="slow",
                  examples=Examples(), check_fn=check))
'''


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_inside_a_plugin_rule_still_stops_the_run(tmp_path: Path) -> None:
    """A KeyboardInterrupt a plugin raises is the plugin's failure (tests/test_plugins.py); Ctrl-C
    is the user's and stops the run at once, never reported as a rule failure (exit 3)."""
    site = plugin(tmp_path, "slowplug", SLOW_RULE)
    (story,) = stories(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD"}
    env["PYTHONPATH"] = str(site)
    proc = subprocess.Popen([sys.executable, "-m", "lintnews", "check", "--plugin", "slowplug", str(story)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    try:
        assert proc.stderr is not None
        assert proc.stderr.readline() == b"rule started\n"
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
        # (130 is the documented code; the interrupt's own exit code is issue 22.6's)
        assert proc.returncode not in (ExitCode.OK, ExitCode.PLUGIN_FAILURE), err
        assert time.monotonic() - started < 30
        assert b"Traceback" not in err and b"rule-failure" not in out + err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


NOISY_RULE = '''
import os, sys
from lintnews import Examples, Finding, Rule, Severity, hookimpl

print("noisy at import")

def check(doc):
    print("noisy in a rule", doc.text[:10])
    sys.stdout.write("{ not json\\n")
    sys.stdout.flush()
    os.write(1, b"written to file descriptor 1\\n")
    i = doc.text.find("kitchen")
    if i >= 0:
        yield Finding(i, i + 7, "'kitchen' is a house word.")

@hookimpl
def lintnews_register_rules(register):
    print("noisy while registering")
    register(Rule(id="house/noisy", category="house", severity=Severity.WARNING, summary="noisy",
                  examples=Examples(), check_fn=check))
'''


@pytest.mark.parametrize("fmt", ["json", "sarif"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_plugin_output_never_corrupts_a_machine_readable_report(tmp_path: Path, fmt: str, jobs: str) -> None:
    site = plugin(tmp_path, "noisyplug", NOISY_RULE)
    files = stories(tmp_path, 20)
    proc = run(["check", "--plugin", "noisyplug", "-j", jobs, "-f", fmt, *map(str, files)], site, tmp_path)
    assert proc.returncode == ExitCode.FINDINGS, proc.stderr
    report = json.loads(proc.stdout)  # nothing but the report on standard output
    if fmt == "json":
        rules = [d["rule"] for d in report["diagnostics"]]
    else:
        rules = [r["ruleId"] for r in report["runs"][0]["results"]]
    assert rules.count("house/noisy") == 20 and rules.count("unattributed-claim/vague-source") == 20
    for said in ("noisy at import", "noisy while registering", "noisy in a rule", "written to file descriptor 1"):
        assert said in proc.stderr  # the plugin's output is not lost either: it is on standard error


CRASHING_RULE = '''
import ctypes
from lintnews import Examples, Finding, Rule, Severity, hookimpl

def check(doc):
    if "CRASH" in doc.text:
        ctypes.string_at(0)  # a segmentation fault, as a buggy C extension would cause
    i = doc.text.find("kitchen")
    if i >= 0:
        yield Finding(i, i + 7, "'kitchen' is a house word.")

@hookimpl
def lintnews_register_rules(register):
    register(Rule(id="house/crashing", category="house", severity=Severity.WARNING, summary="crash",
                  examples=Examples(), check_fn=check))
'''


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_crashing_rule_under_j2_costs_that_file_only(tmp_path: Path) -> None:
    site = plugin(tmp_path, "crashplug", CRASHING_RULE)
    files = stories(tmp_path, 40)
    victim = files[17]
    victim.write_text("CRASH. " + STORY, encoding="utf-8")
    proc = run(["check", "--plugin", "crashplug", "-j", "2", "-f", "json", *map(str, files)], site, tmp_path)
    assert proc.returncode == ExitCode.PLUGIN_FAILURE, proc.stderr
    diags = json.loads(proc.stdout)["diagnostics"]
    failures = [d for d in diags if d["rule"] == "lintnews/rule-failure"]
    assert [d["path"] for d in failures] == [str(victim)]
    assert "killed by SIGSEGV" in failures[0]["message"]
    others = {d["path"] for d in diags if d["rule"] == "house/crashing"}
    assert others == {str(f) for f in files if f != victim}  # every other file, all of it
    assert [d["path"] for d in diags] == sorted(d["path"] for d in diags)  # in order, as with -j 1
    assert "Traceback" not in proc.stderr


EXITING_READER = '''
import sys
from lintnews import hookimpl

def read(source):
    sys.exit(0)

@hookimpl
def lintnews_register_readers(register):
    register("wire", (".wire",), read)
'''


def test_a_reader_plugin_that_exits_costs_its_file_only(tmp_path: Path) -> None:
    site = plugin(tmp_path, "wirereader", EXITING_READER)
    (story,) = stories(tmp_path)
    wire = tmp_path / "feed.wire"
    wire.write_text(STORY, encoding="utf-8")
    proc = run(["check", "--plugin", "wirereader", "-f", "line", str(wire), str(story)], site, tmp_path)
    assert proc.returncode == ExitCode.INTERNAL_ERROR  # (a reader's failure: only that file is lost)
    assert f"{story}:1:1: warning:" in proc.stdout
    (line,) = proc.stderr.splitlines()
    assert line.startswith(f"lintnews: {wire}: internal error while linting it: SystemExit: 0")
