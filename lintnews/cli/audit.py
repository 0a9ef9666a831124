"""``lintnews audit``: lint an archive (JSON Lines or Parquet), one row per diagnostic.

The work is in :mod:`lintnews.integrations.audit`; this module turns options into a
linter, an engine and columns, and a report into lines and an exit code: 0 when the
audit ran (findings are what an audit is for, not a failure), 2 for an input, usage,
output or cluster problem (rows that could not be linted are skipped, named on
stderr, and the output still holds every other row), 3 when a plugin's rule failed,
4 for a bug.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from lintnews.cli.app import fail, option_codes, say, split_option
from lintnews.model.exitcodes import ExitCode

if TYPE_CHECKING:
    from lintnews.execution.api import Linter
    from lintnews.integrations.audit.archive import Columns, RowError
    from lintnews.integrations.audit.engines import DaskEngine, LocalEngine
    from lintnews.integrations.audit.run import AuditReport

MAX_SHOWN = 20  # skipped rows named one by one; past that, counted


@click.command()
@click.argument("archives", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--output", "-o", required=True, metavar="OUT.jsonl|OUT.parquet",
              help="One row per diagnostic (.jsonl or .ndjson, .jsonl.gz or .ndjson.gz, or .parquet).")
@click.option("--id-column", default="id", show_default=True, help="The column with each article's id.")
@click.option("--text-column", default="body", show_default=True, help="The column with each article's text.")
@click.option("--format-column", default=None, metavar="COLUMN",
              help="A column naming each article's format (text, markdown, html).")
@click.option("--format-in", "format_in", default="plain", show_default=True, metavar="FORMAT",
              help="The format of articles without a --format-column value.")
@click.option("--date-column", default="date", show_default=True,
              help="The column that 'year' and 'month' groups are derived from.")
@click.option("--group-by", "group_by", default="", metavar="FIELDS",
              help="Comma-separated columns to count by; 'year' and 'month' may come from the date column.")
@click.option("--summary", "summary_csv", default=None, metavar="OUT.csv",
              help="Also write the counts per group, category and rule as CSV.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Lint on this machine's cores, or on a Dask cluster.")
@click.option("--scheduler", default=None, metavar="ADDR",
              help="Dask scheduler address (tcp://host:8786); without it a local cluster is started.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Processes (local) or local Dask workers [default: all CPUs].")
@click.option("--partition-size", type=click.IntRange(min=1), default=None, metavar="N",
              help="Articles per partition [default: 500].")
@click.option("--select", multiple=True, help="Only these rule ids or categories (comma-separated, repeatable).")
@click.option("--ignore", multiple=True, help="Skip these rule ids or categories (comma-separated, repeatable).")
@click.option("--profile", type=click.Choice(["news", "opinion"]), default=None,
              help="'opinion' lowers loaded-language to info.")
@click.option("--plugin", "plugins", multiple=True, metavar="MODULE", help="Load a plugin module (repeatable).")
@click.option("--rule-pack", "packs", multiple=True, type=click.Path(), metavar="FILE",
              help="Load an extra TOML rule pack (repeatable).")
@click.option("--no-plugins", is_flag=True, help="Do not load entry-point plugins.")
@click.option("--config", "config_file", default=None, type=click.Path(dir_okay=False), metavar="FILE",
              help="Config file [default: the nearest one above the working directory].")
@click.option("--quiet", "-q", is_flag=True, help="No summary table on standard output.")
def audit(archives: tuple[str, ...], output: str, id_column: str, text_column: str,
          format_column: str | None, format_in: str, date_column: str, group_by: str,
          summary_csv: str | None, engine: str, scheduler: str | None, jobs: int | None,
          partition_size: int | None, select: tuple[str, ...], ignore: tuple[str, ...],
          profile: str | None, plugins: tuple[str, ...], packs: tuple[str, ...], no_plugins: bool,
          config_file: str | None, quiet: bool) -> None:
    """Lint every article of ARCHIVE... (JSON Lines, plain or gzip, or Parquet).

    Writes one row per diagnostic, ordered by article id then position, with the
    article id, the --group-by fields and every field of a diagnostic; prints the
    counts per group, category and rule.
    """
    from lintnews.execution.parallel import cpus
    from lintnews.integrations.audit.archive import Columns
    from lintnews.integrations.audit.summary import plural
    from lintnews.model.errors import LintnewsError

    if scheduler and engine != "dask":
        fail("--scheduler is for --engine dask")
    _not_an_input(output, archives)
    if summary_csv:
        _not_an_input(summary_csv, archives)
    columns = Columns(id=id_column, text=text_column, format=format_column, default_format=format_in,
                      date=date_column, group_by=split_option([group_by]))
    try:
        linter = _linter(select, ignore, profile, plugins, packs, no_plugins, config_file)
        linter.reader_name(format_in, "-")  # an unknown --format-in: one line now
        # (local: at most one process per CPU; a local Dask cluster: as many workers as asked)
        workers = jobs or cpus() if engine == "dask" else min(jobs or cpus(), cpus())
        run_engine = _engine(engine, scheduler, workers)
        report = _run(list(archives), output, linter, run_engine, columns, summary_csv, partition_size)
    except LintnewsError as exc:
        fail(str(exc), exc.exit_code if exc.exit_code != ExitCode.PLUGIN_FAILURE else ExitCode.USAGE_OR_INPUT)
        return
    for problem in linter.load_errors:
        say(problem)
    skipped = len(report.row_errors) + len(report.article_errors)
    if not quiet and report.summary is not None:  # (audit always makes one)
        click.echo(report.summary.table(), nl=False)
    for line in report.article_errors[:MAX_SHOWN]:
        say(line)
    if skipped:
        say(f"{plural(skipped, 'row')} skipped ({len(report.row_errors)} unreadable, "
            f"{len(report.article_errors)} not lintable); {output} holds every other row")
    if report.internal:
        sys.exit(int(ExitCode.INTERNAL_ERROR))
    if skipped:
        sys.exit(int(ExitCode.USAGE_OR_INPUT))
    if report.failed or linter.load_errors:
        sys.exit(int(ExitCode.PLUGIN_FAILURE))
    sys.exit(int(ExitCode.OK))


def _not_an_input(path: str, archives: tuple[str, ...]) -> None:
    from lintnews.output.sink import output_stat, same_file

    st = output_stat(path)
    if st is None:
        return
    for archive in archives:
        other = output_stat(archive)
        if other is not None and same_file(st, other):
            fail(f"{path}: cannot write the output over {archive}, one of the inputs")


def _linter(select: tuple[str, ...], ignore: tuple[str, ...], profile: str | None, plugins: tuple[str, ...],
            packs: tuple[str, ...], no_plugins: bool, config_file: str | None) -> Linter:
    """The linter of the run: --config, or the config found above the working directory
    (resolved here, once, and sent to the workers as settings)."""
    from lintnews.config.discovery import find_config_file
    from lintnews.execution.api import Linter

    config = config_file
    if config is None:
        from pathlib import Path

        found = find_config_file(Path.cwd())
        config = str(found) if found is not None else None
    return Linter(config, select=option_codes(select, "--select") or None,
                  ignore=option_codes(ignore, "--ignore") or None, profile=profile,
                  plugins=plugins, rule_packs=packs, entry_points=False if no_plugins else None)


def _engine(name: str, scheduler: str | None, workers: int) -> LocalEngine | DaskEngine:
    from lintnews.integrations.audit.engines import DaskEngine, LocalEngine
    from lintnews.integrations.audit.extras import require

    if name == "dask":
        require("distributed", "--engine dask")
        return DaskEngine(scheduler, workers)
    return LocalEngine(workers)


def _run(archives: list[str], output: str, linter: Linter, engine: LocalEngine | DaskEngine, columns: Columns,
         summary_csv: str | None, partition_size: int | None) -> AuditReport:
    from lintnews.integrations.audit.progress import AuditProgress
    from lintnews.integrations.audit.run import audit as run_audit

    progress = AuditProgress(0)
    shown = 0

    def on_error(error: RowError) -> None:
        nonlocal shown
        shown += 1
        if shown <= MAX_SHOWN:
            progress.clear()
            say(str(error))

    return run_audit(archives, output, linter, engine, columns, summary_csv=summary_csv,
                     partition_size=partition_size, progress=progress, on_error=on_error)
