"""Round 40 of breaking lintnews from the outside: the cases round 39 left doubtful, decided by
the lead against ruff, flake8 and Vale. Each test failed before its fix (the "before" is in its
docstring)."""

from __future__ import annotations

from pathlib import Path

import pytest
from clirun import run

from lintnews.model.exitcodes import ExitCode

CLAIM = "Sources say the mayor slammed the plan.\n"


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def diagnostics(out: str) -> list[str]:
    return [line for line in out.splitlines() if "[" in line]


# -- 1. the same file named twice --------------------------------------------------------------------

@pytest.mark.parametrize("names", [
    ["story.txt", "story.txt"],
    ["story.txt", "./story.txt"],
    ["story.txt", "link.txt"],  # (a symbolic link to story.txt)
    ["story.txt", "."],  # (and met again in the directory walked)
    ["link.txt", "story.txt", "."],
])
def test_a_file_named_twice_is_linted_once_under_its_first_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               names: list[str]) -> None:
    """Before: ``lintnews check a.txt ./a.txt`` (or a symbolic link and its target, or a file
    named and inside a directory named) linted the file once per name: every diagnostic twice,
    the counts doubled (ruff lints each file once)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(CLAIM, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("story.txt")
    code, out, _ = run("check", "-f", "line", "--select", "unattributed-claim", *names)
    found = diagnostics(out)
    assert code == 1 and len(found) == 1 and found[0].startswith(f"{names[0]}:1:1:")


def test_files_that_differ_are_all_linted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(CLAIM, encoding="utf-8")
    code, out, _ = run("check", "-f", "line", "--select", "unattributed-claim", "a.txt", "b.txt", ".")
    assert code == 1 and [line.split(":")[0] for line in diagnostics(out)] == ["a.txt", "b.txt"]


def test_a_missing_file_named_twice_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run("check", "gone.txt", "gone.txt")
    assert code == ExitCode.USAGE_OR_INPUT and one_line(err).endswith("gone.txt: no such file or directory")


# -- 2. --stdin-filename without - ---------------------------------------------------------------------

def test_stdin_filename_without_standard_input_is_a_usage_error(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: ``lintnews check --stdin-filename draft.md story.txt`` ignored the option
    silently (the user meant standard input, and forgot the ``-``)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(CLAIM, encoding="utf-8")
    code, out, err = run("check", "--stdin-filename", "draft.md", "story.txt", input=CLAIM)
    assert code == ExitCode.USAGE_OR_INPUT and not out
    assert "--stdin-filename draft.md names standard input, which this run does not read" in one_line(err)
    code, out, _ = run("check", "-f", "line", "--stdin-filename", "draft.md", "-", input=CLAIM)
    assert code == 1 and out.startswith("draft.md:1:1:")


# -- 3. lintnews config PATH for a path that does not exist ---------------------------------------------

@pytest.mark.parametrize("command", [["config"], ["check", "--show-config"]])
def test_config_of_a_missing_path_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              command: list[str]) -> None:
    """Before: ``lintnews config NONEXISTENT`` printed the defaults and exited 0, as if the
    mistyped path were there (``check NONEXISTENT``: one line, exit 2)."""
    monkeypatch.chdir(tmp_path)
    code, out, err = run(*command, "NONEXISTENT")
    assert code == ExitCode.USAGE_OR_INPUT and not out
    assert one_line(err) == "lintnews: NONEXISTENT: no such file or directory"


def test_config_of_paths_that_exist_and_one_that_does_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(CLAIM, encoding="utf-8")
    code, out, err = run("config", "story.txt", "gone.txt")
    assert code == ExitCode.USAGE_OR_INPUT and "gone.txt: no such file or directory" in one_line(err)
    assert out.startswith("# effective configuration for story.txt") and "gone.txt" not in out
    for args in (["config"], ["config", "story.txt", "."], ["check", "--show-config", "--stdin-filename", "new.md", "-"]):
        code, out, err = run(*args)
        assert code == 0 and not err and out.startswith("# effective configuration for "), args


# -- 4. a misspelt rule in a suppression directive ----------------------------------------------------

@pytest.mark.parametrize(("fmt", "text", "needle"), [
    ("markdown", "<!-- lintnews: disable=loaded-langauge -->\nThe plan is a sham.\n",
     "unknown rule or category 'loaded-langauge' in a lintnews directive (did you mean 'loaded-language'?)"),
    ("plain", "lintnews: disable-next-line=loaded-language/emotiv\nThe plan is a sham.\n",
     "(did you mean 'loaded-language/emotive'?)"),
    ("markdown", "<!-- lintnews: disable=LOADED-LANGUAGE -->\nThe plan is a sham.\n",
     "(did you mean 'loaded-language'?)"),
])
def test_a_misspelt_rule_in_a_directive_gets_the_nearest_code(fmt: str, text: str, needle: str) -> None:
    """Before: ``<!-- lintnews: disable=loaded-langauge -->`` said "unknown rule or category
    'loaded-langauge' in a lintnews directive" and no more, where ``--select loaded-langauge``
    names the code meant."""
    import lintnews

    found = [d.message for d in lintnews.lint_text(text, fmt=fmt) if d.rule == "lintnews/unknown-directive-rule"]
    assert len(found) == 1 and needle in found[0]


def test_a_directive_naming_nothing_near_has_no_hint_and_good_names_no_warning() -> None:
    import lintnews

    found = lintnews.lint_text("<!-- lintnews: disable=zzqqxxjj -->\nThe plan is a sham.\n", fmt="markdown")
    assert [d.message for d in found if d.rule.startswith("lintnews/")] == [
        "unknown rule or category 'zzqqxxjj' in a lintnews directive"]
    for name in ("loaded-language", "loaded-language/emotive", "ALL"):
        assert lintnews.lint_text(f"<!-- lintnews: disable={name} -->\nThe plan is a sham.\n", fmt="markdown") == []
