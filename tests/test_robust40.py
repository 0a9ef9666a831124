"""Round 40 of breaking lintnews from the outside: the cases round 39 left doubtful, decided by
the lead against ruff, flake8 and Vale. Each test failed before its fix (the "before" is in its
docstring)."""

from __future__ import annotations

import json
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


# -- 5. a plugin's rule pack that is no path ----------------------------------------------------------

@pytest.mark.parametrize(("value", "needle"), [
    ('""', "a rule pack registered with an empty path"),
    ('"  "', "a rule pack registered with an empty path"),
    ("5", "must be registered as the path of a .toml file (a str or pathlib.Path), not int 5"),
    ("None", "not NoneType None"),
    ('"gone.toml"', "gone.toml: rule pack not found"),
])
def test_a_plugins_bad_rule_pack_names_the_plugin_and_the_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               value: str, needle: str) -> None:
    """Before: ``register("")`` was ".: rule pack is a directory, not a TOML file" and
    ``register(5)`` "5: rule pack not found": neither named the plugin, nor said that the value
    was empty or not a path at all."""
    name = f"pack_plugin_{abs(hash(value))}"  # (one module per case: imports are cached)
    (tmp_path / f"{name}.py").write_text(
        f"import lintnews\n@lintnews.hookimpl\ndef lintnews_register_rule_packs(register):\n    register({value})\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    code, out, err = run("check", "--plugin", name, "-", input=CLAIM)
    line = one_line(err)
    assert code == ExitCode.USAGE_OR_INPUT and line.startswith(f"lintnews: plugin {name!r}: ") and needle in line
    assert not out


def test_a_plugins_rule_pack_as_a_path_still_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "house.toml").write_text(
        '[[rules]]\nid = "house/mayor"\nsummary = "s"\nmessage = "m {match}"\nterms = ["mayor"]\n', encoding="utf-8")
    (tmp_path / "path_pack_plugin.py").write_text(
        "import pathlib\nimport lintnews\n@lintnews.hookimpl\ndef lintnews_register_rule_packs(register):\n"
        f"    register(pathlib.Path({str(tmp_path / 'house.toml')!r}))\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    code, out, _ = run("check", "-f", "line", "--plugin", "path_pack_plugin", "-", input=CLAIM)
    assert code == 1 and "[house/mayor]" in out


# -- 6. an empty rule code ------------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "needle"), [
    (["--select", ""], "--select: an empty rule code"),
    (["--ignore", ""], "--ignore: an empty rule code"),
    (["--select", " , "], "--select: an empty rule code in ' , '"),
    (["--select", "loaded-language,"], "--select: an empty rule code in 'loaded-language,'"),
    (["--ignore", "loaded-language,,unattributed-claim"], "--ignore: an empty rule code in"),
])
def test_an_empty_code_on_the_command_line_is_an_error(args: list[str], needle: str) -> None:
    """Before: ``--select ""`` (``--select "$CODES"`` with the variable unset) selected every
    rule, silently, and ``--select loaded-language,`` dropped the code after the comma, while
    ``select = [""]`` in a config was an error (ruff refuses an empty selector too)."""
    code, out, err = run("check", *args, "-", input=CLAIM)
    assert code == ExitCode.USAGE_OR_INPUT and needle in one_line(err) and not out


@pytest.mark.parametrize("config", [
    'select = [""]\n', 'ignore = [" "]\n', 'select = ""\n', 'ignore = "loaded-language,"\n',
    '[severity]\n"" = "error"\n', '[per_path_ignores]\n"*.txt" = [""]\n',
])
def test_an_empty_code_in_a_config_says_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 config: str) -> None:
    """Before: "select: must be a list of non-empty strings" (and ``select = ""``, a string, was
    no codes at all: every rule, silently), "severity.: unknown rule or category ''"."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".lintnews.toml").write_text(config, encoding="utf-8")
    code, out, err = run("check", "-", input=CLAIM)
    assert code == ExitCode.USAGE_OR_INPUT and "an empty rule code" in one_line(err) and not out


@pytest.mark.parametrize("option", [{"select": ""}, {"ignore": [""]}, {"select": "loaded-language,"}])
def test_an_empty_code_in_the_api_is_a_config_error(option: dict[str, object]) -> None:
    import lintnews
    from lintnews.model.errors import ConfigError

    with pytest.raises(ConfigError, match="an empty rule code"):
        lintnews.lint_text(CLAIM, **option)  # type: ignore[arg-type]


def test_codes_with_spaces_and_several_options_still_select(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run("check", "-f", "line", "--select", "loaded-language, unattributed-claim",
                       "--ignore", "loaded-language/attack-verb", "-", input=CLAIM)
    assert code == 1 and "[unattributed-claim/vague-source]" in out and "attack-verb" not in out
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".lintnews.toml").write_text('select = []\nignore = "loaded-language/emotive, loaded-language"\n', encoding="utf-8")
    code, out, _ = run("check", "-f", "line", "-", input=CLAIM)
    assert code == 1 and "[unattributed-claim/vague-source]" in out and "loaded-language" not in out


# -- 7. the service: duplicate keys, null, what a 404 echoes ---------------------------------------------

@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from starlette.testclient import TestClient

    from lintnews.integrations.service.app import create_app
    from lintnews.integrations.service.limits import Limits

    config = tmp_path_factory.mktemp("service") / ".lintnews.toml"
    config.write_text("", encoding="utf-8")
    with TestClient(create_app(str(config), Limits(workers=1, max_bytes=200_000))) as c:
        yield c


def post(client, body: bytes):  # type: ignore[no-untyped-def]
    return client.post("/v1/check", content=body, headers={"Content-Type": "application/json"})


def error_line(response, status: int) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    body = response.json()
    assert list(body) == ["error"] and "\n" not in body["error"]
    return body["error"]


@pytest.mark.parametrize(("body", "key"), [
    (b'{"text": "Sources say so.", "select": ["loaded-language"], "select": ["unattributed-claim"]}', "select"),
    (b'{"text": "Sources say so.", "text": "The plan is a sham."}', "text"),
    (b'{"text": "x", "format": "plain", "format": "html"}', "format"),
])
def test_a_duplicate_key_in_a_request_is_a_400_naming_it(client, body: bytes, key: str) -> None:  # type: ignore[no-untyped-def]
    """Before: Python's JSON reader kept the last of duplicate keys, so ``{"select": [a],
    "select": [b]}`` checked b alone (a client's JSON library may keep the first): 200, silently."""
    assert f"duplicate key {key!r}" in error_line(post(client, body), 400)


@pytest.mark.parametrize("key", ["format", "profile", "select", "ignore", "markup"])
def test_null_is_the_default_for_every_optional_key(client, key: str) -> None:  # type: ignore[no-untyped-def]
    """Before: ``"profile": null`` was the default profile and ``"format": null`` a 400
    ("format: must be one of plain, markdown, html (got 'None')"), as were select, ignore and
    markup given as null."""
    default = post(client, json.dumps({"text": CLAIM}).encode())
    got = post(client, json.dumps({"text": CLAIM, key: None}).encode())
    assert default.status_code == got.status_code == 200, got.text
    assert got.json() == default.json() and got.json()["diagnostics"]


def test_null_text_is_still_required(client) -> None:  # type: ignore[no-untyped-def]
    assert "text: required" in error_line(post(client, b'{"text": null}'), 400)
    assert "an empty rule code" in error_line(post(client, b'{"text": "x", "select": ""}'), 400)


@pytest.mark.parametrize("rule_id", ["%01" * 150, "x" * 5000, "house/" + "%E2%80%AE" * 300])
def test_a_404_echoes_at_most_200_characters_of_the_rule_id(client, rule_id: str) -> None:  # type: ignore[no-untyped-def]
    """Before: the id was cut to 120 characters and then quoted with ``repr``: 150 control
    characters (``%01``) came back as 482 characters of escapes, 300 right-to-left overrides as
    726; a long id was cut without a mark that it was."""
    line = error_line(client.get(f"/v1/rules/{rule_id}"), 404)
    shown = line.removeprefix("unknown rule ").removesuffix(" (see GET /v1/rules)")
    assert line.startswith("unknown rule ") and 20 < len(shown) <= 200 and shown.endswith("...'")


def test_a_404_for_a_short_unknown_id_echoes_it_whole(client) -> None:  # type: ignore[no-untyped-def]
    assert error_line(client.get("/v1/rules/loaded-language/emotiv"), 404) == \
        "unknown rule 'loaded-language/emotiv' (see GET /v1/rules)"
    assert client.get("/v1/rules/loaded-language/emotive").status_code == 200
