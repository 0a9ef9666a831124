"""Plugin code is contained (issue 22.9): whatever a plugin raises, prints or crashes with, the
report stays valid and complete for every other file, and the exit code says what happened.

Each test runs ``python -m lintnews`` in a subprocess, as a user or CI would, with the plugin
module on ``PYTHONPATH`` (never the working directory: see tests/test_plugin_trust.py).
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
