"""A pytest plugin: a newsroom's rule packs' examples as tests of its own test suite.

Installed with lintnews (entry point ``pytest11``) and idle until told which packs to
test, in ``pytest.ini`` / ``pyproject.toml``::

    [tool.pytest.ini_options]
    lintnews_packs = ["style/house.toml"]

or on the command line, ``pytest --lintnews-pack style/house.toml`` (with lintnews not
installed as a plugin: ``pytest -p lintnews.integrations.pytest_plugin ...``). Each rule
of each pack is one test item, ``style/house.toml::house/crash-words``, which fails
with one line per problem: a trigger example not flagged, a no-trigger example flagged
at any severity, a pattern, term or exception no example exercises (see
:mod:`lintnews.engine.examples`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from _pytest._code.code import TerminalRepr, TracebackStyle  # (pytest's own hint for repr_failure)

    from lintnews.packs.model import PackRule
    from lintnews.plugins.registry import Registry


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("lintnews_packs", "rule packs whose examples run as tests (paths from the rootdir)",
                  type="linelist", default=[])
    parser.getgroup("lintnews").addoption(
        "--lintnews-pack", dest="lintnews_packs", action="append", default=[], metavar="PACK",
        help="run this rule pack's examples as tests (repeatable)")


def _packs(config: pytest.Config) -> list[Path]:
    root = Path(config.rootpath)
    named = [*config.getini("lintnews_packs"), *config.getoption("lintnews_packs")]
    return [p if p.is_absolute() else root / p for p in map(Path, named)]


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    for path in _packs(config):
        items.extend(PackFile.from_parent(session, path=path).collect())


class RuleExamplesError(Exception):
    """A rule whose examples do not do what they say."""


class PackFile(pytest.File):
    """One rule pack: one item per rule."""

    def collect(self) -> Iterator[pytest.Item]:
        from lintnews.model.errors import LintnewsError
        from lintnews.packs.model import PackRule
        from lintnews.plugins.registry import load_registry

        try:
            registry = load_registry(extra_packs=[self.path], autoload=False)
        except LintnewsError as exc:
            yield PackError.from_parent(self, name="load", message=str(exc))
            return
        from lintnews.engine.examples import pack_cover

        mine = str(self.path.resolve())
        rules = [rule for rule in registry.rules.values()
                 if isinstance(rule, PackRule) and str(Path(rule.source).resolve()) == mine]
        try:
            cover = pack_cover(rules)
        except LintnewsError as exc:
            yield PackError.from_parent(self, name="fixtures", message=str(exc))
            return
        for rule in rules:
            yield RuleExamples.from_parent(self, name=rule.id, registry=registry, rule=rule,
                                           cover=cover.get(rule.id, ()))


class RuleExamples(pytest.Item):
    """A rule's examples and their coverage."""

    def __init__(self, *, registry: Registry, rule: PackRule, cover: tuple[str, ...] = (), **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.registry = registry
        self.rule = rule
        self.cover = cover

    def runtest(self) -> None:
        from lintnews.engine.examples import check_rule

        problems = check_rule(self.registry, self.rule, cover=self.cover)
        if problems:
            raise RuleExamplesError("\n".join(problems))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: TracebackStyle | None = None) -> str | TerminalRepr:
        if isinstance(excinfo.value, RuleExamplesError):
            return f"{self.path}: rule {self.rule.id}:\n  " + str(excinfo.value).replace("\n", "\n  ")
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, None, str]:
        return self.path, None, f"{self.path.name}::{self.rule.id}"


class PackError(pytest.Item):
    """A pack that does not load: one failing item with lintnews's message."""

    def __init__(self, *, message: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.message = message

    def runtest(self) -> None:
        raise RuleExamplesError(self.message)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: TracebackStyle | None = None) -> str | TerminalRepr:
        return self.message

    def reportinfo(self) -> tuple[Path, None, str]:
        return self.path, None, f"{self.path.name}::load"
