"""GitHub Actions workflow commands: one annotation per diagnostic on the pull request's diff.

Syntax (docs.github.com, "Workflow commands for GitHub Actions")::

    ::warning file=NAME,line=N,endLine=N,col=N,endColumn=N,title=TITLE::MESSAGE

The runner splits on ``,``, ``=`` and ``::``, so values are escaped as the Actions
toolkit does (``@actions/core`` ``command.ts``): in the message ``%`` -> ``%25``,
``\\r`` -> ``%0D``, ``\\n`` -> ``%0A``; in property values additionally ``:`` -> ``%3A``
and ``,`` -> ``%2C``. ``info`` maps to ``notice``. Columns are lintnews's own
(1-based, ``endColumn`` exclusive).
"""

from __future__ import annotations

from lintnews.model.diagnostic import Diagnostic, Severity
from lintnews.output.formatters.base import Formatter

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """Escape a command's message (everything after ``::``)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value (``file=``, ``title=``): data escaping plus ``:`` and ``,``."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(d: Diagnostic) -> str:
    """The workflow command for one diagnostic."""
    props = [
        ("file", d.path),
        ("line", str(d.line)),
        ("endLine", str(d.end_line)),
        ("col", str(d.column)),
        ("endColumn", str(d.end_column)),
        ("title", d.rule),
    ]
    message = d.message + (f"\nSuggestion: {d.suggestion}" if d.suggestion else "")
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{COMMANDS[d.severity]} {joined}::{escape_data(message)}"


class GithubFormatter(Formatter):
    def diagnostic(self, d: Diagnostic) -> None:
        self.write(command(d))
