"""Find plugins, load them, and collect what they register into a :class:`Registry`.

Modelled on flake8's ``plugins/finder.py``: finding and loading are separate,
and a plugin that fails to load is named in one line (``failed to load plugin
X``). Set ``LINTNEWS_DISABLE_PLUGIN_AUTOLOAD=1`` (or pass ``--no-plugins``) to
skip entry-point plugins and plugins named in config files, like pytest's
``PYTEST_DISABLE_PLUGIN_AUTOLOAD``. What code a run may import, and from where,
is :mod:`lintnews.plugins.trust`'s.
The plugin manager is built when a command runs, never at import time, so a
broken plugin cannot break ``--help``.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

import pluggy

from lintnews.model import hookspecs
from lintnews.model.errors import LintnewsError, PluginError, RulePackError, describe
from lintnews.model.rule import Rule, validate_rule
from lintnews.util import environment

ENTRY_POINT_GROUP = "lintnews"
BUILTIN_PLUGINS = ("lintnews.builtin.plugin", "lintnews.output.plugin")


class ReaderSpec:
    """A registered reader: its name, extensions, ``read`` function and plugin.

    A plain class, not a dataclass: built at every start-up, see docs/history/speed.md."""

    def __init__(self, name: str, extensions: tuple[str, ...], read: Callable[..., Any], plugin: str,
                 options: tuple[str, ...] = ()) -> None:
        self.name = name
        self.extensions = extensions
        self.read = read
        self.plugin = plugin
        # settings the reader takes as keyword arguments (``("html_scope",)``): see
        # lintnews.execution.runner.lint_source
        self.options = options


class Registry:
    """Everything the plugins registered, keyed for the engine and the CLI.

    A plain class, not a dataclass: built at every start-up, see docs/history/speed.md."""

    def __init__(self, rules: dict[str, Rule] | None = None,
                 contexts: dict[str, Callable[..., Any]] | None = None,
                 readers: dict[str, ReaderSpec] | None = None,
                 formatters: dict[str, Callable[..., Any]] | None = None,
                 formatter_plugins: dict[str, str] | None = None,
                 pack_paths: list[tuple[str, str]] | None = None,
                 plugin_names: list[str] | None = None,
                 load_errors: list[str] | None = None,
                 load_warnings: list[str] | None = None) -> None:
        self.rules: dict[str, Rule] = {} if rules is None else rules
        self.contexts: dict[str, Callable[..., Any]] = {} if contexts is None else contexts
        self.readers: dict[str, ReaderSpec] = {} if readers is None else readers
        self.formatters: dict[str, Callable[..., Any]] = {} if formatters is None else formatters
        # format name -> its plugin
        self.formatter_plugins: dict[str, str] = {} if formatter_plugins is None else formatter_plugins
        self.pack_paths: list[tuple[str, str]] = [] if pack_paths is None else pack_paths  # (path, plugin)
        self.plugin_names: list[str] = [] if plugin_names is None else plugin_names
        # entry-point plugins that failed to import
        self.load_errors: list[str] = [] if load_errors is None else load_errors
        # plugins that registered no hook
        self.load_warnings: list[str] = [] if load_warnings is None else load_warnings

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


def _contained(what: str) -> Callable[[BaseException], str | None]:
    """``None`` for an interrupt the user sent (re-raise it), else the one line naming ``what``."""
    from lintnews.util import interrupts

    def line(exc: BaseException) -> str | None:
        return None if interrupts.from_signal(exc) else f"{what}: {describe(exc)}"

    return line


def make_manager(
    extra_plugins: Iterable[str] = (),
    *,
    autoload: bool | None = None,
    config_plugins: Iterable[str] = (),
    config_path: str | None = None,
    trust_config: bool = False,
) -> tuple[pluggy.PluginManager, list[str], list[str]]:
    """A plugin manager with the built-ins, entry-point plugins, ``extra_plugins`` (``--plugin``:
    the user's own choice) and ``config_plugins`` (named in the config file at ``config_path``:
    only installed plugins, unless ``trust_config``; see :mod:`lintnews.plugins.trust`).

    ``autoload`` False (``--no-plugins``, ``LINTNEWS_DISABLE_PLUGIN_AUTOLOAD``) loads neither
    entry points nor config plugins (but lintnews's own modules); ``--plugin`` modules are
    still loaded. Plugin code runs
    with its ``print()`` sent to standard error; whatever it raises while it is imported
    (even ``SystemExit(0)``) is a failure to load it, never the end of the run.
    """
    from lintnews.plugins import trust

    pm = pluggy.PluginManager("lintnews")
    pm.add_hookspecs(hookspecs)
    names: list[str] = []
    skipped: list[str] = []
    for modname in BUILTIN_PLUGINS:
        pm.register(importlib.import_module(modname), name=modname)
    if autoload is None:
        autoload = not environment.flag(environment.NO_AUTOLOAD)
    # (lintnews's own modules, such as proselint's checks for config `proselint = true`, are
    # options of lintnews, not third-party code: they load even without autoload)
    config_plugins = tuple(m for m in config_plugins if autoload or m.startswith(trust.OWN_PREFIX))
    eps = list(_entry_points()) if autoload else []
    for ep in eps:
        if pm.has_plugin(ep.name):
            continue
        try:
            with trust.plugin_output():
                plugin = ep.load()
        except BaseException as exc:  # any import failure names the plugin
            # Skip it and go on: one broken package must not stop every lint in the repo.
            # The CLI prints this line and exits PLUGIN_FAILURE (3) after linting.
            line = _contained(f"failed to load plugin {ep.name!r} ({ep.value}), skipped")(exc)
            if line is None:
                raise
            skipped.append(line)
            continue
        pm.register(plugin, name=ep.name)
        names.append(ep.name)
    installed = {ep.name for ep in eps} | {ep.value.partition(":")[0].strip() for ep in eps}
    for modname in config_plugins:
        if modname in installed or pm.has_plugin(modname):
            continue  # an installed plugin: loaded above (or named as failing to load)
        if not modname.startswith(trust.OWN_PREFIX) and not trust_config:
            raise PluginError(trust.refusal(modname))
        directory = str(Path(config_path).resolve().parent) if config_path else os.getcwd()
        _register_module(pm, names, modname, partial(trust.import_from, modname, directory))
    for modname in extra_plugins:
        _register_module(pm, names, modname, partial(trust.import_cli_plugin, modname))
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(f"plugin {exc.plugin!r} has a misspelled hook: {exc}") from None
    return pm, names, skipped


def idle_plugins(pm: pluggy.PluginManager, names: Iterable[str]) -> list[str]:
    """A warning for each plugin that registered no lintnews hook (``--plugin os.path``, a
    typo'd module, hooks without ``@lintnews.hookimpl``): it loads and adds nothing, which
    the user should hear of (as flake8 says a plugin "did not register"); the run goes on."""
    return [f"warning: plugin {name!r} registered no lintnews hook (no function marked "
            f"@lintnews.hookimpl): it adds nothing to the run"
            for name in names if not pm.get_hookcallers(pm.get_plugin(name))]


def _register_module(pm: pluggy.PluginManager, names: list[str], modname: str,
                     load: Callable[[], Any]) -> None:
    """Import a plugin module named by the user (``--plugin``) or a trusted config; any failure,
    even ``SystemExit`` at import, is a :class:`PluginError` (one line, exit 2)."""
    if pm.has_plugin(modname):
        return
    from lintnews.plugins import trust

    try:
        with trust.plugin_output():
            plugin = load()
    except BaseException as exc:  # even SystemExit(0) must not end the run as a success
        line = _contained(f"failed to load plugin {modname!r}")(exc)
        if line is None:
            raise
        raise PluginError(line) from None
    pm.register(plugin, name=modname)
    names.append(modname)


def _call(pm: pluggy.PluginManager, hook_name: str, register_factory: Callable[[str], Callable]) -> None:
    """Call a ``register``-style hook once per plugin, telling each callback who registers."""
    from lintnews.plugins import trust

    hook = getattr(pm.hook, hook_name)
    for impl in hook.get_hookimpls():
        plugin_name = impl.plugin_name
        try:
            with trust.plugin_output():
                impl.function(register=register_factory(plugin_name))
        except LintnewsError:
            raise
        except BaseException as exc:  # even SystemExit: one line, exit 2
            line = _contained(f"plugin {plugin_name!r} failed in {hook_name}")(exc)
            if line is None:
                raise
            raise PluginError(line) from None


def _holder(rule: Rule) -> str:
    """Who defined ``rule`` first, for a duplicate id: its pack, or the plugin that registered it
    (a plugin's rules come before every pack, so without this the message blamed the pack)."""
    source = getattr(rule, "source", None)
    if source:
        return f"already defined in {source}"
    return f"already registered by plugin {getattr(rule, 'plugin', None) or 'lintnews'!r}"


def _check_name(plugin: str, kind: str, name: object, fn: object, taken: dict, owners: dict[str, str]) -> None:
    """A context, reader or format a plugin registers: a non-empty name no other plugin took,
    and something to call. (A format named 5 was "internal error ... a bug in lintnews" at
    ``--help``; a second ``json`` or ``plain`` silently replaced lintnews's own.)"""
    if not isinstance(name, str) or not name.strip():
        raise PluginError(f"plugin {plugin!r}: {kind} name must be a non-empty string, not {name!r}")
    if name in taken:
        raise PluginError(f"plugin {plugin!r}: {kind} {name!r} is already registered by plugin "
                          f"{owners.get(name, 'lintnews')!r}")
    if not callable(fn):
        raise PluginError(f"plugin {plugin!r}: {kind} {name!r}: {fn!r} is not callable")


def _extensions(plugin: str, name: str, extensions: object) -> tuple[str, ...]:
    """A reader's file extensions, as lower case (``(".md", ".markdown")``); a lone string was
    read letter by letter ('.', 'x', ...), and ``"md"`` without its dot matched no file."""
    if isinstance(extensions, str) or not isinstance(extensions, (tuple, list)) or not all(
            isinstance(e, str) and (e == "" or (e.startswith(".") and len(e) > 1)) for e in extensions):
        raise PluginError(f"plugin {plugin!r}: reader {name!r}: extensions must be a tuple of strings "
                          f"such as ('.md', '.markdown'), not {extensions!r}")
    return tuple(e.lower() for e in extensions)


def _pack_path(plugin: str, path: object) -> str:
    """The path of a rule pack a plugin registers: a non-empty string or ``os.PathLike``.
    (``register("")`` was "'.': rule pack is a directory" and ``register(5)`` "5: rule pack
    not found", neither naming the plugin nor what was wrong with the value.)"""
    value = os.fspath(path) if isinstance(path, os.PathLike) else path
    if not isinstance(value, str):
        raise PluginError(f"plugin {plugin!r}: a rule pack must be registered as the path of a .toml "
                          f"file (a str or pathlib.Path), not {type(path).__name__} {path!r}")
    if not value.strip():
        raise PluginError(f"plugin {plugin!r}: a rule pack registered with an empty path "
                          f"(register the path of a .toml file)")
    return value


def _plugins_pack(path: str, plugin: str, load: Callable[[str, str], list]) -> list:
    """The rules of a pack; the problems of a pack a third-party plugin registered name that
    plugin (its path may be relative to a working directory the plugin did not foresee)."""
    try:
        return load(path, plugin)
    except RulePackError as exc:
        if plugin in BUILTIN_PLUGINS or plugin == "config":
            raise
        lines = str(exc).splitlines() or [""]
        raise RulePackError("\n".join(f"plugin {plugin!r}: {line}" for line in lines)) from None


def load_registry(
    extra_plugins: Iterable[str] = (),
    extra_packs: Iterable[str | Path] = (),
    *,
    autoload: bool | None = None,
    config_plugins: Iterable[str] = (),
    config_path: str | None = None,
    trust_config: bool = False,
) -> Registry:
    """Load every plugin and pack; raises :class:`LintnewsError` subclasses on failure.

    ``extra_plugins`` come from the command line, ``config_plugins`` from the config file at
    ``config_path`` (see :func:`make_manager` for what each may import)."""
    from lintnews.packs.loader import load_pack

    pm, names, skipped = make_manager(extra_plugins, autoload=autoload, config_plugins=config_plugins,
                                      config_path=config_path, trust_config=trust_config)
    reg = Registry(plugin_names=names, load_errors=skipped, load_warnings=idle_plugins(pm, names))
    contexts_by: dict[str, str] = {}  # context name -> the plugin that registered it

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
            reg.pack_paths.append((_pack_path(plugin, path), plugin))
        return register

    def context_registrar(plugin: str) -> Callable:
        def register(name: str, judge: Callable) -> None:
            _check_name(plugin, "context", name, judge, reg.contexts, contexts_by)
            reg.contexts[name] = judge
            contexts_by[name] = plugin
        return register

    def reader_registrar(plugin: str) -> Callable:
        def register(name: str, extensions: tuple[str, ...], read: Callable, options: tuple[str, ...] = ()) -> None:
            _check_name(plugin, "reader", name, read, reg.readers, {n: r.plugin for n, r in reg.readers.items()})
            exts = _extensions(plugin, name, extensions)
            for other in reg.readers.values():
                taken = set(exts) & set(other.extensions)
                if taken:
                    raise PluginError(f"plugin {plugin!r}: reader {name!r}: extension {sorted(taken)[0]!r} is "
                                      f"already read by reader {other.name!r} of plugin {other.plugin!r}")
            reg.readers[name] = ReaderSpec(name, exts, read, plugin, tuple(options))
        return register

    def formatter_registrar(plugin: str) -> Callable:
        def register(name: str, factory: Callable) -> None:
            _check_name(plugin, "format", name, factory, reg.formatters, reg.formatter_plugins)
            reg.formatters[name] = factory
            reg.formatter_plugins[name] = plugin
        return register

    _call(pm, "lintnews_register_rules", rule_registrar)
    _call(pm, "lintnews_register_rule_packs", pack_registrar)
    _call(pm, "lintnews_register_contexts", context_registrar)
    _call(pm, "lintnews_register_readers", reader_registrar)
    _call(pm, "lintnews_register_formatters", formatter_registrar)
    for path in extra_packs:
        reg.pack_paths.append((str(path), "config"))

    for path, plugin in reg.pack_paths:
        for rule in _plugins_pack(path, plugin, load_pack):
            if rule.id in reg.rules:
                raise RulePackError(f"{path}: duplicate rule id {rule.id!r} ({_holder(reg.rules[rule.id])})")
            if rule.context not in reg.contexts:
                known = ", ".join(sorted(reg.contexts))
                raise RulePackError(
                    f"{path}: rule {rule.id}.context: unknown context {rule.context!r} (known: {known})"
                )
            reg.rules[rule.id] = rule
    return reg
