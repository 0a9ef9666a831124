"""Columns in the unit each editor reads (``--column-unit``; the line format defaults to bytes).

Vim's quickfix ``%c`` is a byte index into the line; Emacs's compilation mode reads
screen columns (a wide emoji takes two cells); JSON and SARIF count code points.
The line below has é, an em dash and an emoji before the flagged word, so the three
units differ there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import run

from lintnews.output.columns import convert

PREFIX = "Café owners—angry 🔥 "
LINE = PREFIX + "Sources say the fire was set.\n"
CHARS = len(PREFIX) + 1  # code points: 21
BYTES = len(PREFIX.encode("utf-8")) + 1  # é 2 bytes, — 3, 🔥 4: 27
CELLS = len(PREFIX) + 1 + 1  # the emoji is wide: 22


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    p = tmp_path / "fire.txt"
    p.write_text("Harbour fire\n\n" + LINE, encoding="utf-8")
    return p


def _col(line_output: str, path: Path) -> int:
    hit = next(x for x in line_output.splitlines() if "vague-source" in x or "'Sources say'" in x)
    assert hit.startswith(f"{path}:3:"), hit
    return int(hit.split(":")[2])


def test_the_three_units_differ_on_this_line():
    assert (CHARS, BYTES, CELLS) == (21, 27, 22)


def test_line_format_gives_vims_byte_column_by_default(draft):
    """Before: the code-point column 21, which Vim reads as a byte index: 6 bytes too far left."""
    _, out, err = run("check", "-f", "line", str(draft))
    assert err == ""
    assert _col(out, draft) == BYTES
    # what Vim does with it: the byte at that index starts the flagged word
    assert LINE.encode("utf-8")[BYTES - 1:].startswith(b"Sources say")


def test_display_unit_gives_emacs_screen_column(draft):
    _, out, _ = run("check", "-f", "line", "--column-unit", "display", str(draft))
    assert _col(out, draft) == CELLS


@pytest.mark.parametrize("fmt", ["line", "text"])
def test_char_unit_gives_code_points(draft, fmt):
    _, out, _ = run("check", "-f", fmt, "--column-unit", "char", "--no-color", str(draft))
    if fmt == "line":
        assert _col(out, draft) == CHARS
    else:
        assert f"{draft}:3:{CHARS}: warning unattributed-claim/vague-source" in out


def test_text_format_keeps_code_points_and_marks_the_word(draft):
    _, out, _ = run("check", "--no-color", str(draft))
    assert f"{draft}:3:{CHARS}: warning" in out
    _, bytes_out, _ = run("check", "--no-color", "--column-unit", "byte", str(draft))
    assert f"{draft}:3:{BYTES}: warning" in bytes_out
    # the marks stay under the word whatever the unit of the number
    for text in (out, bytes_out):
        lines = text.splitlines()
        i = lines.index("    " + LINE.rstrip("\n"))
        assert lines[i + 1] == "    " + " " * (CELLS - 1) + "^" * len("Sources say")


def test_json_and_sarif_count_code_points_and_refuse_another_unit(draft):
    _, out, _ = run("check", "-f", "json", str(draft))
    d = next(x for x in json.loads(out)["diagnostics"] if x["line"] == 3)
    assert d["column"] == CHARS
    code, _, err = run("check", "-f", "json", "--column-unit", "byte", str(draft))
    assert code == 2 and "--column-unit byte applies to the text and line formats" in err


def test_convert_end_columns_and_tabs():
    assert convert("a\tb", 3, "display") == 9  # the tab runs to the next multiple of 8
    assert convert("a\tb", 3, "byte") == 3
    assert convert("é", 2, "byte") == 3  # the exclusive end after the last character
    assert convert("é", 3, "byte") == 4  # past the end of the line
    assert convert("e\u0301x", 3, "display") == 2  # a combining mark takes no cell
