"""Exit codes of the ``lintnews`` command, one place for the CLI, the docs and the tests."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What the process tells the shell, CI or pre-commit.

    An error outranks findings: a run that could not read one of its files exits
    ``USAGE_OR_INPUT`` even when other files had findings, so a broken input is
    never mistaken for a clean or merely dirty draft.
    """

    OK = 0
    """Nothing at or above ``--fail-on`` (default ``warning``)."""
    FINDINGS = 1
    """At least one diagnostic at or above ``--fail-on``."""
    USAGE_OR_INPUT = 2
    """Bad usage, bad config or rule pack, or a file that could not be read or decoded."""
    PLUGIN_FAILURE = 3
    """A plugin's rule raised, returned garbage or overran its time budget (its ``error``
    diagnostic names it), or an entry-point plugin failed to import (named on stderr, skipped)."""
    INTERNAL_ERROR = 4
    """A bug in lintnews itself: one line on stderr; ``LINTNEWS_DEBUG=1`` shows the traceback."""
