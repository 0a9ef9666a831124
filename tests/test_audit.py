"""``lintnews audit`` over a generated archive (tests/newsgen.py: sentences written for it).

The rows are checked against the Python API linting each article on its own, the
formats against each other, the engines against each other (the Dask ones in
tests/test_audit_dask.py), and bad input gives one line and an exit code.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from newsgen import articles, write_jsonl, write_parquet

import lintnews
from lintnews.cli import main
from lintnews.integrations.audit.archive import Columns, _year_month
from lintnews.integrations.audit.engines import LocalEngine
from lintnews.integrations.audit.progress import AuditProgress
from lintnews.integrations.audit.run import audit

N = 60
FIELDS = ["id", "section", "year", "path", "line", "column", "end_line", "end_column", "rule", "category",
          "severity", "message", "suggestion"]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["audit", *args], env={"LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"})
    return result.exit_code, result.stdout, result.stderr


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def without_path(found: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k != "path"} for r in found]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("archive") / "news.jsonl", articles(N))


@pytest.fixture(scope="module")
def audited(archive, tmp_path_factory) -> tuple[Path, Path, str]:
    out = tmp_path_factory.mktemp("out")
    code, stdout, stderr = invoke(str(archive), "-o", str(out / "rows.jsonl"), "--group-by", "section,year",
                                  "--format-column", "format", "--summary", str(out / "summary.csv"), "-j", "1")
    assert code == 0, stderr
    return out / "rows.jsonl", out / "summary.csv", stdout


def test_every_row_is_what_the_api_finds_in_that_article(archive, audited):
    out, _, _ = audited
    linter = lintnews.Linter()
    expected = []
    for art in sorted(articles(N), key=lambda a: a["id"]):
        for d in linter.lint(art["body"], path=str(archive), fmt=art["format"]):
            expected.append({"id": art["id"], "section": art["section"], "year": art["date"][:4],
                             **d.to_dict()})
    got = rows(out)
    assert got == expected
    assert len(got) > N  # the generated archive has findings in most articles
    assert all(list(r) == FIELDS for r in got)


def test_rows_are_in_article_id_then_position_order(audited):
    got = rows(audited[0])
    keys = [(r["id"], r["line"], r["column"], r["end_line"], r["end_column"], r["rule"]) for r in got]
    assert keys == sorted(keys)


def test_the_summary_counts_the_rows_per_group_and_rule(audited):
    got = rows(audited[0])
    with open(audited[1], encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    counted: dict[tuple, int] = {}
    for r in got:
        key = (r["section"], r["year"], r["category"], r["rule"])
        counted[key] = counted.get(key, 0) + 1
    assert {(t["section"], t["year"], t["category"], t["rule"]): int(t["diagnostics"])
            for t in table if t["rule"]} == counted
    groups = {(t["section"], t["year"]): int(t["group_articles"]) for t in table}
    assert sum(groups.values()) == N
    per_article = {(r["id"], r["rule"]) for r in got}
    assert sum(int(t["articles"]) for t in table) == len(per_article)
    # and the terminal table says the same
    stdout = audited[2]
    assert stdout.splitlines()[0].split() == ["section", "year", "category", "rule", "diagnostics",
                                              "articles", "group_articles"]
    assert f"{len(got)} diagnostics in {N} articles" in stdout


def test_gzip_and_parquet_archives_give_the_same_rows(archive, audited, tmp_path):
    import pyarrow  # noqa: F401  (in the test extra: a missing one fails, not skips)

    gz = write_jsonl(tmp_path / "news.jsonl.gz", articles(N))
    pq_in = write_parquet(tmp_path / "news.parquet", articles(N), row_group=16)
    expected = without_path(rows(audited[0]))
    for source in (gz, pq_in):
        code, _, err = invoke(str(source), "-o", str(tmp_path / "o.jsonl"), "--group-by", "section,year",
                              "--format-column", "format", "-q")
        assert code == 0, err
        assert without_path(rows(tmp_path / "o.jsonl")) == expected, source


def test_parquet_output_holds_the_same_rows(audited, archive, tmp_path):
    import pyarrow.parquet as pq  # (in the test extra: a missing one fails, not skips)

    code, _, err = invoke(str(archive), "-o", str(tmp_path / "o.parquet"), "--group-by", "section,year",
                          "--format-column", "format", "-q")
    assert code == 0, err
    table = pq.read_table(tmp_path / "o.parquet")
    assert str(table.schema.field("id").type) == "int64"
    assert table.to_pylist() == rows(audited[0])


def test_two_runs_and_two_processes_give_the_same_bytes(archive, audited, tmp_path):
    code, _, err = invoke(str(archive), "-o", str(tmp_path / "j2.jsonl"), "--group-by", "section,year",
                          "--format-column", "format", "-q", "-j", "2", "--partition-size", "7")
    assert code == 0, err
    assert (tmp_path / "j2.jsonl").read_bytes() == audited[0].read_bytes()


def test_ids_sort_numbers_before_strings_and_duplicates_keep_archive_order(tmp_path):
    src = tmp_path / "mixed.jsonl"
    lines = [{"id": "b", "body": "Critics say the budget is too small."}, {"id": 10, "body": "Critics say the budget is too small."},
             {"id": 9, "body": "Critics say the budget is too small."}, {"id": "a", "body": "It was a sham."},
             {"id": "a", "body": "Critics say the budget is too small."}]
    write_jsonl(src, iter(lines))
    code, _, err = invoke(str(src), "-o", str(tmp_path / "o.jsonl"), "-q", "--partition-size", "2")
    assert code == 0, err
    got = rows(tmp_path / "o.jsonl")
    assert [(r["id"], r["category"]) for r in got] == [
        (9, "unattributed-claim"), (10, "unattributed-claim"), ("a", "loaded-language"),
        ("a", "unattributed-claim"), ("b", "unattributed-claim")]


def test_year_and_month_are_derived_from_the_date_column():
    assert _year_month("2021-03-04T10:00:00Z") == ("2021", "2021-03")
    assert _year_month("1999") == ("1999", "")
    assert _year_month(2004) == ("2004", "")
    assert _year_month(0) == ("1970", "1970-01")
    assert _year_month("yesterday") == ("", "")
    assert _year_month(None) == ("", "")


def test_the_select_option_and_a_config_file_apply(archive, tmp_path):
    (tmp_path / "house.toml").write_text('ignore = ["loaded-language"]\n', encoding="utf-8")
    code, _, err = invoke(str(archive), "-o", str(tmp_path / "o.jsonl"), "--config", str(tmp_path / "house.toml"),
                          "--select", "unattributed-claim,loaded-language", "-q")
    assert code == 0, err
    assert {r["category"] for r in rows(tmp_path / "o.jsonl")} == {"unattributed-claim"}


def test_audit_as_a_library_call_with_a_local_pool(archive, audited, tmp_path):
    seen = []
    report = audit([str(archive)], str(tmp_path / "o.jsonl"), lintnews.Linter(), LocalEngine(2),
                   Columns(group_by=("section", "year"), format="format"), partition_size=9,
                   on_result=lambda r: seen.append(r.index))
    assert sorted(seen) == list(range(7))  # 60 articles in partitions of 9, each once
    assert report.articles == N and not report.row_errors
    assert (tmp_path / "o.jsonl").read_bytes() == audited[0].read_bytes()
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".")]  # no temporary files left


# -- bad input: one line, an exit code, never a traceback ----------------------------


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lintnews: "), stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_a_missing_column_is_one_line_and_nothing_is_written(archive, tmp_path):
    code, _, err = invoke(str(archive), "-o", str(tmp_path / "o.jsonl"), "--text-column", "text")
    assert code == 2
    assert "no column 'text'" in one_line(err) and "body" in err
    assert not (tmp_path / "o.jsonl").exists()
    code, _, err = invoke(str(archive), "-o", str(tmp_path / "o.jsonl"), "--group-by", "desk")
    assert code == 2 and "no column 'desk' to group by" in one_line(err)
    code, _, err = invoke(str(archive), "-o", str(tmp_path / "o.jsonl"), "--group-by", "year",
                          "--date-column", "published")
    assert code == 2 and "no 'published' column to derive it from" in one_line(err)


def test_bad_rows_are_skipped_named_and_exit_2(tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": 1, "body": "Critics say the budget is too small."}),
        json.dumps({"id": 2, "body": 42}),
        "{not json",
        json.dumps({"id": None, "body": "x"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 3, "body": "It was a sham."}),
    ]) + "\n", encoding="utf-8")
    code, _, err = invoke(str(src), "-o", str(tmp_path / "o.jsonl"), "-q")
    assert code == 2
    lines = err.strip().splitlines()
    assert lines[0] == f"lintnews: {src}:2: 'body' must be a string, not int"
    assert lines[1].startswith(f"lintnews: {src}:3: not valid JSON")
    assert lines[2] == f"lintnews: {src}:4: no 'id' (the article id)"
    assert lines[3] == f"lintnews: {src}:5: not a JSON object but a list"
    assert lines[4].startswith("lintnews: 4 rows skipped")
    assert "Traceback" not in err
    assert [r["id"] for r in rows(tmp_path / "o.jsonl")] == [1, 3]


def test_a_corrupt_gzip_is_one_line_and_nothing_is_written(archive, tmp_path):
    data = gzip.compress(archive.read_bytes())
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    code, _, err = invoke(str(cut), "-o", str(tmp_path / "o.jsonl"))
    assert code == 2 and "corrupt or truncated gzip data" in one_line(err)
    assert not (tmp_path / "o.jsonl").exists() and not list(tmp_path.glob(".o.jsonl*"))
    garbled = tmp_path / "garbled.jsonl.gz"
    garbled.write_bytes(data[:20] + bytes(200) + data[220:])
    code, _, err = invoke(str(garbled), "-o", str(tmp_path / "o.jsonl"))
    assert code == 2 and "gzip" in one_line(err)


@pytest.mark.parametrize("make", ["missing", "directory", "fake-parquet"])
def test_an_unreadable_archive_is_one_line(make, tmp_path):
    path = tmp_path / "archive.parquet"
    if make == "directory":
        path.mkdir()
    elif make == "fake-parquet":
        path.write_bytes(b"PAR1" + os.urandom(64))
    code, _, err = invoke(str(path), "-o", str(tmp_path / "o.jsonl"))
    assert code == 2
    line = one_line(err)
    assert str(path) in line


def test_bad_outputs_and_options_are_one_line(archive, tmp_path):
    for args, words in [
        (["-o", str(tmp_path / "o.csv")], "must end in .jsonl"),
        (["-o", str(tmp_path / "nowhere" / "o.jsonl")], "does not exist"),
        (["-o", str(archive)], "one of the inputs"),
        (["-o", str(tmp_path / "o.jsonl"), "--group-by", "rule"], "already has a field 'rule'"),
        (["-o", str(tmp_path / "o.jsonl"), "--select", "no-such-rule"], "unknown rule or category"),
        (["-o", str(tmp_path / "o.jsonl"), "--format-in", "docx"], "unknown format 'docx'"),
        (["-o", str(tmp_path / "o.jsonl"), "--scheduler", "tcp://127.0.0.1:1"], "--engine dask"),
    ]:
        code, _, err = invoke(str(archive), *args)
        assert code == 2, (args, err)
        assert words in one_line(err), (args, err)


@pytest.mark.parametrize(("args", "extra"), [
    (["-o", "OUT.parquet"], "audit"),
    (["-o", "OUT.jsonl", "--engine", "dask"], "dask"),
])
def test_a_missing_extra_is_one_line_naming_it(args, extra, archive, tmp_path):
    args = [a.replace("OUT", str(tmp_path / "o")) for a in args]
    code = ("import sys; sys.modules['pyarrow'] = None; sys.modules['distributed'] = None; "
            "from lintnews.cli import main; main(sys.argv[1:], prog_name='lintnews')")
    run = subprocess.run([sys.executable, "-c", code, "audit", str(archive), *args], capture_output=True,
                         text=True, env={**os.environ, "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert run.returncode == 2
    assert f"pip install 'lintnews[{extra}]'" in one_line(run.stderr)


def test_the_progress_line_shows_rate_and_eta():
    import io

    stream = io.StringIO()
    progress = AuditProgress(1000, stream, enabled=True)
    progress.started -= 10  # ten seconds in
    progress.advance(250, 400, 37)
    line = stream.getvalue()
    assert "25%" in line and "400 articles" in line and "37 diagnostics" in line
    assert "40 articles/s" in line and "ETA 0:00:30" in line
    progress.clear()
    assert stream.getvalue().endswith("\r\x1b[2K")
    assert not AuditProgress(10, io.StringIO()).enabled  # not a terminal: no line
