"""Inline suppression: every directive form, in Markdown, HTML and plain text."""

from __future__ import annotations

import pytest

from lintnews.engine.suppression import UNKNOWN_RULE
from lintnews.model.diagnostic import Severity


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# Two problems per paragraph: a doubt adverb (unattributed-claim) and an emotive word (loaded-language).
P = "Allegedly, the terrifying fire spread."


def found(diags) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return [(d.line, d.rule) for d in diags]


def md(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_baseline(lint):
    assert found(lint(md(P), format="markdown")) == [
        (1, "unattributed-claim/doubt-adverb"), (1, "loaded-language/emotive")]


def test_disable_enable_rule_range(lint):
    src = md(P, "", "<!-- lintnews: disable=loaded-language/emotive -->", "", P, "", P,
             "", "<!-- lintnews: enable=loaded-language/emotive -->", "", P)
    assert found(lint(src, format="markdown")) == [
        (1, "unattributed-claim/doubt-adverb"), (1, "loaded-language/emotive"),
        (5, "unattributed-claim/doubt-adverb"), (7, "unattributed-claim/doubt-adverb"),
        (11, "unattributed-claim/doubt-adverb"), (11, "loaded-language/emotive"),
    ]


def test_disable_category_and_several_names(lint):
    src = md("<!-- lintnews: disable=unattributed-claim -->", "", P)
    assert found(lint(src, format="markdown")) == [(3, "loaded-language/emotive")]
    src = md("<!-- lintnews: disable=unattributed-claim, loaded-language -->", "", P)
    assert lint(src, format="markdown") == []


def test_bare_disable_and_enable(lint):
    src = md("<!-- lintnews: disable -->", P, "<!-- lintnews: enable -->", "", P)
    assert found(lint(src, format="markdown")) == [
        (5, "unattributed-claim/doubt-adverb"), (5, "loaded-language/emotive")]


def test_disable_without_enable_runs_to_end(lint):
    src = md(P, "", "<!-- lintnews: disable=loaded-language -->", "", P, "", P)
    assert [d.line for d in lint(src, format="markdown") if d.category == "loaded-language"] == [1]


def test_disable_next_line_forms(lint):
    for directive, left in [
        ("<!-- lintnews: disable-next-line -->", []),
        ("<!-- lintnews: disable-next-line=loaded-language -->", ["unattributed-claim/doubt-adverb"]),
        ("<!-- lintnews: ignore=unattributed-claim/doubt-adverb -->", ["loaded-language/emotive"]),
    ]:
        src = md(directive, P, "", P)
        diags = lint(src, format="markdown")
        assert [r for line, r in found(diags) if line == 2] == left, directive
        assert len([d for d in diags if d.line == 4]) == 2  # only the next line


def test_disable_next_line_skips_blank_lines(lint):
    src = md("<!-- lintnews: disable-next-line=loaded-language -->", "", "", P)
    assert found(lint(src, format="markdown")) == [(4, "unattributed-claim/doubt-adverb")]


def test_disable_next_line_covers_only_the_next_line_of_a_wrapped_paragraph(lint):
    src = md("<!-- lintnews: disable-next-line -->", "Quiet first line, then", P)
    assert found(lint(src, format="markdown")) == [
        (3, "unattributed-claim/doubt-adverb"), (3, "loaded-language/emotive")]


def test_unknown_rule_name_reported_as_info(lint):
    src = md("<!-- lintnews: disable=loaded-languag -->", "", P)
    diags = lint(src, format="markdown")
    unknown = [d for d in diags if d.rule == UNKNOWN_RULE]
    assert len(unknown) == 1
    (d,) = unknown
    assert d.severity is Severity.INFO and "loaded-languag" in d.message
    assert src.splitlines()[0][d.column - 1 : d.end_column - 1] == "loaded-languag"
    # and the typo silenced nothing
    assert len(diags) == 3


def test_inline_html_comment_directive(lint):
    src = md("Text <!-- lintnews: disable=loaded-language --> here.", "", P)
    assert found(lint(src, format="markdown")) == [(3, "unattributed-claim/doubt-adverb")]


def test_directive_in_code_block_is_not_a_directive(lint):
    src = md("```", "<!-- lintnews: disable -->", "```", "", P)
    assert len(lint(src, format="markdown")) == 2


HTML = """<article>
<p>{p}</p>
<!-- lintnews: disable=loaded-language -->
<p>{p}</p>
<!-- lintnews: enable=loaded-language -->
<!-- lintnews: disable-next-line=unattributed-claim -->

<p>{p}</p>
<!-- lintnews: disable -->
<p>{p}</p>
<!-- lintnews: enable -->
<p>{p}</p>
</article>
"""


def test_html_directives(lint):
    diags = lint(HTML.format(p=P), format="html")
    assert found(diags) == [
        (2, "unattributed-claim/doubt-adverb"), (2, "loaded-language/emotive"),
        (4, "unattributed-claim/doubt-adverb"),
        (8, "loaded-language/emotive"),
        (12, "unattributed-claim/doubt-adverb"), (12, "loaded-language/emotive"),
    ]


@pytest.mark.parametrize(
    "comment",
    ["lintnews: disable-next-line", "# lintnews: disable-next-line", "// lintnews: ignore",
     "<!-- lintnews: disable-next-line -->"],
)
def test_plain_text_next_line_convention(lint, comment):
    src = f"Harbour news\n{P}\n{comment}\n{P}\n{P}\n"
    diags = lint(src)
    assert sorted({d.line for d in diags}) == [2, 5]
    assert not any("lintnews" in d.message for d in diags)


def test_plain_text_disable_enable(lint):
    src = f"Harbour news\n# lintnews: disable=loaded-language\n{P}\n# lintnews: enable=loaded-language\n{P}\n"
    assert found(lint(src)) == [
        (3, "unattributed-claim/doubt-adverb"),
        (5, "unattributed-claim/doubt-adverb"), (5, "loaded-language/emotive"),
    ]


def test_plain_text_unknown_rule_reported(lint):
    diags = lint(f"Harbour news\n# lintnews: disable-next-line=emotiv\n{P}\n")
    assert [d.rule for d in diags if d.severity is Severity.INFO] == [UNKNOWN_RULE]
