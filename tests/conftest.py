"""Shared fixtures: one registry of the built-in rules per session, and a lint helper."""

from __future__ import annotations

import pytest

from lintnews.document.document import Document
from lintnews.engine.engine import Engine, Settings
from lintnews.plugins.registry import load_registry


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
