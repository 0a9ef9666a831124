"""A small on-disk cache for start-up work that depends only on the rule packs.

Building the matcher (analysing every pattern, building the prefix trie and
compiling it) is most of a one-line check's start-up. Its result depends only on
the packs' contents, so it is stored under a key made from them (and from the
Python version, since compiled regex code is version-specific) and reused by the
next run. Everything here is best effort: an unreadable, corrupt or unwritable
cache is ignored and the work is simply done again.

Location: ``$LINTNEWS_CACHE_DIR``, else ``$XDG_CACHE_HOME/lintnews``, else
``~/.cache/lintnews``. ``LINTNEWS_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

VERSION = 1  # bump when what is stored changes shape


def cache_dir() -> Path | None:
    if os.environ.get("LINTNEWS_NO_CACHE"):
        return None
    explicit = os.environ.get("LINTNEWS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "lintnews"


def key(*parts: str) -> str:
    h = hashlib.sha256()
    for p in (str(VERSION), sys.version, *parts):
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()[:32]


def load(name: str) -> Any:
    """The object stored under ``name``, or ``None``."""
    d = cache_dir()
    if d is None:
        return None
    try:
        with open(d / name, "rb") as fh:
            return marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        return None


def save(name: str, obj: Any) -> None:
    """Store ``obj`` (plain data: str, int, list, tuple, dict, None) under ``name``; never raises."""
    d = cache_dir()
    if d is None:
        return
    try:
        data = marshal.dumps(obj)
        d.mkdir(parents=True, exist_ok=True)
        tmp = d / f".{name}.{os.getpid()}.tmp"
        try:
            with open(tmp, "wb") as fh:
                fh.write(data)
            os.replace(tmp, d / name)
        finally:
            if tmp.exists():
                tmp.unlink()
        _prune(d)
    except (OSError, ValueError):
        pass


MAX_ENTRIES = 32


def _prune(d: Path) -> None:
    """Keep the newest :data:`MAX_ENTRIES` entries (each set of packs makes one)."""
    entries = [p for p in d.iterdir() if not p.name.startswith(".")]
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda p: p.stat().st_mtime)
    for p in entries[: len(entries) - MAX_ENTRIES]:
        p.unlink(missing_ok=True)


# -- compiled regular expressions ------------------------------------------------------------
# ``re.compile`` parses and compiles to engine code every time a process starts; the
# code for a given pattern, flags and Python version never changes, so it can be kept.


def regex_code(pattern: str, flags: int) -> tuple | None:
    """What :func:`compile_code` needs to rebuild ``re.compile(pattern, flags)`` without compiling."""
    try:
        from re import _compiler, _parser

        p = _parser.parse(pattern, flags)
        code = _compiler._code(p, flags)
        groupindex = dict(p.state.groupdict)
        indexgroup = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        return (int(flags | p.state.flags), [int(c) for c in code], p.state.groups - 1, groupindex,
                tuple(indexgroup))
    except Exception:  # an internal API: any surprise means "do not cache"
        return None


def compile_code(pattern: str, stored: tuple | None, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from stored engine code when it is usable."""
    if stored is not None:
        try:
            import _sre

            all_flags, code, groups, groupindex, indexgroup = stored
            compiled = _sre.compile(pattern, all_flags, code, groups, groupindex, indexgroup)
            if isinstance(compiled, re.Pattern):
                return compiled
        except Exception:  # an internal API: fall back to compiling
            pass
    return re.compile(pattern, flags)
