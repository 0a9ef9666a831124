"""lintnews keeps no cache: nothing on disk can change a run, and nothing is written there.

lintnews 0.1 read compiled matchers, packs and regex engine code back from
``~/.cache/lintnews``: a well-formed but wrongly shaped entry made every run exit 4
(issue 22.14); anyone who could write the directory could rewrite severities or vouch
for a pattern that hangs (22.17); temporary files had predictable names, so planted
symbolic links made root's run overwrite any file (22.18); the directory grew to 19 MB
and stayed after an uninstall (18.12). These tests plant all of that and check that a
run neither reads nor writes it, and that ``lintnews cache`` cleans up what an older
version left.
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

DRAFT = "Shocking scenes as critics say the council is believed to have slammed the plan.\n"


def run(args: list[str], cache: Path, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LINTNEWS_NO_CACHE", "XDG_CACHE_HOME")}
    env["LINTNEWS_CACHE_DIR"] = str(cache)
    env["LINTNEWS_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    return subprocess.run([sys.executable, "-m", "lintnews", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


def snapshot(directory: Path) -> dict[str, tuple[int, bytes]]:
    if not directory.exists():
        return {}
    out = {}
    for p in sorted(directory.iterdir()):
        st = p.lstat()
        out[p.name] = (st.st_mtime_ns, os.readlink(p).encode() if p.is_symlink() else p.read_bytes())
    return out


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    p = tmp_path / "draft.txt"
    p.write_text(DRAFT, encoding="utf-8")
    return p


def test_a_run_writes_no_cache(tmp_path: Path, draft: Path) -> None:
    cache = tmp_path / "cache"
    first = run(["check", "--format", "json", str(draft)], cache, tmp_path)
    assert first.returncode == 1 and first.stderr == ""
    assert not cache.exists()  # (0.1 created it, with umask permissions, and filled it)


def test_entries_of_an_older_version_are_never_read(tmp_path: Path, draft: Path) -> None:
    """Wrongly shaped (22.14), forged (22.17) and corrupt entries under every name 0.1 used
    change nothing, and are left as they are."""
    clean = run(["check", "--format", "json", str(draft)], tmp_path / "none", tmp_path)
    cache = tmp_path / "cache"
    cache.mkdir()
    os.chmod(cache, 0o777)  # writable by anyone: an attacker's planted directory
    shapes = [marshal.dumps({"identity": None, "rules": [{"severity": "info"}]}),
              marshal.dumps({"identity": "x", "code": {"a": "b"}, "bodies": 7}),
              marshal.dumps([1, 2, 3]), b"not marshal data", b""]
    for i, prefix in enumerate(("matcher", "pack", "patterns")):
        for j, data in enumerate(shapes):
            (cache / f"{prefix}-{i}{j:08x}").write_bytes(data)
    before = snapshot(cache)
    again = run(["check", "--format", "json", str(draft)], cache, tmp_path)
    assert (again.returncode, again.stdout, again.stderr) == (clean.returncode, clean.stdout, clean.stderr)
    assert snapshot(cache) == before


def test_planted_links_are_never_written_through(tmp_path: Path, draft: Path) -> None:
    """22.18: symbolic links in the cache directory, under the names 0.1 wrote (and its
    temporary names), point at a file that must stay as it is."""
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    for name in ("matcher-00", "pack-00", "patterns-00", f".matcher-00.{os.getpid()}.tmp"):
        (cache / name).symlink_to(victim)
    before = snapshot(cache)
    result = run(["check", str(draft)], cache, tmp_path)
    assert result.returncode == 1
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert snapshot(cache) == before


def test_cache_info_and_clear_remove_only_what_an_older_version_left(tmp_path: Path) -> None:
    """18.12: where the cache lived is documented, and `lintnews cache clear` empties it of
    lintnews's own files (never following a link, never touching anything else)."""
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "matcher-0a1b").write_bytes(b"x" * 1000)
    (cache / "pack-ff").write_bytes(b"y" * 24)
    (cache / ".patterns-1c.123.tmp").write_bytes(b"z")
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    (cache / "pack-0b").symlink_to(victim)
    (cache / "notes.txt").write_text("mine\n", encoding="utf-8")
    info = run(["cache", "info"], cache, tmp_path)
    assert info.returncode == 0, info.stderr
    assert "keeps no cache" in info.stdout and f"{cache}: 4 files" in info.stdout
    cleared = run(["cache", "clear"], cache, tmp_path)
    assert cleared.returncode == 0, cleared.stderr
    assert f"{cache}: removed 4 files" in cleared.stdout
    assert sorted(p.name for p in cache.iterdir()) == ["notes.txt"]
    assert victim.read_text(encoding="utf-8") == "precious\n"
    (cache / "notes.txt").unlink()
    assert run(["cache", "clear"], cache, tmp_path).returncode == 0 and not cache.exists()
    assert "nothing left" in run(["cache", "info"], cache, tmp_path).stdout
