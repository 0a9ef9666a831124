"""Shared fixtures: one registry of the built-in rules per session, and a lint helper."""

from __future__ import annotations

import re

import pytest

from lintnews.document.document import Document
from lintnews.engine.engine import Engine, Settings
from lintnews.plugins.registry import load_registry
from tests import background

# Python's ``re`` keeps the last 512 patterns it compiled (``re._MAXCACHE``), and the suite makes
# thousands of fresh engines, linters and matchers (the ``lint`` fixture, each CLI run in
# process, each test of a fresh engine's behaviour), each compiling the built-in patterns and
# the judges' regexes it meets: about 1,200 patterns, so the cache held none of them for the
# next engine and each compiled them again (``re``'s parser and code generator, in Python).
# The test process keeps up to 16,384 (seven of the heaviest files together compile some 4,300
# distinct ones; their peak memory did not move: 325.6 MB). A compiled pattern is immutable and the key
# is the pattern, its type and its flags, so an engine gets the pattern object it would have
# compiled: what it finds, and what a test sees of its state (which patterns its matcher has
# compiled, ``Matcher._compiled``), are unchanged. What no longer recurs is the time of the
# compile: no test here times a compile in process (the timing tests take the best of warm
# runs or run the tool as a process of its own, which starts with an empty cache as before).
re._MAXCACHE = max(re._MAXCACHE, 16_384)  # type: ignore[attr-defined]


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

