"""``lintnews check``: lint files, directories or standard input."""

from __future__ import annotations

import gc
import math
import sys
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

from lintnews import __version__
from lintnews.cli.app import (
    FORMATS_HINT,
    cli_registry,
    cli_resolver,
    effective_config,
    fail,
    one_format,
    option_codes,
    print_config,
    say,
)
from lintnews.model.exitcodes import ExitCode

if TYPE_CHECKING:
    import os

    from lintnews.config.config import Resolver
    from lintnews.execution.runner import FileResult
    from lintnews.model.diagnostic import Severity
    from lintnews.output.sink import Report
    from lintnews.plugins.registry import Registry

STDIN_LIMIT_ENV = "LINTNEWS_STDIN_LIMIT"
DEFAULT_STDIN_LIMIT = "100M"
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(value: str) -> int:
    """``100M``, ``512k``, ``2G`` or a number of bytes (``0``: no limit)."""
    text = str(value).strip().lower().removesuffix("b").removesuffix("i")
    unit = text[-1:] if text[-1:] in "kmg" else ""
    number = text[: len(text) - len(unit)].strip()
    try:
        size = float(number) * _UNITS[unit]
    except ValueError:
        size = math.nan
    if size < 0:
        raise click.BadParameter(f"{value!r}: a size cannot be negative")
    if not math.isfinite(size):  # (also "inf", "nan", "1e400": float() reads them)
        raise click.BadParameter(f"{value!r} is not a size (examples: 100M, 512k, 2G, 0 for no limit)")
    return math.ceil(size)  # (a positive size under one byte is one byte, not 0, "no limit")


def human_size(n: int) -> str:
    for unit, factor in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= factor:
            return f"{n / factor:g} {unit}"
    return f"{n} bytes"


def read_stdin(limit: int) -> bytes:
    """Standard input, at most ``limit`` bytes (0: no limit); more is an ``InputError``."""
    from lintnews.model.errors import InputError

    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("standard input is closed: nothing to lint")
    try:
        data = stream.read(limit + 1) if limit else stream.read()
    except OSError as exc:
        raise InputError(f"standard input: cannot read: {exc.strerror or exc}") from None
    if limit and len(data) > limit:
        raise InputError(f"standard input: larger than the {human_size(limit)} limit, not linted "
                         f"(--stdin-limit SIZE or {STDIN_LIMIT_ENV} raises it)")
    return data


class _PluginFormatter:
    """A plugin's formatter whose exceptions name it (:class:`PluginBug`: exit 4, "a bug in
    plugin 'x', not in lintnews"); a write error or a closed pipe passes through as it is."""

    def __init__(self, registry: Registry, fmt: str, plugin: str, stream: Any, context: Any) -> None:
        self._what, self._plugin = f"formatter {fmt!r}", plugin
        self._inner = self._guard(registry.formatters[fmt], stream, context)

    def _guard(self, fn: Any, *args: Any) -> Any:
        from lintnews.model.errors import LintnewsError, PluginBug

        try:
            return fn(*args)
        except LintnewsError:
            raise
        except Exception as exc:
            raise PluginBug(self._plugin, self._what, exc) from exc

    def start(self) -> None:
        self._guard(self._inner.start)

    def file(self, path: str, diagnostics: Any) -> None:
        self._guard(self._inner.file, path, diagnostics)

    def finish(self) -> None:
        self._guard(self._inner.finish)


def _formatter(registry: Registry, fmt: str, stream: Any, context: Any) -> Any:
    """The report's formatter; a plugin's is wrapped so that its bug is not lintnews's."""
    from lintnews.plugins.registry import BUILTIN_PLUGINS

    plugin = registry.formatter_plugins.get(fmt)
    if plugin is None or plugin in BUILTIN_PLUGINS:
        return registry.formatters[fmt](stream, context)
    return _PluginFormatter(registry, fmt, plugin, stream, context)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False))  # unreadable: one line per file, run goes on
@click.option("--format", "-f", "fmt", default=("text",), multiple=True, callback=one_format, show_default=True,
              help=f"Output format: {FORMATS_HINT} (one per run).")
@click.option("--select", multiple=True, help="Only these rule ids or categories (comma-separated, repeatable).")
@click.option("--ignore", multiple=True, help="Skip these rule ids or categories (comma-separated, repeatable).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--exit-zero", is_flag=True,
              help="Exit 0 even when diagnostics are found (an unreadable file or a bad config still exits 2, "
                   "a failing plugin 3, a bug 4).")
@click.option("--min-severity", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity reported; below it nothing is shown or counted, as if not found "
                   "[default: info, or the config's min_severity].")
@click.option("--plugin", "plugins", multiple=True, metavar="MODULE", help="Load a plugin module (repeatable).")
@click.option("--no-plugins", is_flag=True,
              help="Load no plugin but those given with --plugin (no entry points, no config plugins).")
@click.option("--allow-config-plugins", is_flag=True,
              help="Import any plugin module a config file names, from the config's directory "
                   "(runs the checkout's code: only for a repository you trust).")
@click.option("--rule-pack", "packs", multiple=True, type=click.Path(), metavar="FILE",
              help="Load an extra TOML rule pack (repeatable).")
@click.option("--with-proselint", is_flag=True, help="Also run proselint's checks (rule style/proselint).")
@click.option("--profile", type=click.Choice(["news", "opinion"]), default=None,
              help="'opinion' lowers loaded-language to info for columns and editorials.")
@click.option("--encoding", default=None, help="Decode input with this codec instead of UTF-8.")
@click.option("--html-scope", type=click.Choice(["article", "page"]), default=None,
              help="HTML: lint the page's article (found by trafilatura) or the whole page [default: article].")
@click.option("--stdin-filename", default=None, metavar="NAME",
              help="Name standard input in reports and pick its format by extension.")
@click.option("--stdin-limit", default=DEFAULT_STDIN_LIMIT, envvar=STDIN_LIMIT_ENV, show_default=True,
              metavar="SIZE", help=f"Refuse standard input larger than SIZE (e.g. 20M, 1G; 0: no limit; "
                                   f"also {STDIN_LIMIT_ENV}).")
@click.option("--format-in", "format_in", default=None, metavar="FORMAT",
              help="Input format for every file (text, markdown, html), instead of by extension.")
@click.option("--output", "-o", type=click.Path(), default=None,
              help="Write the report to FILE instead of standard output (complete, or not at all).")
@click.option("--column-unit", type=click.Choice(["char", "byte", "display"]), default=None,
              help="Columns of the text and line formats: code points, UTF-8 bytes (Vim), screen "
                   "cells (Emacs) [default: byte for line, char otherwise].")
@click.option("--color/--no-color", default=None, help="Colour output [default: only on a terminal].")
@click.option("--quiet", "-q", is_flag=True, help="Hide the source line under each diagnostic (text format).")
@click.option("--config", "config_file", default=None, type=click.Path(dir_okay=False), metavar="FILE",
              help="Use this config file for every file instead of the nearest one found.")
@click.option("--show-config", is_flag=True, help="Print the effective configuration of each PATH and exit.")
@click.option("--exclude", "excludes", multiple=True, metavar="GLOB",
              help="Skip files and directories matching GLOB when walking directories (relative to the "
                   "working directory; repeatable; adds to the config's exclude).")
@click.option("--force-exclude", is_flag=True,
              help="Apply exclude to files named on the command line too (pre-commit names each file).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Lint with N processes, at most one per CPU [default: all CPUs when there are many files].")
@click.option("--statistics", is_flag=True,
              help="Also print how many diagnostics each rule and category found.")
def check(paths: tuple[str, ...], fmt: str, select: tuple[str, ...], ignore: tuple[str, ...],
          fail_on: str | None, plugins: tuple[str, ...], no_plugins: bool, packs: tuple[str, ...],
          profile: str | None, encoding: str | None, stdin_filename: str | None,
          format_in: str | None, output: str | None, color: bool | None, quiet: bool,
          with_proselint: bool = False, config_file: str | None = None,
          show_config: bool = False, jobs: int | None = None, statistics: bool = False,
          column_unit: str | None = None, stdin_limit: str = DEFAULT_STDIN_LIMIT,
          html_scope: str | None = None, allow_config_plugins: bool = False,
          min_severity: str | None = None, excludes: tuple[str, ...] = (),
          force_exclude: bool = False, exit_zero: bool = False) -> None:
    """Lint PATHS (files, directories, or - for standard input)."""
    ctx = click.get_current_context()
    # (turned on again, and what start-up made unfrozen, when the command ends)
    collector_was_on = ctx.with_resource(_collector_paused())
    from lintnews.execution.parallel import cpus
    from lintnews.util.stdio import reserve_stdout

    # the report owns standard output: a plugin's print() goes to standard error
    report = ctx.with_resource(reserve_stdout())

    if not paths:
        fail("no paths given (try: lintnews check draft.md, or - for standard input)")
    if stdin_filename is not None and "-" not in paths:  # (it was ignored, silently)
        fail(f"--stdin-filename {stdin_filename} names standard input, which this run does not read "
             f"(add - to the paths to lint standard input)")
    try:
        limit = parse_size(stdin_limit)
    except click.BadParameter as exc:
        from_env = ctx.get_parameter_source("stdin_limit") == click.core.ParameterSource.ENVIRONMENT
        fail(f"{STDIN_LIMIT_ENV if from_env else '--stdin-limit'}: {exc.message}")
    if encoding:  # (once, not once per file)
        from lintnews.readers import encoding_problem

        problem = encoding_problem(encoding)
        if problem:
            fail(f"--encoding: {problem}")
    if column_unit not in (None, "char") and fmt not in ("text", "line"):
        fail(f"--column-unit {column_unit} applies to the text and line formats; {fmt} counts code points")
    for pack in packs:
        check_pack_path(pack)
    if with_proselint:
        plugins = (*plugins, "lintnews.integrations.proselint_plugin")
    registry = cli_registry(plugins, packs, no_plugins)
    if fmt not in registry.formatters:
        fail(f"unknown format {fmt!r} (available: {', '.join(sorted(registry.formatters))})")
    if format_in and format_in not in registry.readers:
        fail(f"unknown input format {format_in!r} (available: {', '.join(sorted(registry.readers))})")
    if any(not glob.strip() for glob in excludes):  # (--exclude "$DIR" with the variable unset)
        fail("--exclude: an empty glob (give a file or directory glob, such as archive or '*.html')")
    from lintnews.config.config import CliOptions
    resolver = cli_resolver(CliOptions(option_codes(select, "--select"), option_codes(ignore, "--ignore"), fail_on, profile, plugins, packs,
                                    no_plugins, config_file, html_scope=html_scope,
                                    allow_config_plugins=allow_config_plugins, min_severity=min_severity,
                                    exclude=excludes, force_exclude=force_exclude), registry)
    if show_config:
        print_config(resolver, paths, file=report, stdin_name=stdin_filename or "-")
        return
    run = _Run(resolver, registry, fmt, format_in, encoding, stdin_filename, limit,
               min(jobs, cpus()) if jobs else None)  # more processes than CPUs only cost memory
    run.stdout = report
    run.exit_zero = exit_zero
    run.collector_paused = collector_was_on
    run.lint(list(paths), output, color, quiet, column_unit, statistics)


@contextmanager
def _collector_paused() -> Iterator[bool]:
    """Python's cycle collector off while the run starts, as Python's documentation of
    :func:`gc.freeze` advises for a process that forks workers: off from the start, the
    objects made so far frozen before linting (see :meth:`_Run.lint`), then on again.

    Start-up makes some hundred thousand objects that live as long as the process (the
    packs' plan, the rules, the registry, imported modules) and no garbage cycles: the
    collector, which runs after every 700 new objects, found nothing to free and took about
    6% of a one-line check. Frozen, they are never scanned again (nor written to by a
    scan in a forked worker); linting, which makes and drops objects by the million, runs
    with the collector on, as always. The objects are unfrozen when the command ends (a
    command run in-process, by a test, leaves the collector as it was). Yields whether
    the collector was on."""
    was = gc.isenabled()
    frozen = gc.get_freeze_count()  # (it walks the frozen objects: none yet in a command's process)
    gc.disable()
    try:
        yield was
    finally:
        if not frozen:
            gc.unfreeze()  # (what this run froze, if anything: no count, which would walk them all)
        if was:
            gc.enable()


def check_pack_path(pack: str) -> None:
    """A ``--rule-pack`` that is a device or a directory is named as such (``/dev/zero`` has
    no end: reading it would fill the memory), not read."""
    from lintnews.config.config import file_kind

    kind = file_kind(pack)
    if kind not in ("file", "missing"):
        fail(f"--rule-pack {pack}: is {kind}, not a TOML file")


class _Run:
    """One ``check`` run: resolve configs, open the report, lint, write, exit."""

    def __init__(self, resolver: Resolver, registry: Registry, fmt: str, format_in: str | None,
                 encoding: str | None, stdin_filename: str | None, limit: int, jobs: int | None) -> None:
        self.resolver, self.registry, self.fmt = resolver, registry, fmt
        self.format_in, self.encoding, self.stdin_filename = format_in, encoding, stdin_filename
        self.limit, self.jobs = limit, jobs
        self.stdout: Any = None  # the stream standard output's report goes to (lintnews.util.stdio)
        self.collector_paused = False  # turn Python's cycle collector on before linting
        self.exit_zero = False  # --exit-zero: findings do not fail the run
        self.left_out = 0  # files found that exclude leaves out
        self.sources = True  # the report shows source lines (or counts columns in them): keep each file's map

    def lint_here(self, path: str) -> FileResult:
        from lintnews.execution.parallel import cpus
        from lintnews.execution.runner import FileResult, lint_file
        from lintnews.model.errors import InputError

        jobs = self.jobs or cpus()
        if path == "-":
            name = self.stdin_filename or "-"
            try:
                data = read_stdin(self.limit)
            except InputError as exc:
                return FileResult(name, error=str(exc))
            fmt_in = self.format_in or (self.registry.reader_for(name).name if self.stdin_filename else "text")
            return self._lint_text(name, data, fmt_in, jobs)
        # a large file linted here may be split over the cores (-j, or all of them by default)
        return lint_file(effective_config(self.resolver, path).engine, path, format_name=self.format_in,
                         encoding=self.encoding, jobs=jobs, owner=True,  # (the process is this command's)
                         keep_source=self.sources)

    def _lint_text(self, name: str, data: bytes, fmt_in: str, jobs: int) -> FileResult:
        """Standard input, through the Python API (lintnews.execution.api) over this run's
        resolver: the same config, registry and engines as the files."""
        from lintnews.execution.api import Linter
        from lintnews.execution.runner import FileResult
        from lintnews.model.errors import InternalError, LintnewsError, debug_enabled
        from lintnews.readers import decode

        try:
            text = decode(data, name, self.encoding)
            found = Linter.from_resolver(self.resolver).check(text, path=name, fmt=fmt_in, jobs=jobs)
        except InternalError as exc:
            if debug_enabled() and exc.__cause__ is not None:
                import traceback

                traceback.print_exception(exc.__cause__)
            return FileResult(name, error=str(exc), internal=True)
        except LintnewsError as exc:
            return FileResult(name, error=str(exc))
        return FileResult(found.path, found.diagnostics, None, found.source_map)

    def _excluder(self, named: Collection[str]) -> Callable[[str, str | None], bool]:
        """What ``exclude`` leaves out of the paths found (counted in ``self.left_out``): a
        file named on the command line, or standard input by its ``--stdin-filename``, is
        linted all the same, unless ``--force-exclude`` (ruff's rule; an editor pipes a
        buffer); what a walk could not read in an excluded directory (a broken link in the
        archive) is left out with the rest. A bad config is said by :meth:`_configs`."""
        from lintnews.model.errors import LintnewsError

        resolver = self.resolver
        force = resolver.cli.force_exclude

        def skip(path: str, problem: str | None) -> bool:
            if path in named and not (force and problem is None):
                return False
            try:
                out = resolver.excluded((self.stdin_filename or "-") if path == "-" else path)
            except LintnewsError:
                return False
            if out:
                self.left_out += 1
            return out

        return skip

    def _configs(self, items: list[tuple[str, str | None]]
                 ) -> tuple[list[tuple[str, str | None]], dict[str, Severity], int]:
        """Every linted file's config, resolved (and so validated) before any output: a bad
        config file is reported once and its files are not linted; the others are."""
        from lintnews.model.errors import LintnewsError

        thresholds: dict[str, Severity] = {}
        bad: dict[str, None] = {}
        kept = []
        for path, problem in items:
            if problem is None:
                key = (self.stdin_filename or "-") if path == "-" else path
                try:
                    thresholds[key] = self.resolver.for_path(key).threshold
                except LintnewsError as exc:
                    bad.setdefault(str(exc))
                    continue
            kept.append((path, problem))
        left_out = self.left_out
        if left_out and not any(problem is None for _, problem in kept):
            # (an exclude that leaves nothing is said, not silent: ruff warns the same way)
            say(f"no file linted: the {left_out} found {'is' if left_out == 1 else 'are'} excluded (exclude, --exclude)")
        for line in self.resolver.ignored_configs:
            say(line)
        for line in bad:
            say(line)
        unknown = self.resolver.unknown_cli_codes()
        if unknown:
            for line in unknown[:-1]:
                say(line)
            fail(unknown[-1])
        return kept, thresholds, len(bad)

    def _open(self, output: str | None, paths: list[str]) -> tuple[Report, tuple[os.stat_result, str] | None]:
        """The report (errors: one line, exit 2), and what a walk must not lint (the report)."""
        import os

        from lintnews.model.errors import OutputError
        from lintnews.output.sink import names_stdout, open_file, open_stdout, output_stat, same_file

        exclude = None
        if output == "":  # (-o "$REPORT" with the variable unset: not standard output, silently)
            fail("--output: the path is empty (omit --output for standard output)")
        if output == "-" or (output and names_stdout(output)):  # (-o /dev/stdout: descriptor 1 is
            output = None  # standard error now; -o -: standard output, as - is standard input)
        if output:
            st = output_stat(output)
            if st is not None:
                for p in paths:
                    other = output_stat(p) if p != "-" else None
                    if other is not None and same_file(st, other):
                        fail(f"{output}: cannot write the report over {p}, one of the inputs")
                exclude = (st, os.path.basename(os.path.realpath(output)))
                self._spare_drafts(output, paths, exclude)
        try:
            return (open_file(output) if output else open_stdout(self.stdout)), exclude
        except OutputError as exc:
            fail(str(exc))
            raise  # (fail exits)

    def _spare_drafts(self, output: str, paths: list[str], exclude: tuple[os.stat_result, str]) -> None:
        """``--output`` must not name a file a directory walk of this run lints (``-o story.md
        articles/``): the walk left it out and the report replaced the draft. A previous report
        (an empty file, or one that reads as lintnews wrote it) is not a draft: it is replaced,
        and never linted (one line, exit 2; checked before the report is opened)."""
        import os
        import stat

        from lintnews.execution.discovery import expand
        from lintnews.output.sink import looks_like_report, output_stat, same_file

        st = exclude[0]
        if not stat.S_ISREG(st.st_mode) or looks_like_report(output):
            return
        walked = [p for p in paths if p != "-" and os.path.isdir(p)]
        for path, problem in expand(walked, self.registry.extensions | {".txt"}):
            if problem is None and os.path.basename(path) == exclude[1]:
                other = output_stat(path)
                if other is not None and same_file(st, other):
                    fail(f"{output}: cannot write the report over {path}, one of the files this run lints "
                         f"(write it outside the directories linted, or with another extension: .log, .json)")

    def _spare_settings(self, output: str | None) -> None:
        """``--output`` must not name a config file or rule pack of this run: the report was
        renamed over it, and the house style was gone (one line, exit 2; the report, still a
        temporary file, is discarded)."""
        from lintnews.output.sink import output_stat, same_file

        st = output_stat(output) if output else None
        if st is None:
            return
        for path in self.resolver.setting_files():
            other = output_stat(path)
            if other is not None and same_file(st, other):
                fail(f"{output}: cannot write the report over {path}, a config file or rule pack of this run")

    def lint(self, paths: list[str], output: str | None, color: bool | None, quiet: bool,
             column_unit: str | None, statistics: bool) -> None:
        from lintnews.execution.discovery import expand
        from lintnews.execution.parallel import WorkerSpec, default_jobs, lint_paths
        from lintnews.model.diagnostic import Severity
        from lintnews.output.columns import DEFAULT_UNIT
        from lintnews.output.formatters.base import FormatContext
        from lintnews.output.progress import Progress
        from lintnews.util.printable import shown_path

        fmt, registry, resolver = self.fmt, self.registry, self.resolver
        unit = column_unit or DEFAULT_UNIT.get(fmt, "char")
        # the report is opened first: a bad output path is one line before any linting
        report, exclude = self._open(output, paths)
        results = None
        try:
            items = list(expand(paths, registry.extensions | {".txt"}, exclude, self._excluder(frozenset(paths))))
            items, thresholds, errors = self._configs(items)
            self._spare_settings(report.path)
            stream = report.stream
            use_color = (stream.isatty() if color is None else color) and fmt == "text"
            context = FormatContext(color=use_color, registry=registry, version=__version__,
                                    show_source=not quiet, column_unit=unit)
            formatter = _formatter(registry, fmt, stream, context)
            n_files = sum(1 for _, problem in items if problem is None)
            spec = WorkerSpec(resolver.cli, self.format_in, self.encoding,
                              sources=fmt not in ("json", "line") or unit != "char")
            self.sources = spec.sources
            progress = Progress(n_files)
            internal = False  # a file hit a bug: exit INTERNAL_ERROR after linting the rest
            findings_fail = False
            stats = None
            if statistics:
                from lintnews.output.statistics import Statistics

                stats = Statistics()
            if self.collector_paused:  # (see _collector_paused)
                if not gc.get_freeze_count():
                    gc.freeze()
                gc.enable()
            results = lint_paths(resolver, items, self.jobs or default_jobs(n_files), spec, self.lint_here)
            formatter.start()
            for path, problem, result in results:
                if problem or result is None:
                    progress.clear()
                    errors += 1
                    say(str(problem))
                    continue
                if result.error:
                    progress.clear()
                    errors += 1
                    internal = internal or result.internal
                    say(result.error)
                    progress.advance()
                    continue
                if result.diagnostics:
                    progress.clear()  # the report may go to the same terminal
                context.sources[result.path] = result.source_map
                if result.path != path and path != "-" and shown_path(path) == result.path:
                    context.raw_paths[result.path] = path  # (a name that is not UTF-8: SARIF's URI)
                formatter.file(result.path, result.diagnostics)
                context.sources.pop(result.path, None)
                if stats is not None:
                    stats.add(result.diagnostics)
                threshold = thresholds.get(path) or thresholds.get(result.path) or Severity.WARNING
                findings_fail = findings_fail or any(d.severity.rank >= threshold.rank
                                                     for d in result.diagnostics)
                if progress.enabled and result.diagnostics:
                    stream.flush()
                progress.advance(len(result.diagnostics))
            progress.finish()
            formatter.finish()
            if stats is not None:  # after the report; a machine-readable report stays valid
                table = "\n".join(stats.lines()) + "\n"
                if fmt in ("text", "line"):
                    stream.write(table)
                else:
                    click.echo(table, err=True, nl=False)
            report.commit()
        except BaseException:
            if results is not None:
                results.close()  # workers stopped now, not after every file they were handed
            report.discard()  # no half report under the final name
            raise
        if internal:
            sys.exit(int(ExitCode.INTERNAL_ERROR))
        if errors:
            sys.exit(int(ExitCode.USAGE_OR_INPUT))
        if resolver.failed or any(e.failed for e in resolver.engines) or registry.load_errors:
            sys.exit(int(ExitCode.PLUGIN_FAILURE))
        if findings_fail and not self.exit_zero:
            sys.exit(int(ExitCode.FINDINGS))
        sys.exit(int(ExitCode.OK))
