"""``lintnews test-rules [PACK...]``: run rule packs' examples as tests, with coverage.

Each rule's trigger examples must be flagged and its no-trigger examples left alone (at
any severity); every pattern, term and exception must be exercised by some example
(:mod:`lintnews.engine.examples`), counting the cover sentences of each pack's fixtures
file (:mod:`lintnews.packs.fixtures`). One line per problem, naming the pack and rule; exit
0 when every rule passes, 1 when one does not, 2 when a pack does not load. Without
PACK, the built-in packs are tested.
"""

from __future__ import annotations

from pathlib import Path

import click

from lintnews.cli.app import cli_registry, fail
from lintnews.model.exitcodes import ExitCode


@click.command("test-rules")
@click.argument("packs", nargs=-1, type=click.Path())
@click.option("--no-coverage", is_flag=True, help="Only run the examples; do not check that they cover every part.")
@click.option("--plugin", "plugins", multiple=True, metavar="MODULE",
              help="Load a plugin module (for a pack that uses its judges).")
def test_rules(packs: tuple[str, ...], no_coverage: bool, plugins: tuple[str, ...]) -> None:
    """Run the examples of the rules in PACKS (default: the built-in packs) as tests."""
    import sys

    from lintnews.engine.examples import check_rule, pack_cover
    from lintnews.model.errors import LintnewsError
    from lintnews.packs.model import PackRule

    registry = cli_registry(plugins, packs, no_plugins=True)
    wanted = {str(Path(p).resolve()) for p in packs}
    rules = [r for r in registry.rules.values() if isinstance(r, PackRule)
             and (str(Path(r.source).resolve()) in wanted if packs else r.builtin)]
    try:
        cover = pack_cover(rules) if not no_coverage else {}
    except LintnewsError as exc:  # a broken fixtures file: like a pack that does not load, exit 2
        fail(str(exc), ExitCode.USAGE_OR_INPUT)
    failed = 0
    examples = 0
    for rule in sorted(rules, key=lambda r: (r.source, r.id)):
        examples += len(rule.examples.trigger) + len(rule.examples.no_trigger) + len(cover.get(rule.id, ()))
        problems = check_rule(registry, rule, coverage=not no_coverage, cover=cover.get(rule.id, ()))
        if problems:
            failed += 1
        for problem in problems:
            click.echo(f"{rule.source}: rule {rule.id}: {problem}")
    verdict = "all pass" if not failed else f"{failed} failed"
    click.echo(f"{len(rules)} rules, {examples} examples: {verdict}")
    sys.exit(int(ExitCode.FINDINGS if failed else ExitCode.OK))
