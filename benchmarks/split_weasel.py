#!/usr/bin/env python3
"""Score weasel-dev (one Wikipedia sentence a line) on two halves: A to tune on, B to check.

Why: weasel-dev is the dev twin of a held-out Wikipedia set. Reading all of its misses and
widening the constructions until they fit would lift weasel-dev without lifting the held-out
set. So the lines are split by a stable rule (odd line numbers are half A, even ones half B),
changes are made from A's misses only, and a change counts only if it lifts B too.
B's misses are never printed.

Usage:
    split_weasel.py [--lintnews CMD] [--corpus DIR] [--misses] [--json]

Scoring is score.py's for a sentence suite: one verdict per line, warnings and errors only.
"""
from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from pathlib import Path

DEFAULT_CORPUS = Path("/work/shared/corpus/weasel-dev")
SCORED = {"warning", "error"}


def half_of(line: int) -> str:
    """The stable split: odd line numbers are A (tune), even ones B (check)."""
    return "A" if line % 2 else "B"


def gold_lines(corpus: Path) -> dict[str, set[int]]:
    """Gold lines per article, skipping optional ones (they cost nothing either way)."""
    gold: dict[str, set[int]] = {}
    optional: dict[str, set[int]] = {}
    for raw in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("//"):
            continue
        g = json.loads(raw)
        into = optional if g.get("optional") else gold
        into.setdefault(g["doc"], set()).add(int(g["line"]))
    return gold, optional


def predicted_lines(cmd: str, corpus: Path, category: str) -> dict[str, set[int]]:
    """Lines with at least one scored diagnostic of the category, per article."""
    articles = sorted(p for p in (corpus / "articles").iterdir() if p.is_file())
    proc = subprocess.run(shlex.split(cmd) + ["check", "--format", "json", *map(str, articles)],
                          capture_output=True, text=True, timeout=900)
    if proc.returncode not in (0, 1):
        sys.exit(f"lintnews failed (exit {proc.returncode}): {proc.stderr.strip()[:500]}")
    payload = json.loads(proc.stdout or "[]")
    if isinstance(payload, dict):
        payload = payload.get("diagnostics", payload.get("results", []))
    found: dict[str, set[int]] = {}
    for d in payload:
        if d.get("category") == category and str(d.get("severity", "warning")).lower() in SCORED:
            found.setdefault(Path(d["path"]).name, set()).add(int(d["line"]))
    return found


def table(gold, optional, predicted) -> dict[str, dict]:
    """Gold, found, predicted, false positives, P and R for A, B and the whole suite."""
    rows = {}
    for name in ("A", "B", "whole"):
        keep = (lambda n: True) if name == "whole" else (lambda n, h=name: half_of(n) == h)
        g = {(d, n) for d, lines in gold.items() for n in lines if keep(n)}
        o = {(d, n) for d, lines in optional.items() for n in lines if keep(n)}
        p = {(d, n) for d, lines in predicted.items() for n in lines if keep(n)} - (o - g)
        found = len(g & p)
        fp = len(p - g)
        rows[name] = {"gold": len(g), "found": found, "pred": len(p), "fp": fp,
                      "P": round(found / len(p), 3) if p else 1.0,
                      "R": round(found / len(g), 3) if g else 1.0}
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lintnews", default="lintnews")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--misses", action="store_true", help="list half A's misses and false alarms (never B's)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    meta = json.loads((args.corpus / "corpus.json").read_text(encoding="utf-8"))
    gold, optional = gold_lines(args.corpus)
    predicted = predicted_lines(args.lintnews, args.corpus, meta["category"])
    rows = table(gold, optional, predicted)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print(f"{'half':6} {'gold':>5} {'found':>5} {'pred':>5} {'fp':>4} {'P':>6} {'R':>6}")
        for name, r in rows.items():
            print(f"{name:6} {r['gold']:5} {r['found']:5} {r['pred']:5} {r['fp']:4} {r['P']:6.3f} {r['R']:6.3f}")
    if args.misses:
        for doc in sorted(set(gold) | set(predicted)):
            g, p = gold.get(doc, set()), predicted.get(doc, set())
            for n in sorted(g - p):
                if half_of(n) == "A":
                    print(f"MISSED  {doc}:{n}")
            for n in sorted(p - g - optional.get(doc, set())):
                if half_of(n) == "A":
                    print(f"FALSE+  {doc}:{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
