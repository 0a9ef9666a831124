"""SARIF 2.1.0: the format GitHub code scanning, Azure DevOps and IDE viewers read.

One log with one run: ``tool.driver`` lists every rule with its help text (the
same fixed sections as ``lintnews explain``), and each result carries the rule
id and index, a level, the message and a physical location whose region uses
lintnews's own 1-based, end-exclusive, code-point columns (``columnKind``
``unicodeCodePoints``). The log is one JSON document, so it is written at ``finish``.
"""

from __future__ import annotations

import json
import os
from pathlib import PurePath
from urllib.parse import quote

from lintnews.model.diagnostic import Diagnostic, Severity
from lintnews.output.formatters.base import Formatter

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/lintnews/"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for ``path``: relative paths stay relative (SARIF viewers resolve them
    against the repository), absolute ones become ``file://`` URIs, standard input is ``stdin``.
    The file system's bytes are percent-encoded (RFC 3986), a name that is not UTF-8 too:
    ``caf%E9.txt``, not its shown form ``caf\xe9.txt`` (``caf%5Cxe9.txt``, another file)."""
    if path in ("-", "<stdin>"):
        return "stdin"
    if os.path.isabs(path):
        return PurePath(path).as_uri()
    return quote(os.fsencode(path.replace(os.sep, "/")), safe="/:@!$&'()*+,;=-._~")


class SarifFormatter(Formatter):
    def start(self) -> None:
        self.results: list[Diagnostic] = []

    def diagnostic(self, d: Diagnostic) -> None:
        self.results.append(d)

    def _rules(self) -> list[dict[str, object]]:
        registry = self.context.registry
        known = dict(registry.rules) if registry is not None else {}
        ids = sorted(set(known) | {d.rule for d in self.results})
        out = []
        for rid in ids:
            rule = known.get(rid)
            if rule is None:  # a sub-rule a rule object speaks for, or lintnews's own failure report
                category = next((d.category for d in self.results if d.rule == rid), rid.split("/")[0])
                out.append({"id": rid, "shortDescription": {"text": rid}, "properties": {"category": category}})
                continue
            entry: dict[str, object] = {
                "id": rid,
                "name": rid.split("/", 1)[-1],
                "shortDescription": {"text": rule.summary or rid},
                "help": {"text": rule.help_text},
                "defaultConfiguration": {"level": LEVELS[rule.severity]},
                "properties": {"category": rule.category, "plugin": rule.plugin},
            }
            if rule.rationale:
                entry["fullDescription"] = {"text": rule.rationale}
            out.append(entry)
        return out

    def _result(self, d: Diagnostic, index: dict[str, int]) -> dict[str, object]:
        message = d.message + (f" Suggestion: {d.suggestion}" if d.suggestion else "")
        return {
            "ruleId": d.rule,
            "ruleIndex": index[d.rule],
            "level": LEVELS[d.severity],
            "message": {"text": message},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(self.context.raw_paths.get(d.path, d.path))},
                    "region": {
                        "startLine": d.line,
                        "startColumn": d.column,
                        "endLine": d.end_line,
                        "endColumn": d.end_column,
                    },
                },
            }],
            "properties": {"category": d.category},
        }

    def finish(self) -> None:
        rules = self._rules()
        index = {r["id"]: i for i, r in enumerate(rules)}
        log = {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "lintnews",
                    "version": self.context.version or "0",
                    "informationUri": INFORMATION_URI,
                    "rules": rules,
                }},
                "columnKind": "unicodeCodePoints",
                "results": [self._result(d, index) for d in self.results],  # type: ignore[arg-type]
            }],
        }
        json.dump(log, self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")
