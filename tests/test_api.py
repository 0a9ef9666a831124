"""The Python API (lintnews.lint_text, lintnews.Linter): what README "Python API" promises."""

from __future__ import annotations

import pickle
import subprocess
import sys
import threading

import pytest

import lintnews
from lintnews.model.errors import ConfigError, InputError, InternalError, LintnewsError

CLAIM = "The mayor is widely believed to have known about the leak for months.\n"
LOADED = "The council's sham consultation ended on Friday.\n"
CLEAN = "The council met on Tuesday and approved the budget, the clerk said.\n"


@pytest.fixture(scope="module")
def linter():
    return lintnews.Linter()


def test_lint_text_finds_an_unattributed_claim_with_its_position():
    found = lintnews.lint_text("First line.\n" + CLAIM, path="story-17")
    rules = [(d.rule, d.line, d.column) for d in found]
    assert ("unattributed-claim/passive-attribution", 2, 11) in rules
    assert all(d.path == "story-17" for d in found)


def test_a_clean_text_gives_nothing(linter):
    assert linter.lint(CLEAN) == []


def test_formats_by_name_alias_and_extension(linter):
    md = "# Budget\n\n```\n" + LOADED + "```\n"  # a code block: not prose in Markdown
    assert [d.rule for d in linter.lint(md, fmt="markdown")] == []
    assert [d.rule for d in linter.lint(md, fmt="md")] == []
    assert [d.rule for d in linter.lint(md, path="x.md", fmt="auto")] == []
    # as plain text the fence is text: the word is flagged
    assert "loaded-language/emotive" in [d.rule for d in linter.lint(md, fmt="plain")]


def test_config_as_dict_path_and_object_agree(tmp_path):
    (tmp_path / ".lintnews.toml").write_text('select = ["loaded-language"]\n', encoding="utf-8")
    from lintnews.config.config import load_config

    text = CLAIM + LOADED
    by_dict = lintnews.Linter(config={"select": ["loaded-language"]}).lint(text)
    by_path = lintnews.Linter(config=tmp_path / ".lintnews.toml").lint(text)
    by_obj = lintnews.Linter(config=load_config(tmp_path / ".lintnews.toml")).lint(text)
    assert by_dict == by_path == by_obj
    assert by_dict and {d.category for d in by_dict} == {"loaded-language"}


def test_options_beat_the_config():
    text = CLAIM + LOADED
    found = lintnews.Linter(config={"select": ["loaded-language"]}, select="unattributed-claim").lint(text)
    assert {d.category for d in found} == {"unattributed-claim"}


def test_discover_finds_the_config_above_the_path(tmp_path):
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / ".lintnews.toml").write_text('ignore = ["loaded-language"]\n', encoding="utf-8")
    linter = lintnews.Linter(config=lintnews.DISCOVER)
    inside = linter.lint(LOADED, path=str(tmp_path / "desk" / "a.txt"))
    outside = linter.lint(LOADED, path=str(tmp_path / "b.txt"))
    assert [d.category for d in inside] == []
    assert "loaded-language" in [d.category for d in outside]


@pytest.mark.parametrize("make", [
    lambda: lintnews.Linter(config={"selct": ["x"]}),
    lambda: lintnews.Linter(config={"select": ["unattributed-claims"]}),
    lambda: lintnews.Linter(select="no-such-rule"),
    lambda: lintnews.Linter(profile="tabloid"),
    lambda: lintnews.Linter(config="/nonexistent/.lintnews.toml"),
    lambda: lintnews.Linter(config=42),
    lambda: lintnews.Linter(plugins=["no_such_module_xyz"]),
])
def test_bad_configuration_is_a_lintnews_error_with_one_line(make):
    with pytest.raises(LintnewsError) as info:
        make()
    assert "\n" not in str(info.value) and str(info.value)


def test_bad_texts_and_formats_are_lintnews_errors(linter):
    with pytest.raises(InputError):
        linter.lint(b"bytes are not text")
    with pytest.raises(InputError):
        linter.lint(None)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="unknown format 'docx'"):
        linter.lint("x", fmt="docx")


def test_a_reader_bug_is_an_internal_error(linter, monkeypatch):
    spec = linter.registry.readers["html"]

    def broken(text, **options):  # (options: the settings the HTML reader takes, html_scope)
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(spec, "read", broken)
    with pytest.raises(InternalError, match="ZeroDivisionError: boom"):
        linter.lint("<p>x</p>", fmt="html")


def test_a_failing_rule_is_a_diagnostic_not_an_exception(tmp_path, monkeypatch):
    plugin = tmp_path / "angry_rules_api.py"
    plugin.write_text(
        "from lintnews import hookimpl, Rule\n"
        "def boom(doc):\n"
        "    raise ValueError('no')\n"
        "@hookimpl\n"
        "def lintnews_register_rules(register):\n"
        "    register(Rule(id='angry/always', category='angry', summary='Fails.',\n"
        "                  rationale='A test rule that raises.', check_fn=boom))\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    result = lintnews.Linter(plugins=["angry_rules_api"]).check(CLEAN)
    assert result.failed
    assert [d.rule for d in result.diagnostics] == ["lintnews/rule-failure"]


def test_results_are_deterministic_and_independent_of_earlier_calls(linter):
    first = linter.lint(CLAIM + LOADED)
    linter.lint("Something else entirely, allegedly.\n" * 50)
    assert linter.lint(CLAIM + LOADED) == first
    assert lintnews.Linter().lint(CLAIM + LOADED) == first


def test_a_linter_pickles_as_its_settings_and_lints_the_same():
    linter = lintnews.Linter(config={"ignore": ["loaded-language"]}, profile="opinion")
    copy = pickle.loads(pickle.dumps(linter))
    assert copy.lint(CLAIM + LOADED) == linter.lint(CLAIM + LOADED)
    assert pickle.loads(pickle.dumps(linter)) is copy  # rebuilt once per process


def test_threads_sharing_a_linter_get_the_results_of_one_thread(linter):
    texts = [CLAIM * (i % 3 + 1) + LOADED * (i % 2) for i in range(24)]
    expected = [linter.lint(t) for t in texts]
    got: dict[int, list] = {}

    def work(i: int) -> None:
        got[i] = linter.lint(texts[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [got[i] for i in range(len(texts))] == expected


def test_import_lintnews_stays_cheap():
    code = ("import sys, lintnews; assert 'lintnews.execution.api' not in sys.modules; "
            "assert 'lintnews.config.config' not in sys.modules; lintnews.Linter; "
            "assert 'lintnews.execution.api' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_command_line_on_standard_input_reports_what_the_api_finds(tmp_path, monkeypatch):
    """`lintnews check -` lints through the API (cli/check.py `_lint_text`): same diagnostics."""
    import json

    from click.testing import CliRunner

    from lintnews.cli import main

    monkeypatch.chdir(tmp_path)
    text = "# Budget\n\n" + CLAIM + LOADED
    result = CliRunner().invoke(main, ["check", "--format", "json", "--stdin-filename", "draft.md", "-"],
                                input=text, env={"LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert result.exit_code == 1, result.stderr
    reported = json.loads(result.stdout)["diagnostics"]
    expected = lintnews.Linter(config=lintnews.DISCOVER).lint(text, path="draft.md", fmt="auto")
    assert reported == [d.to_dict() for d in expected] and expected
