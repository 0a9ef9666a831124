"""Review 69: the modules this session added keep round 67's rule that a judge's module-level
regexes are compiled on first use (``LazyRegex``), not when the judge is imported."""

from __future__ import annotations

import importlib
import re

import pytest

from lintnews.util.lazyregex import LazyRegex


@pytest.mark.parametrize("module", [
    "lintnews.builtin.attribution.illustrated",  # (16 patterns, about 4 ms of compiling per process)
    "lintnews.builtin.loaded.evidence.weather",
])
def test_no_module_level_regex_is_compiled_at_import(module: str) -> None:
    found = vars(importlib.import_module(module))
    assert not [name for name, value in found.items() if isinstance(value, re.Pattern)]
    assert any(isinstance(value, LazyRegex) for value in found.values())
