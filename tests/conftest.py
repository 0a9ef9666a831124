"""Shared fixtures: one registry of the built-in rules per session, and a lint helper."""

from __future__ import annotations

import pytest

from lintnews.document.document import Document
from lintnews.engine.engine import Engine, Settings
from lintnews.plugins.registry import load_registry
from tests import background


def pytest_sessionstart(session: pytest.Session) -> None:
    """mypy and ruff, which read only the checkout, start now and run beside the collection
    (tests/background.py); their tests take the results."""
    background.start_early(session.config)


def pytest_sessionfinish(session: pytest.Session) -> None:
    background.stop()


@pytest.fixture(scope="session")
def registry():
    return load_registry(autoload=False)


@pytest.fixture(scope="session")
def engine(registry):
    return Engine(registry, Settings())


@pytest.fixture
def lint(registry):
    """lint(text, format="text", **settings) -> list of Diagnostic."""

    def run(text: str, format: str = "text", **settings):
        eng = Engine(registry, Settings(**settings))
        doc = Document(registry.readers[format].read(text), "draft")
        return eng.lint(doc)

    return run


@pytest.fixture(scope="session")
def shared_lint(registry):
    """Like ``lint``, but one engine per set of settings for the whole session, as a run lints
    all its files with one engine: ``lint`` builds an engine per call, and a fresh engine's
    first lint compiles its matcher (about 15 ms, several times the lint of a sentence).
    For modules of many short lints that patch nothing an engine reads when it is built:
    such a module opts in by overriding its ``lint`` fixture with this one."""
    engines: dict[str, Engine] = {}

    def run(text: str, format: str = "text", **settings):
        key = repr(sorted(settings.items()))
        eng = engines.get(key)
        if eng is None:
            eng = engines[key] = Engine(registry, Settings(**settings))
        doc = Document(registry.readers[format].read(text), "draft")
        return eng.lint(doc)

    return run


@pytest.fixture
def forkable(monkeypatch):
    """The fork paths under test even in a test process that runs other threads (pyarrow's,
    once an audit test has imported it): :mod:`lintnews.execution.forking` counts the
    process's threads and, seeing more than one, would start workers afresh or lint a large
    file in one piece. What that choice does is tested in tests/test_forking.py."""
    from lintnews.execution import forking

    monkeypatch.setattr(forking, "threads", lambda: 1)

