"""``lintnews cache info`` and ``lintnews cache clear``: lintnews keeps no cache.

lintnews 0.1 kept compiled matchers, packs and regex engine code under
``~/.cache/lintnews`` (or ``$XDG_CACHE_HOME/lintnews``, or ``$LINTNEWS_CACHE_DIR``):
up to 32 entries, 19 MB, left behind on uninstall, trusted when read back. This
version reads and writes nothing there: the built-in packs' analysis ships with the
package (:mod:`lintnews.packs.plan`) and everything else is worked out per run. These
commands say what an older version left in that directory and remove it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import click

# What lintnews 0.1 wrote there: entries and the temporary files it renamed into place.
_OURS = re.compile(r"(?:matcher|pack|patterns)-[0-9a-f]+|\.(?:matcher|pack|patterns)-[0-9a-f]+\.\d+\.tmp")


def old_cache_dir() -> Path:
    """Where lintnews 0.1 kept its cache."""
    explicit = os.environ.get("LINTNEWS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "lintnews"


def _leftovers(directory: Path) -> list[Path]:
    """lintnews's own files in ``directory`` (never what it did not write, never a subdirectory)."""
    try:
        names = sorted(os.listdir(directory))
    except OSError:
        return []
    return [directory / n for n in names if _OURS.fullmatch(n) and not (directory / n).is_dir()]


@click.group("cache")
def cache_cmd() -> None:
    """lintnews keeps no cache; show or remove what an older version left."""


@cache_cmd.command("info")
def info() -> None:
    """Say where an older lintnews kept its cache and what is left there."""
    directory = old_cache_dir()
    click.echo("lintnews keeps no cache: nothing is read from or written to disk besides the files linted "
               "and the report.")
    files = _leftovers(directory)
    if not files:
        click.echo(f"{directory}: nothing left by an older lintnews.")
        return
    size = sum(p.lstat().st_size for p in files)
    click.echo(f"{directory}: {len(files)} files ({size:,} bytes) left by an older lintnews; "
               "`lintnews cache clear` removes them.")


@cache_cmd.command("clear")
def clear() -> None:
    """Remove what an older lintnews left in its cache directory (only its own files)."""
    directory = old_cache_dir()
    removed = 0
    for path in _leftovers(directory):
        try:
            path.unlink()  # (a symbolic link is removed itself, never followed)
            removed += 1
        except OSError as exc:
            click.echo(f"lintnews: {path}: not removed: {exc.strerror}", err=True)
    try:
        directory.rmdir()  # only when empty: anything else there is not ours
    except OSError:
        pass
    click.echo(f"{directory}: removed {removed} files left by an older lintnews.")
