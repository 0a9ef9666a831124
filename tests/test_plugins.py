"""Plugins, good and faulty, loaded the way users load them (issue 9).

A faulty rule (raises, returns garbage, is slow, exits, never ends) costs one
``error`` diagnostic naming its plugin and rule, exit 3, and nothing else: the
file's other diagnostics are still reported. A plugin whose entry point fails to
import is named in one line on stderr and skipped; lintnews still works (exit 3).
The entry-point tests install real distributions (a ``.dist-info`` directory with
``entry_points.txt``) on ``PYTHONPATH`` of a subprocess, which is what ``pip install``
leaves behind.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from lintnews.cli import main
from lintnews.model.exitcodes import ExitCode

GOOD_TEXT = "Sources say the fire started in the kitchen.\n"

FAULTY = '''
import itertools, sys, time
from lintnews import Examples, Finding, Rule, Severity, hookimpl

def _good(doc):
    i = doc.text.find("kitchen")
    if i >= 0:
        yield Finding(i, i + 7, "'kitchen' is a house word.")

def _raises(doc):
    raise ValueError("plugin bug\\nwith a second line")

def _out_of_range(doc):
    yield Finding(0, 4, "fine")
    yield Finding(0, 10**9, "past the end")

def _negative(doc):
    yield Finding(-3, 2, "before the start")

def _wrong_types(doc):
    yield Finding("0", 5, "start is a string")

def _bad_severity(doc):
    yield Finding(0, 1, "severity is a string", severity="high")

def _not_finding(doc):
    yield (0, 1, "a tuple")

def _not_iterable(doc):
    return 42

def _slow(doc):
    time.sleep(0.4)
    yield Finding(0, 7, "slow but right")

def _exits(doc):
    sys.exit(1)

def _endless(doc):
    return itertools.repeat(Finding(0, 1, "again"))

class Odd(BaseException):
    pass

def _base_exception(doc):
    raise Odd("not an Exception")

def _generator_exit(doc):
    yield Finding(0, 1, "first")
    raise GeneratorExit

def _keyboard(doc):
    raise KeyboardInterrupt

def _exits_zero(doc):
    raise SystemExit(0)

def _every_character(doc):  # a finding per character: many, but not a runaway
    return (Finding(i, i + 1, "a character") for i in range(len(doc.text)))

CHECKS = {
    "house/good": _good, "house/raises": _raises, "house/out-of-range": _out_of_range,
    "house/negative": _negative, "house/wrong-types": _wrong_types, "house/bad-severity": _bad_severity,
    "house/not-finding": _not_finding, "house/not-iterable": _not_iterable, "house/slow": _slow,
    "house/exits": _exits, "house/endless": _endless, "house/base-exception": _base_exception,
    "house/generator-exit": _generator_exit, "house/keyboard": _keyboard, "house/exits-zero": _exits_zero,
    "house/every-character": _every_character,
}

@hookimpl
def lintnews_register_rules(register):
    for rid, fn in CHECKS.items():
        register(Rule(id=rid, category="house", severity=Severity.WARNING, summary=rid,
                      examples=Examples(), check_fn=fn))
'''


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    env = {"LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1", **(env or {})}
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def faulty(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "faultyplug.py").write_text(FAULTY)
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop("faultyplug", None)
    story = tmp_path / "story.txt"
    story.write_text(GOOD_TEXT)
    return story


def lint_json(story: Path, rule: str, env: dict[str, str] | None = None) -> tuple[int, list[dict], str]:
    code, out, err = invoke("check", "--plugin", "faultyplug", "-f", "json",
                            "--select", f"house/good,unattributed-claim,{rule}", str(story), env=env)
    assert "Traceback" not in err
    return code, json.loads(out)["diagnostics"], err


@pytest.mark.parametrize("rule, says", [
    ("house/raises", "raised ValueError: plugin bug with a second line"),
    ("house/out-of-range", "returned an invalid finding"),
    ("house/negative", "returned an invalid finding"),
    ("house/wrong-types", "returned an invalid finding"),
    ("house/bad-severity", "returned an invalid finding"),
    ("house/not-finding", "returned an invalid finding"),
    ("house/not-iterable", "raised TypeError"),
    ("house/exits", "raised SystemExit"),
    ("house/endless", "more than 100000 findings"),
    ("house/base-exception", "raised Odd: not an Exception"),
    ("house/generator-exit", "raised GeneratorExit"),
    ("house/keyboard", "raised KeyboardInterrupt"),  # not Ctrl-C: no signal was sent
    ("house/exits-zero", "raised SystemExit"),
])
def test_faulty_rule_is_one_error_and_the_rest_is_reported(faulty: Path, rule: str, says: str) -> None:
    code, diags, err = lint_json(faulty, rule)
    assert code == ExitCode.PLUGIN_FAILURE, err
    failures = [d for d in diags if d["rule"] == "lintnews/rule-failure"]
    assert len(failures) == 1, diags
    f = failures[0]
    assert f["severity"] == "error"
    assert f"rule {rule} (plugin faultyplug)" in f["message"] and says in f["message"], f["message"]
    assert "\n" not in f["message"]
    rules = {d["rule"] for d in diags}
    assert {"unattributed-claim/vague-source", "house/good"} <= rules  # the file's other diagnostics


def test_a_failing_plugin_still_fails_the_run_with_exit_zero_and_min_severity(faulty: Path) -> None:
    # --exit-zero forgives findings, not a broken plugin; the failure is an error, shown at any
    # --min-severity
    code, out, err = invoke("check", "--plugin", "faultyplug", "-f", "json", "--exit-zero",
                            "--min-severity", "error", "--select", "house/good,house/raises", str(faulty))
    assert code == ExitCode.PLUGIN_FAILURE, err
    assert [d["rule"] for d in json.loads(out)["diagnostics"]] == ["lintnews/rule-failure"]
    assert invoke("check", "--plugin", "faultyplug", "--select", "house/good", str(faulty))[0] == ExitCode.FINDINGS
    assert invoke("check", "--plugin", "faultyplug", "--exit-zero", "--select", "house/good", str(faulty))[0] == ExitCode.OK


def test_valid_findings_of_a_partly_faulty_rule_are_kept(faulty: Path) -> None:
    _, diags, _ = lint_json(faulty, "house/out-of-range")
    assert any(d["rule"] == "house/out-of-range" and d["message"] == "fine" for d in diags)


def test_slow_rule_overruns_its_budget(faulty: Path) -> None:
    code, diags, _ = lint_json(faulty, "house/slow", env={"LINTNEWS_RULE_BUDGET": "0.1"})
    assert code == ExitCode.PLUGIN_FAILURE
    failure = [d for d in diags if d["rule"] == "lintnews/rule-failure"]
    assert len(failure) == 1 and "took" in failure[0]["message"] and "budget 0.1 s" in failure[0]["message"]
    assert any(d["rule"] == "house/slow" for d in diags)  # its findings are still reported
    assert any(d["rule"] == "unattributed-claim/vague-source" for d in diags)


def test_slow_rule_within_the_default_budget_is_fine(faulty: Path) -> None:
    code, diags, _ = lint_json(faulty, "house/slow")
    assert code == ExitCode.FINDINGS
    assert not [d for d in diags if d["rule"] == "lintnews/rule-failure"]


def test_other_files_are_linted_after_a_plugin_failure(faulty: Path, tmp_path: Path) -> None:
    second = tmp_path / "second.txt"
    second.write_text("Allegedly, the mayor resigned.\n")
    code, out, _ = invoke("check", "--plugin", "faultyplug", "-f", "line",
                            "--select", "unattributed-claim,house/raises", str(faulty), str(second))
    assert code == ExitCode.PLUGIN_FAILURE
    assert f"{second}:1:1: warning:" in out
    assert out.count("lintnews/rule-failure") == 2  # once per file


def test_missing_plugin_module_is_one_line_exit_2(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text(GOOD_TEXT)
    code, _, err = invoke("check", "--plugin", "no_such_plugin_module", str(story))
    assert code == ExitCode.USAGE_OR_INPUT
    assert err.strip().count("\n") == 0 and "no_such_plugin_module" in err


# --- real entry points -----------------------------------------------------------------------


def make_dist(site: Path, dist: str, module: str, source: str, entry_name: str) -> None:
    """What ``pip install`` leaves for a distribution with a ``lintnews`` entry point."""
    (site / f"{module}.py").write_text(textwrap.dedent(source))
    info = site / f"{dist}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[lintnews]\n{entry_name} = {module}\n")
    (info / "RECORD").write_text("")


GOOD_PLUGIN = '''
from lintnews import Examples, Finding, Rule, Severity, hookimpl

def check(doc):
    start = 0
    while (i := doc.text.lower().find("slam dunk", start)) >= 0:
        yield Finding(i, i + 9, "'slam dunk' is sports slang.", "Say what happened.")
        start = i + 9

@hookimpl
def lintnews_register_rules(register):
    register(Rule(id="house/sports-slang", category="loaded-language", severity=Severity.WARNING,
                  summary="Sports slang in news copy.", rationale="Readers outside sport miss it.",
                  examples=Examples(trigger=("It was a slam dunk.",), no_trigger=("It was easy.",)),
                  check_fn=check))
'''

BROKEN_PLUGIN = '''
import this_dependency_is_not_installed
'''


def run_cli(args: list[str], site: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(site), env.get("PYTHONPATH", "")) if p)
    return subprocess.run([sys.executable, "-m", "lintnews", *args], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    s = tmp_path / "site"
    s.mkdir()
    make_dist(s, "lintnews_slang", "lintnews_slang", GOOD_PLUGIN, "slang")
    return s


def test_entry_point_plugin_adds_a_rule(site: Path, tmp_path: Path) -> None:
    proc = run_cli(["rules"], site)
    assert proc.returncode == 0, proc.stderr
    assert any(line.startswith("house/sports-slang ") for line in proc.stdout.splitlines())
    proc = run_cli(["rules", "--format", "json"], site)
    listed = {r["id"]: r for r in json.loads(proc.stdout)}
    assert listed["house/sports-slang"]["plugin"] == "slang"
    story = tmp_path / "s.txt"
    story.write_text("It was a slam dunk. Sources say so.\n")
    proc = run_cli(["check", "-f", "line", str(story)], site)
    assert proc.returncode == ExitCode.FINDINGS
    assert f"{story}:1:10: warning: 'slam dunk' is sports slang. [house/sports-slang]" in proc.stdout
    assert proc.stderr == ""


def test_entry_point_plugin_runs_its_own_examples(site: Path) -> None:
    code = textwrap.dedent('''
        from lintnews.document.document import Document
        from lintnews.engine.engine import Engine
        from lintnews.plugins.registry import load_registry
        reg = load_registry()
        rule = reg.rules["house/sports-slang"]
        eng = Engine(reg)
        def hits(text):
            return [d for d in eng.lint(Document(reg.readers["text"].read(text), "x")) if d.rule == rule.id]
        assert all(hits(t) for t in rule.examples.trigger)
        assert not any(hits(t) for t in rule.examples.no_trigger)
        print("ok")
    ''')
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", None)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert proc.stdout.strip() == "ok", proc.stderr


def test_broken_entry_point_is_named_and_skipped(site: Path, tmp_path: Path) -> None:
    make_dist(site, "lintnews_broken", "lintnews_broken", BROKEN_PLUGIN, "broken")
    story = tmp_path / "s.txt"
    story.write_text("It was a slam dunk. Sources say so.\n")
    proc = run_cli(["check", "-f", "line", str(story)], site)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("lintnews: failed to load plugin 'broken' (lintnews_broken), skipped:")
    assert "ModuleNotFoundError" in lines[0] and "this_dependency_is_not_installed" in lines[0]
    assert proc.returncode == ExitCode.PLUGIN_FAILURE
    assert "[house/sports-slang]" in proc.stdout  # the good plugin still works
    assert "[unattributed-claim/vague-source]" in proc.stdout  # and so do the built-ins
    proc = run_cli(["rules"], site)
    assert proc.returncode == ExitCode.PLUGIN_FAILURE and "house/sports-slang" in proc.stdout
    assert "failed to load plugin 'broken'" in proc.stderr
    proc = run_cli(["check", "--no-plugins", "-f", "line", str(story)], site)
    assert proc.returncode == ExitCode.FINDINGS and proc.stderr == ""  # --no-plugins skips it silently


def test_entry_point_that_raises_at_import(site: Path, tmp_path: Path) -> None:
    make_dist(site, "lintnews_boom", "lintnews_boom", "raise RuntimeError('boom at import')\n", "boom")
    story = tmp_path / "s.txt"
    story.write_text("Sources say so.\n")
    proc = run_cli(["check", "-f", "line", str(story)], site)
    assert proc.returncode == ExitCode.PLUGIN_FAILURE
    assert "failed to load plugin 'boom'" in proc.stderr and "RuntimeError: boom at import" in proc.stderr
    assert f"{story}:1:1: warning:" in proc.stdout


JUDGE_PLUGIN = '''
from pathlib import Path
from lintnews import hookimpl

def judge(doc, hits_by_rule):
    raise RuntimeError("judge bug")

@hookimpl
def lintnews_register_contexts(register):
    register("fragile", judge)

@hookimpl
def lintnews_register_rule_packs(register):
    register(Path(__file__).with_name("fragile.toml"))
'''

FRAGILE_PACK = '''
[[rules]]
id = "house/fragile"
summary = "Words judged by a fragile context."
message = "'{match}' is fragile."
context = "fragile"
terms = ["kitchen"]
'''


def test_faulty_context_judge(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "judgeplug.py").write_text(JUDGE_PLUGIN)
    (tmp_path / "fragile.toml").write_text(FRAGILE_PACK)
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop("judgeplug", None)
    story = tmp_path / "story.txt"
    story.write_text(GOOD_TEXT)
    code, out, err = invoke("check", "--plugin", "judgeplug", "-f", "json", str(story))
    assert "Traceback" not in err
    assert code == ExitCode.PLUGIN_FAILURE
    diags = json.loads(out)["diagnostics"]
    failures = [d for d in diags if d["rule"] == "lintnews/rule-failure"]
    assert len(failures) == 1
    assert "house/fragile (plugin judgeplug) raised RuntimeError: judge bug" in failures[0]["message"]
    assert any(d["rule"] == "unattributed-claim/vague-source" for d in diags)


def test_two_faulty_rules_in_one_file_give_two_errors(faulty: Path) -> None:
    code, out, _ = invoke("check", "--plugin", "faultyplug", "-f", "json",
                          "--select", "unattributed-claim,house/raises,house/not-iterable", str(faulty))
    assert code == ExitCode.PLUGIN_FAILURE
    failures = [d["message"] for d in json.loads(out)["diagnostics"] if d["rule"] == "lintnews/rule-failure"]
    assert len(failures) == 2
    assert any("house/raises" in m for m in failures) and any("house/not-iterable" in m for m in failures)


def test_plugin_findings_cap_grows_with_the_text(faulty: Path) -> None:
    """A plugin may return a finding per character of a long text (the cap stops runaways:
    100,000 findings, or one per character)."""
    faulty.write_text(GOOD_TEXT + "x" * 120_000 + "\n")
    code, diags, _ = lint_json(faulty, "house/every-character")
    assert code == ExitCode.FINDINGS
    assert not [d for d in diags if d["rule"] == "lintnews/rule-failure"]
    assert len([d for d in diags if d["rule"] == "house/every-character"]) == len(faulty.read_text())
