"""``{"version": ..., "diagnostics": [...]}`` with exactly the contract's keys."""

from __future__ import annotations

import json

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
            fields = ",\n".join(
                f"      {dumps(k, ensure_ascii=False)}: {dumps(v, ensure_ascii=False)}" for k, v in item.items()
            )
            write("    {\n" + fields + ("\n    }\n" if i == last else "\n    },\n"))
        write("  ]\n}\n")
