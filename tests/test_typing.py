"""The type hints are checked, not just written: mypy runs over the package with the project's
configuration (``[tool.mypy]`` in pyproject.toml: every def annotated, an ignore nothing needs
is an error), so a wrong hint, an Optional used as if it could not be None, or a stale
``# type: ignore`` fails the suite. ``mypy`` is in the ``test`` extra; its cache goes to a
temporary directory, so every run checks from scratch (about 10 seconds: the 2 MB generated plan is read through its stub, `builtin_plan.pyi`)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "pyproject.toml"



def test_mypy_is_installed() -> None:
    # (mypy is in the ``test`` extra, as pytest is: a run without it would pass the checks
    # below unseen, so its absence fails rather than skips)
    assert importlib.util.find_spec("mypy") is not None, "mypy is missing: pip install -e '.[test]'"


def _mypy(cache: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    """mypy from this interpreter (which also finds the dependencies' hints), with the
    project's config; with no targets, the config's (the package)."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(CONFIG), "--cache-dir", str(cache), *targets],
        capture_output=True, text=True, cwd=ROOT,
    )


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")


def test_mypy_finds_no_errors_in_the_package(cache: Path) -> None:
    run = _mypy(cache)
    assert run.returncode == 0 and "Success" in run.stdout, run.stdout + run.stderr


def test_the_config_catches_what_it_should(cache: Path, tmp_path: Path) -> None:
    # (the same config on a module with one of each mistake: the check above can fail)
    bad = tmp_path / "bad.py"
    bad.write_text(
        "def untyped(x):\n"
        "    return x\n"
        "\n"
        "\n"
        "def wrong() -> int:\n"
        "    return 'one'\n"
        "\n"
        "\n"
        "n: int = 1  # type: ignore[assignment]\n",
        encoding="utf-8",
    )
    run = _mypy(cache, str(bad))
    assert run.returncode == 1, run.stdout + run.stderr
    for code in ("[no-untyped-def]", "[return-value]", "[unused-ignore]"):
        assert code in run.stdout, run.stdout + run.stderr
