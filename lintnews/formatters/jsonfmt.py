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
    v = _value
    return (
        f'      "path": {v(d.path)},\n      "line": {v(d.line)},\n      "column": {v(d.column)},\n'
        f'      "end_line": {v(d.end_line)},\n      "end_column": {v(d.end_column)},\n'
        f'      "rule": {v(d.rule)},\n      "category": {v(d.category)},\n'
        f'      "severity": {v(d.severity.value)},\n      "message": {v(d.message)},\n'
        f'      "suggestion": {v(d.suggestion)}'
    )


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
