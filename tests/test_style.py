"""The code style is checked, not just configured: ruff runs over the package, the tests and
the benchmarks with the project's ``[tool.ruff]`` settings, so an unsorted import block or an
unused name fails the suite (a change once passed every test with three import blocks out of
order). ``ruff`` is in the ``test`` extra, pinned, as mypy is."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from tests import background

ROOT = Path(__file__).resolve().parent.parent


def _ruff(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ruff", *args], capture_output=True, text=True, cwd=cwd)


def test_ruff_is_installed() -> None:
    # (a run without ruff would pass the check below unseen: its absence fails, not skips)
    assert importlib.util.find_spec("ruff") is not None, "ruff is missing: pip install -e '.[test]'"


def test_ruff_finds_nothing() -> None:
    # (started with the session where this file is to be collected: tests/background.py)
    run = background.result("ruff")
    if run is None:
        run = subprocess.run(background.ruff_command(), capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_settings_catch_an_unsorted_import(tmp_path: Path) -> None:
    # (the same settings on a module with imports out of order and an unused one: the check
    # above can fail)
    bad = tmp_path / "bad.py"
    bad.write_text("import re\n\nfrom lintnews.util.lazyregex import LazyRegex\nfrom collections.abc import Iterator\n")
    run = _ruff("check", "--no-cache", "--config", str(ROOT / "pyproject.toml"), str(bad), cwd=tmp_path)
    assert run.returncode == 1
    assert "I001" in run.stdout and "F401" in run.stdout


def _private_imports(source: str) -> list[str]:
    """``module.name`` for each private name (one leading underscore) imported from lintnews."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lintnews"):
            found += [f"{node.module}.{a.name}" for a in node.names
                      if a.name.startswith("_") and not a.name.startswith("__")]
    return found


def test_no_module_imports_another_ones_private_names() -> None:
    # a name with a leading underscore is its module's own: what another module needs is public
    # (the generated plan modules hold data only)
    offenders = [f"{path.relative_to(ROOT)}: {name}" for path in sorted((ROOT / "lintnews").rglob("*.py"))
                 for name in _private_imports(path.read_text(encoding="utf-8"))]
    assert offenders == []
    assert _private_imports("from lintnews.cli.app import _hidden, shown\n") == ["lintnews.cli.app._hidden"]
