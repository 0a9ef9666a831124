"""Errors that end in a one-line message and an exit code, never a traceback."""

from __future__ import annotations

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


class InternalError(LintnewsError):
    """An unexpected exception inside lintnews (a bug), reported in one line."""

    exit_code = ExitCode.INTERNAL_ERROR


DEBUG_ENV = "LINTNEWS_DEBUG"


def debug_enabled() -> bool:
    """``LINTNEWS_DEBUG=1`` asks for tracebacks, for bug reports."""
    import os

    return os.environ.get(DEBUG_ENV, "").strip().lower() not in ("", "0", "false", "no")


def describe(exc: BaseException) -> str:
    """``TypeError: message`` on one line, whatever newlines the message holds."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def internal_error_line(exc: BaseException, where: str = "") -> str:
    """The one line a user sees for a bug, pointing at ``LINTNEWS_DEBUG=1`` for the traceback."""
    place = f" while {where}" if where else ""
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


def guarded_main(main: object) -> object:
    """Wrap a Click command so that no exception ever reaches the user as a traceback.

    Click already turns its own usage errors into one line and exit 2; a
    :class:`LintnewsError` that escapes a command becomes its one line and exit
    code; anything else is a bug: one line and exit 4 (``LINTNEWS_DEBUG=1``
    prints the traceback as well). ``KeyboardInterrupt`` exits 130 quietly and a
    closed stdout (``lintnews check . | head``) exits 141 quietly, as a shell reports SIGPIPE.
    """
    import functools
    import sys

    @functools.wraps(main)  # type: ignore[arg-type]
    def run(*args: object, **kwargs: object) -> object:
        try:
            return main(*args, **kwargs)  # type: ignore[operator]
        except SystemExit:
            raise
        except KeyboardInterrupt:
            sys.stderr.write("lintnews: interrupted\n")
            raise SystemExit(130) from None
        except BrokenPipeError:
            import os

            try:  # keep Python from complaining again while flushing at exit
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (OSError, ValueError):
                pass
            raise SystemExit(141) from None
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
