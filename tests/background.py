"""Tool runs started with the session, on the core pytest leaves idle (tests148).

The suite is serial (``.ci/run`` runs plain ``pytest``), and its first half minute is the
collection, one core importing 440 modules. mypy over the package (tests/test_typing.py) and
ruff over the tree (tests/test_style.py) read the checkout only, never what a test makes, so
their one run each is started as the session starts (:func:`start_early`, from conftest.py)
and runs beside the collection; the test's fixture then takes its result (:func:`result`),
waiting for it if it has not ended. The command is the test's own, made by the same function here; where
no early run was started (the test's file was not going to be collected) the test runs it
itself, as before. Nothing about what is
checked changes: the same tool, the same files, the same fresh cache, the same report read
by the same assertions; only when it runs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# mypy's module with one of each mistake the config must catch (tests/test_typing.py)
MYPY_BAD = (
    "def untyped(x):\n"
    "    return x\n"
    "\n"
    "\n"
    "def wrong() -> int:\n"
    "    return 'one'\n"
    "\n"
    "\n"
    "n: int = 1  # type: ignore[assignment]\n"
)


def mypy_command(base: Path) -> list[str]:
    """mypy from this interpreter (which also finds the dependencies' hints), with the
    project's config and a fresh cache in ``base``, over the package and ``base``'s
    ``bad.py`` (written here: :data:`MYPY_BAD`)."""
    (base / "mypy-bad").mkdir(parents=True, exist_ok=True)
    (base / "mypy-cache").mkdir(parents=True, exist_ok=True)
    bad = base / "mypy-bad" / "bad.py"
    bad.write_text(MYPY_BAD, encoding="utf-8")
    return [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
            "--cache-dir", str(base / "mypy-cache"), "lintnews", str(bad)]


def ruff_command() -> list[str]:
    """ruff over the package, the tests and the benchmarks, with no cache (tests/test_style.py)."""
    return [sys.executable, "-m", "ruff", "check", "--no-cache", "lintnews", "tests", "benchmarks"]


@dataclass
class _Run:
    argv: list[str]
    proc: subprocess.Popen[bytes]
    out: Path
    err: Path


_BASE: list[Path] = []
_RUNS: dict[str, _Run] = {}

# name -> (the test file whose fixture or test takes the result, the command's maker)
EARLY: dict[str, tuple[str, Callable[[Path], list[str]]]] = {
    "mypy": ("test_typing.py", mypy_command),
    "ruff": ("test_style.py", lambda base: ruff_command()),
}


def scratch() -> Path:
    """The session's directory for the early runs' files (removed by :func:`stop`)."""
    if not _BASE:
        _BASE.append(Path(tempfile.mkdtemp(prefix="lintnews-early-")))
    return _BASE[0]


def start(name: str, argv: list[str]) -> None:
    """Start ``argv`` in the checkout, its streams to files (a pipe nobody reads would stop a
    long report)."""
    out, err = scratch() / f"{name}.out", scratch() / f"{name}.err"
    with open(out, "wb") as o, open(err, "wb") as e:
        proc = subprocess.Popen(argv, stdout=o, stderr=e, stdin=subprocess.DEVNULL, cwd=ROOT)
    _RUNS[name] = _Run(argv, proc, out, err)


def result(name: str) -> subprocess.CompletedProcess[str] | None:
    """The early run of ``name``, waited for (its ``args`` the command), or ``None`` if none
    was started: the caller runs the command itself."""
    run = _RUNS.pop(name, None)
    if run is None:
        return None
    code = run.proc.wait()
    # (decoded as subprocess.run(text=True) decodes: the locale's encoding, universal newlines)
    return subprocess.CompletedProcess(run.argv, code, run.out.read_text(), run.err.read_text())


def will_collect(config: object, filename: str) -> bool:
    """Will this session collect ``tests/<filename>``: one of its arguments (the test paths
    when none is given) is that file or a directory holding it; never for ``--collect-only``."""
    option = getattr(config, "option", None)
    if getattr(option, "collectonly", False):
        return False
    target = (ROOT / "tests" / filename).resolve()
    here = Path(config.invocation_params.dir)  # type: ignore[attr-defined]
    for arg in config.args:  # type: ignore[attr-defined]
        path = (here / str(arg).split("::", 1)[0]).resolve()
        if path == target or (path.is_dir() and path in target.parents):
            return True
    return False


def start_early(config: object) -> None:
    """Start each :data:`EARLY` run whose test file this session will collect."""
    for name, (filename, make) in EARLY.items():
        if will_collect(config, filename):
            start(name, make(scratch() / name))


def _kill(run: _Run) -> None:
    if run.proc.poll() is None:
        run.proc.kill()
    run.proc.wait()


def stop() -> None:
    """End what is still running (its test deselected, or the session stopped early) and
    remove the session's directory."""
    while _RUNS:
        _kill(_RUNS.popitem()[1])
    if _BASE:
        shutil.rmtree(_BASE.pop(), ignore_errors=True)
