"""GitHub Actions workflow commands: one annotation per diagnostic on the pull request's diff.

Syntax (docs.github.com, "Workflow commands for GitHub Actions")::

    ::warning file=NAME,line=N,endLine=N,col=N,endColumn=N,title=TITLE::MESSAGE

The runner splits on ``,``, ``=`` and ``::``, so values are escaped as the Actions
toolkit does (``@actions/core`` ``command.ts``): in the message ``%`` -> ``%25``,
``\\r`` -> ``%0D``, ``\\n`` -> ``%0A``; in property values additionally ``:`` -> ``%3A``
and ``,`` -> ``%2C``. ``info`` maps to ``notice``. Columns are lintnews's own
(1-based, ``endColumn`` exclusive); a span over several lines has none, since the
toolkit documents ``col`` and ``endColumn`` for single-line annotations only. Other
control characters (ESC...) in names and messages are written as escapes (``\\x1b``):
the annotations are read by people, in a log a browser renders.
"""

from __future__ import annotations

from lintnews.model.diagnostic import Diagnostic, Severity
from lintnews.output.formatters.base import Formatter
from lintnews.util.printable import escape_controls

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """Escape a command's message (everything after ``::``)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value (``file=``, ``title=``): data escaping plus ``:`` and ``,``."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(d: Diagnostic) -> str:
    """The workflow command for one diagnostic."""
    props = [("file", escape_controls(d.path, newlines=False)), ("line", str(d.line)),
             ("endLine", str(d.end_line))]
    if d.line == d.end_line:
        props += [("col", str(d.column)), ("endColumn", str(d.end_column))]
    props.append(("title", escape_controls(d.rule, newlines=False)))
    message = escape_controls(d.message, newlines=False) + (
        f"\nSuggestion: {escape_controls(d.suggestion, newlines=False)}" if d.suggestion else "")
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{COMMANDS[d.severity]} {joined}::{escape_data(message)}"


class GithubFormatter(Formatter):
    def diagnostic(self, d: Diagnostic) -> None:
        self.write(command(d))
