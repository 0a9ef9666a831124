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

FORMATS_HINT = "text, line, json (plus any formatter plugin)"


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
def check(paths: tuple[str, ...], fmt: str, select: tuple[str, ...], ignore: tuple[str, ...],
          fail_on: str | None, plugins: tuple[str, ...], no_plugins: bool, packs: tuple[str, ...],
          profile: str | None, encoding: str | None, stdin_filename: str | None,
          format_in: str | None, output: str | None, color: bool | None, quiet: bool) -> None:
    """Lint PATHS (files, directories, or - for standard input)."""
    from lintnews.diagnostic import Severity
    from lintnews.discovery import expand
    from lintnews.engine import Engine, Settings
    from lintnews.formatters.base import FormatContext
    from lintnews.runner import lint_file

    if not paths:
        fail("no paths given (try: lintnews check draft.md, or - for standard input)")
    registry = _registry(plugins, packs, no_plugins)
    if fmt not in registry.formatters:
        fail(f"unknown format {fmt!r} (available: {', '.join(sorted(registry.formatters))})")
    if format_in and format_in not in registry.readers:
        fail(f"unknown input format {format_in!r} (available: {', '.join(sorted(registry.readers))})")
    settings = Settings(select=_split(select), ignore=_split(ignore), profile=profile or "news")
    threshold = Severity.parse(fail_on or "warning")
    engine = Engine(registry, settings)

    stream = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    use_color = (stream.isatty() if color is None else color) and fmt == "text"
    context = FormatContext(color=use_color, registry=registry, version=__version__, show_source=not quiet)
    formatter = registry.formatters[fmt](stream, context)
    errors = 0
    internal = False  # a file hit a bug: exit INTERNAL_ERROR after linting the rest
    worst = None
    formatter.start()
    for path, problem in expand(list(paths), registry.extensions | {".txt"}):
        if problem:
            errors += 1
            click.echo(f"lintnews: {problem}", err=True)
            continue
        if path == "-":
            data = sys.stdin.buffer.read()
            name = stdin_filename or "-"
            fmt_in = format_in or (registry.reader_for(stdin_filename).name if stdin_filename else "text")
            result = lint_file(engine, name, data=data, format_name=fmt_in, encoding=encoding, display_path=name)
        else:
            result = lint_file(engine, path, format_name=format_in, encoding=encoding)
        if result.error:
            errors += 1
            internal = internal or result.internal
            click.echo(f"lintnews: {result.error}", err=True)
            continue
        context.sources[result.path] = result.source_map
        formatter.file(result.path, result.diagnostics)
        context.sources.pop(result.path, None)
        for d in result.diagnostics:
            if worst is None or d.severity.rank > worst.rank:
                worst = d.severity
    formatter.finish()
    if output:
        stream.close()
    if internal:
        sys.exit(int(ExitCode.INTERNAL_ERROR))
    if errors:
        sys.exit(int(ExitCode.USAGE_OR_INPUT))
    if engine.failed or registry.load_errors:
        sys.exit(int(ExitCode.PLUGIN_FAILURE))
    if worst is not None and worst.rank >= threshold.rank:
        sys.exit(int(ExitCode.FINDINGS))
    sys.exit(int(ExitCode.OK))


@main.command()
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--plugin", "plugins", multiple=True, metavar="MODULE", help="Load a plugin module (repeatable).")
@click.option("--no-plugins", is_flag=True, help="Do not load entry-point plugins.")
@click.option("--rule-pack", "packs", multiple=True, type=click.Path(), metavar="FILE")
def rules(fmt: str, plugins: tuple[str, ...], no_plugins: bool, packs: tuple[str, ...]) -> None:
    """List every available rule: id, category, default severity, summary."""
    import json

    from lintnews.engine import iter_rules

    registry = _registry(plugins, packs, no_plugins)
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
        click.echo(f"{r.id:{wid}}  {r.category:{wcat}}  {str(r.severity):8}  {r.summary}")
    if registry.load_errors:
        sys.exit(int(ExitCode.PLUGIN_FAILURE))


@main.command()
@click.argument("rule")
@click.option("--plugin", "plugins", multiple=True, metavar="MODULE")
@click.option("--no-plugins", is_flag=True)
@click.option("--rule-pack", "packs", multiple=True, type=click.Path(), metavar="FILE")
def explain(rule: str, plugins: tuple[str, ...], no_plugins: bool, packs: tuple[str, ...]) -> None:
    """Explain RULE: what it flags, why an editor cares, examples, what to write instead."""
    registry = _registry(plugins, packs, no_plugins)
    found = registry.rules.get(rule)
    if found is None:
        import difflib

        close = difflib.get_close_matches(rule, list(registry.rules), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else " (see `lintnews rules`)"
        fail(f"unknown rule {rule!r}{hint}")
    click.echo(found.help_text)


if __name__ == "__main__":  # pragma: no cover
    main()
