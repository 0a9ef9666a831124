"""Read an archive (JSON Lines, plain or gzip, and Parquet) as partitions of articles.

An archive is one row per article (id, url, date, section, title, body, ...). It is
read as a stream, a partition at a time, so memory does not grow with the archive:
JSON Lines line by line, Parquet a record batch at a time. Partitions never span two
files, and are cut at ``partition_size`` articles or ``partition_bytes`` of text,
whichever comes first, so the same archive always gives the same partitions.

Errors come in two sizes:

- a **file** that cannot be read (missing, no permission, not Parquet, gzip data that
  is corrupt or cut short, a column that is not there) ends the run: an
  :class:`ArchiveError`, one line, exit 2, nothing written;
- a **row** that cannot be linted (not JSON, not an object, no id, a body that is
  not a string) is skipped and reported as a :class:`RowError` (one line each; the
  run exits 2 at the end, with every other row in the output).

Group fields (``--group-by``) are columns of the archive, with two derived ones: ``year``
and ``month`` come from the archive's own ``year``/``month`` column when it has one,
otherwise from the date column (``--date-column``, default ``date``): the first four
digits of an ISO 8601 string (``2021-03-04``, ``2021-03-04T10:00:00Z``) for ``year``,
the first seven (``2021-03``) for ``month``; a Parquet date or timestamp; a number is
a year when it has four digits, otherwise seconds since 1970 (UTC). A row without a
value is in the group ``""``.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import IO, Any

from lintnews.model.errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
PARQUET_MAGIC = b"PAR1"
DERIVED = ("year", "month")
DEFAULT_PARTITION_SIZE = 500  # articles
DEFAULT_PARTITION_BYTES = 8 * 1024 * 1024  # characters of text
_DATE = re.compile(r"\s*(\d{4})(?:-(\d{2}))?")


class ArchiveError(InputError):
    """A file of the archive that cannot be read: the run ends (exit 2)."""


@dataclass(frozen=True)
class Columns:
    """Which columns hold what (the command's ``--*-column`` and ``--group-by`` options)."""

    id: str = "id"
    text: str = "body"
    format: str | None = None  # a column naming each row's format (text, markdown, html)
    default_format: str = "plain"
    date: str = "date"
    group_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class RowError:
    """A row that is skipped: where it is (``archive:line`` or ``archive:row``) and why."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


# one article: (seq, id, text, format, groups). A tuple, not a dataclass: partitions are
# pickled to the workers, and tuples pickle several times smaller and faster
Article = tuple[int, Any, str, str, tuple[str, ...]]


@dataclass
class Partition:
    """Articles of one file, in archive order; ``index`` numbers partitions across the run."""

    index: int
    path: str
    articles: list[Article] = field(default_factory=list)
    weight: int = 0  # bytes of the archive file it stands for (progress and ETA)


def _year_month(value: object) -> tuple[str, str]:
    """(year, month) of a date column's value, ``("", "")`` when it has none."""
    if isinstance(value, datetime | date):
        return f"{value.year:04d}", f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, str):
        m = _DATE.match(value)
        if not m:
            return "", ""
        return m.group(1), (f"{m.group(1)}-{m.group(2)}" if m.group(2) else "")
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        if 1000 <= value <= 9999 and value == int(value):
            return str(int(value)), ""
        try:
            d = datetime.fromtimestamp(value, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return "", ""
        return f"{d.year:04d}", f"{d.year:04d}-{d.month:02d}"
    return "", ""


def _group_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, int | float):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


class _Plan:
    """How to turn a row (a dict) into an article, checked against a file's first row."""

    def __init__(self, columns: Columns, path: str, keys: set[str]) -> None:
        self.columns = columns
        self.getters: list[tuple[str, int]] = []  # (column, 0 plain | 1 year | 2 month)
        for name in (columns.id, columns.text):
            if name not in keys:
                raise ArchiveError(f"{path}: no column {name!r} (columns: {_names(keys)})")
        if columns.format and columns.format not in keys:
            raise ArchiveError(f"{path}: no column {columns.format!r} (--format-column; columns: {_names(keys)})")
        for name in columns.group_by:
            if name in keys:
                self.getters.append((name, 0))
            elif name in DERIVED and columns.date in keys:
                self.getters.append((columns.date, DERIVED.index(name) + 1))
            elif name in DERIVED:
                raise ArchiveError(f"{path}: no column {name!r}, and no {columns.date!r} column to derive it "
                                   f"from (--date-column; columns: {_names(keys)})")
            else:
                raise ArchiveError(f"{path}: no column {name!r} to group by (columns: {_names(keys)})")

    def article(self, seq: int, row: dict, where: str) -> Article | RowError:
        c = self.columns
        ident = row.get(c.id)
        if ident is None:
            return RowError(where, f"no {c.id!r} (the article id)")
        if isinstance(ident, bool) or not isinstance(ident, str | int | float) or (
                isinstance(ident, float) and not math.isfinite(ident)):
            return RowError(where, f"{c.id!r} must be a string or a finite number, not {_kind(ident)}")
        text = row.get(c.text)
        if not isinstance(text, str):
            return RowError(where, f"{c.text!r} must be a string, not {_kind(text)}")
        fmt = c.default_format
        if c.format:
            value = row.get(c.format)
            if isinstance(value, str) and value.strip():
                fmt = value.strip().lower()
            elif value is not None:
                return RowError(where, f"{c.format!r} must be a format name, not {_kind(value)}")
        groups = []
        for name, derive in self.getters:
            value = row.get(name)
            groups.append(_group_value(value) if derive == 0 else _year_month(value)[derive - 1])
        return (seq, ident, text, fmt, tuple(groups))


def _names(keys: set[str]) -> str:
    shown = sorted(keys)[:12]
    return ", ".join(shown) + (", ..." if len(keys) > 12 else "") if shown else "none"


def _kind(value: object) -> str:
    if isinstance(value, float) and not math.isfinite(value):  # (json reads 1e400 and NaN)
        return repr(value)
    return "null" if value is None else {dict: "an object", list: "a list", bool: "a boolean"}.get(
        type(value), type(value).__name__)


def sniff(path: str) -> str:
    """``"parquet"``, ``"gzip"`` or ``"jsonl"`` by the file's first bytes (not its name), or an
    :class:`ArchiveError` saying why the file cannot be read."""
    from lintnews.config.config import file_kind

    kind = file_kind(path)
    if kind == "missing":
        raise ArchiveError(f"{path}: no such file")
    if kind != "file":
        raise ArchiveError(f"{path}: is {kind}, not an archive file")
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise ArchiveError(f"{path}: cannot read: {(exc.strerror or str(exc)).lower()}") from None
    if head == PARQUET_MAGIC:
        return "parquet"
    if head[:2] == GZIP_MAGIC:
        return "gzip"
    return "jsonl"


class Reader:
    """Partitions of every file of an archive, and the rows that were skipped."""

    def __init__(self, paths: list[str], columns: Columns, *,
                 partition_size: int = DEFAULT_PARTITION_SIZE,
                 partition_bytes: int = DEFAULT_PARTITION_BYTES) -> None:
        self.paths = paths
        self.columns = columns
        self.partition_size = max(1, partition_size)
        self.partition_bytes = max(1, partition_bytes)
        self.kinds = {p: sniff(p) for p in paths}  # every file checked before any is linted
        self.errors: list[RowError] = []  # rows skipped so far
        self.on_error: Callable[[RowError], None] | None = None  # called with each RowError as it is found
        self.articles = 0
        self._seq = 0
        self._index = 0

    @property
    def total_weight(self) -> int:
        total = 0
        for p in self.paths:
            try:
                total += os.path.getsize(p)
            except OSError:
                pass
        return total

    def check(self) -> None:
        """Read each file's first row (or Parquet schema) now, so a missing column or a file
        that is not what it says ends the run before any linting."""
        for path in self.paths:
            if self.kinds[path] == "parquet":
                self._parquet_file(path)
            else:
                for number, row, _ in self._jsonl_rows(path):
                    if isinstance(row, dict):
                        _Plan(self.columns, path, set(row))
                        break
                    if number >= 1000:  # (no object in the first thousand lines: found when read)
                        break

    def partitions(self) -> Iterator[Partition]:
        for path in self.paths:
            if self.kinds[path] == "parquet":
                yield from self._parquet(path)
            else:
                yield from self._jsonl(path)

    # -- shared -------------------------------------------------------------------

    def _skip(self, error: RowError) -> None:
        self.errors.append(error)
        if self.on_error is not None:
            self.on_error(error)

    def _new(self, path: str) -> Partition:
        part = Partition(self._index, path)
        self._index += 1
        return part

    def _add(self, part: Partition, plan: _Plan, row: object, where: str) -> int:
        """Add a row to ``part``; the characters of text it added."""
        if not isinstance(row, dict):
            self._skip(RowError(where, f"not a JSON object but {_kind(row)}"))
            return 0
        article = plan.article(self._seq, row, where)
        if isinstance(article, RowError):
            self._skip(article)
            return 0
        self._seq += 1
        self.articles += 1
        part.articles.append(article)
        return len(article[2])

    # -- JSON Lines ---------------------------------------------------------------

    def _open(self, path: str) -> tuple[IO[bytes], IO[bytes]]:
        try:
            raw = open(path, "rb")  # noqa: SIM115 - closed by the caller
        except OSError as exc:
            raise ArchiveError(f"{path}: cannot read: {(exc.strerror or str(exc)).lower()}") from None
        if self.kinds[path] == "gzip":
            return raw, gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
        return raw, raw

    def _jsonl_rows(self, path: str) -> Iterator[tuple[int, object, int]]:
        """(line number, parsed row or a RowError, bytes of the file read so far)."""
        raw, stream = self._open(path)
        number = 0
        try:
            with raw, stream:
                try:
                    for line in stream:
                        number += 1
                        if not line.strip():
                            continue
                        try:
                            row: object = json.loads(line)
                        except (ValueError, UnicodeDecodeError) as exc:
                            row = RowError(f"{path}:{number}", f"not valid JSON: {_short(exc)}")
                        yield number, row, raw.tell()
                except (OSError, EOFError, zlib.error) as exc:
                    raise ArchiveError(f"{path}: corrupt or truncated gzip data after line {number}: "
                                       f"{_short(exc)}") from None
        except OSError as exc:  # (closing a gzip stream cut short)
            raise ArchiveError(f"{path}: cannot read: {_short(exc)}") from None

    def _jsonl(self, path: str) -> Iterator[Partition]:
        plan: _Plan | None = None
        part = self._new(path)
        chars = 0
        consumed = 0
        for number, row, pos in self._jsonl_rows(path):
            where = f"{path}:{number}"
            if isinstance(row, RowError):
                self._skip(row)
                continue
            if plan is None:
                if not isinstance(row, dict):
                    self._skip(RowError(where, f"not a JSON object but {_kind(row)}"))
                    continue
                plan = _Plan(self.columns, path, set(row))  # (the first object names the columns)
            chars += self._add(part, plan, row, where)
            if len(part.articles) >= self.partition_size or chars >= self.partition_bytes:
                part.weight, consumed = pos - consumed, pos
                yield part
                part, chars = self._new(path), 0
        if part.articles:
            part.weight = max(0, _size(path) - consumed)
            yield part
        else:
            self._index -= 1  # (an empty last partition takes no number)

    # -- Parquet ------------------------------------------------------------------

    def _parquet_file(self, path: str) -> Any:
        from lintnews.integrations.audit.extras import require

        require("pyarrow", "reading Parquet")
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            pf = pq.ParquetFile(path)
        except (pa.ArrowException, OSError, ValueError) as exc:
            raise ArchiveError(f"{path}: not a readable Parquet file: {_short(exc)}") from None
        schema = pf.schema_arrow
        plan = _Plan(self.columns, path, set(schema.names))
        field_type = schema.field(self.columns.text).type
        if not (pa.types.is_string(field_type) or pa.types.is_large_string(field_type)
                or pa.types.is_null(field_type)):
            raise ArchiveError(f"{path}: column {self.columns.text!r} holds {field_type}, not text")
        return pf, plan

    def _parquet(self, path: str) -> Iterator[Partition]:
        import pyarrow as pa

        pf, plan = self._parquet_file(path)
        wanted = list(dict.fromkeys(
            [self.columns.id, self.columns.text, *([self.columns.format] if self.columns.format else []),
             *(name for name, _ in plan.getters)]))
        total_rows = max(1, pf.metadata.num_rows)
        size = _size(path)
        row_number = 0
        done_weight = 0
        part = self._new(path)
        chars = 0
        try:
            batches = pf.iter_batches(batch_size=min(self.partition_size, 10_000), columns=wanted)
            for batch in batches:
                for row in batch.to_pylist():
                    row_number += 1
                    chars += self._add(part, plan, row, f"{path}:row {row_number}")
                    if len(part.articles) >= self.partition_size or chars >= self.partition_bytes:
                        weight = size * row_number // total_rows
                        part.weight, done_weight = weight - done_weight, weight
                        yield part
                        part, chars = self._new(path), 0
        except (pa.ArrowException, OSError) as exc:
            raise ArchiveError(f"{path}: cannot read row {row_number + 1}: {_short(exc)}") from None
        if part.articles:
            part.weight = max(0, size - done_weight)
            yield part
        else:
            self._index -= 1


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."
