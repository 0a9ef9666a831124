"""The built-in output formats, registered through the same hook as a third-party formatter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lintnews.model.hookspecs import hookimpl


@hookimpl
def lintnews_register_formatters(register: Callable[[str, Callable[..., Any]], None]) -> None:
    from lintnews.output.formatters import FACTORIES

    for name, factory in FACTORIES.items():
        register(name, factory)
