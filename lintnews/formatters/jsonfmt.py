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
        json.dump({"version": self.context.version, "diagnostics": self.items},
                  self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")
