"""proselint both ways: lintnews's rules inside proselint 0.16, and proselint's checks inside lintnews."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from lintnews.cli import main
from lintnews.document.document import Document
from lintnews.engine.engine import Engine, Settings
from lintnews.plugins.registry import load_registry

CLAIM = "The treasurer claimed that the books were balanced."


# -- (a) lintnews rules run inside proselint -------------------------------------------------------

def test_proselint_lintfile_reports_a_lintnews_rule():
    from proselint.tools import LintFile

    from lintnews.integrations import proselint_bridge

    proselint_bridge.register()
    again = proselint_bridge.register()
    assert again == []  # idempotent: no duplicate checks
    text = f"Budget night\n\nZoë Brandt spoke first. {CLAIM}\n"
    results = LintFile("draft.md", text).lint()
    ours = [r for r in results if r.check_result.check_path.startswith("lintnews.")]
    (hit,) = [r for r in ours if r.check_result.check_path == "lintnews.loaded-language.verdict-verb"]
    padded = f"\n{text}\n"  # proselint lints its content with a newline added at each end
    start, end = hit.check_result.span
    assert padded[start:end] == "claimed"
    assert hit.check_result.replacements == "said"
    assert "passes a verdict" in hit.check_result.message


def test_proselint_config_can_switch_lintnews_checks_off():
    from proselint.config import DEFAULT
    from proselint.tools import LintFile

    from lintnews.integrations import proselint_bridge

    proselint_bridge.register()
    checks = {"lintnews.loaded-language": False, **DEFAULT["checks"]}
    results = LintFile("draft.txt", CLAIM).lint({"max_errors": 1000, "checks": checks})
    assert not [r for r in results if r.check_result.check_path.startswith("lintnews.loaded-language")]


def test_proselint_lintnews_console_script(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(f"{CLAIM}\nI would argue that the plan works.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", "from lintnews.integrations.proselint_bridge import main; main()", "check", str(draft)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert any(line.endswith("lintnews.loaded-language.verdict-verb: 'claimed' passes a verdict on the "
                             "speaker; \"said\" is neutral.") for line in lines), proc.stdout
    assert any(":2:1: hedging:" in line for line in lines), proc.stdout  # proselint's own checks too


# -- (b) proselint checks run inside lintnews ------------------------------------------------------

TEXT = "Opening night\nZoë said the plan worked. I would argue that the show is very unique.\n"


def test_with_proselint_reports_proselint_checks_with_positions(tmp_path):
    draft = tmp_path / "review.txt"
    draft.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--with-proselint", "-f", "json", str(draft)])
    diags = json.loads(result.output)["diagnostics"]
    style = {d["rule"]: d for d in diags if d["category"] == "style"}
    line2 = TEXT.splitlines()[1]
    hedge = style["style/proselint/hedging"]
    col = line2.index("I would argue that") + 1
    assert (hedge["line"], hedge["column"], hedge["end_line"], hedge["end_column"]) == (
        2, col, 2, col + len("I would argue that"))
    assert hedge["message"] == "Hedging. Just say it."
    unique = style["style/proselint/uncomparables"]
    assert (unique["column"], unique["end_column"]) == (
        line2.index("very unique") + 1, line2.index("very unique") + 1 + len("very unique"))
    assert result.exit_code == 1
    # without the flag, no proselint rule runs
    plain = json.loads(CliRunner().invoke(main, ["check", "-f", "json", str(draft)]).output)["diagnostics"]
    assert not [d for d in plain if d["category"] == "style"]


def test_with_proselint_can_be_ignored_by_family(tmp_path):
    draft = tmp_path / "review.txt"
    draft.write_text(TEXT, encoding="utf-8")
    out = CliRunner().invoke(main, ["check", "--with-proselint", "--ignore", "style/proselint/hedging",
                                    "-f", "json", str(draft)]).output
    rules = {d["rule"] for d in json.loads(out)["diagnostics"]}
    assert "style/proselint/hedging" not in rules
    assert "style/proselint/uncomparables" in rules


def test_proselint_results_are_not_capped_at_1000():
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    registry = load_registry(["lintnews.integrations.proselint_plugin"], autoload=False)
    engine = Engine(registry, Settings(select=("style/proselint",)))
    text = "\n".join(f"Item {i}: I would argue that it works." for i in range(1100)) + "\n"
    diags = engine.lint(Document(registry.readers["text"].read(text), "long.txt"))
    diags = [d for d in diags if d.rule == "style/proselint/hedging"]
    assert len(diags) == 1100
    assert [d.line for d in diags] == list(range(1, 1101))
    # proselint's own lint() stops at max_errors (1000 by default)
    from proselint.checks import __register__

    if not any(c.path == "hedging" for c in CheckRegistry().checks):
        CheckRegistry().register_many(__register__)
    capped = LintFile("long.txt", text).lint({"max_errors": 1000, "checks": {"hedging": True}})
    assert len(capped) == 1000


def test_with_proselint_can_select_one_family(tmp_path):
    draft = tmp_path / "review.txt"
    draft.write_text(TEXT, encoding="utf-8")
    out = CliRunner().invoke(main, ["check", "--with-proselint", "--select", "style/proselint/hedging",
                                    "-f", "json", str(draft)]).output
    rules = {d["rule"] for d in json.loads(out)["diagnostics"]}
    assert rules == {"style/proselint/hedging"}


# -- (a) continued: files are read as `lintnews check` reads them (issue 18.7) ----------------------

MARKDOWN = """# Budget night

The mayor is **believed to** have resigned before the vote.

```
The treasurer claimed the books were balanced.
```

> It was a terrifying night for the council, she said.
"""

HTML = """<html><body>
<nav>Shocking news | Home</nav>
<article><h1>Ferry fares rise</h1>
<p>It is understood that the operator lost money.</p>
<pre>Allegedly this is code.</pre></article>
<script>var claimed = "Sources say";</script>
<footer>Sign up for our newsletter to get news every morning.</footer>
</body></html>
"""


def _bridged(name: str, text: str) -> set[tuple[str, str]]:
    """(check path, flagged source text) of every lintnews check proselint reports for the file."""
    from proselint.tools import LintFile

    from lintnews.integrations import proselint_bridge

    proselint_bridge.register()
    padded = f"\n{text}\n"
    return {(r.check_result.check_path, padded[slice(*r.check_result.span)])
            for r in LintFile(name, text).lint() if r.check_result.check_path.startswith("lintnews.")}


def _checked(tmp_path, name: str, text: str) -> set[tuple[str, str]]:
    """The same, as `lintnews check` reports it."""
    draft = tmp_path / name
    draft.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(main, ["check", "-f", "json", str(draft)],
                             env={"LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"}).stdout
    lines = text.splitlines()
    got = set()
    for d in json.loads(out)["diagnostics"]:
        assert d["line"] == d["end_line"]
        got.add(("lintnews." + d["rule"].replace("/", "."),
                 lines[d["line"] - 1][d["column"] - 1 : d["end_column"] - 1]))
    return got


def test_proselint_reads_markdown_as_lintnews_check_does(tmp_path):
    got = _bridged("draft.md", MARKDOWN)
    assert got == _checked(tmp_path, "draft.md", MARKDOWN)
    assert ("lintnews.unattributed-claim.passive-attribution", "is **believed to") in got
    assert not any("verdict-verb" in path or "emotive" in path for path, _ in got)  # code, quotation


def test_proselint_reads_html_as_lintnews_check_does(tmp_path):
    got = _bridged("page.html", HTML)
    assert got == _checked(tmp_path, "page.html", HTML)
    assert {path for path, _ in got} == {"lintnews.unattributed-claim.passive-attribution"}


def test_proselint_lintnews_console_script_reads_markdown(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(MARKDOWN, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", "from lintnews.integrations.proselint_bridge import main; main()",
         "check", str(draft)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    ours = [line for line in proc.stdout.splitlines() if "lintnews." in line]
    assert len(ours) == 1 and "lintnews.unattributed-claim.passive-attribution" in ours[0], proc.stdout
