#!/usr/bin/env python3
"""Precision of the unattributed-claim warnings per construction branch, on judged warnings.

Calibration, not tuning by phrase: every cue the attribution judge reports comes from one
branch of a construction (``Cue.branch``: "passive:that:expletive:end", "source:lead:plural:say",
"provenance:doc", or the rule id of a pattern that is a cue by itself, with its first word). A branch whose judged
warnings are mostly false is a candidate for ``info`` or for a stricter condition that is
general grammar; its count says whether there is enough to tell. Run from the repository root:

    .venv/bin/python benchmarks/unattributed_constructions.py FOLDER [--verdicts TSV] [--depth N]

FOLDER holds the articles (``*.txt``). Without ``--verdicts`` it prints one line per warning:
``name:line:column:rule-suffix<TAB>branch``, keys in the form the judged tables of the fresh
news sets use. With ``--verdicts`` (lines ``key<TAB>verdict``, verdict T, F or D; other columns
ignored) it prints, per branch cut to its first N fields (``--depth``), the warnings, the true,
false and doubtful ones and the precision T / (T + F); a warning with no verdict counts as "?".
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

CATEGORY = "unattributed-claim"


def branches(folder: Path) -> list[tuple[str, str]]:
    """``(key, branch)`` of every unattributed warning on the articles of ``folder``."""
    from lintnews.builtin.attribution import decision
    from lintnews.cli.app import configured_registry
    from lintnews.document.document import Document
    from lintnews.engine.engine import Engine, Settings
    from lintnews.model.diagnostic import Severity
    from lintnews.readers import decode

    made: dict[tuple[int, int, str], str] = {}  # (start, end, rule) of a finding -> its branch
    judge_cue = decision._judge_cue

    def recording(doc, rule, hit, cue, facts):  # type: ignore[no-untyped-def]
        found = judge_cue(doc, rule, hit, cue, facts)
        if found is not None:
            branch = cue.branch or rule.id
            if branch == rule.id:  # a pattern that is a cue by itself: its first word tells the kind
                branch += ":" + doc.text[cue.start : cue.end].split(None, 1)[0].lower()
            made[(found.start, found.end, found.rule or rule.id)] = branch
        return found

    decision._judge_cue = recording  # type: ignore[assignment]
    try:
        registry = configured_registry((), (), True)
        engine = Engine(registry, Settings())
        out: list[tuple[str, str]] = []
        for path in sorted(folder.glob("*.txt")):
            made.clear()
            doc = Document(registry.reader_for(str(path)).read(decode(path.read_bytes(), str(path), None)), str(path))
            diagnostics = engine.lint(doc)
            at = {doc.source_map.span(s, e)[:2] + (r,): b for (s, e, r), b in made.items()}
            for d in diagnostics:
                if d.category == CATEGORY and d.severity is not Severity.INFO:
                    out.append((f"{path.name[:-4]}:{d.line}:{d.column}:{d.rule.split('/')[1]}",
                                at.get((d.line, d.column, d.rule), "?")))
    finally:
        decision._judge_cue = judge_cue  # (the judge is left as it was found)
    return out


def table(rows: list[tuple[str, str]], verdicts: dict[str, str], depth: int) -> list[str]:
    """One line per branch (cut to ``depth`` fields), most warnings first."""
    by: dict[str, Counter] = defaultdict(Counter)
    for key, branch in rows:
        by[":".join(branch.split(":")[:depth])][verdicts.get(key, "?")] += 1
    lines = []
    for branch, c in sorted(by.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        t, f = c["T"], c["F"]
        p = f"{t / (t + f):.3f}" if t + f else "  -  "
        lines.append(f"{branch:48s} n {sum(c.values()):4d}  T {t:4d}  F {f:3d}  D {c['D']:3d}  ? {c['?']:3d}  P {p}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--verdicts", type=Path, help="key<TAB>verdict lines (T, F or D)")
    ap.add_argument("--depth", type=int, default=3, help="fields of the branch to group by (default 3)")
    args = ap.parse_args()
    rows = branches(args.folder)
    if args.verdicts is None:
        for key, branch in rows:
            print(f"{key}\t{branch}")
        return 0
    verdicts = {}
    for line in args.verdicts.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1] in ("T", "F", "D"):
            verdicts.setdefault(parts[0], parts[1])
    print("\n".join(table(rows, verdicts, args.depth)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
