"""The built-in patterns are compiled once a process (lintnews/util/recompile.py): a second
matcher reuses the first one's compiled patterns, and a bad pattern still fails as ``re`` fails."""

from __future__ import annotations

import re

import pytest

from lintnews.util.recompile import compiled


def test_same_pattern_and_flags_give_the_same_compiled_object() -> None:
    a = compiled(r"\bcharmed (?:life|circle)\b", re.IGNORECASE)
    assert compiled(r"\bcharmed (?:life|circle)\b", re.IGNORECASE) is a
    assert compiled(r"\bcharmed (?:life|circle)\b") is not a  # other flags: another pattern
    assert a.search("A Charmed Life") is not None


def test_a_bad_pattern_raises_every_time() -> None:
    for _ in range(2):  # (an error is not remembered as a result)
        with pytest.raises(re.error):
            compiled(r"(unclosed")


def test_a_second_engine_reuses_the_first_ones_patterns(lint) -> None:
    text = "Allegedly, the council is believed to have hidden the report. It emerged that it was.\n"
    first_found = lint(text)  # (``lint`` builds a fresh engine, and so a fresh matcher, per call)
    first = compiled.cache_info()
    second_found = lint(text)
    second = compiled.cache_info()
    assert [d.rule for d in first_found] == [d.rule for d in second_found]
    assert first_found  # (the text does reach the matcher's patterns)
    assert second.misses == first.misses  # the second matcher compiled nothing again
    assert second.hits > first.hits  # and took the first one's patterns
