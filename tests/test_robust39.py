"""Round 39 of breaking lintnews from the outside: each test is a defect an adversarial newsroom
user found on a fresh install, that failed before its fix (the "before" is in each docstring)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from clirun import run

from lintnews.model.exitcodes import ExitCode

CLAIM = "Sources say the mayor slammed the plan.\n"


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def loop(tmp_path: Path, name: str) -> Path:
    """``name`` -> ``name.b`` -> ``name``: a symlink loop."""
    a, b = tmp_path / name, tmp_path / f"{name}.b"
    a.symlink_to(b.name)
    b.symlink_to(a.name)
    return a


# -- 1. a rule pack that is a symlink loop --------------------------------------------------------

def test_a_rule_pack_that_is_a_symlink_loop_is_one_line_not_a_bug(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: ``lintnews test-rules LOOP`` and ``rule_packs = ["LOOP"]`` in a config were
    "internal error: RuntimeError: Symlink loop from ... (this is a bug in lintnews)", exit 4
    (Python 3.11's ``Path.resolve`` raises RuntimeError, not OSError, on a loop)."""
    monkeypatch.chdir(tmp_path)
    loop(tmp_path, "house.toml")
    code, _, err = run("test-rules", "house.toml")
    assert code == ExitCode.USAGE_OR_INPUT and "house.toml" in one_line(err) and "internal error" not in err
    (tmp_path / ".lintnews.toml").write_text('rule_packs = ["house.toml"]\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text(CLAIM, encoding="utf-8")
    code, _, err = run("check", "story.txt")
    assert code == ExitCode.USAGE_OR_INPUT and "house.toml" in one_line(err) and "internal error" not in err


# -- 2. a house pack with keys of the wrong TOML type, or ids no option can name --------------------

def write_pack(tmp_path: Path, rule: str, pack: str = "") -> Path:
    path = tmp_path / "house.toml"
    path.write_text(f'{pack}\n[[rules]]\nsummary = "s"\nmessage = "m {{match}}"\n{rule}\n', encoding="utf-8")
    return path


@pytest.mark.parametrize(("rule", "pack", "needle"), [
    ('id = "house/x"\nterms = "mayor"', "", "terms: must be a list of terms, not str 'mayor'"),
    ('id = "house/x"\nterms = ["mayor"]\ncategory = 5', "", "category: must be a string"),
    ('id = "house/x"\nterms = ["mayor"]', "[pack]\ncategory = 5", "pack.category: must be a string"),
    ('id = "house/x"\nterms = ["mayor"]', '[pack]\nname = ["a"]', "pack.name: must be a string"),
])
def test_a_pack_key_of_the_wrong_type_is_refused(tmp_path: Path, rule: str, pack: str, needle: str) -> None:
    """Before: ``terms = "mayor"`` (a string, not a list) was read letter by letter, the terms
    'm', 'a', 'y', 'o', 'r', and the rule never flagged 'mayor', silently; ``category = 5`` was
    the category "5"."""
    story = tmp_path / "story.txt"
    story.write_text(CLAIM, encoding="utf-8")
    code, out, err = run("check", "--rule-pack", str(write_pack(tmp_path, rule, pack)), str(story))
    assert code == ExitCode.USAGE_OR_INPUT and needle in one_line(err) and not out


@pytest.mark.parametrize("rid", ["house/", "/crash-words", "house/crash words", "house/crash,words", "house//x"])
def test_a_rule_id_no_option_can_name_is_refused(tmp_path: Path, rid: str) -> None:
    """Before: ``id = "house/crash,words"`` (or with a space, or an empty part) loaded, and no
    ``--select``, ``--ignore`` or suppression comment could name it: they split codes at
    commas, and ``--ignore house/crash,words`` was two unknown codes."""
    story = tmp_path / "story.txt"
    story.write_text(CLAIM, encoding="utf-8")
    code, out, err = run("check", "--rule-pack", str(write_pack(tmp_path, f'id = "{rid}"\nterms = ["mayor"]')),
                         str(story))
    assert code == ExitCode.USAGE_OR_INPUT and "of the form 'category/name'" in one_line(err) and not out


def test_a_plugin_rule_id_with_a_comma_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same for a code rule a plugin registers."""
    (tmp_path / "comma_rule.py").write_text(
        "from lintnews import Examples, Rule, Severity, hookimpl\n"
        "@hookimpl\n"
        "def lintnews_register_rules(register):\n"
        "    register(Rule(id='house/a,b', category='house', severity=Severity.INFO, summary='s',\n"
        "                  rationale='r', examples=Examples(), check_fn=lambda doc: []))\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    code, _, err = run("check", "--plugin", "comma_rule", "-", input=CLAIM)
    assert code == ExitCode.USAGE_OR_INPUT and "'house/a,b'" in one_line(err)


@pytest.mark.parametrize("rid", ["house/crash-words", "style/proselint/typography.symbols"])
def test_good_rule_ids_and_types_still_load(tmp_path: Path, rid: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text(CLAIM, encoding="utf-8")
    pack = write_pack(tmp_path, f'id = "{rid}"\nterms = ["mayor"]\ncategory = "house"', '[pack]\nname = "house"')
    code, out, _ = run("check", "-f", "line", "--rule-pack", str(pack), str(story))
    assert code == 1 and f"[{rid}]" in out


# -- 3. a suppression comment whose action is misspelt ---------------------------------------------

@pytest.mark.parametrize(("name", "text", "action"), [
    ("story.md", "<!-- lintnews: disabel=loaded-language -->\nThe plan is a sham.\n", "disabel"),
    ("story.md", "<!-- lintnews: off -->\nThe plan is a sham.\n", "off"),
    ("story.html", "<!-- lintnews: disable-nextline -->\n<p>The plan is a sham.</p>\n", "disable-nextline"),
    ("story.txt", "lintnews: disabel=loaded-language\nThe plan is a sham.\n", "disabel"),
])
def test_a_misspelt_directive_is_reported_not_ignored(tmp_path: Path, name: str, text: str, action: str) -> None:
    """Before: ``<!-- lintnews: disabel=loaded-language -->`` silenced nothing and said nothing
    (a misspelt *rule* was reported, a misspelt *action* was not); in plain text the line was
    even linted as prose."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, out, _ = run("check", "-f", "line", str(path))
    assert f"unknown lintnews directive {action!r}" in out and "[lintnews/unknown-directive-rule]" in out
    assert "sham" in out and code == 1  # (nothing was silenced)
    assert f"{name}:1:" in out  # (reported on the directive's line)


def test_a_misspelt_directive_suggests_the_action() -> None:
    import lintnews

    found = lintnews.lint_text("<!-- lintnews: disabel=loaded-language -->\nThe plan is a sham.\n", fmt="markdown")
    assert any("did you mean 'disable'?" in d.message for d in found)


@pytest.mark.parametrize("directive", ["disable=loaded-language", "ignore=loaded-language",
                                       "disable-next-line=loaded-language"])
def test_the_directives_still_work(directive: str) -> None:
    import lintnews

    for fmt, text in (("markdown", f"<!-- lintnews: {directive} -->\nThe plan is a sham.\n"),
                      ("plain", f"lintnews: {directive}\nThe plan is a sham.\n")):
        assert lintnews.lint_text(text, fmt=fmt) == [], (fmt, directive)


# -- 4. lintnews why: the file's config, standard input, control characters -------------------------

SHAM = "The plan is a sham.\n"


@pytest.mark.parametrize(("config", "note"), [
    ('accept = ["sham"]\n', "[not reported: on the config's accept list]"),
    ('profile = "opinion"\n', "[reported as info: the opinion profile]"),
    ('ignore = ["loaded-language/emotive"]\n', "[not reported: the config leaves this rule out"),
    ('[severity]\n"loaded-language" = "error"\n', "[reported as error: the config's severity]"),
])
def test_why_tells_what_the_files_config_makes_of_the_decision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               config: str, note: str) -> None:
    """Before: ``lintnews why`` ignored the config: with ``accept = ["sham"]`` (or ``profile =
    "opinion"``) ``check`` reported nothing (or info) and ``why`` said "'sham' -> warning", the
    opposite of what the editor asking saw; ``--profile opinion`` changed nothing at all."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".lintnews.toml").write_text(config, encoding="utf-8")
    (tmp_path / "story.txt").write_text(SHAM, encoding="utf-8")
    code, out, err = run("why", "story.txt")
    assert code == 0 and not err
    assert "'sham' [loaded-language/emotive] -> warning" in out and note in out
    if "not reported" in note:
        assert run("why", "--reported", "story.txt")[1] == ""


def test_why_profile_option_applies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(SHAM, encoding="utf-8")
    assert "[reported as info: the opinion profile]" in run("why", "--profile", "opinion", "story.txt")[1]
    assert "[" not in run("why", "story.txt")[1].split("-> warning")[1]  # (no note: reported as decided)


def test_why_reads_standard_input() -> None:
    """Before: ``lintnews why -`` said "-: no such file or directory (removed before it was
    read?)", exit 2, where ``check -`` reads standard input."""
    code, out, err = run("why", "-", input=SHAM)
    assert code == 0 and not err and out.startswith("-:1:15: 'sham'")


def test_why_escapes_control_characters_in_a_file_name(tmp_path: Path) -> None:
    """Before: a file name with a newline or ESC was printed raw: one candidate over two lines,
    and an escape sequence sent to the terminal (``check`` escapes them)."""
    path = tmp_path / "a\nb\x1b[31m.txt"
    path.write_text(SHAM, encoding="utf-8")
    code, out, _ = run("why", str(path))
    assert code == 0 and len(out.splitlines()) == 1 and "a\\nb\\x1b[31m.txt:1:15:" in out


def test_why_a_broken_config_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".lintnews.toml").write_text("selct = 1\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text(SHAM, encoding="utf-8")
    code, out, err = run("why", "story.txt")
    assert code == ExitCode.USAGE_OR_INPUT and "selct: unknown key" in one_line(err) and not out


# -- 5. what a plugin registers: names, callables, extensions, names already taken ------------------

@pytest.mark.parametrize(("hook", "call", "needle"), [
    ("formatters", 'register(5, lambda stream, ctx: None)', "format name must be a non-empty string, not 5"),
    ("formatters", 'register("json", lambda stream, ctx: None)',
     "format 'json' is already registered by plugin 'lintnews.output.plugin'"),
    ("contexts", 'register("plain", lambda doc, hits: [])',
     "context 'plain' is already registered by plugin 'lintnews.builtin.plugin'"),
    ("contexts", 'register("house", None)', "context 'house': None is not callable"),
    ("readers", 'register("wire", ".wire", lambda source: None)', "extensions must be a tuple of strings"),
    ("readers", 'register("wire", ("wire",), lambda source: None)', "extensions must be a tuple of strings"),
    ("readers", 'register("wire", (".txt",), lambda source: None)',
     "extension '.txt' is already read by reader 'text'"),
])
def test_a_plugins_bad_registration_is_one_line_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          hook: str, call: str, needle: str) -> None:
    """Before: a format named 5 was "internal error: TypeError ... (this is a bug in lintnews)",
    exit 4, on every run; a second ``json`` format or ``plain`` context silently replaced
    lintnews's own (every house pack's ``plain`` rules then reported what the plugin liked); a
    reader's extensions given as ``".wire"`` were the extensions '.', 'w', 'i', 'r', 'e', and
    ``("wire",)`` or ``(".txt",)`` were never used: all silently."""
    name = f"odd_plugin_{abs(hash((hook, call)))}"  # (one module per case: imports are cached)
    (tmp_path / f"{name}.py").write_text(
        f"import lintnews\n@lintnews.hookimpl\ndef lintnews_register_{hook}(register):\n    {call}\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    code, out, err = run("check", "--plugin", name, "-", input=CLAIM)
    line = one_line(err)
    assert code == ExitCode.USAGE_OR_INPUT and f"plugin {name!r}" in line and needle in line and not out


def test_a_plugins_own_reader_formatter_and_context_still_register(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "good_plugin.py").write_text(
        "import lintnews\n"
        "from lintnews.readers import plain\n"
        "@lintnews.hookimpl\n"
        "def lintnews_register_readers(register):\n"
        "    register('wire', ['.wire', '.WIRE2'], plain.read)\n"
        "@lintnews.hookimpl\n"
        "def lintnews_register_contexts(register):\n"
        "    register('house-judge', lambda doc, hits: [])\n", encoding="utf-8")
    (tmp_path / "story.wire").write_text(CLAIM, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    code, out, _ = run("check", "-f", "line", "--plugin", "good_plugin", "story.wire")
    assert code == 1 and "story.wire:1:1:" in out


# -- 6. -o - ---------------------------------------------------------------------------------------

def test_output_dash_is_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: ``-o -`` (standard output, as ``-`` is standard input among the paths, and as
    curl, wget and tar read it) wrote the report to a file named ``-`` in the working directory,
    and standard output, which the CI step read, stayed empty."""
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("check", "-f", "json", "-o", "-", "-", input=CLAIM)
    assert code == 1 and '"vague-source"' in out.replace("unattributed-claim/", "") and not (tmp_path / "-").exists()
    code, out, _ = run("check", "-f", "json", "-o", "./-", "-", input=CLAIM)
    assert code == 1 and not out and "vague-source" in (tmp_path / "-").read_text(encoding="utf-8")


# -- 7. a config file that is there but is no file ---------------------------------------------------

@pytest.mark.parametrize(("kind", "says"), [
    ("broken", "config file is a broken symbolic link (to '../shared/house-style.toml')"),
    ("loop", "config file is unreadable"),
    ("directory", "config file is a directory"),
    ("fifo", "config file is a FIFO"),
])
def test_a_config_file_that_cannot_be_read_is_reported_not_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   kind: str, says: str) -> None:
    """Before: a ``.lintnews.toml`` that was a broken symbolic link (the shared house style not
    checked out), a loop, a directory or a FIFO was passed over: the defaults applied, exit 0 or
    1, and the house style silently did not."""
    monkeypatch.chdir(tmp_path)
    config = tmp_path / ".lintnews.toml"
    if kind == "broken":
        config.symlink_to("../shared/house-style.toml")
    elif kind == "loop":
        config.unlink(missing_ok=True)
        loop(tmp_path, ".lintnews.toml")
    elif kind == "directory":
        config.mkdir()
    else:
        os.mkfifo(config)
    (tmp_path / "story.txt").write_text(CLAIM, encoding="utf-8")
    code, out, err = run("check", "story.txt")
    assert code == ExitCode.USAGE_OR_INPUT and says in one_line(err) and ".lintnews.toml" in err and not out


# -- 8. the Python API and config keys: what was meant ---------------------------------------------

@pytest.mark.parametrize(("call", "needle"), [
    ({"bogus": 1}, "lint_text: unknown option 'bogus' (known: entry_points, ignore"),
    ({"fail_on": "error"}, "unknown option 'fail_on'"),
    ({"config": ""}, "config: the path is empty"),
    ({"entry_points": "no"}, "entry_points: must be True, False or None"),
])
def test_api_bad_options_are_config_errors(call: dict[str, object], needle: str) -> None:
    """README, Python API: everything raised is a ``LintnewsError``. Before: an unknown option
    was a TypeError naming ``Linter.__init__()`` (which the caller never called); ``config=""``
    was ".: config file is a directory"; ``entry_points="no"`` loaded every entry point."""
    import lintnews
    from lintnews.model.errors import ConfigError

    with pytest.raises(ConfigError) as info:
        lintnews.lint_text("Sources say so.", **call)  # type: ignore[arg-type]
    assert needle in str(info.value)


@pytest.mark.parametrize(("config", "needle"), [
    ('[tool.lintnews]\nselect = ["loaded-language"]\n', "in .lintnews.toml the keys go at the top level"),
    ('selct = ["loaded-language"]\n', "did you mean 'select'?"),
    ('fail-on = "error"\n', "did you mean 'fail_on'?"),
])
def test_an_unknown_config_key_says_what_was_meant(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   config: str, needle: str) -> None:
    """Before: ``[tool.lintnews]`` pasted from pyproject.toml into .lintnews.toml was "tool:
    unknown key (known: select, ...)", which does not say why; a misspelt key had no hint."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".lintnews.toml").write_text(config, encoding="utf-8")
    code, _, err = run("check", "-", input=CLAIM)
    assert code == ExitCode.USAGE_OR_INPUT and needle in one_line(err)


# -- 9. a code in capitals ---------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "needle"), [
    (["check", "--select", "LOADED-LANGUAGE", "-"], "did you mean 'loaded-language'?"),
    (["check", "--ignore", "Unattributed-Claim/Vague-Source", "-"], "did you mean 'unattributed-claim/vague-source'?"),
    (["explain", "LOADED-LANGUAGE/EMOTIVE"], "did you mean loaded-language/emotive"),
])
def test_a_code_in_capitals_gets_the_nearest_code(args: list[str], needle: str) -> None:
    """README, Usage: an unknown code is an error "with the nearest code that exists". Before:
    ``--select LOADED-LANGUAGE`` (or ``explain LOADED-LANGUAGE/EMOTIVE``) said only "(see
    `lintnews rules`)": difflib compares case and found nothing near."""
    code, _, err = run(*args, input=CLAIM)
    assert code == ExitCode.USAGE_OR_INPUT and needle in one_line(err)


# -- 10. the language server: an untitled buffer's language --------------------------------------------

@pytest.fixture(scope="module")
def lsp_client(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One server for the module's buffers (each test opens its own, under its own URI): what
    is tested is how a buffer is read, not the server's life, which tests/test_lsp_robustness.py
    tests with a server of its own where start, exit, standard error or framing is the subject.
    (A server per test spent its time starting up.)"""
    from tests.test_lsp_robustness import served

    root = tmp_path_factory.mktemp("lsp")
    yield from served(root)


MARKDOWN = "Sources say the plan failed.\n\n```\nSources say the plan failed.\n```\n"


@pytest.mark.parametrize(("uri", "language", "lines"), [
    ("untitled:Untitled-1", "markdown", [0]),  # (the fenced line is code)
    ("{root}/NOTES", "markdown", [0]),
    ("{root}/story.draft", "markdown", [0]),
    ("untitled:Untitled-2", "plaintext", [0, 3]),
    ("{root}/story.txt", "markdown", [0, 3]),  # (a file's extension rules, as in `check`)
])
def test_a_buffer_without_a_known_extension_is_read_in_its_language(lsp_client, tmp_path: Path, uri: str,  # type: ignore[no-untyped-def]
                                                                   language: str, lines: list[int]) -> None:
    """Before: the editor's ``languageId`` was ignored and the format came from the file name
    alone: a new, unsaved Markdown buffer (``untitled:Untitled-1``) was linted as plain text,
    its code blocks flagged as prose."""
    uri = uri.format(root=tmp_path.as_uri())
    lsp_client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language,
                                                                "version": 1, "text": MARKDOWN}})
    got = lsp_client.diagnostics_for(uri)["params"]["diagnostics"]
    assert sorted(d["range"]["start"]["line"] for d in got if d["code"] == "unattributed-claim/vague-source") == lines


@pytest.mark.parametrize(("name", "text"), [
    ("story.md", "<!-- lintnews: disable loaded-language -->\nThe plan is a sham.\n"),
    ("story.html", "<!-- lintnews: disable loaded-language -->\n<p>The plan is a sham.</p>\n"),
])
def test_a_directive_without_its_equals_sign_is_reported(tmp_path: Path, name: str, text: str) -> None:
    """Before (found in the session of 2026-12-05): ``<!-- lintnews: disable loaded-language -->``,
    the rule name written with a space instead of "=", matched no directive and was ignored in
    silence. It is a directive that silences nothing, reported with the spelling meant."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, out, _ = run("check", "-f", "line", str(path))
    assert "malformed lintnews directive 'disable loaded-language'" in out
    assert "did you mean 'disable=loaded-language'?" in out
    assert "sham" in out and code == 1  # (nothing was silenced)


def test_a_malformed_directive_lists_its_names_with_commas() -> None:
    import lintnews

    found = lintnews.lint_text("<!-- lintnews: ignore loaded-language advertorial -->\nThe plan is a sham.\n",
                               fmt="markdown")
    assert any("did you mean 'ignore=loaded-language,advertorial'?" in d.message for d in found)
