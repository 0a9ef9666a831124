"""Round 79: a part-at-a-time run cuts its parts ahead and lets the whole text go.

With one process (``-j 1``) a very large plain text is linted a part at a time. When the
report shows no source lines (``--format json``), the parts' pieces are now cut before the
first part, kept as UTF-8, and the whole text (four bytes a character when one character lies
outside the BMP) is let go. These tests check that each piece, its line count and its answer
about the text before it are what the whole text gives, that nothing refers to the text after
the cut, and that the report does not change.
"""

from __future__ import annotations

import json
import random
import sys

import pytest
from click.testing import CliRunner

from lintnews.builtin.constructions.sources.heads import condensed_before, condensed_befores
from lintnews.cli import main
from lintnews.document.document import Document
from lintnews.execution import runner, split
from lintnews.execution.ahead import CutAhead

_FILLER = "The ferry board met on Tuesday to weigh the winter timetable. \U0001f6a2"
# "the source" far down is reported only when no source or insider was mentioned before it
_STORY = "\n\n".join([
    "An insider at the ferry operator said the timetable would change.",
    *[_FILLER] * 60,
    "The new timetable starts in May, according to the source.",
    "Critics say the fares are a scandal, sources said.",
    "Shocking footage has emerged of the harbour wall crumbling.",
    *[_FILLER] * 60,
]) + "\n"
_NO_SOURCE = _STORY.replace("An insider at", "A manager at")


def _text(body: str) -> str:
    """A fresh string object (not interned, not shared with a constant)."""
    return "".join(list(body))


@pytest.mark.parametrize("seed", range(6))
def test_condensed_befores_answers_as_a_search_of_each_prefix(seed):
    rng = random.Random(seed)
    words = ["sources", "Source", "insider", "INSIDERS", "resources", "sourced", "the", "x", "Ins"]
    whole = "".join(rng.choice(words) + rng.choice([" ", "", "\n", ".", "-"]) for _ in range(60))
    if seed == 0:  # (no mention at all)
        whole = whole.replace("ource", "oarce").replace("nsider", "nsidor")
    starts = list(range(len(whole) + 1))
    assert condensed_befores(whole, starts) == [condensed_before((whole, s)) for s in starts]


def test_condensed_befores_with_a_mention_cut_short_by_a_part_start():
    whole = "Nothing here. The insiders said so. Sources too."
    start = whole.index("insiders") + len("insider")
    assert condensed_befores(whole, [0, 5, start, len(whole)]) == [
        ("", 0), ("", 0), ("insider", 7), ("insiders", 8)]


@pytest.mark.parametrize("text", [
    "Plain ASCII.\nSecond line.\n\nA source said so.\n" * 40,
    "Astral \U0001f6a2 and accents é.\nA lone surrogate \udce9 from a bad byte.\n\n" * 40,
])
def test_cut_ahead_gives_each_piece_as_the_whole_text_does(text):
    spans = [(0, 50), (40, 300), (300, 300), (290, len(text) - 7), (len(text) - 7, len(text))]
    ahead = CutAhead(text, spans)
    for j, (a, b) in enumerate(spans):
        cut = ahead.take(j)
        assert cut.piece == text[a:b] and cut.start == a
        assert cut.line0 == text.count("\n", 0, a)
        assert cut.before == condensed_before((text, a))


def _long(body: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(split, "SERIAL_PART_CHARS", 6_000)
    text = _text(body * 4)
    assert len(text) > 4 * split.SERIAL_PART_CHARS
    return text


@pytest.mark.parametrize("body", [_STORY, _NO_SOURCE])
def test_a_run_without_source_lines_reports_what_the_whole_text_does(engine, registry, monkeypatch, body):
    text = _long(body, monkeypatch)
    whole = engine.lint(Document(registry.readers["text"].read(text), "a.txt"))
    kept = split.lint_serially(engine, registry.readers["text"].read(text), "a.txt", None)
    parsed = registry.readers["text"].read(text)
    seen: list[int] = []
    real = split.lint_part

    def counting(*a):  # type: ignore[no-untyped-def]
        seen.append(sys.getrefcount(text))
        return real(*a)

    monkeypatch.setattr(split, "lint_part", counting)
    dropped = split.lint_serially(engine, parsed, "a.txt", None, source=False)
    assert dropped == kept == whole and len(whole) > 20
    assert parsed.text == "" and parsed.source_map.source == ""
    assert len(seen) >= 4 and set(seen) == {2}  # (the name here, getrefcount's own argument)
    lines = text.split("\n")
    flagged = [d for d in whole if "according to the source" in lines[d.line - 1]]
    assert len(flagged) == (0 if body is _STORY else 1)  # (later copies: "sources said" came before)


def test_the_text_is_kept_when_the_report_shows_source_lines(engine, registry, monkeypatch):
    text = _long(_STORY, monkeypatch)
    parsed = registry.readers["text"].read(text)
    assert split.lint_serially(engine, parsed, "a.txt", None) is not None
    assert parsed.text is text
    held = runner.lint_source(engine, text, "a.txt", "text")
    assert held.source_map is not None and held.source_map.source == text
    gone = runner.lint_source(engine, text, "a.txt", "text", keep_source=False)
    assert gone.source_map is None and gone.diagnostics == held.diagnostics


def test_a_markdown_text_keeps_its_source(engine, registry, monkeypatch):
    """Only a plain text is cut ahead: another reader's source map reads the file's source."""
    text = _long(_STORY.replace("Shocking footage", "*Shocking* footage"), monkeypatch)
    parsed = registry.readers["markdown"].read(text)
    whole = engine.lint(Document(registry.readers["markdown"].read(text), "a.md"))
    assert split.lint_serially(engine, parsed, "a.md", None, source=False) == whole
    assert parsed.text != ""


@pytest.mark.parametrize(("fmt", "unit", "sources"), [
    ("json", None, False), ("line", "char", False), ("line", None, True), ("text", None, True)])
def test_the_command_line_keeps_the_text_only_for_a_report_that_shows_it(tmp_path, monkeypatch,
                                                                         fmt, unit, sources):
    path = tmp_path / "long.txt"
    path.write_text(_STORY * 4, encoding="utf-8")
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    monkeypatch.setattr(split, "SERIAL_PART_CHARS", 6_000)
    asked: list[bool] = []
    real = split.lint_serially

    def serially(*a, **k):  # type: ignore[no-untyped-def]
        asked.append(k["source"])
        return real(*a, **k)

    monkeypatch.setattr(split, "lint_serially", serially)
    args = ["check", "-j", "1", "-f", fmt, str(path), *(["--column-unit", unit] if unit else [])]
    result = CliRunner().invoke(main, args, env={"LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert result.exit_code == 1, result.output[-500:]
    assert asked == [sources]
    if fmt == "json":
        assert json.loads(result.stdout)["diagnostics"]
