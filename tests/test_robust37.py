"""Round 37 of breaking lintnews from the outside: each test is a defect found by a hostile but
realistic user, that failed before its fix (the "before" is in each docstring)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from lintnews.cli import main
from lintnews.model.exitcodes import ExitCode

CLAIM = "Sources say the mayor slammed the plan.\n"


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input,
                                env={"LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1", **(env or {})})
    return result.exit_code, result.stdout, result.stderr


def cli(args: list[str], **kw) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    env = {**os.environ, "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"}
    kw.setdefault("stdout", subprocess.PIPE)
    kw.setdefault("stderr", subprocess.PIPE)
    return subprocess.run([sys.executable, "-m", "lintnews", *args], text=True, env=env, timeout=120, **kw)


# -- --stdin-limit that is not a finite number ---------------------------------------------------

@pytest.mark.parametrize("value", ["inf", "nan", "1e400", "-inf"])
def test_a_stdin_limit_that_is_not_finite_is_a_usage_error(value: str) -> None:
    """Before: ``--stdin-limit inf`` (or nan, 1e400) was "internal error: OverflowError ...
    this is a bug in lintnews", exit 4."""
    code, out, err = run("check", "--stdin-limit", value, "-", input=CLAIM)
    assert code == ExitCode.USAGE_OR_INPUT and out == ""
    assert len(err.strip().splitlines()) == 1 and "--stdin-limit" in err and "internal error" not in err
    code, _, err = run("check", "-", input=CLAIM, env={"LINTNEWS_STDIN_LIMIT": value})
    assert code == ExitCode.USAGE_OR_INPUT and "internal error" not in err


def test_a_stdin_limit_below_one_byte_is_not_no_limit() -> None:
    """``0`` means no limit; ``0.5`` (half a byte) used to round down to 0 and lift the limit."""
    code, _, err = run("check", "--stdin-limit", "0.5", "-", input=CLAIM)
    assert code == ExitCode.USAGE_OR_INPUT and "larger than" in err
