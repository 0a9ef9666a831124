"""Output formats. Each is registered as a plugin through ``lintnews_register_formatters``.

Factories import their module on first use, so a plain-text check never imports
the SARIF or GitHub formatter.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lintnews.output.formatters.base import FormatContext, Formatter


def _lazy(module: str, cls: str) -> Callable[..., Any]:
    def factory(stream: IO[str], context: FormatContext) -> Formatter:
        return getattr(import_module(module), cls)(stream, context)

    factory.__doc__ = f"{module}.{cls}"
    return factory


FACTORIES: dict[str, Callable[..., Any]] = {
    "text": _lazy("lintnews.output.formatters.text", "TextFormatter"),
    "line": _lazy("lintnews.output.formatters.line", "LineFormatter"),
    "json": _lazy("lintnews.output.formatters.jsonfmt", "JsonFormatter"),
    "sarif": _lazy("lintnews.output.formatters.sarif", "SarifFormatter"),
    "github": _lazy("lintnews.output.formatters.github", "GithubFormatter"),
    "html": _lazy("lintnews.output.formatters.html", "HtmlFormatter"),
}
