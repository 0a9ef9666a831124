"""Entry-point discovery that reads only what it needs.

``importlib.metadata.entry_points()`` imports a large module and reads the
metadata of every installed distribution on every run (about 45 ms, a third of
a one-line check). Plugins are rare, so this looks for the one file that matters,
``*.dist-info/entry_points.txt`` (or ``*.egg-info``) on ``sys.path``, reads the
``[lintnews]`` section only where the file names it, and imports nothing. When
``sys.path`` holds something a directory listing cannot see into (a zip file),
it falls back to ``importlib.metadata``. Like ``importlib.metadata``, the first
distribution of a name on ``sys.path`` wins. The working directory is skipped: a
``*.dist-info`` in a checkout being linted is not an installed distribution, and a
checkout's code never runs without the user's opt-in (:mod:`lintnews.plugins.trust`).
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from collections.abc import Iterable
from typing import Any

_NAME_SEP = re.compile(r"[-_.]+")


class EntryPoint:
    """The part of ``importlib.metadata.EntryPoint`` that plugin loading uses."""

    __slots__ = ("group", "name", "value")

    def __init__(self, name: str, value: str, group: str) -> None:
        self.name = name
        self.value = value
        self.group = group

    def load(self) -> Any:
        module, _, attr = self.value.partition(":")
        obj: Any = importlib.import_module(module.strip())
        for part in attr.split("[", 1)[0].strip().split(".") if attr.strip() else ():
            obj = getattr(obj, part)
        return obj

    def __repr__(self) -> str:
        return f"EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})"


def _section(text: str, group: str) -> list[tuple[str, str]]:
    """``name = value`` pairs of the ``[group]`` section of an entry_points.txt."""
    out = []
    inside = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            inside = line == f"[{group}]"
            continue
        if inside and "=" in line:
            name, _, value = line.partition("=")
            out.append((name.strip(), value.strip()))
    return out


def _dist_name(dirname: str) -> str:
    base = dirname.rsplit(".", 1)[0]  # drop .dist-info / .egg-info
    name = base.split("-", 1)[0]
    return _NAME_SEP.sub("_", name).lower()


def _is_cwd(path: str) -> bool:
    """Is ``path`` the working directory? (a checkout being linted, on ``sys.path`` under
    ``python -m`` or ``PYTHONPATH=.``: what is there is not installed, and never loaded)."""
    try:
        return not path or os.path.samefile(path, os.getcwd())
    except OSError:
        return False


def _read(path: str) -> str:
    """The file at ``path`` as UTF-8 text (``OSError`` when it cannot be read). With the
    descriptor alone, not a text stream: a scan opens every installed distribution's
    ``entry_points.txt`` (some hundred files, most of them missing), and building a buffered
    text stream for each took about half the scan's time (PERF146). Line ends are left as
    written: :func:`_section` splits the lines (``\r\n`` and ``\r`` too), as the text
    stream's translation did before it. A byte-order mark is dropped (written first, it kept
    the ``[group]`` line from starting with "[" and hid the plugin), and a byte that is not
    UTF-8 is replaced rather than raised: a ``UnicodeDecodeError`` is no ``OSError``, and one
    odd file must neither crash the scan nor hide the other distributions' plugins."""
    fd = os.open(path, os.O_RDONLY)
    try:
        chunks = []
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
    finally:
        os.close(fd)
    return b"".join(chunks).decode("utf-8-sig", errors="replace")


def _scan(group: str) -> list[EntryPoint] | None:
    found: list[EntryPoint] = []
    seen: set[str] = set()
    marker = f"[{group}]"
    for entry in sys.path:
        if _is_cwd(entry):
            continue
        path = entry
        if not os.path.isdir(path):
            if os.path.exists(path):
                return None  # a zip or egg file: let importlib.metadata look inside
            continue
        candidates: list[tuple[str, str]] = []
        if path.endswith(".egg"):
            candidates.append((os.path.basename(path), os.path.join(path, "EGG-INFO")))
        try:
            names = os.listdir(path)
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                candidates.append((name, os.path.join(path, name)))
        for name, meta in sorted(candidates):
            dist = _dist_name(name)
            if dist in seen:
                continue
            seen.add(dist)
            try:
                text = _read(os.path.join(meta, "entry_points.txt"))
            except OSError:
                continue
            if marker not in text:
                continue
            found.extend(EntryPoint(n, v, group) for n, v in _section(text, group))
    return found


def entry_points(group: str) -> Iterable[Any]:
    """Entry points of ``group`` from every installed distribution."""
    found = _scan(group)
    if found is not None:
        return found
    from importlib.metadata import entry_points as slow

    return [ep for ep in slow(group=group) if not _from_cwd(ep)]


def _from_cwd(ep: Any) -> bool:
    try:
        return _is_cwd(str(ep.dist.locate_file("")))
    except (AttributeError, TypeError, OSError):
        return False
