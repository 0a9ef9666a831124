"""Which files a run lints: the paths given, and directories searched for prose files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

DEFAULT_EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"})


def expand(paths: list[str], extensions: frozenset[str] | set[str] = DEFAULT_EXTENSIONS) -> Iterator[tuple[str, str | None]]:
    """Yield ``(path, problem)`` for every file to lint, in a stable order.

    ``problem`` is a one-line message when the path cannot be linted (missing,
    a directory with nothing to lint); the caller reports it and carries on.
    Directory walks are sorted and do not follow symlinked directories, so a
    symlink loop cannot trap the run.
    """
    for raw in paths:
        if raw == "-":
            yield raw, None
            continue
        p = Path(raw)
        if p.is_dir():
            found = False
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in sorted(files):
                    if Path(name).suffix.lower() in extensions:
                        found = True
                        yield os.path.join(root, name), None
            if not found:
                yield raw, f"{raw}: directory has no files to lint ({', '.join(sorted(e for e in extensions if e))})"
        elif p.exists() or p.is_symlink():
            yield raw, None
        else:
            yield raw, f"{raw}: no such file or directory"
