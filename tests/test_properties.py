"""Property-based tests (hypothesis): for any text, lintnews answers and answers sensibly.

The number of examples is bounded (``LINTNEWS_HYPOTHESIS_EXAMPLES``, default 60)
so CI stays fast; raise it locally to search harder.
"""

from __future__ import annotations

import functools
import io
import json
import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintnews.document.document import Document
from lintnews.engine.engine import INTERNAL_RULE, Engine, Settings
from lintnews.model.diagnostic import Diagnostic
from lintnews.output.formatters.base import FormatContext
from lintnews.plugins.registry import load_registry
from lintnews.readers import plain

EXAMPLES = int(os.environ.get("LINTNEWS_HYPOTHESIS_EXAMPLES", "60"))
PROFILE = settings(max_examples=EXAMPLES, deadline=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

REGISTRY = load_registry(autoload=False)
ENGINE = Engine(REGISTRY, Settings())
_BREAK = re.compile(r"\r\n|\r|\n")

# Fragments that trigger rules, and the awkward characters that break naive offset code.
FRAGMENTS = [
    "Sources say", "Allegedly,", "it is believed", "is thought to have", "terrifying", "shocking",
    "Critics argued", "footage has emerged", "claimed that", "Impressively", "regime",
    "Donate now to support our journalism.", "Sign up for our newsletter", "Join the conversation",
    "\"It was terrifying,\" said Ann Lee.", "“Shocking,” he said.", "the mayor said.", "Comments",
    " ", "  ", ". ", ", ", "\n", "\n\n", "\t", "e\u0301", "\U0001f525", "\u05e9\u05dc\u05d5\u05dd",
    "\u200b", "\u200d", "\u00ad", "\u202e", "’", "'", "\"", "‐", "–", "—", "lintnews: disable",
    "# lintnews: disable-next-line\n", "<!-- lintnews: enable -->", "Mr.", "U.S.", "...", "?", "!",
]
text_strategy = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=200),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=6), max_size=40).map("".join),
)
lf_text_strategy = text_strategy.map(lambda s: s.replace("\r", ""))


def lint(source: str, reader: str = "text") -> list[Diagnostic]:
    doc = Document(REGISTRY.readers[reader].read(source), "p.txt")
    return ENGINE.lint(doc)


def line_starts(source: str) -> list[int]:
    return [0] + [m.end() for m in _BREAK.finditer(source)]


def offset(source: str, starts: list[int], line: int, col: int) -> int:
    return starts[line - 1] + col - 1


def source_slice(source: str, d: Diagnostic) -> str:
    starts = line_starts(source)
    return source[offset(source, starts, d.line, d.column) : offset(source, starts, d.end_line, d.end_column)]


@PROFILE
@given(source=text_strategy)
def test_ranges_are_inside_the_text_and_name_the_words(source: str) -> None:
    diags = lint(source)
    starts = line_starts(source)
    for d in diags:
        assert d.rule != INTERNAL_RULE, d.message  # a built-in rule failed on this text
        assert 1 <= d.line <= d.end_line <= len(starts), d
        lo = offset(source, starts, d.line, d.column)
        hi = offset(source, starts, d.end_line, d.end_column)
        assert 0 <= lo <= hi <= len(source), d
        line_end = starts[d.line] if d.line < len(starts) else len(source)
        assert lo <= line_end, d  # the column is inside its line
        if d.message.startswith("'") and d.rule.startswith(("loaded-language/", "unattributed-claim/")):
            # word rules quote the words they flag: the range must be exactly those words
            named = " ".join(source_slice(source, d).split())
            quoted = " ".join(d.message.split())
            assert quoted.startswith(f"'{named}'"), (named, d.message)


@PROFILE
@given(source=lf_text_strategy)
def test_lf_and_crlf_give_the_same_report(source: str) -> None:
    def key(d: Diagnostic) -> tuple:
        # columns at line ends may differ (the \r), so the end column counts only within a line
        return (d.line, d.column, d.end_line, d.end_column if d.end_line == d.line else None,
                d.rule, d.severity, " ".join(d.message.split()))

    lf = [key(d) for d in lint(source)]
    crlf = [key(d) for d in lint(source.replace("\n", "\r\n"))]
    cr = [key(d) for d in lint(source.replace("\n", "\r"))]
    assert lf == crlf == cr


@PROFILE
@given(source=text_strategy)
def test_every_reader_accepts_any_text(source: str) -> None:
    for name in REGISTRY.readers:
        for d in lint(source, name):
            assert d.rule != INTERNAL_RULE, (name, d.message)
            assert d.line >= 1 and d.column >= 1


def _render(fmt: str, diags: list[Diagnostic]) -> str:
    out = io.StringIO()
    formatter = REGISTRY.formatters[fmt](out, FormatContext(registry=REGISTRY, version="0"))
    formatter.start()
    formatter.file("p.txt", diags)
    formatter.finish()
    return out.getvalue()


@PROFILE
@given(source=text_strategy)
def test_json_output_always_parses(source: str) -> None:
    diags = lint(source)
    data = json.loads(_render("json", diags))
    assert len(data["diagnostics"]) == len(diags)
    assert [(d["line"], d["column"], d["rule"]) for d in data["diagnostics"]] == [
        (d.line, d.column, d.rule) for d in diags
    ]


@PROFILE
@given(source=text_strategy)
def test_sarif_output_always_validates(source: str) -> None:
    diags = lint(source)
    data = json.loads(_render("sarif", diags))
    assert data["version"] == "2.1.0"
    results = data["runs"][0]["results"]
    assert len(results) == len(diags)
    for r in results:
        region = r["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
    _sarif_validator().validate(data)


@functools.cache
def _sarif_validator():  # type: ignore[no-untyped-def]
    """A jsonschema validator for SARIF 2.1.0 (the schema is shipped with the tests: before,
    a schema not found under a guessed name skipped the validation silently)."""
    from pathlib import Path

    import jsonschema

    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


@settings(max_examples=max(10, EXAMPLES // 3), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300) | text_strategy.map(lambda s: s.encode("utf-8")))
def test_cli_on_arbitrary_bytes_never_tracebacks(tmp_path_factory, data: bytes) -> None:
    from click.testing import CliRunner

    from lintnews.cli import main

    d = tmp_path_factory.mktemp("bytes")
    bad = d / "any.txt"
    bad.write_bytes(data)
    good = d / "good.txt"
    good.write_text("Sources say so.\n")
    result = CliRunner().invoke(main, ["check", "-f", "line", str(bad), str(good)],
                                env={"LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert result.exit_code in (1, 2), (result.exit_code, result.stderr)
    assert "Traceback" not in result.stderr
    assert f"{good}:1:1:" in result.stdout
    if result.exit_code == 2:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(bad) in lines[0]


def _blocks_reference(text: str) -> list:
    """paragraph_blocks as first written (a Python loop over every line): the fast version
    must find the same blocks."""
    from lintnews.readers import Block

    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    wrapped = bool(re.search(r"\n[ \t]*\n", text)) and all(e - s <= 100 for s, e in lines)
    if not wrapped:
        return [Block(s, e) for s, e in lines if text[s:e].strip()]
    return plain.paragraph_blocks(text)


@PROFILE
@given(st.lists(st.sampled_from(["Word", "a b", " ", "\t", "\n", "\n\n", " \n", "\x0b", "\x1f",
                                 "\u2003", "\u0085", "x" * 101, ".", "“"]), max_size=40).map("".join))
def test_paragraph_blocks_equal_the_line_by_line_reference(text):
    assert plain.paragraph_blocks(text) == _blocks_reference(text)


@PROFILE
@given(st.lists(st.sampled_from(["critics ", "Called ", "DESCRIBED it as ", "deſcribed ", "descrıbed ",
                                 "branded ", "labelled ", "the ", "a ", "sham ", "recalled ", "\n",
                                 "nothing but ", "calling", "é"]), max_size=12).map("".join))
def test_characterisation_needs_a_characterising_verb_before_the_word(text):
    """The judge's "called it a sham" cue fires only with a characterising verb in the 80
    characters before the word (whatever the folding of odd letters: the long s, the dotless
    i), in lower case, or capitalised only where it opens the sentence as a participle
    ("Called reckless by many, ..."; round 27): nothing but blanks before it."""
    from lintnews.builtin.loaded import evidence as ev

    verbs = set(ev.classes().characterising)
    for start in range(0, len(text) + 1, 3):
        found = ev.characterised(text, start, 0)
        if found is not None:
            verb = found.detail.split("'")[1]
            assert verb in text[max(0, start - 80) : start]
            opening = verb[0].isupper() and verb.lower() in verbs and text.lstrip().startswith(verb)
            assert verb in verbs or opening, (verb, text)
