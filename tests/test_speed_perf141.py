"""perf141: a large file split over processes lets the whole text go before the fork.

When the report shows no source lines (``--format json``), :func:`split.lint_in_parts` now cuts
the parts' pieces ahead (:mod:`lintnews.execution.ahead`, as the one-process run has since
round 79) before the warm-up and the fork, and lets the whole text go: the parent held it to
the end of the report, and every part's process started with it. The pieces are kept in memory
maps of their own, so that a part's process, which lets the other parts' pieces go, and a
piece that is taken, leave the process's size (a freed ``bytes`` stayed in the heap). These
tests check the report, that the text goes only when it may, and that the pieces are let go.
"""

from __future__ import annotations

import os
import sys

import pytest
from click.testing import CliRunner

from lintnews.cli import main
from lintnews.document.document import Document
from lintnews.execution import split
from lintnews.execution.ahead import CutAhead

pytestmark = pytest.mark.usefixtures("forkable")

_FILLER = "The ferry board met on Tuesday to weigh the winter timetable. \U0001f6a2"
_STORY = "\n\n".join([
    "An insider at the ferry operator said the timetable would change.",
    *[_FILLER] * 40,
    "The new timetable starts in May, according to the source.",
    "Critics say the fares are a scandal, sources said.",
    "Shocking footage has emerged of the harbour wall crumbling.",
    '"We cannot keep running empty boats," the chief executive said.',
    *[_FILLER] * 40,
]) + "\n"


def _text(body: str) -> str:
    """A fresh string object (not interned, not shared with a constant)."""
    return "".join(list(body))


def test_pieces_are_memory_maps_closed_when_taken_or_dropped():
    text = "Astral \U0001f6a2 and accents é.\nA lone surrogate \udce9 here.\n\n" * 50
    spans = [(0, 100), (90, 700), (700, 700), (650, len(text))]
    ahead = CutAhead(text, spans)
    maps = [piece[0] for piece in ahead._pieces]  # type: ignore[index]
    assert not any(m.closed for m in maps)
    ahead.drop_others(1)
    assert [m.closed for m in maps] == [True, False, True, True]
    cut = ahead.take(1)
    assert cut.piece == text[90:700] and cut.start == 90 and cut.line0 == text.count("\n", 0, 90)
    assert maps[1].closed
    with pytest.raises(AssertionError):
        ahead.take(1)  # (each piece is taken once)
    with pytest.raises(AssertionError):
        ahead.take(0)  # (dropped)


def test_pieces_are_bytes_where_no_memory_map_can_be_had(monkeypatch):
    from lintnews.execution import ahead as ahead_module

    def refused(*a, **k):  # type: ignore[no-untyped-def]
        raise OSError(12, "Cannot allocate memory")

    monkeypatch.setattr(ahead_module.mmap, "mmap", refused)
    text = "Astral \U0001f6a2 and accents é.\nA lone surrogate \udce9 here.\n\n" * 50
    ahead = CutAhead(text, [(0, 100), (90, len(text))])
    assert all(isinstance(piece[0], bytes) for piece in ahead._pieces)  # type: ignore[index]
    ahead.drop_others(1)
    assert ahead.take(1).piece == text[90:]


def test_an_empty_piece_is_taken_as_an_empty_text():
    ahead = CutAhead("abc", [(0, 0), (0, 3), (3, 3)])
    assert [ahead.take(j).piece for j in range(3)] == ["", "abc", ""]


@pytest.mark.parametrize("body", [_STORY, _STORY.replace("An insider at", "A manager at")])
def test_split_run_without_source_lines_reports_what_the_whole_text_does(engine, registry, monkeypatch, body):
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    text = _text(body * 3)
    whole = engine.lint(Document(registry.readers["text"].read(text), "a.txt"))
    kept_parsed = registry.readers["text"].read(text)
    kept = split.lint_in_parts(engine, kept_parsed, "a.txt", None, 2)
    assert kept_parsed.text is text  # (source lines shown: the text stays)
    parsed = registry.readers["text"].read(text)
    seen: list[int] = []
    real = split._warm_up

    def counting(*a):  # type: ignore[no-untyped-def]
        seen.append(sys.getrefcount(text))
        return real(*a)

    monkeypatch.setattr(split, "_warm_up", counting)
    monkeypatch.setattr(split, "WARM_UP_CHARS", 2000)  # (the first paragraphs, not the whole text)
    held = sys.getrefcount(text)  # (``parsed``'s text and source map among them)
    dropped = split.lint_in_parts(engine, parsed, "a.txt", None, 2, source=False)
    assert dropped == kept == whole and len(whole) > 10
    assert parsed.text == "" and parsed.source_map.source == ""
    # the text had gone before the warm-up (and so before the fork): ``parsed`` and its source
    # map no longer referred to it, nor did anything else of the run
    assert seen == [held - 2]
    assert split._AHEAD is None  # (the pieces go with the run)


def test_a_markdown_text_split_over_processes_keeps_its_source(engine, registry, monkeypatch):
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    text = _text(_STORY.replace("Shocking footage", "*Shocking* footage") * 3)
    whole = engine.lint(Document(registry.readers["markdown"].read(text), "a.md"))
    parsed = registry.readers["markdown"].read(text)
    assert split.lint_in_parts(engine, parsed, "a.md", None, 2, source=False) == whole
    assert parsed.text != ""


def test_a_part_process_lets_the_other_pieces_go(engine, registry, monkeypatch, tmp_path):
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    text = _text(_STORY * 3)
    whole = engine.lint(Document(registry.readers["text"].read(text), "a.txt"))
    parsed = registry.readers["text"].read(text)
    parent = os.getpid()
    real_rows = split._rows

    def noting(j):  # type: ignore[no-untyped-def]
        got = real_rows(j)
        if os.getpid() != parent:
            ahead = split._AHEAD
            assert ahead is not None
            left = [k for k, piece in enumerate(ahead._pieces) if piece is not None]
            (tmp_path / f"part{j}").write_text(repr(left), encoding="utf-8")
        return got

    monkeypatch.setattr(split, "_rows", noting)
    assert split.lint_in_parts(engine, parsed, "a.txt", None, 2, source=False) == whole
    n = len(list(tmp_path.iterdir()))
    assert n >= 2
    # each part's process took its own piece and closed every other's
    assert all((tmp_path / f"part{j}").read_text(encoding="utf-8") == "[]" for j in range(n))


@pytest.mark.parametrize(("fmt", "sources"), [("json", False), ("text", True)])
def test_the_command_line_lets_a_split_run_drop_the_text_only_without_source_lines(
        tmp_path, monkeypatch, fmt, sources):
    path = tmp_path / "long.txt"
    path.write_text(_STORY * 3, encoding="utf-8")
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    asked: list[bool] = []
    real = split.lint_in_parts

    def in_parts(*a, **k):  # type: ignore[no-untyped-def]
        asked.append(k["source"])
        return real(*a, **k)

    monkeypatch.setattr(split, "lint_in_parts", in_parts)
    args = ["check", "-j", "2", "-f", fmt, str(path)]
    result = CliRunner().invoke(main, args, env={"LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert result.exit_code == 1, result.output[-500:]
    assert asked == [sources]
