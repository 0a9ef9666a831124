"""Bad input never crashes, hangs or silently loses a report (issue 9).

Every test lints a bad input *together with* a good file and checks three things:
the exit code, the one line on stderr that names the file and the problem, and
that the good file's diagnostics are still in the report. No test may see a
traceback on stderr.
"""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from clirun import run

from benchmarks.capacity import make_tree
from lintnews.cli import main
from lintnews.model.exitcodes import ExitCode
from tests.ram_scratch import in_memory

GOOD = "Sources say the fire started in the kitchen.\n"
GOOD_RULE = "unattributed-claim/vague-source"


def no_traceback(err: str) -> None:
    assert "Traceback" not in err, err


@pytest.fixture
def good(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


def check_with_good(bad: Path | str, good: Path, *extra: str) -> tuple[int, list[str], str]:
    # (columns in code points, the contract's unit; the line format's default is bytes, for Vim)
    code, out, err = run("check", "-f", "line", "--column-unit", "char", *extra, str(bad), str(good))
    no_traceback(err)
    assert f"{good}:1:1: warning:" in out and GOOD_RULE in out, out  # the good file is still reported
    return code, out.splitlines(), err


def one_error_line(err: str, *needles: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    for n in needles:
        assert n in lines[0], (n, lines[0])
    assert lines[0].startswith("lintnews: ")
    return lines[0]


# --- inputs that lint cleanly ----------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t\n\n  ", b"\n" * 1000, b"\xef\xbb\xbf"])
def test_empty_and_whitespace_files_lint_clean(tmp_path: Path, good: Path, content: bytes) -> None:
    bad = tmp_path / "blank.txt"
    bad.write_bytes(content)
    code, out, err = check_with_good(bad, good)
    assert code == ExitCode.FINDINGS
    assert err == ""
    assert not [line for line in out if line.startswith(str(bad))]


def test_utf16_with_bom_is_linted(tmp_path: Path, good: Path) -> None:
    for codec, bom in (("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                       ("utf-32-le", codecs.BOM_UTF32_LE)):
        bad = tmp_path / f"{codec}.txt"
        bad.write_bytes(bom + "Café owners said so.\nSources say it was late.\n".encode(codec))
        code, out, err = check_with_good(bad, good)
        assert code == ExitCode.FINDINGS and err == ""
        assert f"{bad}:2:1: warning:" in "\n".join(out)


def test_latin1_reports_byte_offset_and_encoding_option_lints_it(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Café staff said Sources say it.\n".encode("latin-1"))
    code, out, err = check_with_good(bad, good)
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, str(bad), "not valid UTF-8 at byte 3", "--encoding")
    code, out, err = check_with_good(bad, good, "--encoding", "latin-1")
    assert code == ExitCode.FINDINGS and err == ""
    assert any(line.startswith(f"{bad}:1:17:") for line in out), out


@pytest.mark.parametrize("encoding, message, names_file", [("no-such-codec", "unknown encoding", False),
                                                          ("rot13", "not a text encoding", False),
                                                          ("utf-16", "cannot decode as utf-16", True)])
def test_bad_encoding_option_is_one_line(tmp_path: Path, good: Path, encoding: str, message: str,
                                         names_file: bool) -> None:
    """A codec that does not exist or cannot decode text is a usage error named once, with
    --encoding (round 37; before, once per file); bytes it cannot decode name the file."""
    bad = tmp_path / "odd.txt"
    bad.write_bytes(b"abc")
    code, _, err = run("check", "-f", "line", "--encoding", encoding, str(bad))
    no_traceback(err)
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, str(bad) if names_file else "--encoding", message)


def test_invalid_utf8_names_the_byte(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"Hello there, " + b"\xc3\x28" + b" world.\n")
    code, _, err = check_with_good(bad, good)
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, str(bad), "not valid UTF-8 at byte 13")


@pytest.mark.parametrize("content, where", [
    (b"abc\x00def", "NUL byte at byte 3"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "NUL byte at byte 8"),
    (b"A" * 100_000 + b"\x00" + b"B" * 100_000, "NUL byte at byte 100000"),  # past any sniffing window
    (codecs.BOM_UTF16_LE + "text\x00more".encode("utf-16-le"), "NUL characters"),
])
def test_binary_files_are_refused_in_one_line(tmp_path: Path, good: Path, content: bytes, where: str) -> None:
    bad = tmp_path / "image.txt"
    bad.write_bytes(content)
    code, _, err = check_with_good(bad, good)
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, str(bad), "binary file", where)


# --- paths that are not regular files ---------------------------------------------------------


def test_symlink_loop(tmp_path: Path, good: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    code, _, err = check_with_good(a, good)
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, str(a), "symbolic links")


def test_symlink_loop_inside_a_directory_walk(tmp_path: Path, good: Path) -> None:
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "sub" / "up").symlink_to(tree, target_is_directory=True)  # a directory loop
    (tree / "x.txt").symlink_to(tree / "x.txt")  # a file that points at itself
    (tree / "ok.txt").write_text("Allegedly, it rained.\n")
    code, out, err = check_with_good(tree, good)
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, "x.txt", "symbolic links")
    assert sum("ok.txt:1:1:" in line for line in out) == 1  # linted once, the loop not followed


def test_broken_symlink(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "gone.txt"
    bad.symlink_to(tmp_path / "nowhere.txt")
    code, _, err = check_with_good(bad, good)
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, str(bad), "broken symbolic link")


def test_directory_with_nothing_to_lint(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "empty-dir"
    bad.mkdir()
    code, _, err = check_with_good(bad, good)
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, str(bad), "no files to lint")


def test_directory_named_like_a_file_inside_a_walk(tmp_path: Path, good: Path) -> None:
    from lintnews.execution.runner import read_bytes
    from lintnews.model.errors import InputError

    d = tmp_path / "looks-like.txt"
    d.mkdir()
    with pytest.raises(InputError, match="is a directory"):
        read_bytes(str(d))


def test_fifo_does_not_block(tmp_path: Path, good: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    code, _, err = check_with_good(fifo, good)
    assert time.monotonic() - started < 10
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, str(fifo), "not a regular file")


def test_fifo_inside_a_directory_walk(tmp_path: Path, good: Path) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    os.mkfifo(tree / "pipe.txt")
    (tree / "story.txt").write_text("Allegedly, it rained.\n")
    code, out, err = check_with_good(tree, good)
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, "pipe.txt", "not a regular file")
    assert any("story.txt:1:1:" in line for line in out)


def test_missing_file(tmp_path: Path, good: Path) -> None:
    code, _, err = check_with_good(tmp_path / "nope.txt", good)
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, "nope.txt", "no such file")


def test_file_deleted_between_listing_and_reading(tmp_path: Path, good: Path, monkeypatch) -> None:
    import lintnews.execution.discovery as discovery

    doomed = tmp_path / "doomed.txt"
    doomed.write_text("Allegedly, it rained.\n")
    real_expand = discovery.expand

    def expand_then_delete(paths, extensions=discovery.DEFAULT_EXTENSIONS, *rest):  # type: ignore[no-untyped-def]
        for path, problem in real_expand(paths, extensions, *rest):
            if path == str(doomed):
                doomed.unlink()  # listed, then gone before it is read
            yield path, problem

    monkeypatch.setattr(discovery, "expand", expand_then_delete)
    code, _, err = check_with_good(doomed, good)
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, str(doomed), "no such file")


def _run_as_nobody(*args: str) -> tuple[int, str, str]:
    """Run the CLI in a forked child that dropped root for 'nobody' (the parent stays root).

    A subprocess cannot be used: the interpreter may live under root's home. The
    parent runs the same command first so every module is imported before the
    child gives up its rights.
    """
    import json
    import pwd

    nobody = pwd.getpwnam("nobody")
    run(*args)  # warm-up: import everything while still root
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            os.close(r)
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            os.write(w, json.dumps(run(*args)).encode())
        finally:
            os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    code, out, err = json.loads(data)
    return code, out, err


def test_file_without_read_permission() -> None:
    """As a non-root user: one line, exit 2, the readable file still linted."""
    base = Path(tempfile.mkdtemp(dir="/tmp"))
    try:
        base.chmod(0o755)
        good = base / "good.txt"
        good.write_text(GOOD)
        good.chmod(0o644)
        secret = base / "secret.txt"
        secret.write_text("Allegedly, it rained.\n")
        secret.chmod(0o000)
        args = ("check", "-f", "line", str(secret), str(good))
        if os.geteuid() != 0:
            code, out, err = run(*args)
        else:
            try:
                code, out, err = _run_as_nobody(*args)
            except (KeyError, ImportError, ValueError) as exc:
                pytest.skip(f"running as root and cannot drop to 'nobody': {exc}")
        no_traceback(err)
        assert code == ExitCode.USAGE_OR_INPUT, err
        one_error_line(err, str(secret), "permission denied")
        assert f"{good}:1:1: warning:" in out
    finally:
        for p in base.iterdir():
            p.chmod(0o644)
            p.unlink()
        base.rmdir()


# --- line endings and Unicode -----------------------------------------------------------------

STORY = ["Harbour fire", "", "Sources say the alarm failed.", "It was a terrifying night, allegedly.", ""]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "mixed"])
def test_line_endings_give_the_same_positions(tmp_path: Path, good: Path, newline: str) -> None:
    lf = tmp_path / "lf.txt"
    lf.write_bytes("\n".join(STORY).encode())
    other = tmp_path / "other.txt"
    if newline == "mixed":
        seps = ["\r\n", "\n", "\r", "\r\n"]
        text = "".join(line + seps[i % len(seps)] for i, line in enumerate(STORY[:-1]))
    else:
        text = newline.join(STORY)
    other.write_bytes(text.encode())
    _, out_lf, _ = check_with_good(lf, good)
    code, out, err = check_with_good(other, good)
    assert code == ExitCode.FINDINGS and err == ""
    strip = lambda lines, p: sorted(x.split(":", 1)[1] for x in lines if x.startswith(str(p)))  # noqa: E731
    assert strip(out, other) == strip(out_lf, lf) != []


@pytest.mark.parametrize("prefix", [
    "e\u0301e\u0301 ",            # combining acute accents
    "\U0001f525\U0001f692 ",      # emoji outside the BMP (two code points, four UTF-16 units)
    "\u05d4\u05d0\u05e9 ",        # Hebrew, right to left
    "\u202e\u0627\u0644\u202c ",  # bidi override characters around Arabic
    "fi\u200bre\u200d ",          # zero-width space and joiner inside a word
    "\ufeff",                     # a stray BOM mid-text
])
def test_unicode_columns_count_code_points(tmp_path: Path, good: Path, prefix: str) -> None:
    bad = tmp_path / "unicode.txt"
    line = f"{prefix}Sources say the terrifying blaze spread."
    bad.write_text("Heading\n\n" + line + "\n", encoding="utf-8")
    code, out, err = check_with_good(bad, good)
    assert code == ExitCode.FINDINGS and err == ""
    hits = [x for x in out if x.startswith(f"{bad}:3:")]
    cols = sorted(int(x.split(":")[2]) for x in hits)
    assert line.index("Sources") + 1 in cols
    assert line.index("terrifying") + 1 in cols


def test_zero_width_characters_inside_a_flagged_word_do_not_crash(lint) -> None:
    text = "The terri\u200bfying fire. The ter\u00adrifying flood. A terrifying storm.\n"
    diags = lint(text)
    starts = [d.column for d in diags if d.rule.startswith("loaded-language")]
    assert text.index("terrifying storm") + 1 in starts


# --- size --------------------------------------------------------------------------------------


def test_single_5mb_line(tmp_path: Path, good: Path) -> None:
    sentence = "The council met on Monday and the roads were quiet. "
    bad = tmp_path / "oneline.txt"
    body = sentence * (5_000_000 // len(sentence))
    bad.write_text(body + "Sources say it rained.\n")
    started = time.monotonic()
    code, out, err = check_with_good(bad, good)
    elapsed = time.monotonic() - started
    assert code == ExitCode.FINDINGS and err == ""
    assert f"{bad}:1:{len(body) + 1}: warning:" in "\n".join(out)
    assert elapsed < 120, elapsed


def test_long_run_of_one_character_is_linear(tmp_path: Path) -> None:
    """A 1 MB 'word' and a 1 MB run of spaces: no pattern may go quadratic on them. (``-j 1``:
    the patterns are what is timed; a file of 1 MB is just big enough to be split over
    processes by default, and forking them cost more than the lint.)"""
    for ch in ("a", " ", "\t", "-", "."):
        f = tmp_path / "run.txt"
        f.write_text(ch * 1_000_000 + "\nAllegedly, it rained.\n")
        started = time.monotonic()
        code, out, err = run("check", "-j", "1", "-f", "line", str(f))
        assert time.monotonic() - started < 60, ch
        assert code == ExitCode.FINDINGS and ":2:1:" in out, (ch, err)


# The large file's size. docs/robustness.md promises 50 MB; `benchmarks/capacity.py` lints
# 50 MB (its default) with the same checks. The test runs 10 MB because nothing it checks
# changes past the thresholds 10 MB already crosses, each several times over: the split
# (SPLIT_MIN_CHARS, 1 MB; with one process, lint_serially's 2 x SERIAL_PART_CHARS, 1.6 MB),
# on two cores, four parts of 640 blocks each, past MARGIN_BLOCKS + _SEEK_BLOCKS (230), each
# part's report about 90 KB, past a pipe's 64 KB buffer. Measured at 5, 12.5 and 50 MB (tests146,
# docs/history/speed.md): four parts, four processes forked, every claim reported on its line at
# each size, the time a megabyte flat; only the parent's peak memory grows, with the text it
# holds, which the test never checked.
BIG_FILE_MB = 10


def test_50mb_file(tmp_path: Path, good: Path) -> None:
    """A large file (BIG_FILE_MB: 10 MB, see above; the promised 50 MB is `python
    benchmarks/capacity.py`) of mostly blank padding with a claim every 4 KB, linted in parts
    on all cores: every claim reported once, on its own line. One rule selected to keep CI
    fast."""
    block = "Sources say it rained.\n" + " " * 4072 + "\n"
    n = BIG_FILE_MB * 1024 * 1024 // len(block)
    bad = tmp_path / "huge.txt"
    with bad.open("w") as fh:
        for _ in range(n // 64):
            fh.write(block * 64)
    n = (n // 64) * 64
    assert bad.stat().st_size >= (BIG_FILE_MB - 1) * 1024 * 1024
    code, out, err = check_with_good(bad, good, "--select", GOOD_RULE)
    assert code == ExitCode.FINDINGS and err == ""
    hits = [line for line in out if line.startswith(str(bad))]
    assert len(hits) == n
    assert hits[-1].startswith(f"{bad}:{2 * n - 1}:1:")


@pytest.fixture
def scratch_in_memory(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A directory on a RAM file system (``/dev/shm``) where there is one with room, else
    ``tmp_path`` (:mod:`tests.ram_scratch`): creating (and deleting) 100,000 files on a
    journalled disk file system took longer than linting them, and where the files live is
    not what the test is about."""
    with in_memory(tmp_path) as base:
        yield base


def _many_files() -> int:
    """How many files the tree test makes: 25,000, or more where the limit of open files is
    higher: each worker process (one a CPU) gets 1,000 files past the limit, so that a
    descriptor kept open a file, in a worker or in the walk, would fail the run (here: 20,000
    a process, two CPUs, 42,000 files); at most the promised 100,000."""
    import resource

    from lintnews.execution.parallel import cpus

    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    if soft == resource.RLIM_INFINITY:  # (no limit to cross)
        return 25_000
    return min(100_000, max(25_000, (soft + 1_000) * cpus()))


def test_100k_files_in_a_tree(scratch_in_memory: Path) -> None:
    """Many one-line files (25,000 or more, past the limit of open files in every worker:
    :func:`_many_files`): all linted, each finding reported once, in time linear in their
    number. (Run as a user runs it, in a process of its
    own: run in-process inside the test session it took four times as long, for a reason of
    the session's: a host process with a large heap alone does not slow it.)

    docs/robustness.md promises 100,000 files: `python benchmarks/capacity.py` lints 100,000
    with the same checks. The smaller tree crosses what a larger one crosses: the worker pool
    (16 files), its largest batch (16 files a batch from 256 files on two cores), the limit of
    open files in each worker, hundreds of directories each resolving its configuration.
    Measured at 10,000, 30,000 and 100,000 files (tests146, docs/history/speed.md): the same
    peak memory (171 MB), and the time a file flat or falling (1.04, 0.94, 0.67 ms a file, the
    start-up spread over more files); the bound is the old 240 s for 100,000, in proportion,
    plus 15 s for the start."""
    tree = scratch_in_memory / "tree"
    n = _many_files()
    started = time.monotonic()
    make_tree(tree, n)  # (benchmarks/capacity.py's layout: a claim in every 1,000th file)
    made = time.monotonic() - started
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "lintnews", "check", "-f", "line", "--select", GOOD_RULE, str(tree)],
        capture_output=True, text=True, env={**os.environ, "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"},
    )
    elapsed = time.monotonic() - started
    assert proc.returncode == ExitCode.FINDINGS and proc.stderr == ""
    lines = proc.stdout.splitlines()
    assert len(lines) == -(-n // 1000)
    assert lines[0].startswith(str(tree / "d000" / "e0" / "f000000.txt"))
    assert elapsed < 15 + 240 * n / 100_000, (n, made, elapsed)


# --- the top-level guard -----------------------------------------------------------------------

BOOM_PLUGIN = '''
from lintnews import hookimpl
from lintnews.output.formatters.base import Formatter

class Boom(Formatter):
    def finish(self):
        raise ZeroDivisionError("formatter bug\\nsecond line")

@hookimpl
def lintnews_register_formatters(register):
    register("boom", lambda stream, ctx: Boom(stream, ctx))

@hookimpl
def lintnews_register_readers(register):
    def read(source):
        if "CRASH" in source:
            raise KeyError("reader bug")
        from lintnews.readers.plain import read as plain
        return plain(source)
    register("crashy", (".crashy",), read)
'''


@pytest.fixture
def boom_plugin(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "boomplug.py").write_text(BOOM_PLUGIN)
    return {**os.environ, "PYTHONPATH": f"{tmp_path}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
            "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"}


def _lintnews(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lintnews", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_unexpected_exception_is_one_line_and_exit_4(tmp_path: Path, good: Path, boom_plugin) -> None:
    proc = _lintnews(["check", "--plugin", "boomplug", "-f", "boom", str(good)], boom_plugin)
    assert proc.returncode == ExitCode.INTERNAL_ERROR
    no_traceback(proc.stderr)
    line = one_error_line(proc.stderr, "internal error", "ZeroDivisionError: formatter bug second line",
                          "LINTNEWS_DEBUG=1")
    assert "\n" not in line


def test_debug_env_shows_the_traceback(tmp_path: Path, good: Path, boom_plugin) -> None:
    env = {**boom_plugin, "LINTNEWS_DEBUG": "1"}
    proc = _lintnews(["check", "--plugin", "boomplug", "-f", "boom", str(good)], env)
    assert proc.returncode == ExitCode.INTERNAL_ERROR
    assert "Traceback" in proc.stderr and "ZeroDivisionError" in proc.stderr


def test_a_reader_bug_loses_only_its_file(tmp_path: Path, good: Path, boom_plugin) -> None:
    bad = tmp_path / "story.crashy"
    bad.write_text("CRASH here\n")
    ok = tmp_path / "fine.crashy"
    ok.write_text("Allegedly, it rained.\n")
    proc = _lintnews(["check", "--plugin", "boomplug", "-f", "line", str(bad), str(ok), str(good)], boom_plugin)
    assert proc.returncode == ExitCode.INTERNAL_ERROR
    no_traceback(proc.stderr)
    one_error_line(proc.stderr, str(bad), "internal error while linting it", "KeyError")
    assert f"{ok}:1:1:" in proc.stdout and f"{good}:1:1:" in proc.stdout


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    many = tmp_path / "many.txt"
    many.write_text("Sources say it rained.\n" * 4000)  # (a report of about 700 KB: past a pipe's buffer)
    cmd = f"{sys.executable} -m lintnews check -f line {many} | head -1"
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=120)
    assert proc.stdout.count("\n") == 1
    no_traceback(proc.stderr)
    assert "Exception ignored" not in proc.stderr, proc.stderr


# --- hostile rule packs ------------------------------------------------------------------------

PACK_HEAD = '''
[[rules]]
id = "house/{name}"
summary = "A house rule."
message = "'{{match}}' is off style."
'''


def write_pack(tmp_path: Path, body: str, name: str = "rule") -> Path:
    p = tmp_path / "house.toml"
    p.write_text(PACK_HEAD.format(name=name) + body, encoding="utf-8")
    return p


# Patterns that make a backtracking engine hang (exponential or quadratic on the texts
# below). A house pack's patterns run in RE2: each is refused with its reason, or runs in
# linear time.
HOSTILE = [r"(a+)+$", r"(?:a|aa)+$", r"(x*)*y", r"\b\w*\w*z", r"\w+ly", r"\b(a)\1", r"\b(a*)*b",
           r"\b(?:a|aa)+c", r"\bx(?:a|a)*y", r"\b.*.*=x", r".*foo", r"\b(?:a+b?)+c", r"\bfoo\s*\s*bar",
           r"\b\w*a\w*z", r"\b(?:\w+\s?)+!", r"(?:\d+)*x", r"\b" + "b?" * 9 + "-b?", r"\b\d+\.?\d*x",
           r"\bx\w*(?:y?\w+)z", r"\b(?:\s+\w+)*!", r"\bfoo.*bar", r"\bfoo[^.]*bar",
           r"(?:ab|a)a*aaaaaaa{0,5}a{1,3}a [^a]", r"(?m:^\s*x)", r"\b(?:\s*\w)*!",
           r"\b(?:a{2,50}){2,50}x"]


def hostile_text(tmp_path: Path) -> Path:
    victim = tmp_path / "aaa.txt"
    victim.write_text("a" * 100_000 + "!\n" + " " * 100_000 + "\n" + "foo " * 30_000 + "\n"
                      + "1" * 50_000 + "\n" + "b" * 50_000 + "\n")
    return victim


@pytest.mark.parametrize("pattern", HOSTILE)
def test_hostile_house_pattern_is_refused_or_runs_in_linear_time(tmp_path: Path, good: Path,
                                                                  pattern: str) -> None:
    pack = write_pack(tmp_path, f"patterns = ['{pattern}']\n")
    victim = hostile_text(tmp_path)
    started = time.monotonic()
    code, _, err = run("check", "--rule-pack", str(pack), str(victim), str(good))
    assert time.monotonic() - started < 30
    no_traceback(err)
    if code == ExitCode.USAGE_OR_INPUT:
        one_error_line(err, str(pack), "house/rule", f"'{pattern}'")  # (as written: no doubled backslashes)
    else:
        assert code in (ExitCode.OK, ExitCode.FINDINGS) and err == ""


def test_a_pattern_the_old_safety_check_accepted_no_longer_hangs(tmp_path: Path, good: Path) -> None:
    """Issue 22.1: ``\\b(?:a{2,50}){2,50}x`` passed the hand-written safety prover, and a line
    of 40 "a" took Python's re 3 s (50 never ended). House patterns run in RE2 now: this one
    is beyond RE2's repeat limit and refused in one line; a smaller one of the same shape
    loads and runs in linear time."""
    pack = write_pack(tmp_path, "patterns = ['\\b(?:a{2,50}){2,50}x']\n")
    code, _, err = run("check", "--rule-pack", str(pack), str(good))
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, str(pack), r"'\b(?:a{2,50}){2,50}x' does not compile in RE2", "repetition")
    pack = write_pack(tmp_path, "patterns = ['\\b(?:a{2,20}){2,20}x']\n")
    victim = tmp_path / "fifty.txt"
    victim.write_text(("a" * 50 + "\n") * 200 + "a" * 100_000 + "\n" + "aaaa" * 10 + "x\n")
    started = time.monotonic()
    code, out, err = check_with_good(victim, good, "--rule-pack", str(pack))
    assert time.monotonic() - started < 30
    assert code == ExitCode.FINDINGS and err == ""
    assert f"{victim}:202:1: warning:" in "\n".join(out)


REFUSED = [
    (r"\bfoo(?=bar)", "look-around"),
    (r"(?<!the\s)\bfoo", "look-around"),
    (r"\b(?P<x>a)(?P=x)", "capturing groups"),
    (r"\bfo++o", "possessive"),
    (r"\b(?>foo|fo)o", "atomic"),
    (r"\bfoo$", "$ outside multi-line mode"),
    (r"\Bfoo", r"\B"),
    (r"\bgo\b\s+\bon\b", r"has \b inside"),
    (r"\b(?:|foo)", "matches the empty string"),  # issue 22.11: zero-width findings before
    (r"(?:foo)?", "matches the empty string"),
    (r"\b(?:foo){2000}", "repeat count above 1000"),
    (r"\b(?:foo|-)", "may not be a letter"),
]


@pytest.mark.parametrize(("pattern", "reason"), REFUSED)
def test_what_re2_cannot_run_is_refused_with_the_pattern_as_written(tmp_path: Path, good: Path,
                                                                   pattern: str, reason: str) -> None:
    pack = write_pack(tmp_path, f"patterns = ['{pattern}']\n")
    code, _, err = run("check", "--rule-pack", str(pack), str(good))
    no_traceback(err)
    assert code == ExitCode.USAGE_OR_INPUT
    line = one_error_line(err, str(pack), "house/rule.patterns", f"pattern '{pattern}'", reason)
    assert "\\\\" not in line  # issue 18.10: backslashes as written, never doubled


def test_every_problem_of_a_pack_is_reported(tmp_path: Path, good: Path) -> None:
    """Issue 18.10: a pack with several bad patterns (in two rules, and in one rule's
    patterns and exceptions) names each, one line each, as written."""
    pack = tmp_path / "house.toml"
    pack.write_text(PACK_HEAD.format(name="one") + "patterns = ['\\bsaid(?=x)', '\\bfine\\b', '\\bbad(']\n"
                    + "exceptions = ['(?<=a)b']\n"
                    + PACK_HEAD.format(name="two") + "patterns = ['\\b(x)']\n", encoding="utf-8")
    code, _, err = run("check", "--rule-pack", str(pack), str(good))
    no_traceback(err)
    assert code == ExitCode.USAGE_OR_INPUT
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 4, err
    assert all(line.startswith(f"lintnews: {pack}: rule house/") for line in lines)
    assert r"pattern '\bsaid(?=x)' has a look-around" in lines[0]
    assert r"pattern '\bbad(' does not compile" in lines[1]
    assert "house/one.exceptions: pattern '(?<=a)b'" in lines[2]
    assert r"house/two.patterns: pattern '\b(x)' has capturing groups" in lines[3]


def test_house_word_boundaries_count_every_letter(tmp_path: Path, good: Path) -> None:
    """RE2's own \\b knows only ASCII letters; a house pattern's \\b counts accented
    letters as letters, as Python's does."""
    pack = write_pack(tmp_path, "patterns = ['\\bcafé\\b', '\\bété\\b']\n")
    victim = tmp_path / "cafe.txt"
    victim.write_text("Le café.\nUn cafés.\nL'été, étés, xété.\n", encoding="utf-8")
    code, out, err = check_with_good(victim, good, "--rule-pack", str(pack))
    assert code == ExitCode.FINDINGS and err == ""
    found = [line.split(":")[1:3] for line in out if line.startswith(str(victim))]
    assert found == [["1", "4"], ["3", "3"]]


@pytest.mark.parametrize("body, needle", [
    ("patterns = ['\\bfoo(']\n", "does not compile"),
    ("patterns = ['(?i)foo']\n", "cannot be combined"),
    ("patterns = ['x?']\n", "matches the empty string"),
    ("patterns = ['\\b(foo)\\b']\n", "capturing groups"),
    ("terms = ['foo']\ncolour = 'red'\n", "unknown key 'colour'"),
    ("terms = ['foo']\nseverity = 'fatal'\n", "unknown severity"),
    ("terms = ['foo'\n", "invalid TOML"),
    ("x = " + "[" * 50_000 + "\n", "nested too deeply"),
    ("patterns = ['\\bx" + "(?:a|" * 1000 + "b" + ")" * 1000 + "']\n", "does not compile"),
    ("terms = ['foo']\n" + PACK_HEAD.format(name="rule") + "terms = ['bar']\n", "duplicate rule id 'house/rule'"),
])
def test_bad_rule_pack_is_one_line_exit_2(tmp_path: Path, good: Path, body: str, needle: str) -> None:
    pack = write_pack(tmp_path, body)
    code, _, err = run("check", "--rule-pack", str(pack), str(good))
    no_traceback(err)
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, str(pack), needle)


def test_duplicate_of_a_builtin_rule_id(tmp_path: Path, good: Path) -> None:
    p = tmp_path / "dup.toml"
    p.write_text(PACK_HEAD.replace("house/{name}", GOOD_RULE) + "terms = ['foo']\n")
    code, _, err = run("check", "--rule-pack", str(p), str(good))
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, str(p), f"duplicate rule id '{GOOD_RULE}'")


def test_rule_pack_that_is_binary_or_missing(tmp_path: Path, good: Path) -> None:
    p = tmp_path / "bin.toml"
    p.write_bytes(b"\xff\xfe\x00garbage")
    code, _, err = run("check", "--rule-pack", str(p), str(good))
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, str(p))
    code, _, err = run("check", "--rule-pack", str(tmp_path / "none.toml"), str(good))
    assert code == ExitCode.USAGE_OR_INPUT
    one_error_line(err, "none.toml", "not found")


# --- the built-in packs' patterns -----------------------------------------------------------


def test_builtin_packs_are_not_checked_at_load_time_but_house_packs_are(tmp_path: Path) -> None:
    from lintnews.model.errors import RulePackError
    from lintnews.packs.loader import builtin_packs_dir, parse_pack

    data = {"rules": [{"id": "house/x", "summary": "x", "message": "x", "patterns": [r"\bfoo(?=bar)"]}]}
    with pytest.raises(RulePackError, match="look-around"):
        parse_pack(data, str(tmp_path / "house.toml"))
    rule = parse_pack(data, str(builtin_packs_dir() / "future.toml"))[0]
    assert rule.patterns == (r"\bfoo(?=bar)",) and rule.builtin


# --- regressions found while probing -----------------------------------------------------------


def test_directive_scan_is_linear_on_long_blank_lines(lint) -> None:
    """The plain reader's directive regex had two adjacent [ \\t]* (quadratic per line)."""
    text = "# lintnews: disable=loaded-language\n" + (" " * 200_000 + "\n") * 5 + "Sources say so.\n"
    started = time.monotonic()
    diags = lint(text)
    assert time.monotonic() - started < 10
    assert any(d.rule == GOOD_RULE and d.line == 7 for d in diags)


def test_builtin_newsletter_pattern_is_linear_on_a_run_of_spaces(lint) -> None:
    """advertorial/newsletter-plug had '\\s+(...)?\\s*': quadratic after 'get the' on a run of spaces."""
    text = "Get the" + " " * 300_000 + "x.\n\nGet the daily newsletter here.\n"
    started = time.monotonic()
    diags = lint(text)
    assert time.monotonic() - started < 10
    assert any(d.rule == "advertorial/newsletter-plug" for d in diags)


@pytest.mark.parametrize("line", [
    "1," * 30_000 + "x",  # a table row's figure read from every comma (round 134's table_row)
    "Monday to Friday" + " " * 60_000 + "x",  # a service's days before a run of blanks (round 134)
    "Harbour Town v Ashby" + " " * 60_000 + "x",  # a fixture's side before a run of blanks
])
def test_data_line_shapes_are_linear(lint, line: str) -> None:
    """The data-line shapes of shared/headlines.py (a table row, a fixture, a service's days)
    read a long line once: their names end on a visible character and their blanks and figures
    are possessive or bounded (each of these took minutes before)."""
    text = "The story opens here.\n\n" + line + "\n\nGet the daily newsletter here.\n"
    started = time.monotonic()
    diags = lint(text)
    assert time.monotonic() - started < 10
    assert any(d.rule == "advertorial/newsletter-plug" for d in diags)


def test_binary_on_standard_input() -> None:
    result = CliRunner().invoke(main, ["check", "-f", "line", "--stdin-filename", "draft.txt", "-"],
                                input=b"\x89PNG\r\n\x1a\n\x00\x00", env={"LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert result.exit_code == ExitCode.USAGE_OR_INPUT
    no_traceback(result.stderr)
    one_error_line(result.stderr, "draft.txt", "binary file")
