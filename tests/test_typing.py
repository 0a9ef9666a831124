"""The type hints are checked, not just written: mypy runs over the package with the project's
configuration (``[tool.mypy]`` in pyproject.toml: every def annotated, an ignore nothing needs
is an error), so a wrong hint, an Optional used as if it could not be None, or a stale
``# type: ignore`` fails the suite. ``mypy`` is in the ``test`` extra; its cache goes to a
temporary directory, so every run checks from scratch (about 10 seconds: the 2 MB generated plan is read through its stub, `builtin_plan.pyi`)."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import pytest

from tests import background

ROOT = Path(__file__).resolve().parent.parent



def test_mypy_is_installed() -> None:
    # (mypy is in the ``test`` extra, as pytest is: a run without it would pass the checks
    # below unseen, so its absence fails rather than skips)
    assert importlib.util.find_spec("mypy") is not None, "mypy is missing: pip install -e '.[test]'"


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    """One mypy run over the package and a module with one of each mistake (``bad.py``), as
    the config's check would be run (a second run, on ``bad.py`` alone, cost the mypy start
    and a read of the cache again); each test below reads its own file's lines of the
    report. The run is started with the session where this file is to be collected, beside
    the collection (tests/background.py: the same command, from the same function); else
    here."""
    run = background.result("mypy")
    if run is None:
        command = background.mypy_command(tmp_path_factory.mktemp("mypy"))
        run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    return run, Path(run.args[-1])


def _lines_of(run: subprocess.CompletedProcess[str], path: Path | None) -> list[str]:
    """The report's error and note lines about ``path`` (``None``: about any file but bad.py)."""
    out = []
    for line in run.stdout.splitlines():
        name = line.split(":", 1)[0]
        if ":" not in line or name.startswith(("Found ", "Success")):
            continue
        if (path is None and Path(name).name != "bad.py") or (path is not None and Path(name) == path):
            out.append(line)
    return out


def test_mypy_finds_no_errors_in_the_package(checked: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    run, _ = checked
    assert run.returncode in (0, 1) and run.stderr == "", run.stdout + run.stderr  # (2: mypy crashed)
    assert _lines_of(run, None) == [], run.stdout + run.stderr
    # every error counted is bad.py's: "Found 3 errors in 1 file (checked N source files)"
    assert "errors in 1 file " in run.stdout, run.stdout


def test_the_config_catches_what_it_should(checked: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    # (the same config on a module with one of each mistake: the check above can fail)
    run, bad = checked
    assert run.returncode == 1, run.stdout + run.stderr
    lines = "\n".join(_lines_of(run, bad))
    for code in ("[no-untyped-def]", "[return-value]", "[unused-ignore]"):
        assert code in lines, run.stdout + run.stderr
