"""``lintnews why``: the loaded-language judge's decision for every candidate, and why.

An editor who wonders why "devastating" was left alone in one sentence and flagged in the
next, or a rule author tuning the lexicon, sees each lexicon hit with the decision (warning,
info, not reported) and the evidence the judge weighed (a literal collocation, a name,
indirect speech, an attributive verdict...).
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from lintnews.cli.app import fail
from lintnews.cli.check import check_pack_path
from lintnews.model.exitcodes import ExitCode


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--reported", is_flag=True, help="Only candidates that are reported (warning or info).")
@click.option("--profile", type=click.Choice(["news", "opinion"]), default=None,
              help="Profile to report with  [default: the config's, else news].")
@click.option("--encoding", default=None, help="Decode input with this codec instead of UTF-8.")
@click.option("--plugin", "plugins", multiple=True, metavar="MODULE", help="Load a plugin module (repeatable).")
@click.option("--no-plugins", is_flag=True, help="Do not load entry-point plugins.")
@click.option("--rule-pack", "packs", multiple=True, type=click.Path(), metavar="FILE",
              help="Load an extra TOML rule pack (repeatable).")
def why(paths: tuple[str, ...], reported: bool, profile: str | None, encoding: str | None,
        plugins: tuple[str, ...], no_plugins: bool, packs: tuple[str, ...]) -> None:
    """Explain the loaded-language decisions in PATHS (- for standard input): each candidate
    word, the decision (warning, info, not reported) and the evidence for it, as `check`
    reports it with each file's config."""
    from lintnews.builtin.loaded.voice import explain
    from lintnews.cli.app import cli_registry, cli_resolver
    from lintnews.config.config import CliOptions
    from lintnews.document.document import Document
    from lintnews.engine.engine import Engine, Settings
    from lintnews.execution.discovery import expand
    from lintnews.execution.runner import read_bytes
    from lintnews.model.errors import InputError, LintnewsError
    from lintnews.readers import decode, encoding_problem
    from lintnews.util.printable import escape_controls, shown_path

    problem = encoding_problem(encoding) if encoding else None
    if problem:  # (once, not once per file)
        fail(f"--encoding: {problem}")
    for pack in packs:
        check_pack_path(pack)
    # each file's config applies, as in `check` (its packs, profile, severities, accept list
    # and selection): the decisions shown are the ones `check` reports
    options = CliOptions(plugins=plugins, packs=packs, no_plugins=no_plugins, profile=profile)
    resolver = cli_resolver(options, cli_registry(plugins, packs, no_plugins))
    judges: dict[int, tuple[Engine, list]] = {}  # registry -> an engine running every rule

    named = frozenset(paths)

    def left_out(path: str, problem: str | None) -> bool:
        """A file a walk found that the config's ``exclude`` leaves out, as in ``check``."""
        try:
            return path not in named and resolver.excluded(path)
        except LintnewsError:
            return False  # (the config's error is said when a file of it is read)

    problems = 0
    for path, problem in expand(list(paths), skip=left_out):
        if problem:
            click.echo(f"lintnews: {escape_controls(problem)}", err=True)
            problems += 1
            continue
        shown = "-" if path == "-" else escape_controls(shown_path(path))
        try:
            effective = resolver.for_path(None if path == "-" else path)
            raw = _read_stdin() if path == "-" else read_bytes(path)
            source = decode(raw, path, encoding)
            doc = Document(effective.engine.registry.reader_for(path).read(source), path)
        except InputError as exc:
            click.echo(f"lintnews: {escape_controls(str(exc))}", err=True)
            problems += 1
            continue
        except LintnewsError as exc:
            fail(str(exc))
        registry = effective.engine.registry
        if id(registry) not in judges:
            engine = Engine(registry, Settings())  # (every rule: one the config ignores is shown as such)
            judges[id(registry)] = engine, [r for r in engine.pack_rules if r.context == "writer-voice"]
        engine, rules = judges[id(registry)]
        if not rules:
            fail("no rule uses the writer-voice judge (is loaded-language ignored by a plugin?)")
        hits = engine.matcher.scan(doc.text)  # (before the rules' exceptions: explain shows those too)
        by_rule = {r: hits[r.id] for r in rules if hits.get(r.id)}
        rows = sorted(explain(doc, by_rule), key=lambda row: (row[1].start, row[1].end))
        for rule, hit, decision in rows:
            hit = decision.hit or hit  # (a longer phrase of the rule at the same place)
            word = doc.text[hit.start : hit.end]
            shown_up, outcome = _as_reported(rule, hit, word, decision, effective.settings)
            if reported and not shown_up:
                continue
            line, col, _, _ = doc.source_map.span(hit.start, hit.end)
            click.echo(escape_controls(f"{shown}:{line}:{col}: {word!r} [{rule.id}] -> {decision.summary()}"
                                       f"{outcome}"))
    if problems:
        sys.exit(int(ExitCode.USAGE_OR_INPUT))


def _as_reported(rule: Any, hit: Any, word: str, decision: Any, settings: Any) -> tuple[bool, str]:
    """What the run's settings (the file's config and the options) make of the judge's
    decision: whether ``check`` reports the word, and a note for the line when the settings
    change it (`` [reported as info: the opinion profile]``, `` [not reported: ...]``)."""
    from lintnews.engine.filters import OPINION, accepted, severity
    from lintnews.engine.selection import is_selected
    from lintnews.model.diagnostic import Finding

    if not decision.reported:
        return False, ""
    if not is_selected(rule.id, rule.category, settings.select, settings.ignore):
        return False, " [not reported: the config leaves this rule out (select, ignore, per_path_ignores)]"
    if settings.accept and not list(accepted([(rule, Finding(0, len(word), ""), decision.severity)], word,
                                             settings.accept)):
        return False, " [not reported: on the config's accept list]"
    finding = Finding(hit.start, hit.end, "", severity=decision.severity)
    (_, _, final), = severity([(rule, finding)], settings.severity, settings.profile)
    if final.rank < settings.min_severity.rank:
        return False, f" [not reported: {final.value} is below the least severity shown (min_severity)]"
    if final is not decision.severity:
        why = "the opinion profile" if settings.profile == OPINION and rule.writer_voice else "the config's severity"
        return True, f" [reported as {final.value}: {why}]"
    return True, ""


def _read_stdin() -> bytes:
    """Standard input, up to ``LINTNEWS_STDIN_LIMIT`` as for ``check -``."""
    from lintnews.cli.check import DEFAULT_STDIN_LIMIT, STDIN_LIMIT_ENV, parse_size, read_stdin

    try:
        limit = parse_size(os.environ.get(STDIN_LIMIT_ENV) or DEFAULT_STDIN_LIMIT)
    except click.BadParameter as exc:
        fail(f"{STDIN_LIMIT_ENV}: {exc.message}")
    return read_stdin(limit)
