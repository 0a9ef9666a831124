"""Round 78: a part's process lets the whole file's text go once its piece is cut.

A forked part's process starts with the parent's whole text (four bytes a character when one
character lies outside the BMP); it needs it only to cut its piece and to know whether a
source was mentioned before the part (``Parsed.before``). These tests check that after the
cut nothing else refers to the text, that the answer about the text before is kept, and that
the report does not change.
"""

from __future__ import annotations

import sys

import pytest

from lintnews.builtin.constructions.sources.heads import FirstMention, condensed_before
from lintnews.document.document import Document
from lintnews.execution import runner, split

pytestmark = pytest.mark.usefixtures("forkable")

_FILLER = "The harbour board met on Tuesday to discuss the timetable for the spring. \U0001f6a2"
# "the source" far down: only the text before its part says it refers back to someone
_FAR = "\n\n".join([
    "A source close to the ferry operator said the timetable would change.",
    *[_FILLER] * 80,
    "The new timetable starts in May, according to the source.",
    "Critics say the fares are a scandal, sources said.",
    *[_FILLER] * 80,
]) + "\n"
_NO_SOURCE = _FAR.replace("A source close to", "A manager at")


def _text(body: str) -> str:
    """A fresh string object (not interned, not shared with a constant)."""
    return "".join(list(body))


@pytest.mark.parametrize(("whole", "start", "expected"), [
    ("Nothing here. Sources said so.", 30, ("Sources", 7)),
    ("The insiders", len("The insider"), ("insider", 7)),  # (the prefix ends inside a word)
    ("Resourceful people", 18, ("", 0)),
    ("A source", 0, ("", 0)),
])
def test_condensed_before_answers_as_the_whole_text_does(whole, start, expected):
    assert condensed_before((whole, start)) == expected
    later = "Then the source spoke."
    for before in ((whole, start), expected):
        found = FirstMention(later, before).end()
        assert (found == -1) == (expected != ("", 0))


@pytest.mark.parametrize("body", [_FAR, _NO_SOURCE])
def test_a_part_process_keeps_no_reference_to_the_whole_text(engine, registry, monkeypatch, body):
    text = _text(body * 4)
    parsed = registry.readers["text"].read(text)
    bounds = split.cuts(parsed, 4)
    assert len(bounds) == 4
    expected = [split.lint_part(engine, parsed, "a", None, bounds, j)[0] for j in range(4)]
    assert [d for part in expected for d in part] == engine.lint(Document(parsed, "a"))
    monkeypatch.setattr(split, "_PART_PROCESS", True)
    for j in range(4):  # (each as its own process would: from the whole text, then without it)
        parsed = registry.readers["text"].read(text)
        assert sys.getrefcount(text) > 2
        found, _ = split.lint_part(engine, parsed, "a", None, bounds, j)
        assert sys.getrefcount(text) == 2  # (the name here, and getrefcount's own argument)
        assert parsed.text == "" and not parsed.blocks
        assert found == expected[j]
    # "the source" far down is reported only where no source came before it: in no part of the
    # first text (each later part knows of the mention from the text before it), once in the other
    lines = text.split("\n")
    flagged = [d for part in expected for d in part if "according to the source" in lines[d.line - 1]]
    assert len(flagged) == (0 if body is _FAR else 1)


def test_the_parts_report_what_the_whole_file_reports(engine, registry, monkeypatch):
    text = _text(_FAR * 4)
    whole = engine.lint(Document(registry.readers["text"].read(text), "a"))
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    found = split.lint_in_parts(engine, registry.readers["text"].read(text), "a", None, 2)
    assert found == whole


def test_the_command_lines_frames_hold_no_reference_to_the_text(engine, monkeypatch, tmp_path):
    """lint_file hands the text on without a name for it: when the parts are forked, only
    the reader's Parsed (its text and, for a plain text, its source map) refers to it."""
    path = tmp_path / "long.txt"
    path.write_text(_FAR * 4, encoding="utf-8")
    seen = []

    def in_parts(engine, parsed, *a, **k):  # type: ignore[no-untyped-def]
        seen.append(sys.getrefcount(parsed.text))
        return None

    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    monkeypatch.setattr(split, "lint_in_parts", in_parts)
    assert runner.lint_file(engine, str(path), jobs=2).error is None
    assert seen == [3]  # Parsed.text, SourceMap.source and getrefcount's own argument
