"""Directories the user may not read or enter: one line naming the path, exit 2, the rest linted.

Run as ``nobody`` (see ``users.py``): root reads everything, so these cases cannot
happen to it.
"""

from __future__ import annotations

from pathlib import Path

from clirun import run
from users import as_nobody, public_dir

from lintnews.model.exitcodes import ExitCode

CLAIM = "Sources say the fire started in the kitchen.\n"


def _tree(base: Path) -> dict[str, Path]:
    """good.txt, locked/ (no permission at all), noexec/ (readable, not enterable),
    walk/ with ok.txt and a locked subdirectory."""
    paths = {
        "good": base / "good.txt",
        "locked": base / "locked",
        "noexec": base / "noexec",
        "walk": base / "walk",
    }
    paths["good"].write_text(CLAIM)
    for name in ("locked", "noexec", "walk"):
        paths[name].mkdir()
    (base / "locked" / "inside.txt").write_text(CLAIM)
    (base / "noexec" / "inside.txt").write_text(CLAIM)
    (base / "walk" / "ok.txt").write_text(CLAIM)
    (base / "walk" / "sub").mkdir()
    (base / "walk" / "sub" / "hidden.txt").write_text(CLAIM)
    for p in base.rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    paths["locked"].chmod(0o000)
    paths["noexec"].chmod(0o644)  # r, no x: names listed, nothing inside reachable
    (base / "walk" / "sub").chmod(0o000)
    return paths


def _errors(err: str) -> list[str]:
    lines = [x for x in err.splitlines() if x.strip()]
    assert all(x.startswith("lintnews: ") for x in lines), err
    assert "Traceback" not in err and "internal error" not in err, err
    return lines


def test_unreadable_directory_named_on_the_command_line() -> None:
    with public_dir() as base:
        t = _tree(base)
        code, out, err = as_nobody(lambda: run("check", "-f", "line", str(t["locked"]), str(t["good"])))
    assert code == ExitCode.USAGE_OR_INPUT, err
    lines = _errors(err)
    assert len(lines) == 1 and str(t["locked"]) in lines[0] and "permission denied" in lines[0], err
    assert f"{t['good']}:1:1:" in out


def test_directory_without_execute_permission() -> None:
    """Before: "internal error: PermissionError" (exit 4) and nothing linted."""
    with public_dir() as base:
        t = _tree(base)
        code, out, err = as_nobody(lambda: run("check", "-f", "line", str(t["noexec"]), str(t["good"])))
    assert code == ExitCode.USAGE_OR_INPUT, err
    lines = _errors(err)
    assert len(lines) == 1 and str(t["noexec"]) in lines[0] and "permission denied" in lines[0], err
    assert f"{t['good']}:1:1:" in out


def test_unreadable_subdirectory_in_a_walk_is_named() -> None:
    """Before: skipped in silence (exit 1, as if the walk had seen everything)."""
    with public_dir() as base:
        t = _tree(base)
        code, out, err = as_nobody(lambda: run("check", "-f", "line", str(t["walk"])))
    assert code == ExitCode.USAGE_OR_INPUT, err
    lines = _errors(err)
    assert len(lines) == 1 and str(t["walk"] / "sub") in lines[0] and "permission denied" in lines[0], err
    assert f"{t['walk'] / 'ok.txt'}:1:1:" in out
