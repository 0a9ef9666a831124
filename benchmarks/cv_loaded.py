#!/usr/bin/env python3
"""Two-fold cross-validation of the measured class of loaded words (``loaded/measured-loaded``).

The class decides whether an emotive, judgement or attack-verb word warns with no evaluative
use in sight; it is measured on the tuning suites by ``measure_loaded.py``. Measured and scored
on the same articles it cannot fail, so this script measures it on one half of every tuning
suite (articles in alternate order) and scores the other half, both ways, pooled, under each
policy for a word:

- ``current``: warn only when measured loaded often enough (what lintnews does);
- ``poor-only n>=N``: demote only a word measured seldom loaded over at least N candidates,
  and let a word never measured warn;
- ``none``: no measured class at all.

Run from the repository root, with the environment lintnews is installed in:

    .venv/bin/python benchmarks/cv_loaded.py ../shared/corpus

It reads only the tuning suites (news-dev, babe-dev, ptc-dev) and takes a few seconds. A suite
that is one file of sentences (babe-dev) is split by alternate lines instead of by article.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measure_loaded as ml


def _split_lines(path: Path, gold: list, where: Path, score):  # type: ignore[no-untyped-def]
    """A file of one sentence a line, cut into two files of alternate lines, and its gold
    moved with the lines (a fold of sentences, as a fold of articles elsewhere)."""
    where.mkdir(parents=True)
    lines = path.read_text(encoding="utf-8").split("\n")
    files, moved = [], []
    for fold in (0, 1):
        target = where / f"fold{fold}-{path.name}"
        target.write_text("\n".join(lines[fold::2]), encoding="utf-8")
        files.append([target])
        for g in gold:
            if g.line == g.end_line and (g.line - 1) % 2 == fold:
                line = (g.line - 1) // 2 + 1
                moved.append(score.Span(target.name, g.category, line, line, g.col, g.end_col, g.optional))
    return files, moved


def _misses(engine, suite, paths, gold, predicted, document, score) -> list[str]:  # type: ignore[no-untyped-def]
    """The held-out half's warnings, right (TP) and false alarms (FP), and its missed spans (FN,
    with the judge's decision where it had a candidate there: 'info' hints and dropped words), one
    a line: the TP lines let a kind of evidence be weighed by its precision, not only its errors."""
    from lintnews.builtin.loaded.voice import explain

    rules = [r for r in engine.pack_rules if r.context == "writer-voice"]
    out: list[str] = []
    for path in paths:
        doc = document(path)
        source = path.read_text(encoding="utf-8").split("\n")
        hits = engine.matcher.scan(doc.text)
        why = []
        for rule, hit, decision in explain(doc, {r: hits[r.id] for r in rules if hits.get(r.id)}):
            hit = decision.hit or hit
            line, col, end_line, end_col = doc.source_map.span(hit.start, hit.end)
            why.append((score.Span(path.name, "loaded-language", line, end_line, col, end_col),
                        f"{rule.id.split('/')[-1]} -> {decision.summary()}"))
        mine = [p for p in predicted if p.doc == path.name]
        for q in mine:
            right = any(g.overlaps(q) for g in gold if g.doc == path.name)
            word = source[q.line - 1][q.col - 1 : q.end_col - 1] if q.line == q.end_line else "?"
            reason = "; ".join(w for s, w in why if s.overlaps(q))
            out.append(f"{'TP' if right else 'FP'}\t{suite}\t{word}\t{reason}\t{source[q.line - 1].strip()[:300]}")
        for g in gold:
            if g.doc != path.name or g.optional or any(g.overlaps(q) for q in mine):
                continue
            word = source[g.line - 1][g.col - 1 : g.end_col - 1] if g.line == g.end_line and g.col else "?"
            reason = "; ".join(w for s, w in why if s.overlaps(g)) or "no candidate"
            out.append(f"FN\t{suite}\t{word}\t{reason}\t{source[g.line - 1].strip()[:300]}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="the shared corpus directory (holding the tuning suites)")
    ap.add_argument("--misses", type=Path, default=None, metavar="FILE",
                    help="write the held-out misses of the 'current' policy to FILE (outside the repository: "
                         "corpus text): every false alarm and every missed span, with its sentence and, "
                         "where lintnews had a hint there, the judge's reasons")
    ap.add_argument("--counts", action="store_true",
                    help="print the counts behind each figure (true hits/false alarms, spans found/gold)")
    args = ap.parse_args()
    corpus = args.corpus.resolve()
    misses: list[str] = []

    import lintnews.builtin.loaded.evidence as ev
    from lintnews.builtin.loaded.voice import explain
    from lintnews.cli.app import configured_registry
    from lintnews.document.document import Document
    from lintnews.engine.engine import Engine, Settings
    from lintnews.readers import decode

    score = ml._score_module(corpus)
    registry = configured_registry((), (), True)
    engine = Engine(registry, Settings())
    rules = [r for r in engine.pack_rules if r.context == "writer-voice" and r.id.split("/")[-1] in ml.KINDS]
    gold = {s: score.load_gold(corpus / s) for s in ml.TUNING}
    folds = {s: [sorted((corpus / s / "articles").iterdir())[i::2] for i in (0, 1)] for s in ml.TUNING}
    scratch = Path(tempfile.mkdtemp(prefix="lintnews-cv-"))
    for suite in ml.TUNING:
        if len(folds[suite][0]) + len(folds[suite][1]) == 1:  # one file of sentences (BABE): split by line
            folds[suite], gold[suite] = _split_lines(folds[suite][0][0], gold[suite], scratch / suite, score)

    def document(path: Path) -> Document:
        return Document(registry.reader_for(str(path)).read(decode(path.read_bytes(), str(path), None)), str(path))

    def measure(fold: int) -> dict[str, Counter]:
        # as measure_loaded.measure, on one fold
        counts: dict[str, Counter] = defaultdict(Counter)
        for suite in ml.TUNING:
            for path in folds[suite][fold]:
                doc = document(path)
                hits = engine.matcher.scan(doc.text)
                for _rule, hit, decision in explain(doc, {r: hits[r.id] for r in rules if hits.get(r.id)}):
                    hit = decision.hit or hit
                    if not decision.reported or hit.term is None:
                        continue
                    line, col, end_line, end_col = doc.source_map.span(hit.start, hit.end)
                    span = score.Span(path.name, "loaded-language", line, end_line, col, end_col)
                    over = [g for g in gold[suite] if g.overlaps(span)]
                    if over and all(g.optional for g in over):
                        continue
                    counts[doc.text[hit.start : hit.end].lower()]["right" if over else "wrong"] += 1
        return counts

    doubt = ev.Evidence("unmeasured", ev.Effect.DOUBT, "cross-validation")

    def policy(counts: dict[str, Counter], kind: str, minimum: int):  # type: ignore[no-untyped-def]
        def rate(word: str) -> float | None:
            c = counts.get(word.lower())
            n = c["right"] + c["wrong"] if c else 0
            return c["right"] / n if n >= minimum else None  # type: ignore[index]

        if kind == "current":
            return lambda w: None if (rate(w) or 0.0) >= ml.THRESHOLD else doubt
        if kind == "poor-only":
            return lambda w: doubt if rate(w) is not None and rate(w) < ml.THRESHOLD else None  # type: ignore[operator]
        return lambda w: None

    totals: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0]))
    policies = [("current", "current", 1), ("poor-only n>=1", "poor-only", 1),
                ("poor-only n>=2", "poor-only", 2), ("none", "none", 1)]
    original = ev.unmeasured
    try:
        for train, test in ((0, 1), (1, 0)):
            counts = measure(train)
            for name, kind, minimum in policies:
                ev.unmeasured = policy(counts, kind, minimum)
                for suite in ml.TUNING:
                    names = {p.name for p in folds[suite][test]}
                    predicted = [score.Span(p.name, "loaded-language", d.line, d.end_line, d.column, d.end_column)
                                 for p in folds[suite][test] for d in engine.lint(document(p))
                                 if d.category == "loaded-language" and d.severity.value in ("warning", "error")]
                    t = score.score([g for g in gold[suite] if g.doc in names], predicted,
                                    ["loaded-language"])["loaded-language"]
                    if args.misses is not None and name == "current":
                        misses.extend(_misses(engine, suite, folds[suite][test], gold[suite], predicted, document, score))
                    acc = totals[name][suite]
                    for i, key in enumerate(("true_pos", "false_pos", "found", "gold")):
                        acc[i] += t[key]
    finally:
        ev.unmeasured = original
        shutil.rmtree(scratch, ignore_errors=True)
    if args.misses is not None:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")
    print("| policy | " + " | ".join(f"{s} P | {s} R" for s in ml.TUNING) + " |")
    print("| --- |" + " ---: | ---: |" * len(ml.TUNING))
    for name, per in totals.items():
        cells = []
        for suite in ml.TUNING:
            tp, fp, found, n = per[suite]
            p, r = f"{tp / (tp + fp) if tp + fp else 1:.3f}", f"{found / n if n else 1:.3f}"
            cells += [f"{p} ({tp}/{tp + fp})", f"{r} ({found}/{n})"] if args.counts else [p, r]
        print(f"| {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
