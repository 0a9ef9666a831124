"""Commands that describe rather than lint: ``config``, ``rules``, ``explain``."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import click

from lintnews.cli.app import cli_registry, cli_resolver, configured_registry, fail, one_format, print_config
from lintnews.model.exitcodes import ExitCode

if TYPE_CHECKING:
    from lintnews.model.rule import Rule


def rule_source_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options that say where rules come from (plugins and extra rule packs), shared by
    ``rules`` and ``explain`` so that both list and explain the same rules, with the same help."""
    for option in reversed((
        click.option("--plugin", "plugins", multiple=True, metavar="MODULE",
                     help="Load a plugin module (repeatable)."),
        click.option("--no-plugins", is_flag=True,
                     help="Load no plugin but those given with --plugin (no entry points, no config plugins)."),
        click.option("--allow-config-plugins", is_flag=True,
                     help="Import any plugin module a config file names (runs the checkout's code)."),
        click.option("--rule-pack", "packs", multiple=True, type=click.Path(), metavar="FILE",
                     help="Load an extra TOML rule pack (repeatable)."),
    )):
        command = option(command)
    return command


@click.command("config")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--config", "config_file", default=None, type=click.Path(dir_okay=False), metavar="FILE",
              help="Use this config file instead of the nearest one found.")
@click.option("--plugin", "plugins", multiple=True, metavar="MODULE", help="Load a plugin module (repeatable).")
@click.option("--no-plugins", is_flag=True,
              help="Load no plugin but those given with --plugin (no entry points, no config plugins).")
@click.option("--allow-config-plugins", is_flag=True,
              help="Import any plugin module a config file names (runs the checkout's code).")
def config_cmd(paths: tuple[str, ...], config_file: str | None, plugins: tuple[str, ...], no_plugins: bool,
               allow_config_plugins: bool = False) -> None:
    """Print the effective configuration for PATHS (default: the current directory)."""
    from lintnews.config.config import CliOptions

    registry = cli_registry(plugins, (), no_plugins)
    resolver = cli_resolver(CliOptions(plugins=plugins, no_plugins=no_plugins, config_file=config_file,
                                    allow_config_plugins=allow_config_plugins), registry)
    print_config(resolver, list(paths or (".",)))


@click.command()
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default=("table",), multiple=True,
              callback=one_format, show_default=True, help="Output format (one per run).")
@rule_source_options
def rules(fmt: str, plugins: tuple[str, ...], no_plugins: bool, packs: tuple[str, ...],
          allow_config_plugins: bool = False) -> None:
    """List every available rule: id, category, default severity, summary."""
    import json

    from lintnews.engine.engine import iter_rules

    registry = configured_registry(plugins, packs, no_plugins, allow_config_plugins)
    items = list(iter_rules(registry))
    if fmt == "json":
        click.echo(json.dumps([
            {"id": r.id, "category": r.category, "severity": str(r.severity), "summary": r.summary,
             "plugin": r.plugin} for r in items], indent=2))
        if registry.load_errors:
            sys.exit(int(ExitCode.PLUGIN_FAILURE))
        return
    _table(items, with_category=True)
    if registry.load_errors:
        sys.exit(int(ExitCode.PLUGIN_FAILURE))


def _table(items: Sequence[Rule], with_category: bool) -> None:
    """Rules as ``lintnews rules`` lists them: id, (category,) default severity, summary."""
    wid = max((len(r.id) for r in items), default=2)
    wcat = max((len(r.category) for r in items), default=8)
    cat = f"{'category':{wcat}}  " if with_category else ""
    click.echo(f"{'id':{wid}}  {cat}{'severity':8}  summary")
    for r in items:
        cat = f"{r.category:{wcat}}  " if with_category else ""
        click.echo(f"{r.id:{wid}}  {cat}{r.severity!s:8}  {r.summary}")


@click.command()
@click.argument("rule")
@rule_source_options
def explain(rule: str, plugins: tuple[str, ...], no_plugins: bool, packs: tuple[str, ...],
            allow_config_plugins: bool = False) -> None:
    """Explain RULE: what it flags, why an editor cares, examples, what to write instead."""
    registry = configured_registry(plugins, packs, no_plugins, allow_config_plugins)
    found = registry.rules.get(rule)
    if found is None:
        from lintnews.engine.engine import iter_rules

        members = [r for r in iter_rules(registry) if r.category == rule.strip().lower()]
        if members:  # a category: its rules, as `lintnews rules` lists them
            click.echo(f"{members[0].category}: a category of {len(members)} rule{'s' if len(members) != 1 else ''}.")
            _table(members, with_category=False)
            click.echo(f"Explain one with `lintnews explain {members[0].id}`.")
            return
        import difflib

        from lintnews.config.codes import nearest

        close = ([rule.lower()] if rule.lower() in registry.rules else
                 difflib.get_close_matches(rule.lower(), list(registry.rules), n=3))
        best = nearest(rule, registry.rules.values())
        if best in registry.rules:  # (a shortened name's rule first; a category is no rule)
            close = [best, *(c for c in close if c != best)][:3]
        hint = f" (did you mean {', '.join(close)}?)" if close else " (see `lintnews rules`)"
        fail(f"unknown rule {rule!r}{hint}")
    click.echo(found.help_text)
