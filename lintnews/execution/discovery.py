"""Which files a run lints: the paths given, and directories searched for prose files."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from lintnews.util.printable import escape_controls, shown_path

DEFAULT_EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"})


def shown(path: str) -> str:
    """A path as it appears in a one-line message: valid UTF-8, no control characters."""
    return escape_controls(shown_path(path))


def _walk_error(exc: OSError) -> str:
    where = shown(str(exc.filename)) if exc.filename is not None else "?"
    if isinstance(exc, PermissionError):
        return f"{where}: permission denied (directory not read, its files not linted)"
    return f"{where}: cannot read directory: {exc.strerror or exc}"


def expand(
    paths: list[str],
    extensions: frozenset[str] | set[str] = DEFAULT_EXTENSIONS,
    exclude: tuple[os.stat_result, str] | None = None,
    skip: Callable[[str, str | None], bool] | None = None,
) -> Iterator[tuple[str, str | None]]:
    """Yield ``(path, problem)`` for every file to lint, in a stable order.

    ``problem`` is a one-line message when the path cannot be linted (missing,
    a directory with nothing to lint, a directory that cannot be read or entered);
    the caller reports it and carries on with the rest. Directory walks are sorted
    and do not follow symlinked directories, so a symlink loop cannot trap the run.
    ``exclude`` is the report being written (``--output``: its ``stat`` and file name): a
    walk never lints it (only files of that name are compared, by device and inode).

    Each file is yielded once, under the first name it is met by: ``a.txt ./a.txt``, a
    symbolic link and its target, a file named and also found in a directory walked, ``- -``
    (it was linted once per name, every diagnostic reported twice; ruff lints a file once too).
    Files are the same when their device and inode are; a name that cannot be stat'ed is
    compared by its normalised absolute path.

    ``skip(path, problem)`` leaves a path out (config ``exclude``) before that: a symbolic link
    in an excluded directory, met first, must not hide its target found later.
    """
    seen: set[object] = set()
    for raw, problem in _expand(paths, extensions, exclude):
        if skip is not None and skip(raw, problem):
            continue
        key = _identity(raw) if problem is None else ("problem", problem)
        if key in seen:
            continue
        seen.add(key)
        yield raw, problem


def _identity(path: str) -> object:
    """What makes two names one input: standard input, else the file's device and inode."""
    if path == "-":
        return "-"
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return os.path.normpath(os.path.abspath(path))
    return (st.st_dev, st.st_ino)


def _expand(
    paths: list[str],
    extensions: frozenset[str] | set[str],
    exclude: tuple[os.stat_result, str] | None,
) -> Iterator[tuple[str, str | None]]:
    """:func:`expand`'s walk, before files met twice are dropped."""
    for raw in paths:
        if raw == "-":
            yield raw, None
            continue
        try:
            st = os.stat(raw)
        except OSError as exc:
            yield raw, _stat_problem(raw, exc)
            continue
        if not stat.S_ISDIR(st.st_mode):
            yield raw, None
            continue
        found = False
        problems: list[OSError] = []
        for root, dirs, files in os.walk(raw, followlinks=False, onerror=problems.append):
            while problems:
                found = True
                yield root, _walk_error(problems.pop(0))
            if not os.access(root, os.X_OK):  # listed but cannot be entered: say so once
                found = True
                yield root, f"{shown(root)}: permission denied (directory not entered, its files not linted)"
                dirs[:] = []
                continue
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
            for name in sorted(files):
                suffix = Path(name).suffix.lower()
                # (a reader's "" extension, the plain-text reader's, is for files named on the
                # command line: a walk would lint a repository's LICENSE and compiled programs)
                if suffix and suffix in extensions:
                    full = os.path.join(root, name)
                    if exclude is not None and name == exclude[1] and _same(full, exclude[0]):
                        continue
                    found = True
                    yield full, None
        for problem in problems:
            found = True
            yield raw, _walk_error(problem)
        if not found:
            yield raw, (f"{shown(raw)}: directory has no files to lint "
                        f"({', '.join(sorted(e for e in extensions if e))})")


def _stat_problem(raw: str, exc: OSError) -> str | None:
    """A named path that cannot be stat'ed: missing or too long is a problem; a symlink loop,
    a broken link or no permission is for the reader to name (``None``)."""
    if exc.errno == errno.ENOENT and not os.path.islink(raw):
        return f"{shown(raw)}: no such file or directory"
    if exc.errno == errno.ENAMETOOLONG:
        return f"{shown(raw)}: file name too long, not linted"
    return None


def missing(raw: str) -> str | None:
    """The line ``check`` gives for a named path that is not there (``lintnews config PATH``
    must not describe a path that does not exist as if it did), else ``None``."""
    if raw == "-":
        return None
    try:
        os.stat(raw)
    except OSError as exc:
        return _stat_problem(raw, exc)
    return None


def _same(path: str, st: os.stat_result) -> bool:
    try:
        other = os.stat(path)
    except OSError:
        return False
    return (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino)
