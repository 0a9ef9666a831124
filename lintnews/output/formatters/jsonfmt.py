"""``{"version": ..., "diagnostics": [...]}`` with exactly the contract's keys."""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C encoder, as json.dumps(ensure_ascii=False) uses

from lintnews.model.diagnostic import Diagnostic
from lintnews.output.formatters.base import Formatter


class JsonFormatter(Formatter):
    """The same text as json.dump(..., ensure_ascii=False, indent=2), written as it comes.

    Each diagnostic is written when its file is done (nothing is kept for the end, so a
    large run holds no copy of its report), with the C string encoder: with indent=2,
    json falls back to its pure-Python encoder. Diagnostics are flat, so the layout is fixed.
    """

    def start(self) -> None:
        self.stream.write('{\n  "version": ' + json.dumps(self.context.version, ensure_ascii=False) + ",\n")
        self.written = 0
        # the encoded text of the fields after the position, by their values: a run reports
        # the same rule with the same message again and again (a word list's hits)
        self._tails: dict[tuple, str] = {}
        self._path: tuple[object, str] = (None, "")

    def file(self, path: str, diagnostics: list[Diagnostic]) -> None:
        # a write per few hundred diagnostics: a write per diagnostic cost as much as
        # encoding it, and one for a whole 10 MB file's report would hold a copy of it
        fields, write = self._fields, self.stream.write
        for i in range(0, len(diagnostics), _CHUNK):
            chunk = diagnostics[i : i + _CHUNK]
            write((_OPEN if self.written else _FIRST) + _NEXT.join(map(fields, chunk)) + _CLOSE)
            self.written += len(chunk)
        self.count += len(diagnostics)

    def diagnostic(self, d: Diagnostic) -> None:
        self.stream.write((_OPEN if self.written else _FIRST) + self._fields(d) + _CLOSE)
        self.written += 1

    def finish(self) -> None:
        self.stream.write("\n  ]\n}\n" if self.written else '  "diagnostics": []\n}\n')

    def _fields(self, d: Diagnostic) -> str:
        """The fields of :meth:`Diagnostic.to_dict`, in its order, one per line (written out: a
        dict and a join per diagnostic were a tenth of a 10 MB run)."""
        path, head = self._path
        if path != d.path:
            head = f'      "path": {_str(d.path)},\n      "line": '
            self._path = (d.path, head)
        key = (d.rule, d.category, d.severity, d.message, d.suggestion)
        tail = self._tails.get(key)
        if tail is None:
            tail = self._tails[key] = (
                f'      "rule": {_str(d.rule)},\n      "category": {_str(d.category)},\n'
                f'      "severity": {_str(d.severity.value)},\n      "message": {_str(d.message)},\n'
                f'      "suggestion": {_value(d.suggestion)}'
            )
            if len(self._tails) > _MAX_TAILS:  # (a run of unique messages keeps no more)
                self._tails.clear()
        line: int | str  # (a str once written by _int: a plugin's Diagnostic may hold anything)
        column: int | str
        end_line: int | str
        end_column: int | str
        line, column, end_line, end_column = d.line, d.column, d.end_line, d.end_column
        if not (type(line) is int and type(column) is int and type(end_line) is int
                and type(end_column) is int):  # (what the engine makes: written as they are)
            line, column, end_line, end_column = map(_int, (line, column, end_line, end_column))
        return (
            f'{head}{line},\n      "column": {column},\n'
            f'      "end_line": {end_line},\n      "end_column": {end_column},\n{tail}'
        )


_FIRST = '  "diagnostics": [\n    {\n'
_OPEN = ",\n    {\n"
_NEXT = "\n    },\n    {\n"
_CLOSE = "\n    }"
_MAX_TAILS = 4096
_CHUNK = 256


def _int(v: object) -> str:
    return str(v) if type(v) is int else _value(v)


def _str(v: object) -> str:
    return encode_basestring(v) if type(v) is str else _value(v)


def _value(v: object) -> str:
    """One JSON value as json.dumps(v, ensure_ascii=False) writes it (str, int, None, bool)."""
    if isinstance(v, str):
        return encode_basestring(v)
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(int(v))
    return json.dumps(v, ensure_ascii=False)
