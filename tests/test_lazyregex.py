"""A lazily compiled module regex behaves exactly as the compiled pattern it stands for."""

from __future__ import annotations

import re

import pytest

from lintnews.util.lazyregex import LazyRegex


def test_it_compiles_on_first_use_and_answers_as_re_does():
    lazy = LazyRegex(r"\b(\w+)day\b", re.IGNORECASE)
    plain = re.compile(r"\b(\w+)day\b", re.IGNORECASE)
    assert "search" not in vars(lazy)  # nothing compiled at import
    text = "Monday, then TUESDAY; no dayz."
    assert lazy.search(text).span() == plain.search(text).span()
    assert "search" in vars(lazy)  # compiled once, then called directly
    assert [m.group(1) for m in lazy.finditer(text)] == [m.group(1) for m in plain.finditer(text)]
    assert lazy.sub("X", text) == plain.sub("X", text)
    assert lazy.match(text, 8) is None and plain.match(text, 8) is None
    assert lazy.compiled() is lazy.compiled()


def test_a_bad_pattern_fails_at_first_use_with_re_s_error():
    lazy = LazyRegex(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("text")


def test_unknown_attributes_are_still_attribute_errors():
    with pytest.raises(AttributeError):
        LazyRegex("a").no_such_method  # noqa: B018


def _lazy_in(value: object, depth: int = 0) -> list[LazyRegex]:
    """The LazyRegex objects a module-level value holds (itself, or inside tuples and lists)."""
    if isinstance(value, LazyRegex):
        return [value]
    if isinstance(value, (tuple, list)) and depth < 3:
        return [x for item in value for x in _lazy_in(item, depth + 1)]
    return []


def test_every_module_level_lazy_regex_of_the_package_compiles():
    """A module's patterns compile when first used, not when it is imported: an error in one
    would wait for the text that reaches it. Here each is compiled, as import once did."""
    import importlib
    import pkgutil

    import lintnews

    found = 0
    for info in pkgutil.walk_packages(lintnews.__path__, "lintnews."):
        if not info.name.startswith(("lintnews.builtin", "lintnews.document", "lintnews.readers",
                                     "lintnews.util")):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            for lazy in _lazy_in(value):
                assert isinstance(lazy.compiled(), re.Pattern), (info.name, lazy)
                found += 1
    assert found >= 250
