"""Exit codes of the ``lintnews`` command, one place for the CLI, the docs and the tests.

README "Exit codes" lists the same table; ``tests/test_exitcodes_doc.py`` checks that it does.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What the process tells the shell, CI or pre-commit.

    An error outranks findings: a run that could not read one of its files exits
    ``USAGE_OR_INPUT`` even when other files had findings, so a broken input is
    never mistaken for a clean or merely dirty draft. The last three are the
    shell's own codes for a process ended by a signal (128 + the signal number), so
    a script cannot tell an interrupted lintnews from one the signal killed.
    """

    OK = 0
    """Nothing at or above ``--fail-on`` (default ``warning``), or ``--exit-zero``."""
    FINDINGS = 1
    """At least one diagnostic at or above ``--fail-on`` (and no ``--exit-zero``)."""
    USAGE_OR_INPUT = 2
    """Bad usage, bad config or rule pack, a file or directory that could not be read or
    decoded, or a report that could not be written (missing or read-only directory, full disk,
    closed standard output, an output path that is one of the inputs)."""
    PLUGIN_FAILURE = 3
    """A plugin's rule raised, returned garbage or overran its time budget (its ``error``
    diagnostic names it), or an entry-point plugin failed to import (named on stderr, skipped)."""
    INTERNAL_ERROR = 4
    """A bug in lintnews itself: one line on stderr; ``LINTNEWS_DEBUG=1`` shows the traceback."""
    INTERRUPTED = 130
    """Ctrl-C (SIGINT): workers stopped, no report left under the ``--output`` name."""
    BROKEN_PIPE = 141
    """The reader of standard output went away (``lintnews check . | head``): quiet, as SIGPIPE."""
    TERMINATED = 143
    """SIGTERM: workers stopped, no report left under the ``--output`` name."""
