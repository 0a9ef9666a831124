"""The stable Python API: lint strings from a program (a CMS hook, a notebook, a Dask task).

    import lintnews

    lintnews.lint_text("Critics say the plan is widely believed to be a sham.")

    linter = lintnews.Linter(config={"select": ["unattributed-claim"]})
    for article in articles:
        for d in linter.lint(article.body, path=article.id, fmt="markdown"):
            print(d.line, d.column, d.rule, d.message)

Why a linter object: building one loads the plugins and rule packs, validates the
config and compiles the matcher (a few hundred milliseconds); linting one article then
takes about a millisecond per kilobyte. ``lint_text`` builds a linter per call unless
it can reuse the default one (no config, no options).

Guarantees (README "Python API" repeats them; ``tests/test_api.py`` checks them):

- **Config.** ``config`` is ``None`` (the defaults: no file is searched for, so the
  result does not depend on the working directory), a path to a ``.lintnews.toml`` or
  a ``pyproject.toml`` with ``[tool.lintnews]``, a ``dict`` with the same keys as that
  table (``rule_packs`` relative to the working directory), a
  :class:`lintnews.config.config.Config`, or :data:`DISCOVER` (the command line's
  behaviour: the nearest config file above each ``path``). ``select``, ``ignore`` and
  ``profile`` beat the config, as the command-line options do.
- **Errors.** Everything raised is a :class:`lintnews.model.errors.LintnewsError`
  subclass with a one-line message: :class:`ConfigError` (bad config, unknown rule
  code, unknown format or profile), :class:`RulePackError`, :class:`PluginError`,
  :class:`InputError` (a text that is not a ``str``, too deeply nested or too large),
  :class:`InternalError` (a bug in lintnews or in a reader plugin). A *rule* that fails
  does not raise: it becomes one ``error`` diagnostic (rule ``lintnews/rule-failure``)
  and :attr:`LintResult.failed` is set, as on the command line (exit 3).
- **Determinism.** The same text, path, format, config and lintnews version give the
  same diagnostics in the same order (by line, column, end, rule), in any process and
  on any machine; nothing depends on earlier calls. The one exception is a rule that
  overruns its time budget (``LINTNEWS_RULE_BUDGET``), which is reported when it does.
- **Threads.** A linter may be shared between threads: calls are serialised by a lock
  (linting is pure Python and holds the GIL, so threads would not lint in parallel
  anyway). For parallelism use processes: a linter pickles as its settings and is
  rebuilt once per process on the other side (a ``multiprocessing`` or Dask worker).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lintnews.config.config import PROFILES, CliOptions, Config, Resolver, load_config, parse_config
from lintnews.execution.runner import lint_source
from lintnews.model.diagnostic import Diagnostic, Severity
from lintnews.model.errors import (
    ConfigError,
    InputError,
    InternalError,
    LintnewsError,
    internal_error_line,
)
from lintnews.plugins.registry import Registry, load_registry
from lintnews.readers.source import SourceMap

__all__ = ["DISCOVER", "FORMAT_ALIASES", "LintResult", "Linter", "lint_text", "prepare_workers"]

# what ``fmt`` accepts besides the reader names (text, markdown, html and plugins' own)
FORMAT_ALIASES = {"plain": "text", "txt": "text", "md": "markdown", "htm": "html"}
AUTO = "auto"  # fmt="auto": by the extension of ``path``, as the command line does
DICT_CONFIG = "<config dict>"  # the "file" a dict config is reported under
_AS_PATH: Any = object()  # check(config_path=...) not given: the config is the path's


class _Discover:
    """The type of :data:`DISCOVER` (a sentinel that pickles as itself)."""

    def __repr__(self) -> str:
        return "lintnews.DISCOVER"

    def __reduce__(self) -> str:
        return "DISCOVER"


DISCOVER = _Discover()
"""``config=DISCOVER``: each text gets the config found by walking up from its ``path``."""


@dataclass(frozen=True)
class LintResult:
    """One text's diagnostics and what a formatter or an editor needs besides them."""

    path: str
    diagnostics: list[Diagnostic]
    source_map: SourceMap | None = field(default=None, repr=False)  # lines of the text, for display
    failed: bool = False  # a plugin's rule failed on this text (an ``error`` diagnostic names it)
    threshold: Severity = Severity.WARNING  # the config's ``fail_on``


@dataclass(frozen=True)
class _Spec:
    """What a linter is built from: hashable (a per-process cache key) and picklable."""

    config: Any  # Config, None or DISCOVER
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    profile: str | None = None
    plugins: tuple[str, ...] = ()
    rule_packs: tuple[str, ...] = ()
    entry_points: bool = False


_BUILT: dict[_Spec, Linter] = {}  # linters rebuilt from a pickle, one per spec per process
_BUILT_LOCK = threading.Lock()


def _names(value: object, name: str, what: str, paths: bool = False) -> tuple[Any, ...]:
    """A list option of the API as a tuple: one string (or path) is one name, not its letters;
    anything else that is not a list of them is a :class:`ConfigError`, not a ``TypeError``."""
    if value is None:
        return ()
    kinds: tuple[type, ...] = (str, os.PathLike) if paths else (str,)
    if isinstance(value, kinds):
        return (value,)
    if not isinstance(value, (list, tuple, set, frozenset)) or not all(isinstance(v, kinds) for v in value):
        raise ConfigError(f"{name}: must be {what}, not {value!r}")
    return tuple(value)


def _codes(value: str | tuple[str, ...] | list[str] | None, name: str) -> tuple[str, ...]:
    """``select=``/``ignore=``: codes, comma-separated or not (``""`` or ``[""]``: "an empty rule
    code", as on the command line and in a config; ``None`` is the default)."""
    from lintnews.config.codes import split_codes

    return split_codes(_names(value, name, "rule ids or categories (strings)"), name)


def _as_config(config: object) -> Any:
    """``config=`` as a :class:`Config`, ``None`` (defaults) or :data:`DISCOVER`."""
    if config is None or config is DISCOVER or isinstance(config, Config):
        return config
    if isinstance(config, Mapping):
        return parse_config(dict(config), DICT_CONFIG)
    if isinstance(config, (str, os.PathLike)):
        if not os.fspath(config):  # (was ".: config file is a directory")
            raise ConfigError("config: the path is empty (None for the defaults, lintnews.DISCOVER to search)")
        return load_config(os.fspath(config), explicit=True)
    raise ConfigError(f"config: expected a path, a dict, a Config or lintnews.DISCOVER, "
                      f"not {type(config).__name__}")


class Linter:
    """Lints many texts with one configuration; built once (plugins, config, engine).

    See the module docstring for what ``config`` accepts and what is guaranteed.
    ``plugins`` are modules to load (``--plugin``), ``rule_packs`` extra TOML packs
    (``--rule-pack``); ``entry_points=True`` also loads installed entry-point plugins
    (``None``: as the command line does, unless ``LINTNEWS_DISABLE_PLUGIN_AUTOLOAD`` is
    set; off by default here, so that what a program gets does not change with what else
    is installed). It is decided here, once: a worker rebuilding the linter loads the same.
    """

    _spec: _Spec | None  # (None: built from a resolver, see from_resolver; it cannot be pickled)
    _resolver: Resolver
    _discover: bool
    _lock: threading.Lock

    def __init__(
        self,
        config: Any = None,
        *,
        select: str | tuple[str, ...] | list[str] | None = None,
        ignore: str | tuple[str, ...] | list[str] | None = None,
        profile: str | None = None,
        plugins: tuple[str, ...] | list[str] = (),
        rule_packs: tuple[str, ...] | list[str] = (),
        entry_points: bool | None = False,
    ) -> None:
        from lintnews.util import environment

        environment.check_environment()  # (a bad LINTNEWS_* value: ConfigError naming it)
        if entry_points not in (True, False, None):  # ("no" is true)
            raise ConfigError(f"entry_points: must be True, False or None, not {entry_points!r}")
        if entry_points is None:  # as the command line: unless LINTNEWS_DISABLE_PLUGIN_AUTOLOAD is set
            entry_points = not environment.flag(environment.NO_AUTOLOAD)
        spec = _Spec(_as_config(config), _codes(select, "select"), _codes(ignore, "ignore"), profile,
                     _names(plugins, "plugins", "module names (strings)"),
                     tuple(os.path.abspath(os.fspath(p))
                           for p in _names(rule_packs, "rule_packs", "paths of TOML packs", paths=True)),
                     entry_points)
        self._build(spec)

    @classmethod
    def _from_spec(cls, spec: _Spec) -> Linter:
        linter = cls.__new__(cls)
        linter._build(spec)
        return linter

    @classmethod
    def from_resolver(cls, resolver: Resolver) -> Linter:
        """A linter over a resolver the command line or the language server already built
        (their options, registry and caches): they lint through the same code path."""
        linter = cls.__new__(cls)
        linter._spec = None
        linter._resolver = resolver
        linter._discover = resolver.discovers
        linter._lock = threading.Lock()
        return linter

    def _build(self, spec: _Spec) -> None:
        if spec.profile is not None and spec.profile not in PROFILES:
            raise ConfigError(f"profile: must be one of {', '.join(PROFILES)} (got {spec.profile!r})")
        self._spec = spec
        self._lock = threading.Lock()
        cli = CliOptions(select=spec.select, ignore=spec.ignore, profile=spec.profile,
                         plugins=spec.plugins, packs=spec.rule_packs, no_plugins=not spec.entry_points)
        base = load_registry(spec.plugins, spec.rule_packs, autoload=spec.entry_points)
        self._discover = spec.config is DISCOVER
        if self._discover:
            self._resolver = Resolver(cli, base)
        else:
            self._resolver = Resolver.fixed(spec.config or Config(), cli, base)
            self._resolver.for_path(None)  # the config's codes are checked and the engine built now
        unknown = self._resolver.unknown_cli_codes()
        if unknown:
            raise ConfigError(unknown[0].replace("--", "", 1))

    def __reduce__(self) -> tuple:
        if self._spec is None:
            raise TypeError("a Linter built from a resolver cannot be pickled")
        return _rebuild, (self._spec,)

    @property
    def registry(self) -> Registry:
        """The plugins, rules, readers and formatters this linter runs with."""
        return self._resolver.for_path(None).engine.registry if not self._discover else (
            self._resolver.base_registry or self._resolver.registry_for(Config()))

    @property
    def load_errors(self) -> list[str]:
        """Entry-point plugins that failed to import (skipped; the command line exits 3)."""
        reg = self._resolver.base_registry
        return list(reg.load_errors) if reg is not None else []

    def reader_name(self, fmt: str | None, path: str) -> str | None:
        """The reader for ``fmt`` (``None``: by the extension of ``path``); a ConfigError names
        the formats there are."""
        if fmt is None or fmt == AUTO:
            return None
        name = FORMAT_ALIASES.get(fmt.lower(), fmt.lower()) if isinstance(fmt, str) else fmt
        readers = self.registry.readers
        if name not in readers:
            known = sorted({*readers, *FORMAT_ALIASES, AUTO})
            raise ConfigError(f"unknown format {fmt!r} (known: {', '.join(known)})")
        return name

    def check(self, text: str, *, path: str = "-", fmt: str | None = "plain", jobs: int = 1,
              config_path: Any = _AS_PATH) -> LintResult:
        """Lint ``text`` reported under ``path``; the diagnostics and what else a report needs.

        ``fmt``: ``plain`` (or ``text``), ``markdown``, ``html``, a reader plugin's name, or
        ``auto``/``None`` for the extension of ``path``. ``jobs`` > 1 lets a very large text
        be linted on that many cores (the command line's ``-j`` for one big file).
        ``config_path``: where the config search starts with :data:`DISCOVER` and what
        ``per_path_ignores`` match (default: ``path``; ``None``: the working directory, for
        a text that is no file, such as an editor's unsaved buffer).
        """
        if not isinstance(text, str):
            raise InputError(f"{path}: the text must be a str, not {type(text).__name__}")
        if not isinstance(path, str):
            raise InputError(f"path must be a str, not {type(path).__name__}")
        reader = self.reader_name(fmt, path)
        with self._lock:
            # (a fixed config still applies its per_path_ignores to ``path``)
            where = path if config_path is _AS_PATH else config_path
            eff = self._resolver.for_path(where if where != "-" else None)
            engine = eff.engine
            # (the engine's flag is sticky for the command line, which reads it at the end:
            # this text's failure is measured, and the flag left set if it was)
            before, engine.failed = engine.failed, False
            try:
                result = lint_source(engine, text, path, reader, path, jobs=jobs)
            except LintnewsError:
                raise
            except RecursionError:
                raise InputError(f"{path}: too deeply nested to lint") from None
            except MemoryError:
                raise InputError(f"{path}: too large to lint in the memory available") from None
            except Exception as exc:  # a bug is still one line, a LintnewsError
                raise InternalError(f"{path}: {internal_error_line(exc, 'linting it')}") from exc
            finally:
                failed = engine.failed
                engine.failed = before or failed
        return LintResult(result.path, result.diagnostics, result.source_map, failed, eff.threshold)

    def lint(self, text: str, *, path: str = "-", fmt: str | None = "plain") -> list[Diagnostic]:
        """The diagnostics of ``text``, sorted by position (see :meth:`check`)."""
        return self.check(text, path=path, fmt=fmt).diagnostics


def _rebuild(spec: _Spec) -> Linter:
    """A pickled linter on the other side: built once per process and spec."""
    with _BUILT_LOCK:
        linter = _BUILT.get(spec)
        if linter is None:
            linter = _BUILT[spec] = Linter._from_spec(spec)
        return linter


def prepare_workers(linter: Linter) -> None:
    """Before forking worker processes: register ``linter`` as the one its pickle rebuilds to,
    and build what every worker would otherwise build for itself, so forked workers inherit
    it (a spawned worker or a Dask worker still builds its own, once)."""
    from lintnews.execution.split import prepare_for_fork

    if linter._spec is not None:
        with _BUILT_LOCK:
            _BUILT.setdefault(linter._spec, linter)
    prepare_for_fork(linter._resolver.engines)


_DEFAULT: Linter | None = None
_DEFAULT_LOCK = threading.Lock()


_OPTIONS = frozenset(("select", "ignore", "profile", "plugins", "rule_packs", "entry_points"))


def lint_text(text: str, *, path: str = "-", fmt: str | None = "plain", config: Any = None,
              **options: Any) -> list[Diagnostic]:
    """Lint one string: the diagnostics sorted by position.

    ``config`` and ``options`` (``select``, ``ignore``, ``profile``, ``plugins``,
    ``rule_packs``, ``entry_points``) are :class:`Linter`'s. With neither, a default linter
    is built on the first call and reused; otherwise each call builds one, so build a
    :class:`Linter` yourself to lint many texts.
    """
    global _DEFAULT
    unknown = sorted(set(options) - _OPTIONS)
    if unknown:  # (was a TypeError naming Linter.__init__, which the caller never called)
        raise ConfigError(f"lint_text: unknown option {unknown[0]!r} (known: {', '.join(sorted(_OPTIONS))})")
    if config is None and not options:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = Linter()
            linter = _DEFAULT
    else:
        linter = Linter(config, **options)
    return linter.lint(text, path=path, fmt=fmt)
