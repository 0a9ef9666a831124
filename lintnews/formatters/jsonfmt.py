"""``{"version": ..., "diagnostics": [...]}`` with exactly the contract's keys."""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C encoder, as json.dumps(ensure_ascii=False) uses

from lintnews.diagnostic import Diagnostic
from lintnews.formatters.base import Formatter


class JsonFormatter(Formatter):
    def start(self) -> None:
        self.items: list[dict[str, object]] = []

    def diagnostic(self, d: Diagnostic) -> None:
        self.items.append(d.to_dict())

    def finish(self) -> None:
        # The same text as json.dump(..., ensure_ascii=False, indent=2), written item by item
        # with the C string encoder: with indent=2, json falls back to its pure-Python encoder
        # (a tenth of a 10 MB run). Diagnostics are flat, so the layout is fixed.
        write = self.stream.write
        dumps = json.dumps
        write('{\n  "version": ' + dumps(self.context.version, ensure_ascii=False) + ",\n")
        if not self.items:
            write('  "diagnostics": []\n}\n')
            return
        write('  "diagnostics": [\n')
        last = len(self.items) - 1
        for i, item in enumerate(self.items):
            fields = ",\n".join(f"      {_key(k)}: {_value(v)}" for k, v in item.items())
            write("    {\n" + fields + ("\n    }\n" if i == last else "\n    },\n"))
        write("  ]\n}\n")


_KEYS: dict[str, str] = {}


def _key(k: str) -> str:
    quoted = _KEYS.get(k)
    if quoted is None:
        quoted = _KEYS[k] = encode_basestring(k)
    return quoted


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
