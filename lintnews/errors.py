"""Errors that end in a one-line message and an exit code, never a traceback."""

from __future__ import annotations

from lintnews.exitcodes import ExitCode


class LintnewsError(Exception):
    """Base of every error lintnews reports to the user as one line.

    ``exit_code`` is what the CLI exits with; the message names the file (and
    key, for config and rule packs) so the user can fix it without a debugger.
    """

    exit_code: ExitCode = ExitCode.USAGE_OR_INPUT

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(LintnewsError):
    """A file that cannot be linted: missing, unreadable, binary or undecodable."""


class ConfigError(LintnewsError):
    """A configuration file with an unknown key or a bad value."""


class RulePackError(LintnewsError):
    """A rule pack that does not parse or does not follow the schema."""


class PluginError(LintnewsError):
    """A plugin that could not be loaded."""
