"""Round 39 of breaking lintnews from the outside: each test is a defect an adversarial newsroom
user found on a fresh install, that failed before its fix (the "before" is in each docstring)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from clirun import run

from lintnews.model.exitcodes import ExitCode

CLAIM = "Sources say the mayor slammed the plan.\n"


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def loop(tmp_path: Path, name: str) -> Path:
    """``name`` -> ``name.b`` -> ``name``: a symlink loop."""
    a, b = tmp_path / name, tmp_path / f"{name}.b"
    a.symlink_to(b.name)
    b.symlink_to(a.name)
    return a


# -- 1. a rule pack that is a symlink loop --------------------------------------------------------

def test_a_rule_pack_that_is_a_symlink_loop_is_one_line_not_a_bug(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: ``lintnews test-rules LOOP`` and ``rule_packs = ["LOOP"]`` in a config were
    "internal error: RuntimeError: Symlink loop from ... (this is a bug in lintnews)", exit 4
    (Python 3.11's ``Path.resolve`` raises RuntimeError, not OSError, on a loop)."""
    monkeypatch.chdir(tmp_path)
    loop(tmp_path, "house.toml")
    code, _, err = run("test-rules", "house.toml")
    assert code == ExitCode.USAGE_OR_INPUT and "house.toml" in one_line(err) and "internal error" not in err
    (tmp_path / ".lintnews.toml").write_text('rule_packs = ["house.toml"]\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text(CLAIM, encoding="utf-8")
    code, _, err = run("check", "story.txt")
    assert code == ExitCode.USAGE_OR_INPUT and "house.toml" in one_line(err) and "internal error" not in err
