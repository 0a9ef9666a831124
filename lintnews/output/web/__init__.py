"""What the HTML report and the service's page share: the renderer of marked text and flag
lists (:mod:`.render`), and one stylesheet and one script shipped as package data, so the
two show the same marks and behave the same."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

ASSETS = ("lintnews.css", "lintnews.js", "report.css")


@cache
def asset(name: str) -> str:
    """The text of a shared asset (one of :data:`ASSETS`), read once."""
    if name not in ASSETS:  # (a fixed set: never a path from elsewhere)
        raise KeyError(name)
    return files(__package__).joinpath(name).read_text(encoding="utf-8")
