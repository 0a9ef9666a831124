"""The ``lintnews`` command line (Click).

Plugins are loaded inside each command, never at import, so ``--help`` works
even with a broken plugin installed. Every user-facing error is one line on
stderr and an exit code from :class:`lintnews.exitcodes.ExitCode`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from lintnews import __version__
from lintnews.exitcodes import ExitCode

FORMATS_HINT = "text, line, json, sarif, github (plus any formatter plugin)"


def fail(message: str, code: ExitCode = ExitCode.USAGE_OR_INPUT) -> None:
    click.echo(f"lintnews: {message}", err=True)
    sys.exit(int(code))


def _split(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(v.strip() for raw in values for v in raw.split(",") if v.strip())


def _registry(plugins: Sequence[str] = (), packs: Sequence[str] = (), no_plugins: bool = False):  # type: ignore[no-untyped-def]
    from lintnews.errors import LintnewsError
    from lintnews.plugins import load_registry

    try:
        registry = load_registry(plugins, packs, autoload=False if no_plugins else None)
    except LintnewsError as exc:
        fail(str(exc), exc.exit_code if exc.exit_code != ExitCode.PLUGIN_FAILURE else ExitCode.USAGE_OR_INPUT)
    for problem in registry.load_errors:  # broken entry-point plugins: named, skipped, exit 3 at the end
        click.echo(f"lintnews: {problem}", err=True)
    return registry


class _GuardedGroup(click.Group):
    """The top-level guard: an unexpected exception is one line on stderr and exit 4,
    never a traceback (``LINTNEWS_DEBUG=1`` shows it; see ``lintnews.errors.guarded_main``)."""

    def main(self, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        from lintnews.errors import guarded_main

        return guarded_main(super().main)(*args, **kwargs)  # type: ignore[operator]


@click.group(cls=_GuardedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="lintnews")
def main() -> None:
    """Lint news copy for unattributed claims, loaded language and advertorial insertions."""


@main.command()
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
          show_config: bool = False, jobs: int | None = None, statistics: bool = False) -> None:
    """Lint PATHS (files, directories, or - for standard input)."""
    from lintnews.diagnostic import Severity
    from lintnews.discovery import expand
    from lintnews.formatters.base import FormatContext
    from lintnews.parallel import WorkerSpec, cpus, default_jobs, lint_paths
    from lintnews.progress import Progress
    from lintnews.runner import lint_file

    if not paths:
        fail("no paths given (try: lintnews check draft.md, or - for standard input)")
    if with_proselint:
        plugins = (*plugins, "lintnews.proselint_plugin")
    registry = _registry(plugins, packs, no_plugins)
    if fmt not in registry.formatters:
        fail(f"unknown format {fmt!r} (available: {', '.join(sorted(registry.formatters))})")
    if format_in and format_in not in registry.readers:
        fail(f"unknown input format {format_in!r} (available: {', '.join(sorted(registry.readers))})")
    from lintnews.config import CliOptions
    resolver = _resolver(CliOptions(_split(select), _split(ignore), fail_on, profile, plugins, packs,
                                    no_plugins, config_file), registry)
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
        from lintnews.statistics import Statistics

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


def _resolver(options, registry):  # type: ignore[no-untyped-def]
    """The per-file config resolver (config errors: one line, exit 2)."""
    from lintnews.config import Resolver
    from lintnews.errors import LintnewsError

    try:
        return Resolver(options, registry)
    except LintnewsError as exc:
        fail(str(exc))


def _configured_registry(plugins: Sequence[str], packs: Sequence[str], no_plugins: bool):  # type: ignore[no-untyped-def]
    """The registry with the working directory's config applied (its packs, plugins, reject list)."""
    from lintnews.config import CliOptions

    base = _registry(plugins, packs, no_plugins)
    resolver = _resolver(CliOptions(plugins=tuple(plugins), packs=tuple(packs), no_plugins=no_plugins), base)
    return _effective(resolver, ".").engine.registry


def _effective(resolver, path: str):  # type: ignore[no-untyped-def]
    from lintnews.errors import LintnewsError

    try:
        return resolver.for_path(path)
    except LintnewsError as exc:
        fail(str(exc))


def _show_config(resolver, paths: Sequence[str]) -> None:  # type: ignore[no-untyped-def]
    from lintnews.config import render

    click.echo("\n\n".join(render(_effective(resolver, p), p) for p in paths))


@main.command("config")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--config", "config_file", default=None, type=click.Path(dir_okay=False), metavar="FILE",
              help="Use this config file instead of the nearest one found.")
@click.option("--plugin", "plugins", multiple=True, metavar="MODULE", help="Load a plugin module (repeatable).")
@click.option("--no-plugins", is_flag=True, help="Do not load entry-point plugins.")
def config_cmd(paths: tuple[str, ...], config_file: str | None, plugins: tuple[str, ...], no_plugins: bool) -> None:
    """Print the effective configuration for PATHS (default: the current directory)."""
    from lintnews.config import CliOptions

    registry = _registry(plugins, (), no_plugins)
    resolver = _resolver(CliOptions(plugins=plugins, no_plugins=no_plugins, config_file=config_file), registry)
    _show_config(resolver, list(paths or (".",)))


@main.command()
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--plugin", "plugins", multiple=True, metavar="MODULE", help="Load a plugin module (repeatable).")
@click.option("--no-plugins", is_flag=True, help="Do not load entry-point plugins.")
@click.option("--rule-pack", "packs", multiple=True, type=click.Path(), metavar="FILE")
def rules(fmt: str, plugins: tuple[str, ...], no_plugins: bool, packs: tuple[str, ...]) -> None:
    """List every available rule: id, category, default severity, summary."""
    import json

    from lintnews.engine import iter_rules

    registry = _configured_registry(plugins, packs, no_plugins)
    items = list(iter_rules(registry))
    if fmt == "json":
        click.echo(json.dumps([
            {"id": r.id, "category": r.category, "severity": str(r.severity), "summary": r.summary,
             "plugin": r.plugin} for r in items], indent=2))
        if registry.load_errors:
            sys.exit(int(ExitCode.PLUGIN_FAILURE))
        return
    wid = max((len(r.id) for r in items), default=2)
    wcat = max((len(r.category) for r in items), default=8)
    click.echo(f"{'id':{wid}}  {'category':{wcat}}  {'severity':8}  summary")
    for r in items:
        click.echo(f"{r.id:{wid}}  {r.category:{wcat}}  {r.severity!s:8}  {r.summary}")
    if registry.load_errors:
        sys.exit(int(ExitCode.PLUGIN_FAILURE))


@main.command()
@click.argument("rule")
@click.option("--plugin", "plugins", multiple=True, metavar="MODULE")
@click.option("--no-plugins", is_flag=True)
@click.option("--rule-pack", "packs", multiple=True, type=click.Path(), metavar="FILE")
def explain(rule: str, plugins: tuple[str, ...], no_plugins: bool, packs: tuple[str, ...]) -> None:
    """Explain RULE: what it flags, why an editor cares, examples, what to write instead."""
    registry = _configured_registry(plugins, packs, no_plugins)
    found = registry.rules.get(rule)
    if found is None:
        import difflib

        close = difflib.get_close_matches(rule, list(registry.rules), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else " (see `lintnews rules`)"
        fail(f"unknown rule {rule!r}{hint}")
    click.echo(found.help_text)


@main.command()
@click.option("--stdio", is_flag=True, help="Talk over standard input/output (the default and only transport).")
def lsp(stdio: bool) -> None:
    """Run the language server for editors (Language Server Protocol over stdio)."""
    try:
        from lintnews.lsp import serve
    except ImportError as exc:
        fail(f"the language server needs pygls ({exc}); install it with: pip install pygls")
    serve()


if __name__ == "__main__":  # pragma: no cover
    main()
