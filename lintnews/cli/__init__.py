"""The ``lintnews`` command line (Click), one module per command.

Plugins are loaded inside each command, never at import, so ``--help`` works
even with a broken plugin installed. Every user-facing error is one line on
stderr and an exit code from :class:`lintnews.model.exitcodes.ExitCode`.
"""

from __future__ import annotations

from lintnews.cli.app import main
from lintnews.cli.audit import audit
from lintnews.cli.cache import cache_cmd
from lintnews.cli.check import check
from lintnews.cli.info import config_cmd, explain, rules
from lintnews.cli.lsp import lsp
from lintnews.cli.serve import serve
from lintnews.cli.test_rules import test_rules
from lintnews.cli.why import why

main.add_command(check)
main.add_command(audit)
main.add_command(config_cmd, "config")
main.add_command(rules)
main.add_command(explain)
main.add_command(lsp)
main.add_command(cache_cmd, "cache")
main.add_command(test_rules)
main.add_command(serve)
main.add_command(why)

__all__ = ["main"]
