"""Reading a TOML file (config or rule pack) with one-line errors that name the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lintnews.model.errors import LintnewsError


class _NotAFile(Exception):
    """The path is not a regular file; the message says what it is."""


def kind_of(mode: int) -> str:
    """What a file that is not a regular one is: "a directory", "a character device"..."""
    import stat

    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISFIFO, "a FIFO"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def _read_regular(p: Path) -> bytes:
    """The bytes of ``p``, a regular file. Opened without blocking (a FIFO with no writer would
    wait for ever) and checked on the open descriptor: ``/dev/zero`` has no end, and was read
    until memory ran out when a plugin, the API or ``test-rules`` named it as a pack."""
    import os
    import stat

    fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _NotAFile(kind_of(mode))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read()
    finally:
        os.close(fd)


def read_toml(path: str | Path, error: type[LintnewsError], what: str) -> dict[str, Any]:
    """The parsed table of ``path``, or ``error`` with a line such as
    ``house.toml: rule pack not found`` / ``pyproject.toml: invalid TOML: ...``.

    ``what`` names the kind of file in messages ("rule pack", "config file").
    """
    import tomllib  # (here: a run whose packs all come from the shipped plan never parses TOML)

    p = Path(path)
    try:
        raw = _read_regular(p)
    except FileNotFoundError:
        raise error(f"{p}: {what} not found") from None
    except _NotAFile as exc:
        raise error(f"{p}: {what} is {exc}, not a TOML file") from None
    except OSError as exc:
        raise error(f"{p}: cannot read {what}: {exc.strerror or exc}") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise error(f"{p}: not UTF-8 at byte {exc.start}") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{p}: invalid TOML: {exc}") from None
    except RecursionError:
        raise error(f"{p}: invalid TOML: nested too deeply") from None
