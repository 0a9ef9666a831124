"""Review 71: what a first-time user and a maintainer found, each fix with the test that failed
before it (a newsroom developer's view of the command line, its errors and its formats)."""

from __future__ import annotations

import json

import pytest

from lintnews.model.exitcodes import ExitCode
from tests.clirun import run

CLAIM = "Sources say the plan failed.\n"


# -- 1. Click's own usage errors are one line, as the README's exit-code table promises ---------

@pytest.mark.parametrize(("args", "needle"), [
    (["check", "--fail-on", "warn", "-"], "'--fail-on'"),
    (["check", "-j", "0", "-"], "'--jobs'"),
    (["check", "--selct", "x", "-"], "No such option '--selct'"),
    (["explain"], "Missing argument 'RULE'"),
    (["chek"], "No such command 'chek'"),
    (["cache", "nope"], "No such command 'nope'"),
    (["rules", "--format", "xml"], "'xml' is not one of"),
])
def test_a_usage_error_is_one_line_and_exit_2(args: list[str], needle: str) -> None:
    """README, Exit codes: a usage error is "one line on stderr", exit 2. Before: Click printed
    four (the usage, "Try ... --help", a blank line and "Error: ..."), unlike every other error."""
    code, out, err = run(*args, input=CLAIM)
    assert code == ExitCode.USAGE_OR_INPUT
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("lintnews: ") and needle in lines[0]
    assert "--help" in lines[0]  # where to look next


def test_a_bare_lintnews_still_shows_the_help() -> None:
    """With no command at all, the help is the answer (Click's behaviour, kept)."""
    code, out, err = run()
    assert code == ExitCode.USAGE_OR_INPUT
    assert "Commands:" in out + err


# -- 2. a house pack's message placeholders ---------------------------------------------------------

PACK_HEAD = """[[rules]]
id = "house/hype"
severity = "warning"
summary = "Hype words."
"""


def _pack(tmp_path, body: str):  # type: ignore[no-untyped-def]
    pack = tmp_path / "house.toml"
    pack.write_text(PACK_HEAD + body, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("The gala was iconic, and the mayor slammed it.\n", encoding="utf-8")
    return pack, draft


@pytest.mark.parametrize(("body", "where"), [
    ('message = "\'{mach}\' is hype."\nterms = ["iconic"]\n', "rule house/hype.message: unknown placeholder {mach}"),
    ('message = "m"\nsuggestion = "Say {what} happened."\nterms = ["iconic"]\n',
     "rule house/hype.suggestion: unknown placeholder {what}"),
    ('message = "m"\nterms = [{ term = "iconic", message = "{word} is hype" }]\n',
     "rule house/hype.terms 'iconic'.message: unknown placeholder {word}"),
])
def test_an_unknown_placeholder_is_a_load_error(tmp_path, body: str, where: str) -> None:  # type: ignore[no-untyped-def]
    """Before: ``{mach}`` (a typo of ``{match}``) loaded, and every finding of the rule printed
    the braces ("{mach} is hype."). A typo in a pack is an error naming the file, rule and key."""
    pack, draft = _pack(tmp_path, body)
    code, out, err = run("check", "--rule-pack", str(pack), str(draft))
    assert code == ExitCode.USAGE_OR_INPUT and out == ""
    assert err.count("\n") == 1 and where in err and "(known: {match}, {term})" in err, err


def test_match_and_term_fill_messages_and_suggestions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``{term}`` is the term a matched form belongs to, in a suggestion as in a message (before,
    a suggestion printed "{term}" as written)."""
    pack, draft = _pack(tmp_path, 'message = "\'{match}\' ({term}) is hype."\n'
                                  'suggestion = "Drop {term}; \'{match}\' says nothing."\n'
                                  'terms = ["slam"]\ninflect = "verb"\n')
    code, out, err = run("check", "-f", "json", "--select", "house", "--rule-pack", str(pack), str(draft))
    assert code == ExitCode.FINDINGS and err == "", err
    (found,) = json.loads(out)["diagnostics"]
    assert found["message"] == "'slammed' (slam) is hype."
    assert found["suggestion"] == "Drop slam; 'slammed' says nothing."


# -- 3. the audit's summary counts in English ------------------------------------------------------

def test_the_audit_says_one_row_and_one_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before: "1 diagnostics in 1 articles" and "1 rows skipped"."""
    archive = tmp_path / "archive.jsonl"
    archive.write_text(json.dumps({"id": 1, "body": "Sources say the plan was approved."}) + "\n{not json\n",
                       encoding="utf-8")
    # (-j 1: the summary is counted in this process whatever the engine; a pool of workers,
    # tested in tests/test_audit.py, would add a second of start-up and check nothing more here)
    code, out, err = run("audit", "-j", "1", str(archive), "-o", str(tmp_path / "out.jsonl"))
    assert code == ExitCode.USAGE_OR_INPUT  # (a row could not be read)
    assert out.splitlines()[-1] == "1 diagnostic in 1 article"
    assert "lintnews: 1 row skipped (1 unreadable, 0 not lintable)" in err


def test_the_audit_says_articles_when_there_are_several(tmp_path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "archive.jsonl"
    archive.write_text("".join(json.dumps({"id": i, "body": "Sources say the plan was approved."}) + "\n"
                               for i in (1, 2)), encoding="utf-8")
    code, out, _ = run("audit", "-j", "1", str(archive), "-o", str(tmp_path / "out.jsonl"))  # (-j 1: as above)
    assert code == ExitCode.OK and out.splitlines()[-1] == "2 diagnostics in 2 articles"


# -- 4. every option of every command says what it does in --help ----------------------------------

def _options_without_help() -> list[str]:
    import click

    from lintnews.cli import main

    ctx = click.Context(main)
    missing: list[str] = []

    def walk(command: click.Command, name: str) -> None:
        missing.extend(f"{name} {p.opts[0]}" for p in command.params
                       if isinstance(p, click.Option) and not p.hidden and not p.help)
        if isinstance(command, click.Group):
            for sub in command.list_commands(ctx):
                found = command.get_command(ctx, sub)
                assert found is not None
                walk(found, f"{name} {sub}")

    walk(main, "lintnews")
    return missing


def test_every_option_has_help() -> None:
    """Before: ``lintnews explain --help`` listed --plugin, --no-plugins, --allow-config-plugins
    and --rule-pack with no word of what they do (``rules --rule-pack`` too)."""
    assert _options_without_help() == []


# -- 5. a plain-text directive's diagnostic has a span -----------------------------------------------

@pytest.mark.parametrize(("source", "line", "span"), [
    ("lintnews: off\nThe plan.\n", 1, "lintnews: off"),
    ("The plan.\n\t# lintnews: disabel\n", 2, "lintnews: disabel"),
    ("The plan.\r\n  // lintnews: disable-next-line = loaded-languag, advertorial\r\nText.\r\n", 2,
     "loaded-languag, advertorial"),
    ("🔥 The plan.\nlintnews: ignore=unattributed-claims\nText.\n", 2, "unattributed-claims"),
])
def test_a_plain_text_directive_is_reported_on_its_words(source: str, line: int, span: str) -> None:
    """Before: column 1 to column 1, an empty span (``end_column`` is exclusive), in JSON,
    SARIF and GitHub alike; the Markdown and HTML readers mark the rule names, or the directive."""
    code, out, err = run("check", "-f", "json", "--stdin-filename", "draft.txt", "-", input=source.encode())
    assert code == ExitCode.OK and err == "", err
    (found,) = [d for d in json.loads(out)["diagnostics"] if d["rule"] == "lintnews/unknown-directive-rule"]
    assert (found["line"], found["end_line"]) == (line, line)
    text_line = source.splitlines()[line - 1]
    assert text_line[found["column"] - 1 : found["end_column"] - 1] == span
