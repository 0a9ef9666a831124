"""Find plugins, load them, and collect what they register into a :class:`Registry`.

Modelled on flake8's ``plugins/finder.py``: finding and loading are separate,
and a plugin that fails to load is named in one line (``failed to load plugin
X``). Set ``LINTNEWS_DISABLE_PLUGIN_AUTOLOAD=1`` (or pass ``--no-plugins``) to
skip entry-point plugins, like pytest's ``PYTEST_DISABLE_PLUGIN_AUTOLOAD``.
The plugin manager is built when a command runs, never at import time, so a
broken plugin cannot break ``--help``.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pluggy

from lintnews.model import hookspecs
from lintnews.model.errors import LintnewsError, PluginError, RulePackError, describe
from lintnews.model.rule import Rule, validate_rule

ENTRY_POINT_GROUP = "lintnews"
BUILTIN_PLUGINS = ("lintnews.builtin.plugin", "lintnews.output.plugin")


@dataclass
class ReaderSpec:
    name: str
    extensions: tuple[str, ...]
    read: Callable[..., Any]
    plugin: str
    # settings the reader takes as keyword arguments (``("html_scope",)``): see
    # lintnews.execution.runner.lint_source
    options: tuple[str, ...] = ()


@dataclass
class Registry:
    """Everything the plugins registered, keyed for the engine and the CLI."""

    rules: dict[str, Rule] = field(default_factory=dict)
    contexts: dict[str, Callable[..., Any]] = field(default_factory=dict)
    readers: dict[str, ReaderSpec] = field(default_factory=dict)
    formatters: dict[str, Callable[..., Any]] = field(default_factory=dict)
    pack_paths: list[tuple[str, str]] = field(default_factory=list)  # (path, plugin)
    plugin_names: list[str] = field(default_factory=list)
    load_errors: list[str] = field(default_factory=list)  # entry-point plugins that failed to import

    def reader_for(self, path: str) -> ReaderSpec:
        suffix = Path(path).suffix.lower()
        for spec in self.readers.values():
            if suffix in spec.extensions:
                return spec
        return self.readers["text"]

    @property
    def extensions(self) -> set[str]:
        return {e for spec in self.readers.values() for e in spec.extensions}


def _entry_points() -> Iterable[Any]:
    from lintnews.plugins.entrypoints import entry_points  # fast: no importlib.metadata scan

    return entry_points(ENTRY_POINT_GROUP)


def make_manager(
    extra_plugins: Iterable[str] = (),
    *,
    autoload: bool | None = None,
) -> tuple[pluggy.PluginManager, list[str]]:
    """A plugin manager with the built-ins, entry-point plugins and ``extra_plugins``."""
    pm = pluggy.PluginManager("lintnews")
    pm.add_hookspecs(hookspecs)
    names: list[str] = []
    skipped: list[str] = []
    for modname in BUILTIN_PLUGINS:
        pm.register(importlib.import_module(modname), name=modname)
    if autoload is None:
        autoload = not os.environ.get("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD")
    if autoload:
        for ep in _entry_points():
            if pm.has_plugin(ep.name):
                continue
            try:
                plugin = ep.load()
            except (Exception, SystemExit) as exc:  # noqa: BLE001 - any import failure names the plugin
                # Skip it and go on: one broken package must not stop every lint in the repo.
                # The CLI prints this line and exits PLUGIN_FAILURE (3) after linting.
                skipped.append(
                    f"failed to load plugin {ep.name!r} ({ep.value}), skipped: {describe(exc)}"
                )
                continue
            pm.register(plugin, name=ep.name)
            names.append(ep.name)
    for modname in extra_plugins:
        if pm.has_plugin(modname):
            continue
        try:
            plugin = importlib.import_module(modname)
        except Exception as exc:  # noqa: BLE001
            raise PluginError(
                f"failed to load plugin {modname!r}: {type(exc).__name__}: {exc}"
            ) from None
        pm.register(plugin, name=modname)
        names.append(modname)
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(f"plugin {exc.plugin!r} has a misspelled hook: {exc}") from None
    pm.lintnews_skipped = skipped  # type: ignore[attr-defined]
    return pm, names


def _call(pm: pluggy.PluginManager, hook_name: str, register_factory: Callable[[str], Callable]) -> None:
    """Call a ``register``-style hook once per plugin, telling each callback who registers."""
    hook = getattr(pm.hook, hook_name)
    for impl in hook.get_hookimpls():
        plugin_name = impl.plugin_name
        try:
            impl.function(register=register_factory(plugin_name))
        except LintnewsError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise PluginError(
                f"plugin {plugin_name!r} failed in {hook_name}: {type(exc).__name__}: {exc}"
            ) from None


def load_registry(
    extra_plugins: Iterable[str] = (),
    extra_packs: Iterable[str | Path] = (),
    *,
    autoload: bool | None = None,
) -> Registry:
    """Load every plugin and pack; raises :class:`LintnewsError` subclasses on failure."""
    from lintnews.packs.loader import load_pack

    pm, names = make_manager(extra_plugins, autoload=autoload)
    reg = Registry(plugin_names=names, load_errors=list(getattr(pm, "lintnews_skipped", [])))

    def rule_registrar(plugin: str) -> Callable:
        def register(rule: Rule) -> None:
            problems = validate_rule(rule, plugin)
            if problems:
                raise PluginError(problems[0])
            if rule.id in reg.rules:
                raise PluginError(f"plugin {plugin!r}: duplicate rule id {rule.id!r}")
            if getattr(rule, "plugin", None) in (None, "lintnews") and plugin not in BUILTIN_PLUGINS:
                try:
                    rule.plugin = plugin
                except (AttributeError, TypeError):
                    pass
            reg.rules[rule.id] = rule
        return register

    def pack_registrar(plugin: str) -> Callable:
        def register(path: str | Path) -> None:
            reg.pack_paths.append((str(path), plugin))
        return register

    def context_registrar(plugin: str) -> Callable:
        def register(name: str, judge: Callable) -> None:
            reg.contexts[name] = judge
        return register

    def reader_registrar(plugin: str) -> Callable:
        def register(name: str, extensions: tuple[str, ...], read: Callable, options: tuple[str, ...] = ()) -> None:
            reg.readers[name] = ReaderSpec(name, tuple(e.lower() for e in extensions), read, plugin, tuple(options))
        return register

    def formatter_registrar(plugin: str) -> Callable:
        def register(name: str, factory: Callable) -> None:
            reg.formatters[name] = factory
        return register

    _call(pm, "lintnews_register_rules", rule_registrar)
    _call(pm, "lintnews_register_rule_packs", pack_registrar)
    _call(pm, "lintnews_register_contexts", context_registrar)
    _call(pm, "lintnews_register_readers", reader_registrar)
    _call(pm, "lintnews_register_formatters", formatter_registrar)
    for path in extra_packs:
        reg.pack_paths.append((str(path), "config"))

    for path, plugin in reg.pack_paths:
        for rule in load_pack(path, plugin):
            if rule.id in reg.rules:
                raise RulePackError(f"{path}: duplicate rule id {rule.id!r}")
            if rule.context not in reg.contexts:
                known = ", ".join(sorted(reg.contexts))
                raise RulePackError(
                    f"{path}: rule {rule.id}.context: unknown context {rule.context!r} (known: {known})"
                )
            reg.rules[rule.id] = rule
    return reg
