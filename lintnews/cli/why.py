"""``lintnews why``: the loaded-language judge's decision for every candidate, and why.

An editor who wonders why "devastating" was left alone in one sentence and flagged in the
next, or a rule author tuning the lexicon, sees each lexicon hit with the decision (warning,
info, not reported) and the evidence the judge weighed (a literal collocation, a name,
indirect speech, an attributive verdict...).
"""

from __future__ import annotations

import sys

import click

from lintnews.cli.app import _configured_registry, fail
from lintnews.model.exitcodes import ExitCode


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--reported", is_flag=True, help="Only candidates that are reported (warning or info).")
@click.option("--profile", type=click.Choice(["news", "opinion"]), default="news", show_default=True)
@click.option("--encoding", default=None, help="Decode input with this codec instead of UTF-8.")
@click.option("--plugin", "plugins", multiple=True, metavar="MODULE", help="Load a plugin module (repeatable).")
@click.option("--no-plugins", is_flag=True, help="Do not load entry-point plugins.")
@click.option("--rule-pack", "packs", multiple=True, type=click.Path(), metavar="FILE",
              help="Load an extra TOML rule pack (repeatable).")
def why(paths: tuple[str, ...], reported: bool, profile: str, encoding: str | None,
        plugins: tuple[str, ...], no_plugins: bool, packs: tuple[str, ...]) -> None:
    """Explain the loaded-language decisions in PATHS: each candidate word, the decision
    (warning, info, not reported) and the evidence for it."""
    from lintnews.document.document import Document
    from lintnews.engine.engine import Engine, Settings
    from lintnews.execution.discovery import expand
    from lintnews.execution.runner import read_bytes
    from lintnews.model.errors import InputError
    from lintnews.readers import decode, encoding_problem

    problem = encoding_problem(encoding) if encoding else None
    if problem:  # (once, not once per file)
        fail(f"--encoding: {problem}")
    registry = _configured_registry(plugins, packs, no_plugins)
    engine = Engine(registry, Settings(profile=profile))
    rules = [r for r in engine.pack_rules if r.context == "writer-voice"]
    if not rules:
        fail("no rule uses the writer-voice judge (is loaded-language ignored by a plugin?)")
    from lintnews.builtin.voice import explain

    problems = 0
    for path, problem in expand(list(paths)):
        if problem:
            click.echo(f"lintnews: {problem}", err=True)
            problems += 1
            continue
        try:
            source = decode(read_bytes(path), path, encoding)
            doc = Document(registry.reader_for(path).read(source), path)
        except InputError as exc:
            click.echo(f"lintnews: {exc}", err=True)
            problems += 1
            continue
        hits = engine.matcher.scan(doc.text)  # (before the rules' exceptions: explain shows those too)
        by_rule = {r: hits[r.id] for r in rules if hits.get(r.id)}
        rows = sorted(explain(doc, by_rule), key=lambda row: (row[1].start, row[1].end))
        for rule, hit, decision in rows:
            if reported and not decision.reported:
                continue
            hit = decision.hit or hit  # (a longer phrase of the rule at the same place)
            line, col, _, _ = doc.source_map.span(hit.start, hit.end)
            word = doc.text[hit.start : hit.end]
            click.echo(f"{path}:{line}:{col}: {word!r} [{rule.id}] -> {decision.summary()}")
    if problems:
        sys.exit(int(ExitCode.USAGE_OR_INPUT))
