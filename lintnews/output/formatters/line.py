"""``path:line:col: severity: message [rule]``: one line each, for Vim, Emacs and grep.

Vim's default ``errorformat`` (``%f:%l:%c:%m``) and Emacs's compilation mode read it.
"""

from __future__ import annotations

from lintnews.model.diagnostic import Diagnostic
from lintnews.output.formatters.base import Formatter


class LineFormatter(Formatter):
    def diagnostic(self, d: Diagnostic) -> None:
        self.write(f"{d.path}:{d.line}:{d.column}: {d.severity}: {d.message} [{d.rule}]")
