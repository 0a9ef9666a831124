"""Running the ``lintnews`` command from a test, in process or as a real process.

Most CLI tests want the same two things: the exit code and both streams of an in-process run
with third-party plugins kept out (so that whatever is installed on the machine cannot change
the result), or a real subprocess where the test is about the process itself (signals, pipes,
standard streams). Both live here so that every test runs the tool the same way.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

from click.testing import CliRunner

from lintnews.cli import main

_NO_AUTOLOAD = {"LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"}


def run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """``lintnews ARGS`` in process, plugins not autoloaded; (exit code, stdout, stderr)."""
    result = CliRunner().invoke(main, list(args), input=input, env={**_NO_AUTOLOAD, **(env or {})})
    return result.exit_code, result.stdout, result.stderr


def cli(args: list[str], **kw: Any) -> subprocess.CompletedProcess[str]:
    """``python -m lintnews ARGS`` as a real process (text streams captured unless given),
    plugins not autoloaded, two minutes at most."""
    env = {**os.environ, **_NO_AUTOLOAD}
    kw.setdefault("stdout", subprocess.PIPE)
    kw.setdefault("stderr", subprocess.PIPE)
    return subprocess.run([sys.executable, "-m", "lintnews", *args], text=True, env=env, timeout=120, **kw)
