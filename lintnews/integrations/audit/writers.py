"""The audit's outputs: one row per diagnostic (JSON Lines or Parquet) and the summary CSV.

Every output is written to a temporary file in its directory and renamed into place
when complete, as ``check --output`` does: an interrupted run, a full disk or a bad
row never leaves half an output under the final name.

A row holds the article id (``id``), the group fields, then every field of the
diagnostic contract (DESIGN.md): path (the archive file), line, column, end_line,
end_column, rule, category, severity, message, suggestion. In Parquet the id column is
int64 when every id was an integer, double when every id was a number, else string;
the group fields are strings.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from collections.abc import Iterable

from lintnews.integrations.audit.partition import DIAGNOSTIC_FIELDS
from lintnews.model.errors import OutputError

BATCH = 10_000  # rows per Parquet batch


def output_kind(path: str) -> str:
    """``"jsonl"``, ``"jsonl.gz"`` or ``"parquet"`` by the output's name (``.ndjson`` is JSON Lines too;
    OutputError otherwise)."""
    name = path.lower()
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl.gz"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    raise OutputError(f"{path}: the output must end in .jsonl or .ndjson (JSON Lines), .jsonl.gz or .ndjson.gz "
                      "(gzipped), or .parquet")


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


class Atomic:
    """A temporary file beside ``path``, renamed over it by :meth:`commit`."""

    def __init__(self, path: str) -> None:
        self.path = path
        parent = os.path.dirname(os.path.abspath(path)) or "."
        if os.path.isdir(path):
            raise OutputError(f"{path}: cannot write the output: is a directory")
        if not os.path.isdir(parent):
            kind = "is not a directory" if os.path.exists(parent) else "does not exist"
            raise OutputError(f"{path}: cannot write the output: directory {parent} {kind}")
        try:
            fd, self.temp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=parent)
        except OSError as exc:
            raise OutputError(f"{path}: cannot write the output: {_reason(exc)}") from None
        os.close(fd)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.temp, 0o666 & ~umask)

    def fail(self, exc: OSError) -> OutputError:
        self.discard()
        return OutputError(f"{self.path}: cannot write the output: {_reason(exc)}")

    def commit(self) -> None:
        try:
            os.replace(self.temp, self.path)
        except OSError as exc:
            raise self.fail(exc) from None
        self.temp = ""

    def discard(self) -> None:
        """Remove the temporary file (after :meth:`commit`: nothing to do)."""
        if self.temp:
            try:
                os.unlink(self.temp)
            except OSError:
                pass
            self.temp = ""


def write_rows(out: Atomic, rows: Iterable[tuple], group_by: tuple[str, ...], id_types: set[str]) -> int:
    """Write merged result rows to ``out`` (its kind by name) and commit; the number of rows."""
    kind = output_kind(out.path)
    try:
        n = _parquet(out.temp, rows, group_by, id_types) if kind == "parquet" else \
            _jsonl(out.temp, rows, group_by, kind == "jsonl.gz")
    except OSError as exc:
        raise out.fail(exc) from None
    except BaseException:
        out.discard()
        raise
    out.commit()
    return n


def _jsonl(temp: str, rows: Iterable[tuple], group_by: tuple[str, ...], compress: bool) -> int:
    keys = ("id", *group_by, *DIAGNOSTIC_FIELDS)
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    n = 0
    raw = open(temp, "wb")  # noqa: SIM115 - closed below
    # (mtime 0: two runs over the same archive give the same bytes)
    fh = gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) if compress else raw
    with raw, fh:
        buf: list[str] = []
        for row in rows:
            buf.append(dumps(dict(zip(keys, (row[2], *row[3], *row[4:]), strict=True))))
            n += 1
            if len(buf) >= 1000:
                fh.write(("\n".join(buf) + "\n").encode("utf-8", "backslashreplace"))
                buf = []
        if buf:
            fh.write(("\n".join(buf) + "\n").encode("utf-8", "backslashreplace"))
    return n


def _parquet(temp: str, rows: Iterable[tuple], group_by: tuple[str, ...], id_types: set[str]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if id_types and id_types <= {"int"}:
        id_type, to_id = pa.int64(), (lambda v: v)
    elif id_types and id_types <= {"int", "float"}:
        id_type, to_id = pa.float64(), float
    else:
        id_type, to_id = pa.string(), (lambda v: v if isinstance(v, str) else json.dumps(v))
    ints = ("line", "column", "end_line", "end_column")
    fields = [pa.field("id", id_type)] + [pa.field(g, pa.string()) for g in group_by] + [
        pa.field(name, pa.int64() if name in ints else pa.string(), nullable=name == "suggestion")
        for name in DIAGNOSTIC_FIELDS]
    schema = pa.schema(fields)
    width = 1 + len(group_by) + len(DIAGNOSTIC_FIELDS)
    n = 0
    with pq.ParquetWriter(temp, schema) as writer:
        columns: list[list] = [[] for _ in range(width)]

        def flush() -> None:
            writer.write_batch(pa.record_batch(columns, schema=schema))
            for c in columns:
                c.clear()

        for row in rows:
            values = (to_id(row[2]), *row[3], *row[4:])
            for column, value in zip(columns, values, strict=True):
                column.append(value)
            n += 1
            if len(columns[0]) >= BATCH:
                flush()
        if columns[0] or n == 0:
            flush()
    return n


def write_csv(out: Atomic, header: list[str], lines: Iterable[list]) -> None:
    import csv

    try:
        with open(out.temp, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(lines)
    except OSError as exc:
        raise out.fail(exc) from None
    except BaseException:
        out.discard()
        raise
    out.commit()
