"""``path:line:col: severity: message [rule]``: one line each, for Vim, Emacs and grep.

Vim's default ``errorformat`` (``%f:%l:%c:%m``) and Emacs's compilation mode read it.
The column is in UTF-8 bytes by default, as Vim's ``%c`` counts (``--column-unit``:
:mod:`lintnews.output.columns`). A diagnostic is always one line: control characters
in a file name or message (a newline, ESC) are written as escapes (``\\n``, ``\\x1b``).
"""

from __future__ import annotations

from lintnews.model.diagnostic import Diagnostic
from lintnews.output.formatters.base import Formatter
from lintnews.util.printable import escape_controls


class LineFormatter(Formatter):
    def diagnostic(self, d: Diagnostic) -> None:
        column = self.columns(d)[0] if self.context.column_unit != "char" else d.column
        self.write(escape_controls(f"{d.path}:{d.line}:{column}: {d.severity}: {d.message} [{d.rule}]"))
