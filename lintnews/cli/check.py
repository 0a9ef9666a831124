"""``lintnews check``: lint files, directories or standard input."""

from __future__ import annotations

import sys

import click

from lintnews import __version__
from lintnews.cli.app import FORMATS_HINT, _effective, _registry, _resolver, _show_config, _split, fail
from lintnews.model.exitcodes import ExitCode


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False))  # unreadable: one line per file, run goes on
@click.option("--format", "-f", "fmt", default="text", show_default=True, help=f"Output format: {FORMATS_HINT}.")
@click.option("--select", multiple=True, help="Only these rule ids or categories (comma-separated, repeatable).")
@click.option("--ignore", multiple=True, help="Skip these rule ids or categories (comma-separated, repeatable).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--plugin", "plugins", multiple=True, metavar="MODULE", help="Load a plugin module (repeatable).")
@click.option("--no-plugins", is_flag=True, help="Do not load entry-point plugins.")
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
@click.option("--format-in", "format_in", default=None, metavar="FORMAT",
              help="Input format for every file (text, markdown, html), instead of by extension.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the report to FILE instead of standard output.")
@click.option("--color/--no-color", default=None, help="Colour output [default: only on a terminal].")
@click.option("--quiet", "-q", is_flag=True, help="Hide the source line under each diagnostic (text format).")
@click.option("--config", "config_file", default=None, type=click.Path(dir_okay=False), metavar="FILE",
              help="Use this config file for every file instead of the nearest one found.")
@click.option("--show-config", is_flag=True, help="Print the effective configuration of each PATH and exit.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Lint with N processes [default: all CPUs when there are many files].")
@click.option("--statistics", is_flag=True,
              help="Also print how many diagnostics each rule and category found.")
def check(paths: tuple[str, ...], fmt: str, select: tuple[str, ...], ignore: tuple[str, ...],
          fail_on: str | None, plugins: tuple[str, ...], no_plugins: bool, packs: tuple[str, ...],
          profile: str | None, encoding: str | None, stdin_filename: str | None,
          format_in: str | None, output: str | None, color: bool | None, quiet: bool,
          with_proselint: bool = False, config_file: str | None = None,
          show_config: bool = False, jobs: int | None = None, statistics: bool = False,
          html_scope: str | None = None) -> None:
    """Lint PATHS (files, directories, or - for standard input)."""
    from lintnews.execution.discovery import expand
    from lintnews.execution.parallel import WorkerSpec, cpus, default_jobs, lint_paths
    from lintnews.execution.runner import lint_file
    from lintnews.model.diagnostic import Severity
    from lintnews.output.formatters.base import FormatContext
    from lintnews.output.progress import Progress

    if not paths:
        fail("no paths given (try: lintnews check draft.md, or - for standard input)")
    if with_proselint:
        plugins = (*plugins, "lintnews.integrations.proselint_plugin")
    registry = _registry(plugins, packs, no_plugins)
    if fmt not in registry.formatters:
        fail(f"unknown format {fmt!r} (available: {', '.join(sorted(registry.formatters))})")
    if format_in and format_in not in registry.readers:
        fail(f"unknown input format {format_in!r} (available: {', '.join(sorted(registry.readers))})")
    from lintnews.config.config import CliOptions
    resolver = _resolver(CliOptions(_split(select), _split(ignore), fail_on, profile, plugins, packs,
                                    no_plugins, config_file, html_scope=html_scope), registry)
    if show_config:
        _show_config(resolver, [stdin_filename or "-" if p == "-" else p for p in paths])
        return
    findings_fail = False

    stream = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    use_color = (stream.isatty() if color is None else color) and fmt == "text"
    context = FormatContext(color=use_color, registry=registry, version=__version__, show_source=not quiet)
    formatter = registry.formatters[fmt](stream, context)
    errors = 0
    items = list(expand(list(paths), registry.extensions | {".txt"}))
    # resolve every file's config up front: a bad config is one line and exit 2 before any output
    thresholds = {path: _effective(resolver, path).threshold for path, problem in items
                  if problem is None and path != "-"}

    def lint_here(path: str):  # type: ignore[no-untyped-def]
        if path == "-":
            data = sys.stdin.buffer.read()
            name = stdin_filename or "-"
            fmt_in = format_in or (registry.reader_for(stdin_filename).name if stdin_filename else "text")
            eff = _effective(resolver, stdin_filename or "-")
            thresholds[name] = eff.threshold
            return lint_file(eff.engine, name, data=data, format_name=fmt_in, encoding=encoding,
                             display_path=name, jobs=jobs or cpus())
        # a large file linted here may be split over the cores (-j, or all of them by default)
        return lint_file(_effective(resolver, path).engine, path, format_name=format_in, encoding=encoding,
                         jobs=jobs or cpus())

    n_files = sum(1 for _, problem in items if problem is None)
    spec = WorkerSpec(resolver.cli, format_in, encoding, sources=fmt not in ("json", "line"))
    progress = Progress(n_files)
    internal = False  # a file hit a bug: exit INTERNAL_ERROR after linting the rest
    stats = None
    if statistics:
        from lintnews.output.statistics import Statistics

        stats = Statistics()
    formatter.start()
    for path, problem, result in lint_paths(resolver, items, jobs or default_jobs(n_files), spec, lint_here):
        if problem or result is None:
            progress.clear()
            errors += 1
            click.echo(f"lintnews: {problem}", err=True)
            continue
        if result.error:
            progress.clear()
            errors += 1
            internal = internal or result.internal
            click.echo(f"lintnews: {result.error}", err=True)
            progress.advance()
            continue
        if result.diagnostics:
            progress.clear()  # the report may go to the same terminal
        context.sources[result.path] = result.source_map
        formatter.file(result.path, result.diagnostics)
        context.sources.pop(result.path, None)
        if stats is not None:
            stats.add(result.diagnostics)
        threshold = thresholds.get(path) or thresholds.get(result.path) or Severity.WARNING
        findings_fail = findings_fail or any(d.severity.rank >= threshold.rank for d in result.diagnostics)
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
    if output:
        stream.close()
    if internal:
        sys.exit(int(ExitCode.INTERNAL_ERROR))
    if errors:
        sys.exit(int(ExitCode.USAGE_OR_INPUT))
    if resolver.failed or any(e.failed for e in resolver.engines) or registry.load_errors:
        sys.exit(int(ExitCode.PLUGIN_FAILURE))
    if findings_fail:
        sys.exit(int(ExitCode.FINDINGS))
    sys.exit(int(ExitCode.OK))
