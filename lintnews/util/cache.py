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

import marshal
import os
import re
import sys
import zlib
from array import array
from pathlib import Path
from typing import Any

VERSION = 2  # bump when what is stored changes shape


def cache_dir() -> Path | None:
    if os.environ.get("LINTNEWS_NO_CACHE"):
        return None
    explicit = os.environ.get("LINTNEWS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "lintnews"


def identity(*parts: str) -> str:
    """The full description of what a cache entry was made from (stored with it, compared on load)."""
    return "\0".join((str(VERSION), sys.version, *parts))


def key(ident: str) -> str:
    """A file name for an identity (two checksums: the entry itself holds the identity to compare;
    zlib, because hashlib's import alone costs more than the rest of the lookup)."""
    data = ident.encode("utf-8", "surrogatepass")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def code_stamp(module_file: str) -> str:
    """A module's size and time stamp, for an identity: what a changed module built is
    never reused."""
    try:
        st = os.stat(module_file)
        return f"{st.st_size}:{st.st_mtime_ns}"
    except OSError:
        return ""


def key_bytes(data: bytes) -> str:
    """A short checksum of a file's bytes, for an identity."""
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def load(name: str) -> Any:
    """The object stored under ``name``, or ``None``."""
    d = cache_dir()
    if d is None:
        return None
    try:
        with open(d / name, "rb") as fh:
            return marshal.loads(fh.read())  # (one read: marshal.load reads piece by piece)
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
        packed = array("I", [int(c) for c in code]).tobytes()  # (bytes: loaded far faster than a list)
        return (int(flags | p.state.flags), packed, p.state.groups - 1, groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - an internal API: any surprise means "do not cache"
        return None


def compile_code(pattern: str, stored: tuple | None, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from stored engine code when it is usable."""
    if stored is not None:
        try:
            import _sre

            all_flags, packed, groups, groupindex, indexgroup = stored
            code = array("I", packed).tolist()
            compiled = _sre.compile(pattern, all_flags, code, groups, groupindex, indexgroup)
            if isinstance(compiled, re.Pattern):
                return compiled
        except Exception:  # noqa: BLE001 - an internal API: fall back to compiling
            pass
    return re.compile(pattern, flags)


# -- rule-pack patterns checked before -------------------------------------------------------
# Every pack pattern is compiled at load time to report a typo as an error; for the
# built-in packs that is a third of a one-line check. A pattern that compiled and passed
# the checks once is kept here with its engine code, and rebuilt from it next time.

_CHECKED: dict[str, tuple] | None = None
_CHECKED_NEW = False
_MAX_CHECKED = 5000


def _checked_name() -> tuple[str, str]:
    ident = identity("checked-patterns")
    return "patterns-" + key(ident), ident


def _checked() -> dict[str, tuple]:
    global _CHECKED
    if _CHECKED is None:
        name, ident = _checked_name()
        found = load(name)
        ok = isinstance(found, dict) and found.get("identity") == ident and isinstance(found.get("code"), dict)
        _CHECKED = found["code"] if ok else {}  # type: ignore[index]
    return _CHECKED


def checked_regex(pattern: str, flags: int, scope: str = "") -> re.Pattern[str] | None:
    """``re.compile(pattern, flags)`` if an earlier run compiled and accepted it, else ``None``.

    ``scope`` separates what was accepted under different checks: a built-in pack's
    pattern skips the load-time safety check, so it must not vouch for a house pack's.
    """
    code = _checked().get(f"{scope}{flags}:{pattern}")
    return compile_code(pattern, code, flags) if code is not None else None


def remember_checked(pattern: str, flags: int, code: tuple | None, scope: str = "") -> None:
    """Note that ``pattern``, compiled to ``code`` (see :func:`regex_code`), passed the pack
    checks (saved by :func:`save_checked`)."""
    global _CHECKED_NEW
    checked = _checked()
    if len(checked) >= _MAX_CHECKED:
        checked.clear()
    if code is not None:
        checked[f"{scope}{flags}:{pattern}"] = code
        _CHECKED_NEW = True


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` for lintnews's own module-level patterns (the speaker
    and source patterns, the judges' cues), rebuilt from engine code an earlier run kept:
    compiling them from source was a quarter of linting one article. New ones are saved by
    :func:`save_checked`, which each such module calls once after its patterns."""
    flags = int(flags)
    found = checked_regex(pattern, flags, "code:")
    if found is not None:
        return found
    code = regex_code(pattern, flags)
    remember_checked(pattern, flags, code, "code:")
    return compile_code(pattern, code, flags)


def save_checked() -> None:
    """Store the patterns checked in this run, if there are new ones."""
    global _CHECKED_NEW
    if _CHECKED_NEW and _CHECKED is not None:
        name, ident = _checked_name()
        save(name, {"identity": ident, "code": _CHECKED})
        _CHECKED_NEW = False
