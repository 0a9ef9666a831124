"""Review 72: robustness and consistency fixes found by review 71.

- a one-line file of megabytes: the ``text`` and ``line`` reports take time in proportion
  to it (each diagnostic's source line was copied, expanded and searched whole, and its
  columns counted from the line's start: quadratic in a single line);
- ``lintnews explain CATEGORY`` lists the category's rules (id, severity, summary), with a hint;
- ``audit -o``'s error and help name every output it takes (``.ndjson`` and ``.ndjson.gz`` too);
- Markdown footnote markers (``[^1]``, and a note's ``[^1]:`` label) are not prose: one
  after a stop hid the stop, and ``**Sources say** more.[^1]`` read as a section heading;
- ``exclude = "a,b"`` in a config is read as ``select = "a,b"`` is: a comma-separated string;
"""

from __future__ import annotations

import io
import time

import pytest
from clirun import run

from lintnews.config.config import ConfigError, load_config
from lintnews.execution.api import lint_text
from lintnews.integrations.audit.writers import output_kind
from lintnews.model.diagnostic import Diagnostic, Severity
from lintnews.output.columns import LineColumns, convert
from lintnews.output.formatters.base import FormatContext
from lintnews.output.formatters.line import LineFormatter
from lintnews.output.formatters.text import TextFormatter
from lintnews.readers.source import SourceMap

PIECES = ("The council approved the outrageous budget \u201cat once\u201d.", "Critics say it failed badly.",
          "A spokesman for the port welcomed the plan on Tuesday.", "Farmers in the north \u4e2d opposed it.")


def _one_line(n: int) -> tuple[SourceMap, list[Diagnostic]]:
    """``n`` sentences on one line, a diagnostic on a word of each."""
    parts, diags, at = [], [], 0
    for i in range(n):
        s = f"{PIECES[i % len(PIECES)]} ({i})"
        diags.append(Diagnostic("one.txt", 1, at + 5, 1, at + 12, "loaded-language/emotive", "loaded-language",
                                Severity.INFO, "a message"))
        parts.append(s)
        at += len(s) + 1
    return SourceMap.identity(" ".join(parts) + "\n"), diags


def _report_time(cls: type, unit: str, n: int) -> float:
    smap, diags = _one_line(n)
    best = float("inf")
    for _ in range(3):
        context = FormatContext(sources={"one.txt": smap}, column_unit=unit)
        formatter = cls(io.StringIO(), context)
        t = time.perf_counter()
        formatter.file("one.txt", diags)
        best = min(best, time.perf_counter() - t)
    return best


@pytest.mark.parametrize(("cls", "unit"), [(TextFormatter, "char"), (LineFormatter, "byte"),
                                           (TextFormatter, "display")])
def test_a_one_line_report_takes_time_in_proportion_to_the_line(cls, unit):
    small, large = _report_time(cls, unit, 1500), _report_time(cls, unit, 6000)
    assert large < 8 * small, (small, large)  # (it was 16 times: quadratic)


@pytest.mark.parametrize("unit", ["byte", "display", "char"])
def test_counted_columns_are_the_converted_columns(unit):
    line = "a\tb \u201cq\u201d \u4e2d\u6587 x\u0301 end"
    count = LineColumns(line, unit)
    for column in (1, 2, 3, 5, 7, 9, 12, 9, 14, 16, 30, 4, 1, 0):  # (forwards, back, past the end)
        assert count(column) == convert(line, column, unit), column


@pytest.mark.parametrize(("value", "globs"), [('"drafts"', ("drafts",)), ('"drafts, archive/*.md"', ("drafts", "archive/*.md")),
                                             ('["drafts", "old"]', ("drafts", "old"))])
def test_exclude_takes_a_comma_separated_string_as_select_does(tmp_path, value, globs):
    p = tmp_path / "lintnews.toml"
    p.write_text(f'select = "loaded-language,unattributed-claim"\nexclude = {value}\n', encoding="utf-8")
    cfg = load_config(p)
    assert cfg.exclude == globs
    assert cfg.select == ("loaded-language", "unattributed-claim")


@pytest.mark.parametrize("value", ['"drafts,,old"', '""', "3", '["drafts", 3]'])
def test_an_empty_or_odd_exclude_is_an_error(tmp_path, value):
    p = tmp_path / "lintnews.toml"
    p.write_text(f"exclude = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="exclude"):
        load_config(p)


def test_explain_a_category_lists_its_rules():
    code, out, err = run("explain", "Loaded-Language", "--no-plugins")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("loaded-language: a category of")
    assert lines[1].split() == ["id", "severity", "summary"]
    rows = [line.split()[:2] for line in lines[2:-1]]
    assert ["loaded-language/emotive", "warning"] in rows
    assert all(row[0].startswith("loaded-language/") for row in rows)
    assert lines[-1].startswith("Explain one with `lintnews explain loaded-language/")


def test_explain_an_unknown_name_is_still_an_error():
    code, _, err = run("explain", "loaded-langage", "--no-plugins")
    assert code == 2 and "unknown rule" in err


@pytest.mark.parametrize(("name", "kind"), [("out.jsonl", "jsonl"), ("OUT.NDJSON", "jsonl"), ("o.ndjson.gz", "jsonl.gz"),
                                            ("o.jsonl.gz", "jsonl.gz"), ("o.parquet", "parquet")])
def test_audit_outputs_by_name(name, kind):
    assert output_kind(name) == kind


def test_the_audit_error_and_help_name_every_output_taken():
    from lintnews.model.errors import LintnewsError

    with pytest.raises(LintnewsError) as caught:
        output_kind("findings.csv")
    for suffix in (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".parquet"):
        assert suffix in str(caught.value)
    _, out, _ = run("audit", "--help")
    assert ".ndjson.gz" in " ".join(out.split())


HEADING = "It is a section heading"


def _vague(md: str) -> list[Diagnostic]:
    return [d for d in lint_text(md, path="story.md", fmt="markdown") if d.rule == "unattributed-claim/vague-source"]


def test_bold_words_then_a_sentence_and_a_footnote_are_no_heading():
    md = "# Port plan\n\n**Sources say** the port will close in May.[^1]\n\n[^1]: A note on the port.\n"
    found = _vague(md)
    assert len(found) == 1 and HEADING not in found[0].message
    assert found[0].severity == Severity.WARNING


def test_a_bold_line_alone_is_still_a_heading():
    md = "# Port plan\n\n**Sources say the port will close**\n\nThe port will close in May, the harbour master said.\n"
    found = _vague(md)
    assert len(found) == 1 and HEADING in found[0].message


def test_footnote_markers_are_blanked_and_the_note_kept():
    from lintnews.plugins.registry import load_registry

    reader = load_registry(autoload=False).readers["markdown"]
    parsed = reader.read("Rates rose.[^1] See [the report](https://example.org/r).\n\n[^note-2]: Rates, 2024.\n")
    paragraphs = [parsed.text[b.start : b.end] for b in parsed.blocks]
    assert paragraphs[0].startswith("Rates rose.     See the report")
    assert paragraphs[-1].strip() == "Rates, 2024."
    assert "[^" not in parsed.text
