"""Output formats for pipelines and editors: SARIF (schema-valid), GitHub workflow commands,
the ``line`` format read by Vim's and Emacs's error parsers, and ``--output FILE``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from lintnews.cli import main
from lintnews.model.diagnostic import Diagnostic, Severity
from lintnews.output.formatters.github import command, escape_data, escape_property

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

DRAFT = (
    "Council row deepens\n"
    "The mayor is believed to have hidden the report. Café owners slammed the plan.\n"
    "Zoë Brandt, the deputy mayor, said the report would be published on Friday.\n"
)


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "row, draft: v2.txt"  # a comma and a colon: escaped in GitHub properties
    path.write_text(DRAFT, encoding="utf-8")
    return path


def _json(path: Path) -> list[dict]:
    return json.loads(run("check", "-f", "json", str(path)).output)["diagnostics"]


# -- SARIF ---------------------------------------------------------------------------------

def test_sarif_of_the_examples_is_valid_against_the_schema():
    result = run("check", "-f", "sarif", str(EXAMPLES))
    assert result.exit_code == 1
    log = json.loads(result.output)
    jsonschema.validate(log, SCHEMA)  # raises with the path of the first violation
    (run_,) = log["runs"]
    assert run_["tool"]["driver"]["name"] == "lintnews"
    assert run_["results"], "the dirty example should produce results"


def test_sarif_results_match_the_json_diagnostics(draft):
    expected = _json(draft)
    log = json.loads(run("check", "-f", "sarif", str(draft)).output)
    jsonschema.validate(log, SCHEMA)
    (run_,) = log["runs"]
    rules = run_["tool"]["driver"]["rules"]
    results = run_["results"]
    assert len(results) == len(expected) >= 2
    for res, d in zip(results, expected, strict=True):
        assert res["ruleId"] == d["rule"]
        assert rules[res["ruleIndex"]]["id"] == d["rule"]
        assert res["level"] == {"warning": "warning", "error": "error", "info": "note"}[d["severity"]]
        assert res["message"]["text"].startswith(d["message"])
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"].endswith("/row%2C%20draft%3A%20v2.txt")
        assert loc["region"] == {"startLine": d["line"], "startColumn": d["column"],
                                 "endLine": d["end_line"], "endColumn": d["end_column"]}


def test_sarif_rules_carry_help_text():
    log = json.loads(run("check", "-f", "sarif", str(EXAMPLES / "harbour-fire.txt")).output)
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    rule = rules["unattributed-claim/vague-source"]
    assert "Why an editor cares:" in rule["help"]["text"]
    assert rule["shortDescription"]["text"]
    assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}


def test_sarif_region_counts_code_points(draft):
    log = json.loads(run("check", "-f", "sarif", str(draft)).output)
    assert log["runs"][0]["columnKind"] == "unicodeCodePoints"
    line2 = DRAFT.splitlines()[1]
    regions = {r["ruleId"]: r["locations"][0]["physicalLocation"]["region"] for r in log["runs"][0]["results"]}
    slammed = regions["loaded-language/attack-verb"]  # after "Café": code points, not UTF-8 bytes
    assert (slammed["startLine"], slammed["startColumn"], slammed["endColumn"]) == (
        2, line2.index("slammed") + 1, line2.index("slammed") + 1 + len("slammed"))


def test_sarif_with_no_findings_is_valid(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("The council approved the budget on Monday, its leader said.\n", encoding="utf-8")
    result = run("check", "-f", "sarif", str(clean))
    assert result.exit_code == 0
    log = json.loads(result.output)
    jsonschema.validate(log, SCHEMA)
    assert log["runs"][0]["results"] == []


# -- GitHub workflow commands --------------------------------------------------------------

# ::LEVEL file=F,line=N,endLine=N,col=N,endColumn=N,title=T::MESSAGE, with the documented escaping:
# no raw newline anywhere, no raw ':' or ',' inside a property value.
GITHUB = re.compile(
    r"^::(?P<level>error|warning|notice) "
    r"file=(?P<file>[^,:\r\n]+),line=(?P<line>\d+),endLine=(?P<end_line>\d+),"
    r"col=(?P<col>\d+),endColumn=(?P<end_col>\d+),title=(?P<title>[^,:\r\n]+)"
    r"::(?P<message>[^\r\n]*)$"
)


def _unescape(value: str) -> str:
    return (value.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":")
            .replace("%2C", ",").replace("%25", "%"))


def test_github_output_matches_the_documented_syntax(draft):
    expected = _json(draft)
    result = run("check", "-f", "github", str(draft))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert len(lines) == len(expected) >= 2
    for line, d in zip(lines, expected, strict=True):
        m = GITHUB.match(line)
        assert m, line
        assert _unescape(m["file"]) == d["path"]
        assert "%2C" in m["file"] and "%3A" in m["file"]
        assert (int(m["line"]), int(m["col"]), int(m["end_line"]), int(m["end_col"])) == (
            d["line"], d["column"], d["end_line"], d["end_column"])
        assert _unescape(m["title"]) == d["rule"]
        assert m["level"] == {"warning": "warning", "error": "error", "info": "notice"}[d["severity"]]
        assert _unescape(m["message"]).startswith(d["message"])


def test_github_escaping_rules():
    assert escape_data("50% off\r\nnow: a, b") == "50%25 off%0D%0Anow: a, b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    d = Diagnostic("news/a,b.md", 3, 5, 3, 9, "house/x", "house", Severity.INFO,
                   "100% sure: 'x'", "Say y,\nnot x.")
    assert command(d) == (
        "::notice file=news/a%2Cb.md,line=3,endLine=3,col=5,endColumn=9,title=house/x"
        "::100%25 sure: 'x'%0ASuggestion: Say y,%0Anot x."
    )


# -- line format: Vim and Emacs --------------------------------------------------------------

# Vim's default 'errorformat' entry %f:%l:%c:%m, as the regex Vim builds from it.
VIM_EFM = re.compile(r"^(?P<f>[^:]+):(?P<l>\d+):(?P<c>\d+):(?P<m>.*)$")
# Emacs compilation-mode's `gnu' entry (simplified): FILE:LINE:COL: [warning|info: ]MESSAGE
EMACS_GNU = re.compile(r"^(?P<f>[^:\n]+?):(?P<l>[0-9]+):(?P<c>[0-9]+): (?:(?P<type>warning|info|error): )?(?P<m>.+)$")


def test_line_format_is_read_by_vim_and_emacs(draft, tmp_path):
    """Vim's %c is a byte index (the line format's default column unit); Emacs's
    compilation mode reads screen columns (``--column-unit display``)."""
    simple = tmp_path / "draft.txt"
    simple.write_text(DRAFT, encoding="utf-8")
    expected = _json(simple)
    source = DRAFT.splitlines()
    for unit, args in (("byte", ()), ("display", ("--column-unit", "display"))):
        lines = run("check", "-f", "line", *args, str(simple)).output.splitlines()
        assert len(lines) == len(expected) >= 2
        for line, d in zip(lines, expected, strict=True):
            vim = VIM_EFM.match(line)
            emacs = EMACS_GNU.match(line)
            assert vim and emacs, line
            prefix = source[d["line"] - 1][: d["column"] - 1]
            # (no tabs or wide characters in DRAFT: a screen column is a code point here)
            col = len(prefix.encode("utf-8")) + 1 if unit == "byte" else d["column"]
            for m in (vim, emacs):
                assert (m["f"], int(m["l"]), int(m["c"])) == (str(simple), d["line"], col)
            assert emacs["type"] == d["severity"]
            assert vim["m"].strip().endswith(f"[{d['rule']}]")


# -- --output FILE ------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["text", "line", "json", "sarif", "github"])
def test_output_writes_the_report_to_a_file(draft, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    result = run("check", "-f", fmt, "--output", str(out), str(draft))
    assert result.exit_code == 1
    assert result.output == ""  # nothing on standard output
    written = out.read_text(encoding="utf-8")
    assert written == run("check", "-f", fmt, "--no-color", str(draft)).output
    if fmt == "sarif":
        jsonschema.validate(json.loads(written), SCHEMA)


def test_github_multiline_span_has_no_columns():
    """The toolkit documents col/endColumn for single-line annotations only (before: always sent)."""
    d = Diagnostic("news/a.md", 3, 5, 4, 9, "advertorial/donation-appeal", "advertorial", Severity.WARNING,
                   "Donation appeal inside the article.")
    assert command(d) == ("::warning file=news/a.md,line=3,endLine=4,title=advertorial/donation-appeal"
                          "::Donation appeal inside the article.")


def test_github_annotations_of_a_real_multiline_appeal():
    out = run("check", "-f", "github", str(EXAMPLES / "mill-closure.md")).output.splitlines()
    spans = [dict(kv.split("=", 1) for kv in line.split(" ", 1)[1].split("::", 1)[0].split(","))
             for line in out]
    multi = [p for p in spans if p["line"] != p["endLine"]]
    single = [p for p in spans if p["line"] == p["endLine"]]
    assert multi and single  # the example has both
    assert all("col" not in p and "endColumn" not in p for p in multi)
    assert all("col" in p and "endColumn" in p for p in single)
