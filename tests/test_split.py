"""A large document linted on several cores reports exactly what a one-process run reports."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lintnews.cli import main
from lintnews.document.document import Document
from lintnews.execution import split

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# (these tests are of the forked parts: see the fixture in conftest.py)
pytestmark = pytest.mark.usefixtures("forkable")

# Context that crosses paragraphs: a quotation continued over three paragraphs, a speaker
# named once and quoted on, an appeal in the publication's voice over several paragraphs.
CROSSING = """\
Ferry fares to rise by a fifth

The operator is believed to have lost money on the winter timetable for three years.

"We cannot keep running empty boats," said Ruth Adeyemi, the operator's chief executive.

"The islands need a service they can rely on, and we need one that pays for itself.

"Nobody wants to see fares go up, but the alternative is fewer crossings."

"It's a disgrace," she added later. The so-called 'consultation' lasted a fortnight.

Critics say the increase will drive families off the islands.

Our journalism is funded by readers like you.

We rely on your support to keep reporting on the islands. Every contribution, big or small, helps.

Donate today and join thousands of supporters.

Sign up for our newsletter to get island news every morning.
Reportedly, the council was not consulted.

Shocking footage has emerged of the harbour wall crumbling.
"""


def _articles() -> list[tuple[str, str]]:
    """(reader name, source) of each example article and of the text above."""
    out = [("text", CROSSING)]
    for path in sorted(EXAMPLES.iterdir()):
        kind = {".txt": "text", ".md": "markdown", ".html": "html"}.get(path.suffix)
        if kind and path.name != "README.md":
            out.append((kind, path.read_text(encoding="utf-8")))
    return out


def _sort(diagnostics):  # type: ignore[no-untyped-def]
    return sorted(diagnostics, key=lambda d: (d.line, d.column, d.end_line, d.end_column, d.rule))


def _wrapped(text: str) -> str:
    """Hard-wrapped paragraphs, each first line indented: a paragraph starts mid-line."""
    import textwrap

    paragraphs = [" ".join(p.split()) for p in text.split("\n") if p.strip()]
    return "\n\n".join(textwrap.fill(p, 60, initial_indent="   ") for p in paragraphs) + "\n"


_TEXTS = "\n\n".join(s for k, s in _articles() if k == "text")

# A study named once near the top of a long file and unnamed research mentioned all the
# way down: what vouches for "research suggests" must lie within the context a part sees.
_FILLER = "The harbour board met on Tuesday to discuss the timetable for the spring."
NAMED_STUDY_FAR_BACK = "\n\n".join([
    "A study by the University of Tarnwick tracked ferry use for a decade.",
    *[_FILLER if i % 7 else "Research suggests that fares matter less than timetables." for i in range(1, 60)],
]) + "\n"


# A polemic at the top of a long file and plain news below it, with words the lexicon has not
# measured as loaded all the way down: the charge is counted over the paragraphs a part sees.
_POLEMIC = "The council's shameful plan went ahead. Its chilling silence says it all."
_PLAIN = "A loathsome smell came from the drains. Workers cleared the pipes on Monday."
POLEMIC_THEN_NEWS = "\n\n".join([*[_POLEMIC] * 6, *[_PLAIN if i % 3 else _FILLER for i in range(50)]]) + "\n"


# A text printed in full is announced at a document's top (round 28 of loaded language): an
# announcement far down a long file, where a part's own first paragraphs lie, is not one.
PRINTED_FAR_DOWN = "\n\n".join([*[_FILLER] * 40, "Here is the mayor's speech in full:", *[_FILLER] * 24,
                                 "The council's shameful plan went ahead.", *[_FILLER] * 5]) + "\n"


# "the source" refers back to any source the text mentioned before it, however far up (in an
# archive file, another story's): a part whose margin does not reach the mention must still
# know of it (Parsed.before), or it reports "according to the source" as a vague source.
SOURCE_FAR_BACK = "\n\n".join([
    "A source close to the ferry operator said the timetable would change.",
    *[_FILLER] * 60,
    "The new timetable starts in May, according to the source.",
    *[_FILLER] * 3,
]) + "\n"

@pytest.mark.parametrize("kind,source", [
    *_articles(),
    ("text", _TEXTS * 4),  # several articles in a file
    ("text", _TEXTS.replace("\n", "\r\n") * 2),  # CRLF: the source map is not the text
    ("text", _wrapped(_TEXTS) * 2),
    ("text", NAMED_STUDY_FAR_BACK),
    ("text", POLEMIC_THEN_NEWS),
    ("text", PRINTED_FAR_DOWN),
    ("text", SOURCE_FAR_BACK),
])
def test_parts_report_what_the_whole_reports(engine, registry, kind, source):
    # (files with suppression comments are never split: compared here without them)
    parsed = dataclasses.replace(registry.readers[kind].read(source), directives=[])
    doc = Document(parsed, "a")
    whole = engine.lint(doc)
    for parts in (2, 3, 5, len(parsed.blocks)):
        bounds = split.cuts(parsed, parts)
        assert len(bounds) > 1
        found = []
        for j in range(len(bounds)):
            found += split.lint_part(engine, parsed, "a", None, bounds, j)[0]
        assert _sort(found) == whole, (kind, parts, bounds)


def test_no_judge_looks_further_back_than_a_part_sees():
    from lintnews.builtin import attribution
    from lintnews.builtin.attribution import coverage, named
    from lintnews.builtin.loaded import voice
    from lintnews.document import turns

    assert attribution.RESEARCH_REACH_BLOCKS <= split.MARGIN_BLOCKS
    assert coverage.NAMED_SPEAKER_REACH_BLOCKS <= split.MARGIN_BLOCKS
    assert named.NAMED_HEAD_REACH_BLOCKS <= split.MARGIN_BLOCKS
    assert voice.CHARGED_REACH_BLOCKS <= split.MARGIN_BLOCKS
    assert turns.SPEAKER_REACH_BLOCKS <= split.MARGIN_BLOCKS


def test_cuts_avoid_paragraphs_that_open_with_a_quotation(registry):
    parsed = registry.readers["text"].read(CROSSING)
    text = parsed.text
    for parts in range(2, 8):
        for k in split.cuts(parsed, parts)[1:]:
            assert text[parsed.blocks[k].start] not in "\"“'‘"


def test_a_large_file_is_linted_on_two_cores_with_the_same_output(tmp_path, registry, monkeypatch):
    # (a file just past the split threshold, with the threshold lowered from 1 MB to 250 KB:
    # what is tested is that a file the runner splits is reported as the whole is, and whether
    # a file is split depends on its length against SPLIT_MIN_CHARS, not on the length itself;
    # 250 KB is still some 90 paragraphs a part, past the parts' MARGIN_BLOCKS of overlap.
    # The two 1 MB lints took 25 s of the suite under load.)
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 250_000)
    big = tmp_path / "archive.txt"
    body = "\n\n".join(s for k, s in _articles() if k == "text")
    big.write_text("\n\n".join([body] * (split.SPLIT_MIN_CHARS // len(body) + 1)), encoding="utf-8")
    parsed = registry.readers["text"].read(big.read_text(encoding="utf-8"))
    assert len(parsed.text) >= split.SPLIT_MIN_CHARS and len(split.cuts(parsed, 2)) == 2
    assert len(parsed.text) < 2 * split.SERIAL_PART_CHARS  # (-j 1 lints it whole: the reference)
    forked: list[int] = []
    real = split._run
    monkeypatch.setattr(split, "_run", lambda *a, **k: forked.append(1) or real(*a, **k))
    runs = [CliRunner().invoke(main, ["check", "--format", "json", "-j", j, str(big)]) for j in ("2", "1")]
    assert [r.exit_code for r in runs] == [1, 1]
    assert forked == [1]  # (the -j 2 run was split over processes, at the lowered threshold)
    assert runs[0].output == runs[1].output
    assert len(json.loads(runs[0].output)["diagnostics"]) > 1000


def test_a_file_with_suppression_comments_is_linted_in_one_piece(engine, registry):
    source = "<!-- lintnews: disable=loaded-language -->\n\n" + "Terrifying scenes.\n\n" * 52_000
    parsed = registry.readers["markdown"].read(source)
    assert parsed.directives
    assert split.lint_in_parts(engine, parsed, "a.md", None, 2) is None


def test_one_process_lints_a_very_large_file_a_part_at_a_time(engine, registry, monkeypatch):
    """With one process, a file of two parts' length or more is linted a part at a time (one
    part's sentences and hits in memory at once), and reports what the whole file does."""
    from lintnews.execution import runner

    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 10_000)
    monkeypatch.setattr(split, "SERIAL_PART_CHARS", 6_000)
    source = _TEXTS * 3 + SOURCE_FAR_BACK + POLEMIC_THEN_NEWS + NAMED_STUDY_FAR_BACK
    whole = engine.lint(Document(registry.readers["text"].read(source), "a.txt"))
    parts: list[int] = []
    real = split.lint_part
    monkeypatch.setattr(split, "lint_part", lambda *a: parts.append(a[5]) or real(*a))
    result = runner.lint_source(engine, source, "a.txt", "text", jobs=1)
    assert len(parts) >= len(source) // 6_000 - 1 and parts == sorted(parts)
    assert _sort(result.diagnostics) == _sort(whole) and len(whole) > 50


def test_one_process_keeps_a_file_with_suppression_comments_whole(engine, registry, monkeypatch):
    monkeypatch.setattr(split, "SERIAL_PART_CHARS", 6_000)
    source = "<!-- lintnews: disable=loaded-language -->\n\n" + "Terrifying scenes, sources say.\n\n" * 2_000
    parsed = registry.readers["markdown"].read(source)
    assert parsed.directives and len(parsed.text) > 2 * split.SERIAL_PART_CHARS
    assert split.lint_serially(engine, parsed, "a.md", None) is None


def test_a_part_that_fails_marks_the_one_process_run_failed(engine, registry, monkeypatch):
    monkeypatch.setattr(split, "SERIAL_PART_CHARS", 6_000)
    parsed = registry.readers["text"].read(_TEXTS * 6)
    real = split.lint_part

    def second_fails(*a):  # type: ignore[no-untyped-def]
        found, failed = real(*a)
        return found, failed or a[5] == 1  # (a[5]: the part's number)

    monkeypatch.setattr(split, "lint_part", second_fails)
    engine.failed = False
    try:
        assert split.lint_serially(engine, parsed, "a.txt", None) is not None
        assert engine.failed
    finally:
        engine.failed = False


def test_a_part_whose_process_dies_is_linted_in_the_parent(engine, registry, monkeypatch):
    import os

    source = "\n\n".join(s for k, s in _articles() if k == "text") * 3
    parsed = registry.readers["text"].read(source)
    doc = Document(parsed, "a")
    whole = engine.lint(doc)
    real_rows = split._rows
    parent = os.getpid()

    def dying(j):  # type: ignore[no-untyped-def]
        if j == 1 and os.getpid() != parent:
            os._exit(1)  # the process is killed before it can send anything
        return real_rows(j)

    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    monkeypatch.setattr(split, "_rows", dying)
    # two processes for four parts: the other process goes on with the parts left, and
    # the dead one's part is linted here
    found = split.lint_in_parts(engine, parsed, "a", None, 2)
    assert found is not None and found == whole
    # every process dies on its first part: the parts left are all linted here
    monkeypatch.setattr(split, "_rows", lambda j: os._exit(1) if os.getpid() != parent else real_rows(j))
    monkeypatch.setattr(split, "PARTS_PER_JOB", 4)
    assert split.lint_in_parts(engine, parsed, "a", None, 2) == whole


def test_each_part_is_linted_by_a_fresh_process(engine, registry, monkeypatch, tmp_path):
    # (a process that went on to a second part kept the first one's memory: a higher peak)
    import os

    source = "\n\n".join(s for k, s in _articles() if k == "text") * 3
    parsed = registry.readers["text"].read(source)
    whole = engine.lint(Document(parsed, "a"))
    real_rows = split._rows

    def noting(j):  # type: ignore[no-untyped-def]
        (tmp_path / f"part{j}").write_text(str(os.getpid()), encoding="utf-8")
        return real_rows(j)

    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    monkeypatch.setattr(split, "_rows", noting)
    assert split.lint_in_parts(engine, parsed, "a", None, 2) == whole
    pids = [(tmp_path / f"part{j}").read_text(encoding="utf-8") for j in range(4)]
    assert len(set(pids)) == 4 and str(os.getpid()) not in pids


def test_parts_no_process_can_be_started_for_are_linted_in_the_parent(engine, registry, monkeypatch):
    import multiprocessing

    source = "\n\n".join(s for k, s in _articles() if k == "text") * 3
    parsed = registry.readers["text"].read(source)
    whole = engine.lint(Document(parsed, "a"))
    process = multiprocessing.get_context("fork").Process
    started = []

    def start(self):  # type: ignore[no-untyped-def]
        if started:
            raise OSError(11, "Resource temporarily unavailable")
        started.append(self)
        return real_start(self)

    real_start = process.start
    monkeypatch.setattr(process, "start", start)
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    assert split.lint_in_parts(engine, parsed, "a", None, 2) == whole
    assert len(started) == 1


def test_a_plugin_code_rule_keeps_the_document_whole(registry, monkeypatch):
    """proselint's checks (or any plugin's code rule) may compare the whole document."""
    from lintnews.engine.engine import Engine
    from lintnews.plugins.registry import load_registry

    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    source = "\n\n".join(s for k, s in _articles() if k == "text") * 3
    parsed = registry.readers["text"].read(source)
    assert split._local_rules(Engine(registry))
    with_proselint = Engine(load_registry(["lintnews.integrations.proselint_plugin"], autoload=False))
    assert not split._local_rules(with_proselint)
    assert split.lint_in_parts(with_proselint, parsed, "a", None, 2) is None


def test_a_bug_in_a_part_is_one_line_in_the_parent(engine, registry, monkeypatch, capfd):
    """A part that raises in its process prints no traceback there; the parent lints it
    again, so the error reaches the user the usual way (one line from the runner)."""
    source = "\n\n".join(s for k, s in _articles() if k == "text") * 3
    parsed = registry.readers["text"].read(source)
    real = split.lint_part

    def broken(engine, parsed, path, profile, bounds, j, ahead=None):  # type: ignore[no-untyped-def]
        if j == 1:
            raise RuntimeError("boom")
        return real(engine, parsed, path, profile, bounds, j, ahead)

    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    monkeypatch.setattr(split, "lint_part", broken)
    with pytest.raises(RuntimeError, match="boom"):
        split.lint_in_parts(engine, parsed, "a", None, 2)
    assert "Traceback" not in capfd.readouterr().err


def test_built_in_rules_have_no_findings_cap_and_jobs_never_change_the_report(tmp_path: Path,
                                                                              monkeypatch) -> None:
    """Issue 22.4: more findings of a built-in rule than a plugin's rule may return are all
    reported, with -j 1 as with -j 2 (the cap on findings is for runaway plugins, and it once
    turned -j 1 into one error, exit 3).

    The plugin cap (:func:`lintnews.engine.engine.finding_cap`: 100,000, or one per character)
    is set to 1,000 here, and the split threshold to 1,000 characters, so 3,001 findings on a
    70 KB file take the same code paths as 100,001 on a file of megabytes, in a second. (With
    the real cap, one per character of a 2.4 MB file, the old 100,001 findings never reached
    it: a cap wrongly put on built-in rules went unseen.)"""
    from lintnews.engine import engine as engine_module

    n = 3_001
    big = tmp_path / "wire.txt"
    big.write_text("Sources say it rained.\n" * n, encoding="utf-8")
    monkeypatch.setattr(engine_module, "finding_cap", lambda chars: 1_000)
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 1000)
    real_lint_in_parts = split.lint_in_parts
    split_runs = []

    def noting(*args, **kw):  # type: ignore[no-untyped-def]
        found = real_lint_in_parts(*args, **kw)
        split_runs.append(found is not None)
        return found

    monkeypatch.setattr(split, "lint_in_parts", noting)
    env = {"LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"}
    reports = {}
    for jobs in ("1", "2"):
        result = CliRunner().invoke(main, ["check", "-j", jobs, "-f", "json", str(big)], env=env)
        assert result.exit_code == 1, (jobs, result.output[-500:])
        reports[jobs] = json.loads(result.stdout)["diagnostics"]
    assert True in split_runs  # -j 2 did split the file over processes
    assert reports["1"] == reports["2"]
    vague = [d for d in reports["1"] if d["rule"] == "unattributed-claim/vague-source"]
    assert len(vague) == n > engine_module.finding_cap(len(big.read_text(encoding="utf-8")))
    assert not [d for d in reports["1"] if d["rule"] == "lintnews/rule-failure"]
