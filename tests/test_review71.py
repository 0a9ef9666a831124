"""Review 71: what a first-time user and a maintainer found, each fix with the test that failed
before it (a newsroom developer's view of the command line, its errors and its formats)."""

from __future__ import annotations

import pytest

from lintnews.model.exitcodes import ExitCode
from tests.clirun import run

CLAIM = "Sources say the plan failed.\n"


# -- 1. Click's own usage errors are one line, as the README's exit-code table promises ---------

@pytest.mark.parametrize(("args", "needle"), [
    (["check", "--fail-on", "warn", "-"], "'--fail-on'"),
    (["check", "-j", "0", "-"], "'--jobs'"),
    (["check", "--selct", "x", "-"], "No such option '--selct'"),
    (["explain"], "Missing argument 'RULE'"),
    (["chek"], "No such command 'chek'"),
    (["cache", "nope"], "No such command 'nope'"),
    (["rules", "--format", "xml"], "'xml' is not one of"),
])
def test_a_usage_error_is_one_line_and_exit_2(args: list[str], needle: str) -> None:
    """README, Exit codes: a usage error is "one line on stderr", exit 2. Before: Click printed
    four (the usage, "Try ... --help", a blank line and "Error: ..."), unlike every other error."""
    code, out, err = run(*args, input=CLAIM)
    assert code == ExitCode.USAGE_OR_INPUT
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("lintnews: ") and needle in lines[0]
    assert "--help" in lines[0]  # where to look next


def test_a_bare_lintnews_still_shows_the_help() -> None:
    """With no command at all, the help is the answer (Click's behaviour, kept)."""
    code, out, err = run()
    assert code == ExitCode.USAGE_OR_INPUT
    assert "Commands:" in out + err
