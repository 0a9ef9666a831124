"""The command line: formats, exit codes, standard input, directories, selection, rules, explain."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from lintnews import __version__
from lintnews.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DIRTY = "Mayor unveils shocking plan\nThe plan is believed to cost millions.\n"
CLEAN = "The council approved the plan on Monday, its leader said.\n"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def test_clean_example_exits_0():
    result = run("check", str(EXAMPLES / "council-budget.txt"))
    assert result.exit_code == 0, result.output
    assert result.output == ""


def test_dirty_example_exits_1_with_text_report():
    result = run("check", "--no-color", str(EXAMPLES / "harbour-fire.txt"))
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert re.match(r".*harbour-fire\.txt:1:1: warning loaded-language/\S+: .*'Shocking'", first)
    # the source line is shown with the span marked under it
    assert "    Shocking blaze tears through historic harbour warehouse" in result.output
    assert "    ^^^^^^^^" in result.output
    assert "\x1b[" not in result.output  # no colour when not a terminal
    assert re.search(r"^\d+ problems found\.$", result.output, re.M)


def test_line_format(drafts):
    result = run("check", "--format", "line", str(drafts / "dirty.txt"))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines, result.output
    pattern = re.compile(r"^(?P<f>[^:]+):(?P<l>\d+):(?P<c>\d+): (?P<s>error|warning|info): (?P<m>.+) \[(?P<r>[\w/-]+)\]$")
    assert all(pattern.match(x) for x in lines), lines
    assert any(":2:10: warning: " in x and "[unattributed-claim/passive-attribution]" in x for x in lines)


def test_json_format(drafts):
    result = run("check", "--format", "json", str(drafts / "dirty.txt"), str(drafts / "clean.md"))
    assert result.exit_code == 1
    payload = json.loads(result.output)
    assert payload["version"] == __version__
    rules = {d["rule"] for d in payload["diagnostics"]}
    assert "unattributed-claim/passive-attribution" in rules
    assert all(d["path"].endswith("dirty.txt") for d in payload["diagnostics"])


def test_json_of_clean_file_is_empty_list(drafts):
    result = run("check", "--format", "json", str(drafts / "clean.md"))
    assert result.exit_code == 0
    assert json.loads(result.output)["diagnostics"] == []


def test_stdin():
    result = run("check", "--format", "json", "-", input=DIRTY)
    assert result.exit_code == 1
    diags = json.loads(result.output)["diagnostics"]
    assert diags and all(d["path"] == "-" for d in diags)


def test_stdin_filename_names_the_input():
    result = run("check", "--format", "line", "--stdin-filename", "story.txt", "-", input=DIRTY)
    assert result.output.startswith("story.txt:")


def test_directory_is_searched(drafts):
    (drafts / "notes.py").write_text("x = 'allegedly'\n", encoding="utf-8")
    result = run("check", "--format", "json", str(drafts))
    paths = {Path(d["path"]).name for d in json.loads(result.output)["diagnostics"]}
    assert paths == {"dirty.txt"}  # .py is not prose; clean.md is clean


def test_missing_file_is_exit_2_and_others_still_linted(drafts):
    result = CliRunner().invoke(main, ["check", "--format", "json", str(drafts / "nope.txt"), str(drafts / "dirty.txt")])
    assert result.exit_code == 2
    assert "nope.txt: no such file or directory" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert json.loads(result.stdout)["diagnostics"], "the other file's findings are still reported"


def test_binary_and_undecodable_files_are_exit_2(drafts):
    (drafts / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (drafts / "latin.txt").write_bytes("Caf\xe9 allegedly shut.".encode("latin-1"))
    result = CliRunner().invoke(main, ["check", str(drafts / "photo.txt"), str(drafts / "latin.txt")])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert "photo.txt: binary file" in lines[0]
    assert "latin.txt: not valid UTF-8 at byte 3" in lines[1]


def test_encoding_option_decodes_latin1(drafts):
    (drafts / "latin.txt").write_bytes("Caf\xe9 owners allegedly shut the road.".encode("latin-1"))
    result = run("check", "--format", "json", "--encoding", "latin-1", str(drafts / "latin.txt"))
    assert result.exit_code == 1
    (d,) = json.loads(result.output)["diagnostics"]
    assert d["column"] == 13  # "Café owners " is 12 code points


def test_empty_directory_is_exit_2(tmp_path):
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert "directory has no files to lint" in result.stderr


def test_no_paths_is_a_usage_error():
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 2
    assert "no paths given" in result.stderr


def test_unknown_format_is_a_usage_error(drafts):
    result = CliRunner().invoke(main, ["check", "--format", "xml", str(drafts / "dirty.txt")])
    assert result.exit_code == 2
    assert "unknown format 'xml'" in result.stderr


def test_select_and_ignore(drafts):
    path = str(drafts / "dirty.txt")
    only_loaded = json.loads(run("check", "-f", "json", "--select", "loaded-language", path).output)
    assert only_loaded["diagnostics"]
    assert {d["category"] for d in only_loaded["diagnostics"]} == {"loaded-language"}
    no_claims = json.loads(run("check", "-f", "json", "--ignore", "unattributed-claim", path).output)
    assert "unattributed-claim" not in {d["category"] for d in no_claims["diagnostics"]}


def test_fail_on_error_lets_warnings_pass(drafts):
    result = run("check", "--fail-on", "error", str(drafts / "dirty.txt"))
    assert result.exit_code == 0
    assert "warning" in result.output


def test_rules_table_and_json():
    table = run("rules")
    assert table.exit_code == 0
    assert table.output.splitlines()[0].split() == ["id", "category", "severity", "summary"]
    assert "unattributed-claim/doubt-adverb" in table.output
    items = json.loads(run("rules", "--format", "json").output)
    categories = {r["category"] for r in items}
    assert {"unattributed-claim", "loaded-language", "advertorial"} <= categories


def test_explain():
    result = run("explain", "unattributed-claim/doubt-adverb")
    assert result.exit_code == 0
    assert "Why an editor cares:" in result.output
    assert "Flags:" in result.output and "Leaves alone:" in result.output


def test_explain_unknown_rule_suggests():
    result = CliRunner().invoke(main, ["explain", "unattributed-claim/doubt-adverbs"])
    assert result.exit_code == 2
    assert "did you mean unattributed-claim/doubt-adverb" in result.stderr


def test_explain_a_shortened_name_suggests_its_rule_first():
    result = CliRunner().invoke(main, ["explain", "unattributed-claim/pasive"])
    assert result.exit_code == 2
    assert "did you mean unattributed-claim/passive-attribution," in result.stderr


def test_plugin_option_adds_a_rule(tmp_path, monkeypatch):
    (tmp_path / "slang_plugin.py").write_text(textwrap.dedent('''
        import re
        from lintnews import Examples, Finding, Rule, Severity, hookimpl

        def check(doc):
            for m in re.finditer(r"\\bgonna\\b", doc.text):
                yield Finding(m.start(), m.end(), "sports slang", "say what happened")

        @hookimpl
        def lintnews_register_rules(register):
            register(Rule(id="house/slang", category="style", severity=Severity.WARNING,
                          summary="Sports slang.", rationale="Readers miss it.",
                          examples=Examples(("They were gonna win.",), ("Easy.",)), check_fn=check))
    '''), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    listed = run("rules", "--plugin", "slang_plugin")
    assert "house/slang" in listed.output
    result = run("check", "-f", "json", "--plugin", "slang_plugin", "-", input="It was gonna rain.\n")
    (d,) = json.loads(result.output)["diagnostics"]
    assert (d["rule"], d["column"], d["end_column"], d["category"]) == ("house/slang", 8, 13, "style")


def test_broken_plugin_is_one_line(tmp_path, monkeypatch):
    (tmp_path / "broken_plugin.py").write_text("raise ImportError('missing dependency')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    result = CliRunner().invoke(main, ["check", "--plugin", "broken_plugin", "-"], input="x\n")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "lintnews: failed to load plugin 'broken_plugin': ImportError: missing dependency"
    )


def test_extra_rule_pack(tmp_path):
    pack = tmp_path / "house.toml"
    pack.write_text(textwrap.dedent('''
        [[rules]]
        id = "house/banned"
        category = "loaded-language"
        context = "writer-voice"
        summary = "Banned words."
        rationale = "House style."
        message = "'{match}' is banned."
        terms = ["gobsmacked"]
        [rules.examples]
        trigger = ["A gobsmacked mayor."]
        no_trigger = ["A bridge."]
    '''), encoding="utf-8")
    result = run("check", "-f", "json", "--rule-pack", str(pack), "-", input="A gobsmacked mayor reopened the bridge.\n")
    rules = [d["rule"] for d in json.loads(result.output)["diagnostics"]]
    assert "house/banned" in rules


def test_bad_rule_pack_is_one_line(tmp_path):
    pack = tmp_path / "bad.toml"
    pack.write_text('[[rules]]\nid = "house/x"\nsummary = "s"\nmessage = "m"\nterms = ["a"]\ncolour = "red"\n')
    result = CliRunner().invoke(main, ["check", "--rule-pack", str(pack), "-"], input="x\n")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"lintnews: {pack}: rule house/x: unknown key 'colour'"


def test_statistics_counts_rules_and_categories(drafts):
    result = run("check", "--statistics", "-f", "line", str(drafts / "dirty.txt"), str(drafts / "clean.md"))
    lines = result.output.splitlines()
    reported = [x for x in lines if re.match(r"^\S+:\d+:\d+: ", x)]
    table = lines[len(reported):]
    by_rule = {x.split()[2]: int(x.split()[0]) for x in table if len(x.split()) == 3}
    assert sum(by_rule.values()) == len(reported)
    assert by_rule["unattributed-claim/passive-attribution"] == 1
    assert table[-1].split()[:4] == [str(len(reported)), "diagnostics", "in", "2"]


def test_statistics_keep_json_valid(drafts):
    result = CliRunner().invoke(main, ["check", "--statistics", "-f", "json", str(drafts / "dirty.txt")])
    diags = json.loads(result.stdout)["diagnostics"]
    assert result.stderr.splitlines()[-1].split()[:2] == [str(len(diags)), "diagnostics"]


def test_check_lints_with_the_cycle_collector_on_and_leaves_it_as_it_was(drafts, monkeypatch):
    """Start-up runs with Python's cycle collector paused (lintnews.cli.check._collector_paused):
    the files are linted with it on (the runner pauses it again per file, see
    lintnews.execution.runner), and a check run in-process (an editor, a test) leaves it as it
    found it, on or off, with what was frozen before frozen and nothing more, whether the
    run succeeds or fails."""
    import gc

    import lintnews.execution.runner as runner

    seen = []
    real = runner.lint_file

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(runner, "lint_file", spy)
    gc.unfreeze()  # (an earlier test's workers may have left objects frozen)
    assert gc.isenabled()
    assert run("check", str(drafts / "dirty.txt")).exit_code == 1
    assert seen == [True] and gc.isenabled() and gc.get_freeze_count() == 0
    assert run("check", "--format", "nonesuch", str(drafts / "dirty.txt")).exit_code == 2
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()
    try:
        assert run("check", str(drafts / "dirty.txt")).exit_code == 1
        assert seen == [True, False] and not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()
    gc.freeze()  # frozen by someone else: left frozen
    try:
        before = gc.get_freeze_count()
        assert run("check", str(drafts / "dirty.txt")).exit_code == 1
        assert seen[-1] is True and gc.isenabled() and gc.get_freeze_count() >= before
    finally:
        gc.unfreeze()
