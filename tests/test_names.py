"""File names and file content that could break a report or a terminal.

- a file name that is not UTF-8 is linted and reported with its bytes spelled out
  (``caf\\xe9.txt``); the JSON stays valid UTF-8 (before: exit 4, a 24-byte JSON file);
- a path component over 255 characters is one line, the other files linted (before: the run stopped);
- a newline in a file name or message never splits a ``line`` diagnostic in two;
- ESC and OSC sequences from a file's text or name reach no terminal: every human
  format writes them as escapes (before: copied through by ``text``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from clirun import run

from lintnews.model.exitcodes import ExitCode

SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
CLAIM = "Sources say the fire started in the kitchen.\n"
ESC_LINE = "Sources say \x1b]0;owned\x07the \x1b[2Jfire spread.\n"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """``python -m lintnews ARGS`` in ``cwd`` with byte streams (the names under test are not UTF-8)."""
    env = {**os.environ, "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"}
    return subprocess.run([sys.executable, "-m", "lintnews", *args], capture_output=True, env=env,
                          cwd=cwd, timeout=120)


@pytest.fixture
def latin1_name(tmp_path: Path) -> Path:
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as fh:
        fh.write(CLAIM.encode())
    (tmp_path / "ok.txt").write_text(CLAIM)
    return tmp_path


@pytest.mark.parametrize("fmt", ["json", "sarif", "text", "line", "github"])
def test_a_file_name_that_is_not_utf8_is_reported_escaped(latin1_name, fmt):
    proc = cli("check", "-f", fmt, ".", cwd=latin1_name)
    assert proc.returncode == ExitCode.FINDINGS, proc.stderr
    assert proc.stderr == b""
    out = proc.stdout.decode("utf-8")  # strict: the report is valid UTF-8
    assert "ok.txt" in out
    if fmt == "json":
        paths = {Path(d["path"]).name for d in json.loads(out)["diagnostics"]}
        assert paths == {"caf\\xe9.txt", "ok.txt"}
    elif fmt == "sarif":
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                for r in json.loads(out)["runs"][0]["results"]}
        # the file system's bytes, percent-encoded (RFC 3986); before: the shown name's
        # backslash, './caf%5Cxe9.txt', which names another file
        assert uris == {"./caf%E9.txt", "./ok.txt"}
        jsonschema.validate(json.loads(out), SARIF_SCHEMA)
    else:
        assert "caf\\xe9.txt" in out, out


def test_a_path_component_over_255_characters(tmp_path):
    long_name = tmp_path / ("n" * 300 + ".txt")
    ok = tmp_path / "ok.txt"
    ok.write_text(CLAIM)
    code, out, err = run("check", "-f", "line", str(long_name), str(ok))
    assert code == ExitCode.USAGE_OR_INPUT
    lines = err.splitlines()
    assert len(lines) == 1 and "file name too long" in lines[0] and "Traceback" not in err
    assert f"{ok}:1:1:" in out


def test_a_newline_in_a_file_name_stays_on_one_line(tmp_path):
    odd = tmp_path / "two\nlines.txt"
    odd.write_text(CLAIM)
    code, out, err = run("check", "-f", "line", str(odd))
    assert code == ExitCode.FINDINGS and err == ""
    lines = out.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{tmp_path}/two\\nlines.txt:1:1: warning:")


def test_a_newline_in_a_message_stays_on_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".lintnews.toml").write_text(
        'reject = [{ term = "stakeholders", message = "Council jargon.\\nSay who." }]\n')
    (tmp_path / "story.txt").write_text("The stakeholders met on Monday, the council said.\n")
    _, out, err = run("check", "-f", "line", "story.txt")
    assert err == ""
    assert out.splitlines() == ["story.txt:1:5: warning: Council jargon.\\nSay who. [house/reject]"]


@pytest.mark.parametrize("fmt", ["text", "line", "github"])
def test_terminal_escapes_from_content_and_names_are_escaped(tmp_path, fmt):
    bad = tmp_path / "esc\x1b[31mred.txt"
    bad.write_text(ESC_LINE)
    code, out, err = run("check", "-f", fmt, "--color", str(bad)) if fmt == "text" else \
        run("check", "-f", fmt, str(bad))
    assert code == ExitCode.FINDINGS and err == ""
    # the only ESC characters left are lintnews's own colours (text with --color)
    own = {"\x1b[31m", "\x1b[33m", "\x1b[36m", "\x1b[1m", "\x1b[2m", "\x1b[0m"}
    stripped = out
    for seq in own:
        stripped = stripped.replace(seq, "")
    assert "\x1b" not in stripped and "\x07" not in stripped, repr(out)
    assert "esc\\x1b[31mred.txt" in out
    if fmt == "text":
        assert "Sources say \\x1b]0;owned\\x07the \\x1b[2Jfire spread." in out


def test_text_marks_stay_under_the_span_after_escaped_characters(tmp_path):
    bad = tmp_path / "esc.txt"
    bad.write_text("It rained.\x1b[2J Sources say the fire spread.\n")
    _, out, _ = run("check", "--no-color", str(bad))
    lines = out.splitlines()
    i = next(k for k, x in enumerate(lines) if x.startswith("    It rained."))
    line, marks = lines[i], lines[i + 1]
    start = marks.index("^")
    assert line[start : start + len("Sources say")] == "Sources say"
    assert marks.strip() == "^" * len("Sources say")


def test_an_error_line_naming_a_file_escapes_it(tmp_path):
    bad = tmp_path / "bin\x1b]0;x\x07.txt"
    bad.write_bytes(b"\x00binary")
    code, _, err = run("check", str(bad))
    assert code == ExitCode.USAGE_OR_INPUT
    assert "\x1b" not in err and "\x07" not in err and "bin\\x1b]0;x\\x07.txt" in err
