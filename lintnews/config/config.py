"""Configuration files: ``[tool.lintnews]`` in ``pyproject.toml`` or a ``.lintnews.toml``.

A newsroom keeps its house style in the repository, next to the drafts, with no
Python: which rules run and how loud, extra rule packs, accepted and rejected
words. The config for a file is found by walking up from the file's directory;
the nearest one wins (``.lintnews.toml`` before ``pyproject.toml`` in the same
directory, and a ``pyproject.toml`` without a ``[tool.lintnews]`` table does
not count). ``--config FILE`` replaces discovery for every file.

The schema is closed, like the rule packs': an unknown key, a bad value or a
missing pack is a :class:`ConfigError` whose one line names the file and the
key, so a typo never silently changes what is linted.

Command-line options beat the file: ``--select`` replaces ``select``,
``--ignore`` adds to ``ignore``, ``--fail-on``, ``--min-severity`` and ``--profile`` replace theirs,
``--plugin`` and ``--rule-pack`` add to ``plugins`` and ``rule_packs``, ``--exclude`` to
``exclude``.
"""

from __future__ import annotations

import fnmatch
import os
import posixpath
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from lintnews.config.codes import EMPTY_CODE, split_codes, unknown_code
from lintnews.config.discovery import CONFIG_FILES, Walk, find_config_file, resolved_path  # noqa: F401 - re-exported
from lintnews.engine.engine import Engine, Settings
from lintnews.engine.filters import PLAIN_MARKS
from lintnews.model.diagnostic import Severity
from lintnews.model.errors import ConfigError, LintnewsError
from lintnews.packs.loader import parse_pack
from lintnews.packs.model import PackRule
from lintnews.plugins.registry import Registry, load_registry
from lintnews.plugins.trust import config_plugins_allowed
from lintnews.util.tomlfile import read_toml

KEYS = (
    "select", "ignore", "severity", "fail_on", "min_severity", "rule_packs", "plugins", "per_path_ignores",
    "accept", "reject", "profile", "proselint", "html_scope", "exclude",
)
PROSELINT_PLUGIN = "lintnews.integrations.proselint_plugin"  # `proselint = true` runs proselint's checks too
PROFILES = ("news", "opinion")
HTML_SCOPES = ("article", "page")  # (lintnews.readers.html.SCOPES, without importing the reader)
REJECT_RULE = "house/reject"
REJECT_KEYS = {"term", "message", "suggestion"}
REJECT_MESSAGE = "'{match}' is on the house reject list."


@dataclass(frozen=True)
class Config:
    """One configuration file, validated. Hashable, so engines can be cached per config.

    ``path`` is the file it came from (``None``: no file, the defaults);
    ``rule_packs`` are absolute paths (they are written relative to the file).
    """

    path: str | None = None
    table: str = ""  # "tool.lintnews" for pyproject.toml, "" for .lintnews.toml
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    fail_on: Severity | None = None
    min_severity: Severity | None = None
    rule_packs: tuple[str, ...] = ()
    plugins: tuple[str, ...] = ()
    per_path_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    accept: tuple[str, ...] = ()
    reject: tuple[tuple[str, str | None, str | None], ...] = ()  # (term, message, suggestion)
    profile: str | None = None
    html_scope: str | None = None
    exclude: tuple[str, ...] = ()  # globs, relative to the config's directory

    @property
    def root(self) -> Path:
        """Directory that ``per_path_ignores`` and ``exclude`` globs and ``rule_packs`` paths are relative to."""
        return Path(self.path).resolve().parent if self.path else Path.cwd()

    def where(self, key: str) -> str:
        """``file: key`` prefix of an error about ``key``."""
        full = f"{self.table}.{key}" if self.table else key
        return f"{self.path}: {full}"


# -- reading and validating ------------------------------------------------------------


def _str_list(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _globs(value: object, where: str) -> tuple[str, ...]:
    """Globs: a list of strings, or one comma-separated string, as ``select`` takes codes
    (flake8's ``exclude = a,b`` reads so); an empty glob (``"a,,b"``, ``""``) is an error."""
    if isinstance(value, str):
        value = value.split(",")
        if not all(v.strip() for v in value):
            raise ConfigError(f"{where}: an empty glob in a comma-separated string")
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: must be a list of globs (non-empty strings) or one comma-separated string")
    return tuple(v.strip() for v in value)


def _codes(value: object, where: str) -> tuple[str, ...]:
    """Rule ids or categories: a list of strings, or one comma-separated string (an empty code:
    "an empty rule code", as ``--select ""`` says)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: must be a list of rule ids or categories (strings)")
    return split_codes(value, where)


def _severity(value: object, where: str) -> Severity:
    try:
        return Severity.parse(value) if isinstance(value, str) else Severity.parse(repr(value))
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _unknown_key(cfg: Config, data: dict[str, Any], key: str, table: str) -> str:
    """The line for an unknown key, with what was meant when it can be told: a ``[tool.lintnews]``
    table pasted from a ``pyproject.toml`` into a ``.lintnews.toml``, or a misspelt key."""
    from difflib import get_close_matches

    tool = data.get(key)
    if key == "tool" and not table and isinstance(tool, dict) and "lintnews" in tool:
        return (f"{cfg.where(key)}: unknown key: in .lintnews.toml the keys go at the top level, "
                f"without [tool.lintnews] (that table is for pyproject.toml)")
    near = get_close_matches(str(key), KEYS, n=1, cutoff=0.7)
    hint = f"did you mean {near[0]!r}? " if near else ""
    return f"{cfg.where(key)}: unknown key ({hint}known: {', '.join(KEYS)})"


def parse_config(data: dict[str, Any], path: str, table: str = "") -> Config:
    """Validate a config table (raises :class:`ConfigError` naming the file and key)."""
    cfg = Config(path=path, table=table)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: {table or 'top level'}: must be a table")
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ConfigError(_unknown_key(cfg, data, unknown[0], table))
    values: dict[str, Any] = {}
    if "select" in data:
        values["select"] = _codes(data["select"], cfg.where("select"))
    if "ignore" in data:
        values["ignore"] = _codes(data["ignore"], cfg.where("ignore"))
    if "severity" in data:
        sev = data["severity"]
        if not isinstance(sev, dict):
            raise ConfigError(f"{cfg.where('severity')}: must be a table of rule id or category = severity")
        if any(not code.strip() for code in sev):
            raise ConfigError(f"{cfg.where('severity')}: {EMPTY_CODE} (give a rule id or category = severity)")
        values["severity"] = tuple(
            (code, _severity(level, cfg.where(f"severity.{code}"))) for code, level in sev.items()
        )
    if "fail_on" in data:
        values["fail_on"] = _severity(data["fail_on"], cfg.where("fail_on"))
    if "min_severity" in data:
        values["min_severity"] = _severity(data["min_severity"], cfg.where("min_severity"))
    if "profile" in data:
        prof = data["profile"]
        if prof not in PROFILES:
            raise ConfigError(f"{cfg.where('profile')}: must be one of {', '.join(PROFILES)} (got {prof!r})")
        values["profile"] = prof
    if "html_scope" in data:
        scope = data["html_scope"]
        if scope not in HTML_SCOPES:
            raise ConfigError(f"{cfg.where('html_scope')}: must be one of {', '.join(HTML_SCOPES)} (got {scope!r})")
        values["html_scope"] = scope
    if "plugins" in data:
        values["plugins"] = _str_list(data["plugins"], cfg.where("plugins"))
    if "proselint" in data:
        if not isinstance(data["proselint"], bool):
            raise ConfigError(f"{cfg.where('proselint')}: must be true or false")
        if data["proselint"]:
            values["plugins"] = (*values.get("plugins", ()), PROSELINT_PLUGIN)
    if "rule_packs" in data:
        packs = []
        for name in _str_list(data["rule_packs"], cfg.where("rule_packs")):
            p = resolved_path(cfg.root / name)  # (a symlink loop: reported below as unreadable)
            kind = file_kind(p)
            if kind == "missing":
                raise ConfigError(f"{cfg.where('rule_packs')}: rule pack {name!r} not found (looked at {p})")
            if kind != "file":
                raise ConfigError(f"{cfg.where('rule_packs')}: rule pack {name!r} is {kind}, not a TOML file")
            packs.append(str(p))
        values["rule_packs"] = tuple(packs)
    if "per_path_ignores" in data:
        ppi = data["per_path_ignores"]
        if not isinstance(ppi, dict):
            raise ConfigError(f"{cfg.where('per_path_ignores')}: must be a table of glob = [codes]")
        values["per_path_ignores"] = tuple(
            (glob, _codes(codes, cfg.where(f"per_path_ignores.{glob!r}"))) for glob, codes in ppi.items()
        )
    if "accept" in data:
        values["accept"] = _str_list(data["accept"], cfg.where("accept"))
    if "exclude" in data:
        values["exclude"] = _globs(data["exclude"], cfg.where("exclude"))
    if "reject" in data:
        values["reject"] = tuple(_reject_entries(data["reject"], cfg.where("reject")))
    return replace(cfg, **values)


def _reject_entries(value: object, where: str) -> Iterator[tuple[str, str | None, str | None]]:
    if not isinstance(value, list):
        raise ConfigError(f"{where}: must be a list of words or {{term, message, suggestion}} tables")
    for i, entry in enumerate(value):
        if isinstance(entry, str) and entry.strip():
            yield " ".join(entry.split()), None, None
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("term"), str) or not entry["term"].strip():
            raise ConfigError(f"{where}[{i}]: must be a word or a table with a 'term' string")
        unknown = sorted(set(entry) - REJECT_KEYS)
        if unknown:
            raise ConfigError(f"{where}[{i}]: unknown key {unknown[0]!r} (known: term, message, suggestion)")
        for key in ("message", "suggestion"):
            if key in entry and not isinstance(entry[key], str):
                raise ConfigError(f"{where}[{i}].{key}: must be a string")
        yield " ".join(entry["term"].split()), entry.get("message"), entry.get("suggestion")


def load_config(path: str | Path, *, explicit: bool = False) -> Config | None:
    """Read one config file. A ``pyproject.toml`` without ``[tool.lintnews]`` gives ``None``
    (or an error when the user named it with ``--config``)."""
    p = Path(path)
    kind = file_kind(p)
    if kind not in ("file", "missing"):
        raise ConfigError(f"{p}: config file is {kind}, not a TOML file")
    data = read_toml(p, ConfigError, "config file")
    if p.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "lintnews" not in tool:
            if explicit:
                raise ConfigError(f"{p}: no [tool.lintnews] table")
            return None
        return parse_config(tool["lintnews"], str(p), "tool.lintnews")
    return parse_config(data, str(p))


def file_kind(path: str | Path) -> str:
    """``"file"`` for a regular file, ``"missing"``, or what else it is ("a directory",
    "a character device"...): a config or pack path that is ``/dev/zero`` must say so,
    not "not found", and must never be read (it has no end)."""
    import stat

    from lintnews.util.tomlfile import kind_of

    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if os.path.islink(path):
            return f"a broken symbolic link (to {os.readlink(path)!r})"
        return "missing"
    except OSError as exc:
        return f"unreadable ({exc.strerror or exc})"
    return "file" if stat.S_ISREG(mode) else kind_of(mode)


# -- from config to engine -------------------------------------------------------------


def reject_rule(cfg: Config) -> PackRule:
    """The generated rule ``house/reject`` for the config's reject list (a one-rule pack)."""
    terms = []
    for term, message, suggestion in cfg.reject:
        entry: dict[str, Any] = {"term": term}
        if message:
            entry["message"] = message
        if suggestion:
            entry["suggestion"] = suggestion
        terms.append(entry)
    first = cfg.reject[0][0]
    pack = {"rules": [{
        "id": REJECT_RULE,
        "severity": "warning",
        "summary": "Words the house style rejects (the config's reject list).",
        "rationale": f"The newsroom's style guide rules these words out (reject in {cfg.path}).",
        "message": REJECT_MESSAGE,
        "terms": terms,
        "inflect": True,
        "examples": {"trigger": [f"The {first} was mentioned."], "no_trigger": []},
    }]}
    rule = parse_pack(pack, cfg.where("reject"), "config")[0]
    rule.plugin = "config"
    return rule


def _accepted_forms(word: str) -> tuple[str, ...]:
    """An accepted word and its inflections ("slam" accepts slams, slammed, slamming)."""
    from lintnews.language.forms import FormsUnavailable, forms

    try:
        return (*forms(word), word)
    except FormsUnavailable:
        return (word,)


def accepted_words(accept: Iterable[str]) -> frozenset[str]:
    """The house's accepted words as the filters stage compares them: lower case, with their
    inflections, curly apostrophes and non-breaking hyphens plain (see
    :func:`lintnews.engine.filters.accepted`)."""
    return frozenset(f.lower().translate(PLAIN_MARKS) for a in accept for f in _accepted_forms(a))


def _glob_matches(places: tuple[Path, ...], root: Path, glob: str) -> bool:
    """Does ``glob`` (relative to ``root``, or absolute) match the file or a directory above it?
    ``places`` are the file's absolute path as walked, then resolved: the path as walked is
    matched first, as ``.gitignore`` does, so that a symbolic link in an excluded directory (a
    broken one too) is excluded with it. A glob spelt as a path is read as one: ``./drafts`` and
    ``../desk/drafts`` are made plain against ``root`` and a trailing slash (``drafts/``,
    ``.gitignore``'s directory form) matches a directory only, rather than silently matching
    nothing."""
    dir_only = glob.endswith("/") and glob.strip("/") != ""
    if dir_only:
        glob = glob.rstrip("/")
    if glob.startswith("./") or glob.startswith("../") or "/./" in glob or "/../" in glob:
        glob = posixpath.normpath(glob if glob.startswith("/") else f"{root.as_posix()}/{glob}")
    rels = [p.as_posix() for p in places] if glob.startswith("/") else [_below(places, root)]
    deep = glob[3:] if glob.startswith("**/") else None
    for rel in rels:
        parts = rel.split("/")
        for i in range(1, len(parts) if dir_only else len(parts) + 1):
            prefix = "/".join(parts[:i])
            if fnmatch.fnmatchcase(prefix, glob) or (deep is not None and fnmatch.fnmatchcase(prefix, deep)):
                return True
            if "/" not in glob and fnmatch.fnmatchcase(parts[i - 1], glob):
                return True
    return False


def _below(places: tuple[Path, ...], root: Path) -> str:
    """The first of ``places`` below ``root``, relative to it (else the last, absolute)."""
    for p in places:
        try:
            return p.relative_to(root).as_posix()
        except ValueError:
            continue
    return places[-1].as_posix()


class CliOptions:
    """What the command line says; it beats the config file (see the module docstring).

    A plain class, not a dataclass: built at every start-up, see docs/history/speed.md."""

    def __init__(self, select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
                 fail_on: str | None = None, profile: str | None = None,
                 plugins: tuple[str, ...] = (), packs: tuple[str, ...] = (),
                 no_plugins: bool = False, config_file: str | None = None,
                 html_scope: str | None = None, allow_config_plugins: bool = False,
                 min_severity: str | None = None, exclude: tuple[str, ...] = (),
                 force_exclude: bool = False) -> None:
        self.select = select
        self.ignore = ignore
        self.fail_on = fail_on
        self.profile = profile
        self.plugins = plugins
        self.packs = packs
        self.no_plugins = no_plugins
        self.config_file = config_file
        self.html_scope = html_scope
        self.allow_config_plugins = allow_config_plugins  # import any module a config names (lintnews.plugins.trust)
        self.min_severity = min_severity  # the least severity reported (--min-severity)
        self.exclude = exclude  # --exclude: globs relative to the working directory
        self.force_exclude = force_exclude  # exclude applies to files named on the command line too


class Effective:
    """The configuration that applies to one file, and the engine that lints with it.

    A plain class, not a dataclass: built at every start-up, see docs/history/speed.md."""

    def __init__(self, config: Config, engine: Engine, threshold: Severity, settings: Settings,
                 extra_ignores: tuple[str, ...] = ()) -> None:
        self.config = config
        self.engine = engine
        self.threshold = threshold
        self.settings = settings
        self.extra_ignores = extra_ignores


class Resolver:
    """Finds the config of each linted file and builds (and caches) its engine.

    A plain class, not a dataclass: built at every start-up, see docs/history/speed.md."""

    def __init__(self, cli: CliOptions | None = None, base_registry: Registry | None = None) -> None:
        self.cli = CliOptions() if cli is None else cli
        self.base_registry = base_registry  # the registry of the CLI's own plugins and packs
        self._walk = Walk()  # config-file discovery (lintnews.config.discovery)
        self._checked: set[tuple[str | None, int]] = set()  # (config, registry) checked
        self._parents: dict[str, Path] = {}  # see _start
        self._configs: dict[str, Config] = {}
        self._registries: dict[tuple, Registry] = {}
        self._engines: dict[tuple, Engine] = {}
        self._explicit: Config | None = None
        self.failed = False  # a plugin rule failed in a worker process (see lintnews.execution.parallel)
        if self.cli.config_file == "":  # (--config "$TEAM_CONFIG" unset: not "no --config", silently)
            raise ConfigError("--config: the path is empty (omit --config to use the nearest config file)")
        if self.cli.config_file:
            self._explicit = load_config(self.cli.config_file, explicit=True)

    @classmethod
    def fixed(cls, config: Config, cli: CliOptions | None = None,
              base_registry: Registry | None = None) -> Resolver:
        """A resolver that applies ``config`` to every text, with no search for config files
        (the Python API's ``config=``: a dict or a :class:`Config` has no file to start from,
        and a program linting strings must not change behaviour with its working directory)."""
        resolver = cls(cli or CliOptions(), base_registry)
        resolver._explicit = config
        return resolver

    @property
    def discovers(self) -> bool:
        """Does each file get the nearest config file above it (no ``--config``, no fixed
        config)? The API's linter built over this resolver searches as it does."""
        return self._explicit is None

    @property
    def engines(self) -> list[Engine]:
        return list(self._engines.values())

    def config_for(self, path: str | None) -> Config:
        """The config of a linted file (``None`` or ``-``: standard input, from the cwd)."""
        if self._explicit is not None:
            return self._explicit
        start = Path.cwd() if path in (None, "-") else self._start(path)
        found = self._walk.find(start)
        if found is None:
            return Config()
        key = str(found)
        if key not in self._configs:
            cfg = load_config(found)
            self._configs[key] = cfg or Config()
        return self._configs[key]

    def _start(self, path: str) -> Path:
        """Where the config search for ``path`` starts: the real directory of the file (or the
        directory itself).

        A file that is not a symbolic link, named without ``..``, is in the real directory
        of its parent, which is resolved once per directory: resolving each of a thousand
        files (a system call per path component) was most of the time a run spent before
        linting its first file."""
        if ".." not in path and not os.path.islink(path) and not os.path.isdir(path):
            parent = os.path.dirname(os.path.abspath(path))
            found = self._parents.get(parent)
            if found is None:
                found = self._parents[parent] = resolved_path(parent)
            return found
        p = resolved_path(path)
        return p if p.is_dir() else p.parent

    def registry_for(self, cfg: Config) -> Registry:
        key = (cfg.plugins, cfg.rule_packs, cfg.reject, cfg.path if cfg.reject or cfg.plugins else None)
        if key not in self._registries:
            if not cfg.plugins and not cfg.rule_packs and not cfg.reject and self.base_registry:
                reg = self.base_registry
            else:
                try:
                    reg = load_registry(  # (what a config may import: lintnews.plugins.trust)
                        self.cli.plugins, (*self.cli.packs, *cfg.rule_packs),
                        autoload=False if self.cli.no_plugins else None,
                        config_plugins=cfg.plugins, config_path=cfg.path,
                        trust_config=config_plugins_allowed(cfg.path, self.cli.allow_config_plugins),
                    )
                except LintnewsError as exc:
                    raise ConfigError("\n".join(f"{cfg.path}: {line}" for line in str(exc).splitlines())) from None
                if cfg.reject:
                    rule = reject_rule(cfg)
                    if rule.id in reg.rules:
                        raise ConfigError(f"{cfg.where('reject')}: rule id {rule.id!r} already exists")
                    reg.rules[rule.id] = rule
            self._registries[key] = reg
        reg = self._registries[key]
        # every config is checked against its registry, not only the first config that
        # built it: a typo in a second folder's config must not pass because a first
        # folder's config shared the registry
        if (cfg.path, id(reg)) not in self._checked:
            self._check_codes(cfg, reg)
            self._checked.add((cfg.path, id(reg)))
        return reg

    def setting_files(self) -> list[str]:
        """Every config file and rule pack this run has read so far (``--output`` must not
        replace one of them with the report)."""
        files = [c.path for c in (self._explicit, *self._configs.values()) if c is not None and c.path]
        for reg in (self.base_registry, *self._registries.values()):
            if reg is not None:
                files.extend(path for path, _ in reg.pack_paths)
        return list(dict.fromkeys(files))

    @property
    def ignored_configs(self) -> list[str]:
        """One line per config file the walk ignored (another user's, in a shared directory)."""
        return list(self._walk.ignored.values())

    def unknown_cli_codes(self) -> list[str]:
        """One message per ``--select``/``--ignore`` code that no rule of this run matches.

        Checked against every registry the run built (call it after resolving each
        linted file's config), so a code for a rule that only a folder's config loads
        (its packs, ``proselint = true``) is accepted."""
        registries = [*self._registries.values()] or [self.base_registry or self.registry_for(Config())]
        rules = list({id(r): r for reg in registries for r in reg.rules.values()}.values())
        out = []
        for option, codes in (("--select", self.cli.select), ("--ignore", self.cli.ignore)):
            for code in dict.fromkeys(codes):
                problem = unknown_code(code, rules)
                if problem:
                    out.append(f"{option}: {problem}")
        return out

    @staticmethod
    def _check_codes(cfg: Config, reg: Registry) -> None:
        """Every rule id or category the config names must exist: a typo would select nothing."""
        rules = list(reg.rules.values())

        def check(code: str, key: str) -> None:
            problem = unknown_code(code, rules)
            if problem:
                raise ConfigError(f"{cfg.where(key)}: {problem}")

        for code in cfg.select:
            check(code, "select")
        for code in cfg.ignore:
            check(code, "ignore")
        for code, _ in cfg.severity:
            check(code, f"severity.{code}")
        for glob, codes in cfg.per_path_ignores:
            for code in codes:
                check(code, f"per_path_ignores.{glob!r}")

    def per_path_ignores(self, cfg: Config, path: str | None) -> tuple[str, ...]:
        """Codes ignored for this file by the config's globs (relative to the config's
        directory), matched as ``exclude``'s are (:func:`_glob_matches`): a directory's glob
        covers the files below it, a bare name matches at any depth."""
        if not cfg.per_path_ignores or path in (None, "-"):
            return ()
        places = (resolved_path(path),)
        out: list[str] = []
        for glob, codes in cfg.per_path_ignores:
            if _glob_matches(places, cfg.root, glob):
                out.extend(codes)
        return tuple(out)

    def excluded(self, path: str) -> bool:
        """Is a file left out of the run by ``exclude`` (the config's globs, relative to the
        config's directory, and ``--exclude``'s, relative to the working directory)? A glob
        that matches a directory leaves out everything below it; one without a slash matches
        a file or directory name at any depth (as in ``.gitignore``)."""
        if path == "-":
            return False
        cfgs = [self.config_for(path)]
        if os.path.islink(path):  # (its config is its target's; the walk met it where it is)
            cfgs.append(self.config_for(os.path.dirname(os.path.abspath(path))))
        globs = [(cfg.root, g) for cfg in cfgs for g in cfg.exclude]
        if self.cli.exclude:
            cwd = Path.cwd()
            globs += [(cwd, g) for g in self.cli.exclude]
        if not globs:
            return False
        places = (Path(os.path.abspath(path)), resolved_path(path))
        return any(_glob_matches(places, root, glob) for root, glob in globs)

    def for_path(self, path: str | None) -> Effective:
        """The effective config and engine for one linted file."""
        cfg = self.config_for(path)
        reg = self.registry_for(cfg)
        extra = self.per_path_ignores(cfg, path)
        cli = self.cli
        settings = Settings(
            select=cli.select or cfg.select,
            ignore=(*cfg.ignore, *extra, *cli.ignore),
            severity=dict(cfg.severity),
            profile=cli.profile or cfg.profile or "news",
            accept=accepted_words(cfg.accept),
            html_scope=cli.html_scope or cfg.html_scope or "article",
            min_severity=Severity.parse(cli.min_severity) if cli.min_severity else (cfg.min_severity or Severity.INFO),
        )
        threshold = Severity.parse(cli.fail_on) if cli.fail_on else (cfg.fail_on or Severity.WARNING)
        key = (id(reg), settings.select, settings.ignore, tuple(sorted(cfg.severity)), settings.profile,
               cfg.accept, settings.html_scope, settings.min_severity)
        if key not in self._engines:
            self._engines[key] = Engine(reg, settings)
        return Effective(cfg, self._engines[key], threshold, settings, extra)


def render(eff: Effective, path: str | None = None, notes: Iterable[str] = ()) -> str:
    """The effective configuration of a file, as TOML a newsroom could paste into its config;
    ``notes`` are comment lines on what the command line adds (``--exclude``), which the file
    cannot show."""
    import json

    cfg, s = eff.config, eff.settings
    source = f"{cfg.path} [{cfg.table}]" if cfg.path and cfg.table else (cfg.path or "none (defaults)")
    lines = [f"# effective configuration for {path or '.'}", f"# from: {source}"]
    if eff.extra_ignores:
        lines.append(f"# per_path_ignores add: {', '.join(eff.extra_ignores)}")
    lines += [f"# {note}" for note in notes]

    def q(values: Iterable[str]) -> str:
        return "[" + ", ".join(json.dumps(v) for v in values) + "]"

    lines += [
        f"select = {q(s.select)}",
        f"ignore = {q(s.ignore)}",
        "severity = {" + ", ".join(f"{json.dumps(k)} = {json.dumps(v.value)}" for k, v in s.severity.items()) + "}",
        f"fail_on = {json.dumps(eff.threshold.value)}",
        f"min_severity = {json.dumps(s.min_severity.value)}",
        f"profile = {json.dumps(s.profile)}",
        f"html_scope = {json.dumps(s.html_scope)}",
        f"rule_packs = {q(cfg.rule_packs)}",
        f"plugins = {q(p for p in cfg.plugins if p != PROSELINT_PLUGIN)}",
        f"proselint = {json.dumps(PROSELINT_PLUGIN in cfg.plugins)}",
        "per_path_ignores = {" + ", ".join(f"{json.dumps(g)} = {q(c)}" for g, c in cfg.per_path_ignores) + "}",
        f"accept = {q(cfg.accept)}",
        f"exclude = {q(cfg.exclude)}",
        f"reject = {q(t for t, _, _ in cfg.reject)}",
    ]
    return "\n".join(lines)


def relpath(path: str) -> str:
    """``path`` relative to the working directory when below it (for display)."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return path
