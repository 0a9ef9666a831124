"""Markdown reader: what is prose, what is skipped, and exact source positions.

The position tests slice the *source* at a diagnostic's (line, column) to
(end_line, end_column) and check that the slice is the flagged words, with any
markup only *between* them (emphasis markers, link brackets), never around them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sourcetext import plain_within, source_slice

from lintnews.readers import markdown


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"




def quoted(message: str) -> str | None:
    m = re.search(r"'([^']+)'", message)
    return m.group(1) if m else None




def assert_round_trip(source: str, diagnostics, read=markdown.read) -> None:  # type: ignore[no-untyped-def]
    assert diagnostics, "expected diagnostics to check"
    parsed = read(source)
    for d in diagnostics:
        s = source_slice(source, d)
        assert s and s == s.strip(), (d, s)
        words = plain_within(parsed, source, d)
        assert words, (d, s)
        # the slice starts and ends on the flagged words, not on markup
        assert s[0] == words[0] and s[-1] == words[-1], (d, s)
        q = quoted(d.message)
        if q is not None:
            assert words == " ".join(q.split()), (d, s, q)


def test_prose_only(lint):
    src = (
        "---\ntitle: Shocking draft\ntags: [allegedly]\n---\n\n"
        "# Council meets\n\n"
        "Text with `allegedly` code and <span class=\"x\">plain</span> words.\n\n"
        "    allegedly indented code\n\n"
        "```\nClearly fenced code\n```\n\n"
        "<div>\nTragically raw html\n</div>\n\n"
        "<!-- Clearly a comment -->\n\n"
        "See [the minutes](https://example.org/clearly-shocking) and <https://example.org/allegedly>.\n"
    )
    parsed = markdown.read(src)
    assert "allegedly" not in parsed.text
    assert "Clearly" not in parsed.text and "clearly" not in parsed.text
    assert "Tragically" not in parsed.text and "Shocking" not in parsed.text
    assert "plain words" in parsed.text and "the minutes" in parsed.text
    assert parsed.headline is not None and parsed.text[parsed.headline.start : parsed.headline.end] == "Council meets"
    assert lint(src, format="markdown") == []


def test_blocks_kinds_and_headline():
    src = "Intro para.\n\n# Main head\n\n## Sub\n\n> Quoted line\n> more\n\n- one\n- two\n\n1. three\n"
    p = markdown.read(src)
    kinds = [(b.kind, p.text[b.start : b.end]) for b in p.blocks]
    assert kinds == [
        ("paragraph", "Intro para."), ("heading", "Main head"), ("heading", "Sub"),
        ("quote", "Quoted line\nmore"), ("list", "one"), ("list", "two"), ("list", "three"),
    ]
    assert p.headline == p.blocks[1] and p.headline.level == 1
    assert p.blocks[2].level == 2


def test_front_matter_title_is_headline_without_h1(lint):
    for fm in ('---\ntitle: "Shocking fire at the quay"\n---\n', "+++\ntitle = 'Shocking fire at the quay'\n+++\n"):
        src = fm + "\nFirefighters were called at 11pm, the fire service said.\n"
        p = markdown.read(src)
        assert p.headline is not None
        assert p.text[p.headline.start : p.headline.end] == "Shocking fire at the quay"
        diags = lint(src, format="markdown")
        assert [d.rule for d in diags] == ["loaded-language/emotive"]
        assert (diags[0].line, diags[0].column) == (2, 9 if fm.startswith("---") else 10)
        assert_round_trip(src, diags)


def test_h1_beats_front_matter_title():
    src = "---\ntitle: Shocking\n---\n# Quiet headline\n\nBody text here.\n"
    p = markdown.read(src)
    assert p.text[p.headline.start : p.headline.end] == "Quiet headline"
    assert "Shocking" not in p.text


def test_block_quote_is_quotation(lint):
    src = "Maria Okafor described the night of the fire:\n\n> It was terrifying to watch.\n"
    assert lint(src, format="markdown") == []
    assert lint("It was terrifying to watch.\n", format="markdown")


@pytest.mark.parametrize(
    ("src", "flagged"),
    [
        ("The *terrifying* footage aired.\n", "terrifying"),
        ("The **_terrifying_** footage aired.\n", "terrifying"),
        ("The [terrifying](https://example.org/a \"t\") footage aired.\n", "terrifying"),
        ("The [terrifying][ref] footage aired.\n\n[ref]: https://example.org\n", "terrifying"),
        ("Tom &amp; Ann saw terrifying footage.\n", "terrifying"),
        ("Café owners saw terrifying footage.\n", "terrifying"),
        ("Sources say the café shut.\n", "Sources say"),
        ("The café shut, sources say.\n", "sources say"),
        ("A line\r\nwith terrifying words.\r\n", "terrifying"),
        ("Über-Straße: the terrifying road.\n", "terrifying"),
        ("> Some\n> terrifying words.\n\nNobody said so.\n", None),
        ("* item with `code` and terrifying words\n", "terrifying"),
        ("Text \\*not emphasis\\* then terrifying words.\n", "terrifying"),
        ("The 😀 emoji and terrifying words.\n", "terrifying"),
    ],
)
def test_position_round_trip(lint, src, flagged):
    diags = lint(src, format="markdown")
    if flagged is None:
        assert diags == []
        return
    assert [source_slice(src, d) for d in diags] == [flagged]


def test_span_across_markup_round_trips(lint):
    src = "The owners are **believed to** have sold.\nSources *say* the mill &mdash; closed.\r\n"
    diags = lint(src, format="markdown")
    assert [source_slice(src, d) for d in diags] == ["are **believed to", "Sources *say"]
    assert_round_trip(src, diags)


def test_crlf_and_entity_columns(lint):
    src = "# Budget\r\n\r\nTom &amp; Ann &#8212; they say &eacute;lan is terrifying.\r\n"
    (d,) = lint(src, format="markdown")
    assert (d.line, d.column, d.end_line, d.end_column) == (3, 47, 3, 57)
    assert source_slice(src, d) == "terrifying"


def test_bare_urls_are_not_prose():
    p = markdown.read("Read https://example.org/terrifying-news now, or mail shocking@example.org.\n")
    assert "terrifying" not in p.text and "shocking" not in p.text
    assert p.text.startswith("Read ") and "now, or mail" in p.text


def test_images_and_alt_text_skipped():
    p = markdown.read("Before ![terrifying photo](a.png \"Shocking\") after.\n")
    assert "terrifying" not in p.text and "Shocking" not in p.text
    assert "Before" in p.text and "after." in p.text


def test_table_cells_positions(lint):
    src = "| place | note |\n| --- | --- |\n| quay | terrifying |\n"
    diags = lint(src, format="markdown")
    assert [(d.line, source_slice(src, d)) for d in diags] == [(3, "terrifying")]


def test_directives_found_in_html_comments_not_in_code():
    src = (
        "<!-- lintnews: disable=loaded-language, advertorial -->\n\nText.\n\n"
        "```\n<!-- lintnews: disable -->\n```\n\n"
        "Para <!-- lintnews: enable --> inline.\n\n<!-- lintnews: disable-next-line -->\nMore.\n"
        "<!-- lintnews: ignore=loaded-language/emotive -->\n"
    )
    p = markdown.read(src)
    got = [(d.line, d.action, d.rules) for d in p.directives]
    assert got == [
        (1, "disable", ("loaded-language", "advertorial")),
        (9, "enable", ()),
        (11, "disable-next-line", ()),
        (13, "disable-next-line", ("loaded-language/emotive",)),
    ]


def test_markdown_it_imported_lazily():
    import subprocess
    import sys

    code = (
        "import sys\nfrom lintnews.engine.engine import lint_text\n"
        "lint_text('Plain text.')\nassert 'markdown_it' not in sys.modules\n"
        "lint_text('# Head', format='markdown')\nassert 'markdown_it' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_example_markdown_diagnostics_round_trip(engine):
    from lintnews.execution.runner import lint_file

    path = EXAMPLES / "mill-closure.md"
    source = path.read_text(encoding="utf-8")
    result = lint_file(engine, str(path))
    assert result.error is None
    rules = {d.rule for d in result.diagnostics}
    # suppressed by the draft's own comments
    assert "advertorial/newsletter-plug" not in rules
    assert not any(d.line == 26 for d in result.diagnostics)
    # a quoted speaker's words and the code block are left alone
    assert not any(source_slice(source, d).lower() in ("devastating", "shocking") for d in result.diagnostics)
    assert {"unattributed-claim/passive-attribution", "unattributed-claim/vague-source",
            "loaded-language/editorial-adverb", "advertorial/donation-appeal"} <= rules
    assert_round_trip(source, result.diagnostics)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_MD_PIECES = st.sampled_from([
    "word", " ", "\n", "\r\n", "\n\n", "*", "**", "_", "`", "[", "]", "(", ")", "<", ">", "&amp;",
    "&#8212;", "\\*", "# ", "> ", "- ", "1. ", "```", "    ", "---\n", "+++\n", "title: x\n",
    "https://x.org/a", "<!-- lintnews: disable -->", "é", "😀", "|", "![a](b)", "\t",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_MD_PIECES, max_size=40).map("".join))
def test_reader_never_raises_and_maps_inside_source(src):
    p = markdown.read(src)
    smap = p.source_map
    for i, ch in enumerate(p.text):
        s, e = smap.to_source_start(i), smap.to_source_end(i + 1)
        assert 0 <= s <= e <= len(src)
        if ch.isalnum() and e - s == 1:
            assert src[s] == ch  # a verbatim word character comes from the same character
    for b in p.blocks:
        assert 0 <= b.start < b.end <= len(p.text)


# -- nesting past the parser's limit (issue 22.2) ------------------------------------------------
# markdown-it stops reading containers nested deeper than its limit and, for a list, swallows
# every later line of the file with them: ten nested list markers once lost the whole draft.

NESTED_CASES = {
    "ten list markers": "- - - - - - - - - - a short item\n",
    "three hundred list markers": "- " * 300 + "a short item\n",
    "list and quote markers": "* > " * 150 + "a short item\n",
    "nested by indentation": "".join("  " * i + f"- level {i}\n" for i in range(400)),
    "deep line after deep line": "- " * 300 + "first\n" + "   " + "- " * 300 + "second\n",
}


@pytest.mark.parametrize("case", sorted(NESTED_CASES))
def test_text_after_deeply_nested_markers_is_linted(lint, case: str) -> None:
    head = NESTED_CASES[case]
    n = head.count("\n")
    src = head + "\nSources say the fire was set on purpose.\n\n> A quoted line.\n\nAllegedly, the mayor resigned.\n"
    found = {(d.line, d.rule) for d in lint(src, format="markdown")}
    assert (n + 2, "unattributed-claim/vague-source") in found, (case, found)
    assert any(line == n + 6 for line, _ in found), (case, found)


def test_text_inside_deeply_nested_markers_is_linted(lint) -> None:
    src = "- " * 300 + "Sources say the **fire** was set.\n"
    found = [d for d in lint(src, format="markdown") if d.rule == "unattributed-claim/vague-source"]
    assert [(d.line, d.column) for d in found] == [(1, 601)]
    assert_round_trip(src, found)


def test_deep_quote_markers_stay_a_quotation() -> None:
    parsed = markdown.read("> " * 300 + "It was a terrifying night.\n\nThe council met.\n")
    assert [b.kind for b in parsed.blocks] == ["quote", "paragraph"]


def test_deep_nesting_is_read_in_linear_time() -> None:
    import time

    src = ("- " * 300 + "Sources say it rained.\n") * 3000  # each line past the limit
    started = time.perf_counter()
    parsed = markdown.read(src)
    assert parsed.text.count("Sources say it rained.") == 3000
    assert time.perf_counter() - started < 20  # (about 0.5 s; quadratic re-parsing took minutes)


def test_deeply_nested_markdown_through_the_cli(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from lintnews.cli import main

    draft = tmp_path / "nested.md"
    draft.write_text("- - - - - - - - - - x\n\nSources say it rained.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "-f", "line", str(draft)],
                                env={"LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert result.exit_code == 1, result.output
    assert f"{draft}:3:1: warning:" in result.output
