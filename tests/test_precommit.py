"""The pre-commit hook with the real ``pre-commit`` tool, as a newsroom repository would use it.

A snapshot of this checkout (the files a build needs, uncommitted edits included) becomes a
git repository; a temporary "newsroom" repository points its ``.pre-commit-config.yaml`` at it
with ``rev`` = that commit. pre-commit then builds its own environment from the checkout
(dependencies come from the package index, as on a user's machine), and real ``git commit``s
run the hook: a clean draft commits, an unattributed claim is refused with the diagnostic shown.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pre_commit  # noqa: F401  (in the test extra: a run without it fails, not skips; git may be absent)
import pytest

from tests.ram_scratch import in_memory

ROOT = Path(__file__).resolve().parent.parent
NEEDED = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "lintnews", "rules")

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def scratch_in_memory(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A directory on a RAM file system (``/dev/shm``) where there is one with room, else
    ``tmp_path``: for pre-commit's cache (the clone and the hook's environment) and pip's
    temporary files (:mod:`tests.ram_scratch`; not where it is mounted ``noexec``, as a
    container's often is: the environment's scripts and compiled modules could not be run
    there). pip installing the hook's dependencies (numpy, lxml, babel, dateparser...)
    into the environment was 50 of the test's 128 s with the cache on this machine's disk (and
    byte-compiling them: see ``PIP_COMPILE`` below); where the environment lives is not what
    the test is about (the same reason as tests/test_robustness.py's 100,000 files; tests146)."""
    with in_memory(tmp_path, executable=True) as base:
        yield base


def _env(scratch: Path) -> dict[str, str]:
    # (without PYTHONDONTWRITEBYTECODE, which a CI or sandbox may set for the test process: the
    # hook's modules, not byte-compiled when installed (PIP_COMPILE below), are then compiled
    # once, at the first commit's hook run, and kept in the hook's environment, as Python does
    # on a user's machine; with it, each of the three commits compiled lintnews and every module
    # it imports again: about 9 s of a commit's 13 s at load (testtime174). What is installed
    # and what the hook runs are unchanged; the files written are in the scratch cache.)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k != "PYTHONDONTWRITEBYTECODE"}
    (scratch / "tmp").mkdir(exist_ok=True)
    env.update({
        "PRE_COMMIT_HOME": str(scratch / "pre-commit-cache"),
        "TMPDIR": str(scratch / "tmp"),  # (pip unpacks and builds there)
        # pip installs the hook's environment without byte-compiling every module of every
        # dependency (numpy, lxml, babel, dateparser's hundreds of language modules): modules
        # the hook never imports; those it imports Python compiles as it imports them. What is
        # installed, from where, and how the hook runs are unchanged. (PIP_COMPILE=0, not
        # PIP_NO_COMPILE=1: pip reads a "no-" option's variable as the option's value, so that
        # one turns compiling on.)
        "PIP_COMPILE": "0",
        "GIT_AUTHOR_NAME": "Test Desk", "GIT_AUTHOR_EMAIL": "desk@example.org",
        "GIT_COMMITTER_NAME": "Test Desk", "GIT_COMMITTER_EMAIL": "desk@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
        "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1",
    })
    return env


def _git(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)


def _snapshot(dest: Path, env: dict[str, str]) -> str:
    """Copy what a build of this checkout needs into ``dest``, commit it, return the commit."""
    dest.mkdir()
    for name in NEEDED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(src, dest / name)
    for args in (("init", "-q"), ("add", "-A"), ("commit", "-q", "-m", "snapshot")):
        proc = _git(dest, env, *args)
        assert proc.returncode == 0, proc.stderr
    return _git(dest, env, "rev-parse", "HEAD").stdout.strip()


def test_pre_commit_hook_passes_clean_draft_and_blocks_unattributed_claim(tmp_path, scratch_in_memory):
    env = _env(scratch_in_memory)
    hook_repo = tmp_path / "lintnews-checkout"
    rev = _snapshot(hook_repo, env)

    newsroom = tmp_path / "newsroom"
    newsroom.mkdir()
    assert _git(newsroom, env, "init", "-q").returncode == 0
    (newsroom / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hook_repo.as_posix()}\n  rev: {rev}\n  hooks:\n  - id: lintnews\n",
        encoding="utf-8",
    )
    install = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=newsroom, env=env,
                             capture_output=True, text=True, timeout=60)
    assert install.returncode == 0, install.stdout + install.stderr

    (newsroom / "council.md").write_text(
        "# Council passes budget\n\nThe council approved the budget on Monday, its leader said.\n",
        encoding="utf-8")
    _git(newsroom, env, "add", "council.md", ".pre-commit-config.yaml")
    clean = subprocess.run(["git", "commit", "-m", "Council story"], cwd=newsroom, env=env,
                           capture_output=True, text=True, timeout=600)
    out = clean.stdout + clean.stderr
    assert clean.returncode == 0, out
    assert "lintnews" in out and "Passed" in out  # the hook ran and passed

    (newsroom / "harbour.txt").write_text(
        "Warehouse fire\nThe owner is believed to have let the insurance lapse.\n", encoding="utf-8")
    _git(newsroom, env, "add", "harbour.txt")
    dirty = subprocess.run(["git", "commit", "-m", "Fire story"], cwd=newsroom, env=env,
                           capture_output=True, text=True, timeout=600)
    out = dirty.stdout + dirty.stderr
    assert dirty.returncode != 0, out
    assert "Failed" in out
    assert "harbour.txt:2:" in out and "unattributed-claim/passive-attribution" in out, out
    # the refused commit did not happen
    assert "Fire story" not in _git(newsroom, env, "log", "--format=%s").stdout

    # the newsroom's exclude holds for the files pre-commit names (the hook's --force-exclude)
    _git(newsroom, env, "reset", "-q")
    (newsroom / ".lintnews.toml").write_text('exclude = ["templates"]\n', encoding="utf-8")
    (newsroom / "templates").mkdir()
    (newsroom / "templates" / "box.txt").write_text(
        "Template\nThe owner is believed to have let the insurance lapse.\n", encoding="utf-8")
    _git(newsroom, env, "add", ".lintnews.toml", "templates/box.txt")
    spared = subprocess.run(["git", "commit", "-m", "Templates"], cwd=newsroom, env=env,
                            capture_output=True, text=True, timeout=600)
    out = spared.stdout + spared.stderr
    assert spared.returncode == 0, out  # (the claim is in an excluded file; pre-commit hides a passing hook's output)
    assert "Passed" in out
