"""Reading a TOML file (config or rule pack) with one-line errors that name the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lintnews.model.errors import LintnewsError


def read_toml(path: str | Path, error: type[LintnewsError], what: str) -> dict[str, Any]:
    """The parsed table of ``path``, or ``error`` with a line such as
    ``house.toml: rule pack not found`` / ``pyproject.toml: invalid TOML: ...``.

    ``what`` names the kind of file in messages ("rule pack", "config file").
    """
    import tomllib  # (here: a run whose packs all come from the shipped plan never parses TOML)

    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise error(f"{p}: {what} not found") from None
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
