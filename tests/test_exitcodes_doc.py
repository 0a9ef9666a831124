"""The exit codes are one IntEnum, and the README's table lists exactly its values."""

from __future__ import annotations

import re
from pathlib import Path

from lintnews.model.exitcodes import ExitCode

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_exit_code_table_matches_the_enum():
    section = README[README.index("### Exit codes"):README.index("## Output formats")]
    documented = [int(m.group(1)) for m in re.finditer(r"^\| (\d+) \|", section, re.M)]
    assert documented == sorted(int(c) for c in ExitCode)


def test_signal_codes_are_the_shells():
    import signal

    assert ExitCode.INTERRUPTED == 128 + signal.SIGINT
    assert ExitCode.TERMINATED == 128 + signal.SIGTERM
    assert ExitCode.BROKEN_PIPE == 128 + signal.SIGPIPE
