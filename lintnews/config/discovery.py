"""Finding the config file of a linted file: walk up from its directory, not too far.

The nearest ``.lintnews.toml`` (or ``pyproject.toml`` with a ``[tool.lintnews]``
table) at or above the file's directory applies. The walk stops after the
repository root (the first directory holding ``.git``) or the user's home
directory: a config further up belongs to someone else's tree, and could silence
every finding of a run that never asked for it.

A config file that is owned by another user *and* sits in a directory that others
may write to (a shared, sticky ``/tmp``-like directory) is ignored, with one line
saying so (:attr:`Walk.ignored`): anyone could have planted it. A file or directory
that cannot be looked at (no permission, a name too long) counts as absent: the
linted file's own read error says what is wrong.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from types import EllipsisType

CONFIG_FILES = (".lintnews.toml", "pyproject.toml")


def resolved_path(path: str | Path) -> Path:
    """The absolute path; a path that cannot be resolved (a symlink loop) is taken as written,
    so its own read error is reported with the file, not as a config failure."""
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def _home() -> Path | None:
    try:
        home = os.path.expanduser("~")
    except (KeyError, OSError):  # pragma: no cover - no passwd entry
        return None
    return resolved_path(home) if home and home != "~" else None


def _stat(path: Path, follow: bool = True) -> os.stat_result | None:
    try:
        return path.stat() if follow else path.lstat()
    except (OSError, ValueError):
        return None


def _has_tool_table(path: Path) -> bool:
    import tomllib

    try:
        with path.open("rb") as fh:
            data = tomllib.loads(fh.read(16 * 1024 * 1024).decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return True  # let load_config report what is wrong with it
    tool = data.get("tool")
    return isinstance(tool, dict) and "lintnews" in tool


def untrusted(path: Path, st: os.stat_result, directory: os.stat_result | None) -> str | None:
    """Why the config file at ``path`` must be ignored, or ``None`` when it may apply: owned
    by another user in a directory others can write to."""
    uid = os.geteuid() if hasattr(os, "geteuid") else None
    if uid is None or st.st_uid == uid or directory is None:
        return None
    if not directory.st_mode & stat.S_IWOTH:
        return None
    return (f"ignoring config file {path}: owned by another user (uid {st.st_uid}) in a directory "
            f"anyone can write to")


class Walk:
    """Config-file discovery with a cache per directory and the files it ignored.

    ``home`` is where the walk stops besides a repository root: the user's home directory
    unless given (``None``: nowhere). A plain class, not a dataclass: built at every
    start-up, see docs/history/speed.md."""

    def __init__(self, cache: dict[Path, Path | None] | None = None,
                 ignored: dict[str, str] | None = None,
                 home: Path | EllipsisType | None = ...) -> None:
        self.cache: dict[Path, Path | None] = {} if cache is None else cache
        self.ignored: dict[str, str] = {} if ignored is None else ignored  # path -> the one line saying why
        self.home: Path | None = _home() if home is ... else home

    def find(self, start: str | Path) -> Path | None:
        """The nearest config file at or above ``start`` (a directory), or ``None``."""
        cache = self.cache
        if start in cache:  # (the cache holds resolved directories only)
            return cache[start]
        here = resolved_path(start)
        seen: list[Path] = []
        found: Path | None = None
        for d in (here, *here.parents):
            if d in cache:
                found = cache[d]
                break
            seen.append(d)
            found = self._here(d)
            if found is not None or self._boundary(d):
                break
        for d in seen:
            cache[d] = found
        return found

    def _here(self, d: Path) -> Path | None:
        dir_stat: os.stat_result | None = None
        for name in CONFIG_FILES:
            candidate = d / name
            st = _stat(candidate)
            if st is None or not stat.S_ISREG(st.st_mode):
                # a config file that is there but cannot be read as one (a broken symbolic link
                # to a shared house style, a loop, a directory, a FIFO) is found, and loading it
                # says what it is: ignoring it applied the defaults, silently
                st = _stat(candidate, follow=False) if st is None else st
                if st is None:
                    continue
            elif name == "pyproject.toml" and not _has_tool_table(candidate):
                continue
            if dir_stat is None:
                dir_stat = _stat(d)
            why = untrusted(candidate, st, dir_stat)
            if why:
                self.ignored.setdefault(str(candidate), why)
                continue
            return candidate
        return None

    def _boundary(self, d: Path) -> bool:
        """Is ``d`` where the walk stops (the repository root, or home)?"""
        if self.home is not None and d == self.home:
            return True
        return _stat(d / ".git") is not None


def find_config_file(start: str | Path, _cache: dict[Path, Path | None] | None = None) -> Path | None:
    """The nearest config file at or above ``start`` (a directory), or ``None``."""
    walk = Walk(cache=_cache if _cache is not None else {})
    return walk.find(start)
