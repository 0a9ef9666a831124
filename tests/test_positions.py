"""Positions: a diagnostic's (line, column)-(end_line, end_column) slices the flagged words
out of the *source* file, whatever the line endings, BOM, tabs or non-ASCII text."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sourcetext import source_slice

from lintnews.readers import decode
from lintnews.readers.source import SourceMap


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

DRAFT = (
    "Mayor unveils plan\n"
    "The scheme is believed to cost £40m.\n"
    "\tThe café stays open; critics say it is doomed.\n"
    "Allegedly, the contract went to a friend.\n"
)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_positions_slice_the_flagged_words(lint, newline):
    source = DRAFT.replace("\n", newline)
    found = lint(source)
    slices = {d.rule: source_slice(source, d) for d in found}
    assert slices["unattributed-claim/passive-attribution"] == "is believed to"
    assert slices["unattributed-claim/vague-source"] == "critics say"
    assert slices["unattributed-claim/doubt-adverb"] == "Allegedly"
    lines = {d.rule: (d.line, d.column) for d in found}
    assert lines["unattributed-claim/passive-attribution"] == (2, 12)
    # a tab counts as one column; the accented é as one code point
    assert lines["unattributed-claim/vague-source"] == (3, 23)
    assert lines["unattributed-claim/doubt-adverb"] == (4, 1)


def test_bom_is_not_a_column():
    data = "\ufeffAllegedly, he lied.\n".encode()
    text = decode(data, "x.txt")
    assert text.startswith("Allegedly")


def test_non_ascii_columns_count_code_points(lint):
    source = "Über-reich: «Ça va», dit-il. Sources say the deal is off.\n"
    (d,) = [d for d in lint(source) if d.rule == "unattributed-claim/vague-source"]
    assert source_slice(source, d) == "Sources say"
    assert d.column == source.index("Sources") + 1


def test_multi_line_span_ends_on_the_text_not_the_break():
    source = "one\r\ntwo\r\nthree"
    smap = SourceMap.identity(source)
    # a span covering "two\r\n" ends at the end of line 2, not at column 1 of line 3
    assert smap.span(5, 10) == (2, 1, 2, 4)


@pytest.mark.parametrize("source", ["one\ntwo\n\nthree", "a\r\nb\rc\n", "\n\nx", ""])
def test_one_segment_map_gives_what_the_segment_search_gives(source):
    # a one-segment map takes a short cut; a map with the same segment split in two
    # takes the general path: every span, including ones past the ends, maps alike
    fast = SourceMap.identity(source)
    half = len(source) // 2
    general = SourceMap(source, [(0, half, 0, half), (half, len(source) - half, half, len(source) - half)])
    assert fast._verbatim is not None and general._verbatim is None
    for start in range(-1, len(source) + 2):
        for end in range(start - 1, len(source) + 2):
            assert fast.span(start, end) == general.span(start, end), (start, end)


def test_cli_json_positions_with_crlf(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(DRAFT.replace("\n", "\r\n").encode("utf-8"))
    out = subprocess.run(
        [sys.executable, "-m", "lintnews", "check", "--format", "json", str(path)],
        capture_output=True, text=True, check=False,
    )
    assert out.returncode == 1, out.stderr
    diags = json.loads(out.stdout)["diagnostics"]
    adverb = next(d for d in diags if d["rule"] == "unattributed-claim/doubt-adverb")
    assert (adverb["line"], adverb["column"], adverb["end_line"], adverb["end_column"]) == (4, 1, 4, 10)
    assert set(adverb) == {
        "path", "line", "column", "end_line", "end_column", "rule", "category",
        "severity", "message", "suggestion",
    }


def _builtin_triggers():  # type: ignore[no-untyped-def]
    from lintnews.packs.loader import builtin_pack_files, load_pack

    return [(rule.id, text) for path in builtin_pack_files() for rule in load_pack(path)
            for text in rule.examples.trigger]


def test_no_built_in_rule_flags_white_space_at_either_end_of_its_words(engine, registry):
    """The flagged phrase is the smallest that carries the problem: a pattern that consumes
    the space before its look-ahead ("apparently " before "told") shows a stray space in
    every report and quick fix.

    (All the examples go through the session's one engine, as the files of a run go through
    one: the ``lint`` fixture builds an engine per call, and a fresh engine's first lint
    compiles its matcher: 600 of those took 12 s, the lints themselves under 2.)"""
    from lintnews.document.document import Document

    bad = []
    for rule_id, text in _builtin_triggers():
        for d in engine.lint(Document(registry.readers["text"].read(text), "draft")):
            span = source_slice(text, d)
            if span != span.strip():
                bad.append((rule_id, d.rule, span))
    assert bad == []
