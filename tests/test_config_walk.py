"""How far up the config search goes, and which config files it will not trust.

Before: a ``.lintnews.toml`` in any ancestor directory applied, so another user's
file in a shared parent (a sticky ``/tmp``-like directory) silenced every finding
of root's run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from clirun import run

from lintnews.config.discovery import Walk
from lintnews.model.exitcodes import ExitCode

CLAIM = "Sources say the fire started in the kitchen.\n"
SILENCE = 'ignore = ["unattributed-claim"]\n'


def test_the_walk_stops_at_the_repository_root(tmp_path):
    (tmp_path / ".lintnews.toml").write_text(SILENCE)  # above the repository: not ours
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "news").mkdir()
    (repo / "news" / "story.txt").write_text(CLAIM)
    code, out, err = run("check", "-f", "line", str(repo / "news" / "story.txt"))
    assert code == ExitCode.FINDINGS and "vague-source" in out and err == ""
    # the repository's own config still applies, and a worktree's .git file marks a root too
    (repo / ".lintnews.toml").write_text(SILENCE)
    assert run("check", str(repo / "news" / "story.txt"))[0] == ExitCode.OK
    (repo / ".lintnews.toml").unlink()
    (repo / ".git").rmdir()
    (repo / ".git").write_text("gitdir: /elsewhere\n")
    assert run("check", str(repo / "news" / "story.txt"))[0] == ExitCode.FINDINGS


def test_the_walk_stops_at_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "drafts").mkdir(parents=True)
    (home / "drafts" / "story.txt").write_text(CLAIM)
    (tmp_path / ".lintnews.toml").write_text(SILENCE)  # above home
    monkeypatch.setenv("HOME", str(home))
    code, _out, _ = run("check", "-f", "line", str(home / "drafts" / "story.txt"))
    assert code == ExitCode.FINDINGS
    (home / ".lintnews.toml").write_text(SILENCE)  # home's own config applies
    assert run("check", str(home / "drafts" / "story.txt"))[0] == ExitCode.OK


def _other_uid() -> int:
    if os.geteuid() != 0:
        pytest.skip("giving a file to another user needs root")
    import pwd

    try:
        return pwd.getpwnam("nobody").pw_uid
    except KeyError:
        pytest.skip("no 'nobody' user")


def test_another_users_config_in_a_world_writable_directory_is_ignored(tmp_path):
    shared = tmp_path / "shared"
    (shared / "drafts").mkdir(parents=True)
    shared.chmod(0o1777)  # like /tmp: anyone may plant files here
    planted = shared / ".lintnews.toml"
    planted.write_text(SILENCE)
    os.chown(planted, _other_uid(), -1)
    story = shared / "drafts" / "story.txt"
    story.write_text(CLAIM)
    code, out, err = run("check", "-f", "line", str(story))
    assert code == ExitCode.FINDINGS and "vague-source" in out
    assert err.splitlines() == [
        f"lintnews: ignoring config file {planted}: owned by another user (uid {_other_uid()}) "
        "in a directory anyone can write to"
    ]


def test_another_users_config_in_a_private_directory_applies(tmp_path):
    """A colleague's checkout (not writable by others) is trusted: only planted files are not."""
    team = tmp_path / "team"
    (team / "drafts").mkdir(parents=True)
    team.chmod(0o755)
    cfg = team / ".lintnews.toml"
    cfg.write_text(SILENCE)
    os.chown(cfg, _other_uid(), -1)
    (team / "drafts" / "story.txt").write_text(CLAIM)
    code, _, err = run("check", str(team / "drafts" / "story.txt"))
    assert code == ExitCode.OK and err == ""


def test_own_config_in_a_world_writable_directory_applies(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    (shared / ".lintnews.toml").write_text(SILENCE)
    (shared / "story.txt").write_text(CLAIM)
    assert run("check", str(shared / "story.txt"))[0] == ExitCode.OK


def test_walk_cache_and_boundary_unit(tmp_path: Path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / ".git").mkdir()
    (tmp_path / ".lintnews.toml").write_text("")
    walk = Walk(home=None)
    assert walk.find(tmp_path / "a" / "b") is None
    assert walk.find(tmp_path) == tmp_path / ".lintnews.toml"
