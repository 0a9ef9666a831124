"""The ``lintnews`` command group and what its commands share (errors, registry, config).

Plugins are loaded inside each command, never at import, so ``--help`` works
even with a broken plugin installed. Every user-facing error is one line on
stderr and an exit code from :class:`lintnews.model.exitcodes.ExitCode`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any, NoReturn

import click

from lintnews import __version__
from lintnews.model.exitcodes import ExitCode

if TYPE_CHECKING:
    from lintnews.config.config import CliOptions, Effective, Resolver
    from lintnews.plugins.registry import Registry

FORMATS_HINT = "text, line, json, sarif, github, html (plus any formatter plugin)"


def say(message: str) -> None:
    """One line on standard error, ``lintnews: ...``, with control characters from file names
    or file content written as escapes (they never reach the terminal as commands)."""
    from lintnews.util.printable import escape_controls

    try:
        click.echo(f"lintnews: {escape_controls(message)}", err=True)
    except (OSError, ValueError, AttributeError):  # standard error closed: the exit code says it
        pass


def fail(message: str, code: ExitCode = ExitCode.USAGE_OR_INPUT) -> NoReturn:
    """Each line of ``message`` (a rule pack may have several problems) on stderr; exit."""
    for line in message.splitlines() or [""]:
        say(line)
    sys.exit(int(code))


def one_format(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> str:
    """The one ``--format`` given: the option is read as repeatable only so that ``-f json -f
    sarif`` is a usage error (one line, exit 2) instead of silently the last; a report has one
    format (run lintnews once per format, each with its own ``-o``)."""
    if len(values) > 1:
        fail(f"--format given {len(values)} times ({', '.join(values)}): give one format per run "
             f"(run once per format, each with its own --output)")
    return values[0]


def split_option(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(v.strip() for raw in values for v in raw.split(",") if v.strip())


def option_codes(values: Sequence[str], option: str) -> tuple[str, ...]:
    """The codes of a repeatable, comma-separated ``--select`` or ``--ignore``; an empty one
    (``--select ""``, ``--select a,``) is one line, exit 2, as it is in a config file."""
    from lintnews.config.codes import split_codes
    from lintnews.model.errors import ConfigError

    try:
        return split_codes(values, option)
    except ConfigError as exc:
        fail(str(exc))


def cli_registry(plugins: Sequence[str] = (), packs: Sequence[str] = (), no_plugins: bool = False) -> Registry:
    from lintnews.model.errors import LintnewsError
    from lintnews.plugins.registry import load_registry

    try:
        registry = load_registry(plugins, packs, autoload=False if no_plugins else None)
    except LintnewsError as exc:
        fail(str(exc), exc.exit_code if exc.exit_code != ExitCode.PLUGIN_FAILURE else ExitCode.USAGE_OR_INPUT)
    for problem in registry.load_errors:  # broken entry-point plugins: named, skipped, exit 3 at the end
        say(problem)
    for warning in registry.load_warnings:  # plugins with no hook: named, the run goes on
        say(warning)
    return registry


class _OneLineUsageError(click.ClickException):
    """Click's usage error (an unknown option or command, a bad ``--fail-on`` or ``-j`` value, a
    missing argument) said as every other error is: one line, ``lintnews: ...``, exit 2. Click's
    own ``show`` prints the usage, a "Try ... --help" line, a blank line and ``Error: ...``."""

    exit_code = int(ExitCode.USAGE_OR_INPUT)

    def __init__(self, error: click.UsageError) -> None:
        message = " ".join(error.format_message().split())
        if error.ctx is not None:
            message += f" (see '{error.ctx.command_path} --help')"
        super().__init__(message)

    def show(self, file: IO[Any] | None = None) -> None:
        say(self.message)


@contextmanager
def _closed_pipe_stops() -> Iterator[None]:
    """A ``BrokenPipeError`` (standard output's reader went away) becomes ``Stop(BROKEN_PIPE)``;
    a usage error becomes one line (:class:`_OneLineUsageError`), except a bare ``lintnews``,
    which shows the help as Click does."""
    from click.exceptions import NoArgsIsHelpError

    from lintnews.model.errors import Stop

    try:
        yield
    except BrokenPipeError:
        raise Stop(ExitCode.BROKEN_PIPE) from None
    except NoArgsIsHelpError:
        raise
    except click.UsageError as exc:
        raise _OneLineUsageError(exc) from None


class _GuardedGroup(click.Group):
    """The top-level guard: an unexpected exception is one line on stderr and exit 4,
    never a traceback (``LINTNEWS_DEBUG=1`` shows it; see ``lintnews.model.errors.guarded_main``).

    Its commands are named in :attr:`lazy_commands` (``name -> "module:attribute"``) and
    imported when first asked for, as Click's documentation suggests for large command
    lines: a one-line check then imports one command's module, not all ten."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands: dict[str, str] = {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = super().get_command(ctx, cmd_name)
        if found is None and cmd_name in self.lazy_commands:
            import importlib

            module, attribute = self.lazy_commands[cmd_name].split(":")
            found = getattr(importlib.import_module(module), attribute)
            self.add_command(found, cmd_name)
        return found

    # Click answers a closed pipe (EPIPE) with exit 1, which a script reads as "findings"; as a
    # Stop it reaches guarded_main instead: exit 141, quietly, for every command (check's report
    # stream already did so), --version and --help included
    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        with _closed_pipe_stops():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        with _closed_pipe_stops():
            return super().invoke(ctx)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        from lintnews.execution.stopping import install_handlers, restore_handlers
        from lintnews.model.errors import guarded_main

        previous = install_handlers()  # Ctrl-C: 130, SIGTERM: 143, workers stopped (not Click's 1)
        try:
            return guarded_main(super().main)(*args, **kwargs)
        finally:
            restore_handlers(previous)  # (lintnews called in-process, by a test runner)


@click.group(cls=_GuardedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="lintnews")
def main() -> None:
    """Lint news copy for unattributed claims, loaded language and advertorial insertions."""
    from lintnews.model.errors import ConfigError
    from lintnews.util.environment import check_environment

    try:  # (a bad LINTNEWS_* value: one line naming it, exit 2, before any file is read)
        check_environment()
    except ConfigError as exc:
        fail(str(exc))


def cli_resolver(options: CliOptions, registry: Registry) -> Resolver:
    """The per-file config resolver (config errors: one line, exit 2)."""
    from lintnews.config.config import Resolver
    from lintnews.model.errors import LintnewsError

    try:
        return Resolver(options, registry)
    except LintnewsError as exc:
        fail(str(exc))


def configured_registry(plugins: Sequence[str], packs: Sequence[str], no_plugins: bool,
                         allow_config_plugins: bool = False) -> Registry:
    """The registry with the working directory's config applied (its packs, plugins, reject list)."""
    from lintnews.config.config import CliOptions

    base = cli_registry(plugins, packs, no_plugins)
    resolver = cli_resolver(CliOptions(plugins=tuple(plugins), packs=tuple(packs), no_plugins=no_plugins,
                                    allow_config_plugins=allow_config_plugins), base)
    return effective_config(resolver, ".").engine.registry


def effective_config(resolver: Resolver, path: str) -> Effective:
    from lintnews.model.errors import LintnewsError

    try:
        return resolver.for_path(path)
    except LintnewsError as exc:
        fail(str(exc))


def _exclude_notes(resolver: Resolver, path: str) -> list[str]:
    """What ``exclude`` means for ``path``, said beside its configuration: the file's ``exclude``
    key cannot show ``--exclude``'s globs, nor that this very path is left out of a walk."""
    from lintnews.model.errors import LintnewsError

    notes = []
    if resolver.cli.exclude:
        notes.append("--exclude adds (relative to the working directory): " + ", ".join(resolver.cli.exclude))
    try:
        left_out = resolver.excluded(path)
    except LintnewsError:
        left_out = False  # (a bad config: effective_config has said it)
    if left_out:
        named_file = os.path.isfile(path) and not resolver.cli.force_exclude
        notes.append("excluded: not linted when a directory walk finds it"
                     + (" (named on the command line it is, unless --force-exclude)" if named_file else ""))
    return notes


def print_config(resolver: Resolver, paths: Sequence[str], file: IO[str] | None = None,
                 stdin_name: str = "-") -> None:
    """The effective configuration of each path (``-``: standard input, as ``stdin_name``). A
    path that does not exist is one line and exit 2, as ``check`` says it, after the others:
    its configuration was printed as if it did (the defaults, for a mistyped path)."""
    from lintnews.config.config import render
    from lintnews.execution.discovery import missing

    problems = [problem for p in paths if (problem := missing(p))]
    shown = [stdin_name if p == "-" else p for p in paths if not missing(p)]
    if shown:
        click.echo("\n\n".join(render(effective_config(resolver, p), p, _exclude_notes(resolver, p)) for p in shown),
                   file=file)
    for problem in problems:
        say(problem)
    if problems:
        sys.exit(int(ExitCode.USAGE_OR_INPUT))
