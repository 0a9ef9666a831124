"""Errors that end in a one-line message and an exit code, never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lintnews.model.exitcodes import ExitCode


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


class OutputError(LintnewsError):
    """The report cannot be written: a missing or read-only directory, a full disk, a closed
    standard output, or an output path that is one of the inputs (exit 2, not a bug)."""


class Stop(BaseException):
    """The run must end now with ``code``: a signal (SIGINT, SIGTERM) or a closed pipe.

    A ``BaseException``, like ``KeyboardInterrupt``, so that no ``except Exception``
    swallows it, and not ``KeyboardInterrupt`` itself, which Click turns into
    "Aborted!" and exit 1. It unwinds every ``finally`` (workers stopped, a half-written
    report removed) before :func:`guarded_main` exits with ``code``.
    """

    def __init__(self, code: ExitCode, message: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class InternalError(LintnewsError):
    """An unexpected exception inside lintnews (a bug), reported in one line."""

    exit_code = ExitCode.INTERNAL_ERROR


class PluginBug(Exception):
    """A reader or formatter of a plugin raised ``error``: still a bug (exit 4, only its file
    lost for a reader), but the plugin's, and the one line says so instead of blaming lintnews."""

    def __init__(self, plugin: str, what: str, error: BaseException) -> None:
        super().__init__(f"{what} of plugin {plugin!r} raised {describe(error)}")
        self.plugin, self.what, self.error = plugin, what, error

    def __reduce__(self) -> tuple[Any, ...]:  # (it may cross a process boundary: -j, Dask)
        return (type(self), (self.plugin, self.what, self.error))


DEBUG_ENV = "LINTNEWS_DEBUG"


def debug_enabled() -> bool:
    """``LINTNEWS_DEBUG=1`` asks for tracebacks, for bug reports."""
    import os

    # (the words of lintnews.util.environment.flag, which checks the value when a command starts)
    return os.environ.get(DEBUG_ENV, "").strip().lower() not in ("", "0", "false", "no", "off")


def describe(exc: BaseException) -> str:
    """``TypeError: message`` on one line, whatever newlines the message holds."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def internal_error_line(exc: BaseException, where: str = "") -> str:
    """The one line a user sees for a bug, pointing at ``LINTNEWS_DEBUG=1`` for the traceback."""
    place = f" while {where}" if where else ""
    if isinstance(exc, PluginBug):
        return (f"internal error{place}: {exc} (this is a bug in plugin {exc.plugin!r}, not in lintnews; "
                f"rerun with {DEBUG_ENV}=1 for the traceback)")
    return (f"internal error{place}: {describe(exc)} "
            f"(this is a bug in lintnews; rerun with {DEBUG_ENV}=1 for the traceback)")


def report_internal_error(exc: BaseException, where: str = "") -> int:
    """Write the one-line report (and the traceback when debugging) to stderr; the exit code."""
    import sys
    import traceback

    if debug_enabled():
        traceback.print_exception(exc, file=sys.stderr)
    sys.stderr.write(f"lintnews: {internal_error_line(exc, where)}\n")
    sys.stderr.flush()
    return int(ExitCode.INTERNAL_ERROR)


def _say(message: str) -> None:
    import sys

    try:
        sys.stderr.write(f"lintnews: {message}\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):  # stderr closed too: the exit code says it
        pass


def silence_stdout() -> None:
    """Point standard output at ``/dev/null``, so that Python's flush at exit does not
    complain a second time about a reader that went away."""
    import os
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _quiet(_unraisable: object) -> None:
    """An ``unraisablehook`` that says nothing (see :func:`guarded_main`)."""


def guarded_main(main: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a Click command so that no exception ever reaches the user as a traceback.

    Click's usage errors are one line and exit 2 (``lintnews.cli.app``); a
    :class:`LintnewsError` that escapes a command becomes its one line and exit
    code; anything else is a bug: one line and exit 4 (``LINTNEWS_DEBUG=1``
    prints the traceback as well). ``KeyboardInterrupt`` exits 130, :class:`Stop` (a
    signal, see ``lintnews.execution.stopping``) its own code, and a closed pipe
    (``lintnews check . | head``) 141 quietly, as a shell reports SIGPIPE.
    """
    import functools
    import sys

    @functools.wraps(main)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return main(*args, **kwargs)
        except SystemExit:
            raise
        except Stop as stop:
            # the run was cut short and its workers terminated: a pool's exit hook may still
            # poke a pipe they closed ("Exception ignored in ... Bad file descriptor", Python
            # 3.11), which must not add a traceback to the one line the signal deserves
            sys.unraisablehook = _quiet
            if stop.code == ExitCode.BROKEN_PIPE:
                silence_stdout()
            elif stop.message:
                _say(stop.message)
            raise SystemExit(int(stop.code)) from None
        except KeyboardInterrupt:
            _say("interrupted")
            raise SystemExit(int(ExitCode.INTERRUPTED)) from None
        except BrokenPipeError:
            silence_stdout()
            raise SystemExit(int(ExitCode.BROKEN_PIPE)) from None
        except LintnewsError as exc:
            if debug_enabled():
                import traceback

                traceback.print_exception(exc, file=sys.stderr)
            for line in str(exc).splitlines() or [""]:  # (a rule pack's problems: one line each)
                sys.stderr.write(f"lintnews: {line}\n")
            raise SystemExit(int(exc.exit_code)) from None
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            raise SystemExit(report_internal_error(exc)) from None

    return run
