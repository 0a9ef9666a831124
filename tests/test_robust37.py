"""Round 37 of breaking lintnews from the outside: each test is a defect found by a hostile but
realistic user, that failed before its fix (the "before" is in each docstring)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from clirun import cli, run

from lintnews.model.exitcodes import ExitCode

CLAIM = "Sources say the mayor slammed the plan.\n"


# -- --stdin-limit that is not a finite number ---------------------------------------------------

@pytest.mark.parametrize("value", ["inf", "nan", "1e400", "-inf"])
def test_a_stdin_limit_that_is_not_finite_is_a_usage_error(value: str) -> None:
    """Before: ``--stdin-limit inf`` (or nan, 1e400) was "internal error: OverflowError ...
    this is a bug in lintnews", exit 4."""
    code, out, err = run("check", "--stdin-limit", value, "-", input=CLAIM)
    assert code == ExitCode.USAGE_OR_INPUT and out == ""
    assert len(err.strip().splitlines()) == 1 and "--stdin-limit" in err and "internal error" not in err
    code, _, err = run("check", "-", input=CLAIM, env={"LINTNEWS_STDIN_LIMIT": value})
    assert code == ExitCode.USAGE_OR_INPUT and "internal error" not in err


def test_a_stdin_limit_below_one_byte_is_not_no_limit() -> None:
    """``0`` means no limit; ``0.5`` (half a byte) used to round down to 0 and lift the limit."""
    code, _, err = run("check", "--stdin-limit", "0.5", "-", input=CLAIM)
    assert code == ExitCode.USAGE_OR_INPUT and "larger than" in err


# -- --output /dev/stdout when standard output is a pipe -----------------------------------------

@pytest.mark.parametrize("name", ["/dev/stdout", "/proc/self/fd/1"])
def test_output_to_dev_stdout_on_a_pipe_writes_the_report(tmp_path: Path, name: str) -> None:
    """Before: ``-o /dev/stdout`` on a pipe (a CI step, ``| tee``) followed the link to
    ``/proc/PID/fd/pipe:[N]``, which does not exist: "cannot write the report: no such file or
    directory (directory /proc/PID/fd)", exit 2, and no report."""
    if not os.path.exists("/proc/self/fd/1"):
        pytest.skip("needs /proc")
    story = tmp_path / "story.txt"
    story.write_text(CLAIM)
    proc = cli(["check", "-f", "line", "-o", name, str(story)])
    assert proc.returncode == ExitCode.FINDINGS, proc.stderr
    assert proc.stderr == "" and "unattributed-claim/vague-source" in proc.stdout


def test_output_to_dev_stderr_on_a_pipe_writes_the_report(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(CLAIM)
    proc = cli(["check", "-f", "line", "-o", "/dev/stderr", str(story)])
    assert proc.returncode == ExitCode.FINDINGS and proc.stdout == ""
    assert "unattributed-claim/vague-source" in proc.stderr and "cannot write" not in proc.stderr


# -- rule packs: optional keys of the wrong type -------------------------------------------------

RULE = """
[[rules]]
id = "house/mayor"
summary = "s"
rationale = "r"
message = "'{match}' is banned."
"""


def _pack(tmp_path: Path, extra: str) -> Path:
    pack = tmp_path / "house.toml"
    rule = RULE.replace('rationale = "r"\n', "") if "rationale" in extra else RULE
    pack.write_text(rule + extra)
    return pack


@pytest.mark.parametrize("extra, where", [
    ("terms = ['mayor']\nsuggestion = 5", "house/mayor.suggestion"),
    ("terms = ['mayor']\nsuggestion = ['alderman', 'reeve']", "house/mayor.suggestion"),
    ("terms = [{ term = 'mayor', suggestion = 5 }]", "house/mayor.terms"),
    ("terms = [{ term = 'mayor', message = ['x'] }]", "house/mayor.terms"),
    ("terms = [{ term = 'mayor', note = 3 }]", "house/mayor.terms"),
    ("terms = ['mayor']\ncase_sensitive = 'false'", "house/mayor.case_sensitive"),
    ("terms = ['mayor']\nreplace = 'no'", "house/mayor.replace"),
    ("terms = [{ term = 'mayor', replace = 1 }]", "house/mayor.terms"),
    ("terms = ['mayor']\nrationale = 5", "house/mayor.rationale"),
])
def test_a_pack_key_of_the_wrong_type_is_a_load_error(tmp_path: Path, extra: str, where: str) -> None:
    """Before: ``suggestion = 5`` (or a list, or a term's ``message`` that is not a string) loaded,
    then every file failed with "rule house/mayor (plugin config) raised AttributeError: 'int'
    object has no attribute 'replace'", exit 3, blaming a plugin; ``case_sensitive = "false"``
    was read as true, silently."""
    pack = _pack(tmp_path, extra)
    story = tmp_path / "story.txt"
    story.write_text("The Mayor spoke.\n")
    code, out, err = run("check", "--rule-pack", str(pack), str(story))
    assert code == ExitCode.USAGE_OR_INPUT and out == "", err
    assert len(err.strip().splitlines()) == 1 and where in err, err
    assert "raised" not in err


@pytest.mark.parametrize("extra", [
    "terms = ['mayor']\nsuggestion = 'alderman'\ncase_sensitive = false\nreplace = true",
    "terms = [{ term = 'mayor', suggestion = 'reeve', message = 'm', note = 'n', replace = false }]",
])
def test_a_pack_with_keys_of_the_right_type_still_loads(tmp_path: Path, extra: str) -> None:
    pack = _pack(tmp_path, extra)
    story = tmp_path / "story.txt"
    story.write_text("The Mayor spoke.\n")
    code, out, err = run("check", "-f", "line", "--select", "house", "--rule-pack", str(pack), str(story))
    assert code == ExitCode.FINDINGS and "house/mayor" in out and err == ""


# -- a plugin's rule that takes a built-in rule's id ---------------------------------------------

PLUGIN_TAKING_AN_ID = '''
from lintnews import Examples, Rule, Severity, hookimpl


@hookimpl
def lintnews_register_rules(register):
    register(Rule(id="loaded-language/emotive", category="loaded-language", severity=Severity.INFO,
                  summary="s", rationale="r", examples=Examples(trigger=(), no_trigger=()),
                  check_fn=lambda doc: []))
'''


def test_a_duplicate_rule_id_names_the_plugin_that_took_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: "lintnews: .../rules/loaded-language.toml: duplicate rule id 'loaded-language/emotive'",
    which blamed lintnews's own pack and never named the plugin at fault."""
    (tmp_path / "takes_an_id.py").write_text(PLUGIN_TAKING_AN_ID)
    (tmp_path / "story.txt").write_text(CLAIM)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    code, out, err = run("check", "--plugin", "takes_an_id", "story.txt")
    assert code == ExitCode.USAGE_OR_INPUT and out == ""
    assert len(err.strip().splitlines()) == 1 and "'takes_an_id'" in err, err
    assert "duplicate rule id 'loaded-language/emotive'" in err


def test_a_house_pack_that_reuses_a_built_in_id_names_both(tmp_path: Path) -> None:
    pack = tmp_path / "house.toml"
    pack.write_text(RULE.replace("house/mayor", "loaded-language/emotive") + "terms = ['mayor']\n")
    (tmp_path / "story.txt").write_text(CLAIM)
    code, _, err = run("check", "--rule-pack", str(pack), str(tmp_path / "story.txt"))
    assert code == ExitCode.USAGE_OR_INPUT and len(err.strip().splitlines()) == 1
    assert err.startswith(f"lintnews: {pack}: duplicate rule id 'loaded-language/emotive'")
    assert "loaded-language.toml" in err, err


# -- a NUL character in a Markdown buffer (the language server, the API) --------------------------

@pytest.mark.parametrize("text", [
    "Allegedly it rained.\n\nSources say \x00 the pier will close.\n\nAllegedly it snowed.\n",
    "Allegedly it rained.\r\n\r\nSources say the pier will close. \x00\r\n\r\nAllegedly it snowed.\r\n",
])
def test_a_nul_in_markdown_does_not_drop_its_paragraph(text: str) -> None:
    """Before: markdown-it reads NUL as U+FFFD, the reader could not find that text in the
    draft and dropped the whole paragraph, silently (the plain and HTML readers kept it): an
    editor's buffer with a NUL pasted in lost its diagnostics."""
    import lintnews

    for fmt in ("plain", "markdown"):
        found = [(d.line, d.column, d.end_column, d.rule) for d in lintnews.lint_text(text, fmt=fmt)]
        assert (3, 1, 12, "unattributed-claim/vague-source") in found, (fmt, found)
        assert [f[0] for f in found] == [1, 3, 5], (fmt, found)


# -- a reader or formatter plugin that raises ---------------------------------------------------

BROKEN_PLUGIN = '''
from lintnews import hookimpl


@hookimpl
def lintnews_register_readers(register):
    def read(source):
        raise ValueError("reader broke")
    register("weird", (".weird",), read)


@hookimpl
def lintnews_register_formatters(register):
    def factory(stream, context):
        raise ValueError("formatter broke")
    register("broken", factory)
'''


@pytest.fixture
def broken_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "broken_io.py").write_text(BROKEN_PLUGIN)
    (tmp_path / "story.txt").write_text(CLAIM)
    (tmp_path / "story.weird").write_text(CLAIM)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def test_a_reader_plugin_that_raises_is_named_not_blamed_on_lintnews(broken_plugin: Path) -> None:
    """Before: "story.weird: internal error while linting it: ValueError: reader broke (this is
    a bug in lintnews; ...)": the plugin at fault was never named."""
    code, out, err = run("check", "-f", "line", "--plugin", "broken_io", "story.weird", "story.txt")
    assert code == ExitCode.INTERNAL_ERROR  # (as documented: a reader's bug costs its file)
    assert "story.txt:1:1:" in out  # the other files are still linted
    assert len(err.strip().splitlines()) == 1, err
    assert "story.weird" in err and "'weird'" in err and "'broken_io'" in err, err
    assert "ValueError: reader broke" in err and "bug in lintnews" not in err, err


def test_a_formatter_plugin_that_raises_is_named_not_blamed_on_lintnews(broken_plugin: Path) -> None:
    """Before: "internal error: ValueError: formatter broke (this is a bug in lintnews; ...)"."""
    code, out, err = run("check", "-f", "broken", "--plugin", "broken_io", "story.txt")
    assert code == ExitCode.INTERNAL_ERROR and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert "'broken'" in err and "'broken_io'" in err and "ValueError: formatter broke" in err, err
    assert "bug in lintnews" not in err, err


# -- --output naming the run's own config file or rule pack --------------------------------------

HOUSE_PACK = RULE + "terms = ['mayor']\n"


@pytest.mark.parametrize("case", ["rule-pack", "config", "discovered", "config-pack"])
def test_the_report_never_replaces_a_config_file_or_rule_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              case: str) -> None:
    """Before: ``--rule-pack house.toml -o house.toml`` (or ``-o .lintnews.toml``) linted with
    the pack, then renamed the report over it: the house style was gone, and the run exited 1
    as if all was well. Inputs were refused; the run's own settings were not."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(CLAIM)
    (tmp_path / "house.toml").write_text(HOUSE_PACK)
    settings = {"rule-pack": "house.toml", "config": "team.toml", "discovered": ".lintnews.toml",
                "config-pack": "house.toml"}[case]
    args = ["check", "-o", settings]
    if case == "rule-pack":
        args += ["--rule-pack", "house.toml"]
    elif case == "config":
        (tmp_path / "team.toml").write_text('select = ["unattributed-claim"]\n')
        args += ["--config", "team.toml"]
    else:
        (tmp_path / ".lintnews.toml").write_text('rule_packs = ["house.toml"]\n')
    before = (tmp_path / settings).read_text()
    code, _, err = run(*args, "story.txt")
    assert code == ExitCode.USAGE_OR_INPUT, (code, err)
    assert (tmp_path / settings).read_text() == before
    assert len(err.strip().splitlines()) == 1 and "cannot write the report over" in err, err
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # no temporary file left


# -- a directory walk and files without an extension ---------------------------------------------

def test_a_walk_lints_only_the_documented_extensions(tmp_path: Path) -> None:
    """Before: the plain-text reader's "" extension made every file without one part of a walk:
    a repository's LICENSE and Makefile were linted as prose, and a compiled program in bin/
    was "binary file, not linted", exit 2, for the whole run. README: "Directories are searched
    for .txt, .md, .markdown, .html and .htm files"; a file named on the command line is still
    linted whatever its name."""
    (tmp_path / "story.txt").write_text(CLAIM)
    (tmp_path / "LICENSE").write_text("Sources say you may copy this.\n")
    (tmp_path / "Makefile").write_text("all:\n\techo Sources say\n")
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "tool").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00")
    code, out, err = run("check", "-f", "line", str(tmp_path))
    assert code == ExitCode.FINDINGS and err == "", err
    assert {line.split(":", 1)[0] for line in out.splitlines()} == {str(tmp_path / "story.txt")}
    code, out, _ = run("check", "-f", "line", str(tmp_path / "LICENSE"))
    assert code == ExitCode.FINDINGS and "LICENSE:1:1:" in out


# -- a rule pack that is a device, from a plugin, the API or test-rules --------------------------

ZERO_PACK_PLUGIN = '''
from lintnews import hookimpl


@hookimpl
def lintnews_register_rule_packs(register):
    register("/dev/zero")
'''


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_as_a_rule_pack_is_refused_wherever_it_comes_from(tmp_path: Path) -> None:
    """Before: ``--rule-pack /dev/zero`` was refused, but the same path registered by a plugin,
    passed to ``Linter(rule_packs=...)`` or to ``lintnews test-rules`` was read until memory ran
    out (exit 4 "MemoryError ... a bug in lintnews", or the process killed)."""
    (tmp_path / "zero_pack.py").write_text(ZERO_PACK_PLUGIN)
    (tmp_path / "story.txt").write_text(CLAIM)
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30)); "  # (no OOM kill)
    for args in (["check", "--plugin", "zero_pack", "story.txt"], ["test-rules", "/dev/zero"]):
        proc = subprocess.run(
            [sys.executable, "-c", limit + "import sys; from lintnews.cli import main; sys.argv[0] = 'lintnews'; main()",
             *args], cwd=tmp_path, capture_output=True, text=True, timeout=120,
            env={**os.environ, "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"})
        assert proc.returncode == ExitCode.USAGE_OR_INPUT, (args, proc.returncode, proc.stderr)
        assert "/dev/zero" in proc.stderr and "character device" in proc.stderr, proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr

    import lintnews

    with pytest.raises(lintnews.LintnewsError, match="character device"):
        lintnews.Linter(rule_packs=["/dev/zero"]).lint("Sources say it rained.")


def test_a_fifo_as_a_rule_pack_does_not_block(tmp_path: Path) -> None:
    """A FIFO with no writer: opening it to read would wait for ever."""
    import lintnews

    fifo = tmp_path / "pack.toml"
    os.mkfifo(fifo)
    with pytest.raises(lintnews.LintnewsError, match="FIFO"):
        lintnews.Linter(rule_packs=[str(fifo)]).lint("Sources say it rained.")


# -- the Python API: options of the wrong type ---------------------------------------------------

@pytest.mark.parametrize("options", [
    {"select": 5}, {"ignore": 3.5}, {"select": {"a": 1}}, {"plugins": 5}, {"plugins": [None]},
    {"rule_packs": 5}, {"rule_packs": [None]},
])
def test_api_options_of_the_wrong_type_are_config_errors(options: dict[str, object]) -> None:
    """README, Python API: "everything raised is a lintnews.LintnewsError subclass with a
    one-line message". Before: ``select=5`` raised "TypeError: 'int' object is not iterable",
    ``rule_packs=[None]`` a TypeError from ``os.fspath``."""
    import lintnews
    from lintnews.model.errors import ConfigError

    with pytest.raises(ConfigError, match=next(iter(options))):
        lintnews.Linter(**options).lint("Sources say it rained.")  # type: ignore[arg-type]


def test_api_a_single_plugin_or_pack_name_is_one_name_not_its_letters(tmp_path: Path) -> None:
    """Before: ``Linter(plugins="house_rules")`` tried to import the modules 'h', 'o', 'u'...
    ("failed to load plugin 'h'"), and ``rule_packs="house.toml"`` the packs 'h', 'o'..."""
    import lintnews
    from lintnews.model.errors import PluginError

    with pytest.raises(PluginError, match="'no_such_house_rules'"):
        lintnews.Linter(plugins="no_such_house_rules").lint("x")  # type: ignore[arg-type]
    pack = tmp_path / "house.toml"
    pack.write_text(HOUSE_PACK)
    found = lintnews.Linter(rule_packs=str(pack), select=["house"]).lint("The mayor spoke.")  # type: ignore[arg-type]
    assert [d.rule for d in found] == ["house/mayor"]


def test_an_empty_output_path_is_a_usage_error(tmp_path: Path) -> None:
    """Before: ``-o ""`` (``-o "$REPORT"`` with the variable unset) wrote the report to standard
    output and exited 1, and the CI step that uploads $REPORT found nothing."""
    story = tmp_path / "story.txt"
    story.write_text(CLAIM)
    code, out, err = run("check", "-o", "", str(story))
    assert code == ExitCode.USAGE_OR_INPUT and out == ""
    assert len(err.strip().splitlines()) == 1 and "--output" in err and "empty" in err, err


@pytest.mark.parametrize("command", [["check"], ["config"]])
def test_an_empty_config_path_is_a_usage_error(tmp_path: Path, command: list[str]) -> None:
    """Before: ``--config ""`` (``--config "$TEAM_CONFIG"`` unset) was no --config at all: the
    nearest config file applied instead of the one meant for every file, silently."""
    story = tmp_path / "story.txt"
    story.write_text(CLAIM)
    code, out, err = run(*command, "--config", "", str(story))
    assert code == ExitCode.USAGE_OR_INPUT and out == ""
    assert len(err.strip().splitlines()) == 1 and "--config" in err and "empty" in err, err


# -- every command, not only check, exits 141 when its reader goes away --------------------------

@pytest.mark.parametrize("args", [
    ["rules"], ["rules", "--format", "json"], ["explain", "loaded-language/emotive"], ["config", "."],
    ["--version"], ["check", "--help"], ["why", "story.txt"], ["cache", "info"],
])
def test_a_closed_pipe_exits_141_quietly_for_every_command(tmp_path: Path, args: list[str]) -> None:
    """README, exit codes: 141 when standard output is closed by its reader. Before, only
    ``check`` did: ``lintnews rules | head -1`` and the others exited 1 (Click's answer to
    EPIPE), which a script reads as "findings"."""
    (tmp_path / "story.txt").write_text(CLAIM)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first write
    try:
        proc = subprocess.run([sys.executable, "-m", "lintnews", *args], stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=120, cwd=tmp_path,
                              env={**os.environ, "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"})
    finally:
        os.close(write_end)
    assert proc.returncode == ExitCode.BROKEN_PIPE, (proc.returncode, proc.stderr)
    assert proc.stderr == ""


def test_audit_an_id_that_is_not_a_finite_number_says_so(tmp_path: Path) -> None:
    """Before: an id of 1e400 or NaN (Python's json reads both) was "'id' must be a string or a
    number, not float": a float is a number; what is wrong is that it is not finite."""
    archive = tmp_path / "a.jsonl"
    archive.write_text('{"id": 1e400, "body": "x"}\n{"id": NaN, "body": "x"}\n{"id": 2, "body": "x"}\n')
    # (-j 1: the rows are read and judged in this process whatever the engine; a pool of workers,
    # tested in tests/test_audit.py, would add a second of start-up and check nothing more here)
    code, _, err = run("audit", "-q", "-j", "1", str(archive), "-o", str(tmp_path / "out.jsonl"))
    assert code == ExitCode.USAGE_OR_INPUT
    lines = err.strip().splitlines()
    assert "not inf" in lines[0] and "not nan" in lines[1], err
    assert "not float" not in err


# -- --encoding: one usage error, not one line per file --------------------------------------------

@pytest.mark.parametrize("command", ["check", "why"])
@pytest.mark.parametrize("encoding, reason", [("nope", "unknown encoding"), ("rot13", "not a text encoding"),
                                              ("hex", "not a text encoding")])
def test_a_bad_encoding_is_one_usage_error(tmp_path: Path, command: str, encoding: str, reason: str) -> None:
    """Before: ``--encoding nope`` on a folder of 1,500 drafts printed "unknown encoding 'nope'"
    1,500 times, once per file; ``rot13`` (a codec, but not a text encoding) was "unknown"."""
    for i in range(5):
        (tmp_path / f"story{i}.txt").write_text(CLAIM)
    code, out, err = run(command, "--encoding", encoding, str(tmp_path))
    assert code == ExitCode.USAGE_OR_INPUT and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert "--encoding" in err and reason in err, err
