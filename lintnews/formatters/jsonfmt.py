"""``{"version": ..., "diagnostics": [...]}`` with exactly the contract's keys."""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C encoder, as json.dumps(ensure_ascii=False) uses

from lintnews.diagnostic import Diagnostic
from lintnews.formatters.base import Formatter


class JsonFormatter(Formatter):
    """The same text as json.dump(..., ensure_ascii=False, indent=2), written as it comes.

    Each diagnostic is written when its file is done (nothing is kept for the end, so a
    large run holds no copy of its report), with the C string encoder: with indent=2,
    json falls back to its pure-Python encoder. Diagnostics are flat, so the layout is fixed.
    """

    def start(self) -> None:
        self.stream.write('{\n  "version": ' + json.dumps(self.context.version, ensure_ascii=False) + ",\n")
        self.written = 0

    def diagnostic(self, d: Diagnostic) -> None:
        head = '  "diagnostics": [\n    {\n' if not self.written else ",\n    {\n"
        self.written += 1
        self.stream.write(head + _fields(d) + "\n    }")

    def finish(self) -> None:
        self.stream.write("\n  ]\n}\n" if self.written else '  "diagnostics": []\n}\n')


def _fields(d: Diagnostic) -> str:
    """The fields of :meth:`Diagnostic.to_dict`, in its order, one per line (written out: a
    dict and a join per diagnostic were a tenth of a 10 MB run)."""
    n, s = _int, _str
    return (
        f'      "path": {s(d.path)},\n      "line": {n(d.line)},\n      "column": {n(d.column)},\n'
        f'      "end_line": {n(d.end_line)},\n      "end_column": {n(d.end_column)},\n'
        f'      "rule": {s(d.rule)},\n      "category": {s(d.category)},\n'
        f'      "severity": {s(d.severity.value)},\n      "message": {s(d.message)},\n'
        f'      "suggestion": {_value(d.suggestion)}'
    )


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
