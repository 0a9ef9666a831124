"""Round 38: the doubtful cases round 37 left, decided by the lead and mended. Each test failed
before its fix (the "before" is in each docstring)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from clirun import run

from lintnews.model.exitcodes import ExitCode

CLAIM = "Sources say the mayor slammed the plan.\n"


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


# -- 1. -o FILE where a directory walk would lint FILE --------------------------------------------

def test_the_report_is_never_written_over_a_draft_the_walk_lints(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: ``-o story.md articles/`` left articles/story.md out of the walk and replaced it
    with the report: the draft was gone, exit 0."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    story = tmp_path / "articles" / "story.md"
    story.write_text(CLAIM)
    code, out, err = run("check", "-o", "articles/story.md", "articles/")
    assert code == ExitCode.USAGE_OR_INPUT and out == ""
    assert "one of the files this run lints" in one_line(err)
    assert story.read_text() == CLAIM
    assert sorted(os.listdir(tmp_path / "articles")) == ["story.md"]  # no temporary file left


@pytest.mark.parametrize("fmt", ["line", "text", "html", "json"])
def test_a_previous_report_in_the_walk_is_still_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         fmt: str) -> None:
    """The report a previous run wrote is not an input: it is replaced, and never linted."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.md").write_text(CLAIM)
    name = "report.html" if fmt == "html" else "report.txt"
    first = run("check", "-f", fmt, "-o", name, ".")
    second = run("check", "-f", fmt, "-o", name, ".")
    assert first[0] == second[0] == ExitCode.FINDINGS and second[2] == ""
    assert "unattributed-claim/vague-source" in (tmp_path / name).read_text()


def test_a_clean_runs_statistics_report_is_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("The council met on Monday, its clerk said.\n")
    for _ in range(2):
        code, _, err = run("check", "--statistics", "-o", "report.txt", ".")
        assert code == ExitCode.OK and err == ""
    assert "diagnostics in 1 file" in (tmp_path / "report.txt").read_text()


def test_an_empty_file_in_the_walk_may_be_the_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.md").write_text(CLAIM)
    (tmp_path / "report.txt").write_text("")
    code, _, err = run("check", "-f", "line", "-o", "report.txt", ".")
    assert code == ExitCode.FINDINGS and err == ""


# -- 2. Markdown: a draft that opens with a rule line is not front matter -------------------------

def _findings(text: str) -> list[tuple[int, int, str]]:
    import lintnews

    return [(d.line, d.column, d.rule) for d in lintnews.lint_text(text, path="draft.md", fmt="markdown")]


def test_a_rule_line_that_opens_a_draft_is_not_front_matter() -> None:
    """Before: ``---`` on the first line made everything up to the next ``---`` front matter:
    the draft's first paragraphs were never linted."""
    text = "---\n\nSources say the mayor slammed the plan.\n\n---\n\nThe council met on Monday.\n"
    found = _findings(text)
    assert (3, 1, "unattributed-claim/vague-source") in found


@pytest.mark.parametrize("front", [
    "title: Budget night\nsummary: Sources say the mayor slammed the plan.\n",
    "title: \"Budget: night\"\ntags:\n  - council\n  - budget\n# Sources say the mayor slammed the plan.\n",
    "summary: >\n  Sources say the mayor slammed\n  the plan.\nauthors:\n- Jane Doe\n\ndraft: true\n",
    "",
])
def test_yaml_front_matter_is_still_not_linted(front: str) -> None:
    text = f"---\n{front}---\n\nThe council met on Monday.\n"
    assert not [f for f in _findings(text) if f[2] == "unattributed-claim/vague-source"]


def test_text_between_rule_lines_keeps_exact_positions() -> None:
    text = "---\nThe council met.\nIt was late. Sources say the mayor slammed the plan.\n---\n"
    found = _findings(text)
    assert (3, 14, "unattributed-claim/vague-source") in found


# -- 3. --format given twice -----------------------------------------------------------------------

@pytest.mark.parametrize("command", [["check", "-"], ["rules"]])
def test_two_formats_are_a_usage_error(command: list[str]) -> None:
    """Before: ``-f json -f sarif`` silently wrote SARIF only (the last), and the step reading
    the JSON found none."""
    fmts = ["-f", "json", "-f", "sarif"] if command[0] == "check" else ["-f", "json", "-f", "table"]
    code, out, err = run(command[0], *fmts, *command[1:], input=CLAIM)
    assert code == ExitCode.USAGE_OR_INPUT and out == ""
    assert "give one format" in one_line(err)


def test_one_format_still_works() -> None:
    code, out, err = run("check", "-f", "json", "-", input=CLAIM)
    assert code == ExitCode.FINDINGS and out.lstrip()[:1] in ("[", "{") and err == ""
    code, out, _ = run("check", "-", input=CLAIM)
    assert code == ExitCode.FINDINGS and "vague-source" in out


# -- 4. LINTNEWS_* variables with bad values ---------------------------------------------------------

@pytest.mark.parametrize(("name", "value"), [
    ("LINTNEWS_RULE_BUDGET", "abc"), ("LINTNEWS_RULE_BUDGET", "-5"), ("LINTNEWS_RULE_BUDGET", "nan"),
    ("LINTNEWS_LSP_DEBOUNCE", "soon"), ("LINTNEWS_LSP_DEBOUNCE", "-1"),
    ("LINTNEWS_DEBUG", "maybe"), ("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", "sure"),
    ("LINTNEWS_ALLOW_CONFIG_PLUGINS", "ture"), ("LINTNEWS_STDIN_LIMIT", "lots"),
])
def test_a_bad_environment_variable_is_one_usage_error_naming_it(name: str, value: str) -> None:
    """Before: ``LINTNEWS_RULE_BUDGET=abc`` silently meant the default and ``-5`` turned the
    budget off; a misspelt flag or directory silently meant off."""
    code, out, err = run("check", "-", input=CLAIM, env={name: value})
    assert code == ExitCode.USAGE_OR_INPUT and out == ""
    line = one_line(err)
    assert name in line and "internal error" not in line


def test_a_bad_environment_variable_is_a_config_error_for_the_api(monkeypatch: pytest.MonkeyPatch) -> None:
    import lintnews
    from lintnews.model.errors import ConfigError

    monkeypatch.setenv("LINTNEWS_RULE_BUDGET", "-5")
    with pytest.raises(ConfigError, match="LINTNEWS_RULE_BUDGET"):
        lintnews.Linter()


@pytest.mark.parametrize(("name", "value"), [
    ("LINTNEWS_RULE_BUDGET", "0"), ("LINTNEWS_RULE_BUDGET", " 2.5 "), ("LINTNEWS_LSP_DEBOUNCE", "0"),
    ("LINTNEWS_DEBUG", "0"), ("LINTNEWS_DISABLE_PLUGIN_AUTOLOAD", "true"), ("LINTNEWS_ALLOW_CONFIG_PLUGINS", "no"),
])
def test_good_environment_values_still_work(name: str, value: str) -> None:
    code, out, err = run("check", "-", input=CLAIM, env={name: value})
    assert code == ExitCode.FINDINGS and err == "" and "vague-source" in out


def test_trusted_directories_may_be_listed(tmp_path: Path) -> None:
    code, _, err = run("check", "-", input=CLAIM, env={"LINTNEWS_ALLOW_CONFIG_PLUGINS": f"{tmp_path}{os.pathsep}{tmp_path}"})
    assert code == ExitCode.FINDINGS and err == ""


# -- 5. a plugin module with no hook -------------------------------------------------------------------

@pytest.mark.parametrize("module", ["os.path", "json"])
def test_a_plugin_with_no_hook_is_a_one_line_warning(module: str) -> None:
    """Before: ``--plugin os.path`` (a typo for the house module, or hooks without
    ``@lintnews.hookimpl``) loaded without a word and added nothing."""
    code, out, err = run("check", "--plugin", module, "-f", "line", "-", input=CLAIM)
    assert code == ExitCode.FINDINGS and "vague-source" in out
    line = one_line(err)
    assert line.startswith("lintnews: warning:") and repr(module) in line and "registered no lintnews hook" in line


def test_a_plugin_with_a_hook_is_not_warned_about(tmp_path: Path) -> None:
    (tmp_path / "house_quiet.py").write_text(
        "import lintnews\n\n@lintnews.hookimpl\ndef lintnews_register_rules(register):\n    pass\n")
    env = {**os.environ, "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1", "PYTHONPATH": os.pathsep.join(
        [str(tmp_path), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-m", "lintnews", "check", "--plugin", "house_quiet", "-"],
                          input=CLAIM, text=True, capture_output=True, env=env, timeout=120)
    assert proc.returncode == ExitCode.FINDINGS and proc.stderr == ""


# -- 7. the language server: percent-encoded URIs, a broken config's pop-up -----------------------------

@pytest.fixture
def lsp_client(tmp_path: Path):  # type: ignore[no-untyped-def]
    from tests.test_lsp_robustness import served

    yield from served(tmp_path)


@pytest.fixture(scope="module")
def shared_lsp_client(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One server for the buffers of the URI tests (each opens its own, under its own URI): what
    is tested is how a buffer is found, not the server's life. (A server per test spent its
    time starting up.)"""
    from tests.test_lsp_robustness import served

    root = tmp_path_factory.mktemp("lsp")
    yield from served(root)


def _open(client, uri: str, text: str = CLAIM, version: int = 1) -> None:  # type: ignore[no-untyped-def]
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown",
                                                            "version": version, "text": text}})


@pytest.mark.parametrize("name", ["my%20story.md", "a%00b.md", "caf%C3%A9%23draft.md"])
def test_a_buffer_with_a_percent_encoded_uri_is_linted(shared_lsp_client, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    """Before: pygls keeps buffers under the URI percent-decoded and the server looked them up as
    sent: a buffer whose name had a space (``%20``), a ``#`` or a NUL got no diagnostics and no
    message, ever."""
    uri = f"{tmp_path.as_uri()}/{name}"
    _open(shared_lsp_client, uri)
    got = shared_lsp_client.diagnostics_for(uri)
    assert any(d["code"] == "unattributed-claim/vague-source" for d in got["params"]["diagnostics"])


def test_a_broken_config_pops_up_once_then_logs(lsp_client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Before: every lint of every buffer (each pause in typing) showed the same pop-up."""
    config = tmp_path / ".lintnews.toml"
    config.write_text("select = 5\n")
    uri = f"{tmp_path.as_uri()}/story.md"

    def message(method: str):  # type: ignore[no-untyped-def]
        """The next ``window/...`` message, which must be of ``method``."""
        got = lsp_client.wait_for(lambda m: str(m.get("method", "")).startswith("window/"))
        assert got["method"] == method, got
        return got

    _open(lsp_client, uri)
    shown = message("window/showMessage")
    assert ".lintnews.toml" in shown["params"]["message"]
    lsp_client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                                 "contentChanges": [{"text": CLAIM + "More.\n"}]})
    logged = message("window/logMessage")
    assert logged["params"]["message"] == shown["params"]["message"]
    config.write_text("select = 6\n")  # the config changes, still broken: shown again
    lsp_client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                                 "contentChanges": [{"text": CLAIM}]})
    again = message("window/showMessage")
    assert ".lintnews.toml" in again["params"]["message"]
