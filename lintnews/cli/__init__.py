"""The ``lintnews`` command line (Click), one module per command.

Plugins are loaded inside each command, never at import, so ``--help`` works
even with a broken plugin installed. Every user-facing error is one line on
stderr and an exit code from :class:`lintnews.model.exitcodes.ExitCode`.
"""

from __future__ import annotations

from lintnews.cli.app import main

# Each command's module is imported when that command runs (``lintnews check`` does not
# import the language server, the web service or the archive audit), or when ``--help``
# lists them: see :class:`lintnews.cli.app._GuardedGroup` (its ``lazy_commands``).
main.lazy_commands.update({
    "check": "lintnews.cli.check:check",
    "audit": "lintnews.cli.audit:audit",
    "config": "lintnews.cli.info:config_cmd",
    "rules": "lintnews.cli.info:rules",
    "explain": "lintnews.cli.info:explain",
    "lsp": "lintnews.cli.lsp:lsp",
    "cache": "lintnews.cli.cache:cache_cmd",
    "test-rules": "lintnews.cli.test_rules:test_rules",
    "serve": "lintnews.cli.serve:serve",
    "why": "lintnews.cli.why:why",
})

__all__ = ["main"]
