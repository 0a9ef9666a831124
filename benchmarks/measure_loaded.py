#!/usr/bin/env python3
"""Measure, per matched form of a lexicon word, how often the loaded-language judge's candidates are loaded.

The word class ``loaded/measured-loaded`` (lintnews/language/wordclasses/loaded.toml) is the
output of this script, not a choice: an emotive, judgement, attack-verb or label word warns with no
evaluative use in sight only when the tuning corpora show it loaded often enough. Run from the
repository root, with the environment lintnews is installed in:

    .venv/bin/python benchmarks/measure_loaded.py ../shared/corpus

It reads the tuning suites ``news-dev``, ``babe-dev`` and ``ptc-dev`` (never a held-out one),
runs the judge on every article (as ``lintnews why`` does), keeps every reported candidate
(warning or info) of the measured kinds, and counts it right when a gold span of the suite
overlaps it (``../shared/tools/score.py``'s rule; a candidate on an optional span only is not
counted). It prints the forms whose precision is at least THRESHOLD over at least MINIMUM
candidates, as TOML, and a table of every form with ``--table``.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter, defaultdict
from pathlib import Path

TUNING = ("news-dev", "babe-dev", "ptc-dev")
KINDS = frozenset(("emotive", "judgement", "attack-verb", "label"))
THRESHOLD = 0.20
MINIMUM = 1
# Labels (round 22): the tuning suites are mostly propaganda and biased
# sentences, where a label is loaded far more often than in news (on the pooled judged news of
# rounds 12-20, a label warning with no evaluative use was right 0.40 of the time, an emotive
# word 0.75). A form of labels only is measured loaded when it was loaded in at least
# LABEL_THRESHOLD of at least LABEL_MINIMUM uses; chosen on half A of that pool.
LABEL_KINDS = frozenset(("label",))
LABEL_THRESHOLD = 0.40
LABEL_MINIMUM = 5


def _score_module(corpus: Path):  # type: ignore[no-untyped-def]
    path = corpus.parent / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score"] = module
    spec.loader.exec_module(module)
    return module


def measure(corpus: Path) -> dict[str, Counter]:
    """``form -> Counter(right=..., wrong=...)`` over the tuning suites (by form, as matched:
    "mocking" and "mocked" are not equally loaded)."""
    from lintnews.builtin.loaded.voice import explain
    from lintnews.cli.app import configured_registry
    from lintnews.document.document import Document
    from lintnews.engine.engine import Engine, Settings
    from lintnews.readers import decode

    score = _score_module(corpus)
    registry = configured_registry((), (), True)
    engine = Engine(registry, Settings())
    rules = [r for r in engine.pack_rules if r.context == "writer-voice" and r.id.split("/")[-1] in KINDS]
    counts: dict[str, Counter] = defaultdict(Counter)
    for suite in TUNING:
        gold = score.load_gold(corpus / suite)
        for path in sorted((corpus / suite / "articles").iterdir()):
            doc = Document(registry.reader_for(str(path)).read(decode(path.read_bytes(), str(path), None)), str(path))
            hits = engine.matcher.scan(doc.text)
            by_rule = {r: hits[r.id] for r in rules if hits.get(r.id)}
            for rule, hit, decision in explain(doc, by_rule):
                if not decision.reported:
                    continue
                hit = decision.hit or hit
                if hit.term is None:
                    continue
                line, col, end_line, end_col = doc.source_map.span(hit.start, hit.end)
                span = score.Span(path.name, "loaded-language", line, end_line, col, end_col)
                over = [g for g in gold if g.overlaps(span)]
                if over and all(g.optional for g in over):
                    continue
                form = doc.text[hit.start : hit.end].lower()
                counts[form]["right" if over else "wrong"] += 1
                if rule.id.split("/")[-1] in LABEL_KINDS:
                    counts[form]["label"] += 1
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="the shared corpus directory (holding news-dev, babe-dev, ptc-dev)")
    ap.add_argument("--threshold", type=float, default=THRESHOLD)
    ap.add_argument("--minimum", type=int, default=MINIMUM)
    ap.add_argument("--table", action="store_true", help="print every form's figures")
    args = ap.parse_args()
    counts = measure(args.corpus.resolve())
    chosen = []
    for form, c in sorted(counts.items()):
        n = c["right"] + c["wrong"]
        if args.table:
            print(f"{form:30} {c['right']:4} / {n:4}")
        label = c["label"] == n  # (every use from the label rule)
        threshold, minimum = (LABEL_THRESHOLD, LABEL_MINIMUM) if label else (args.threshold, args.minimum)
        if n >= minimum and c["right"] / n >= threshold:
            chosen.append(form)
    print("forms = [")
    for i in range(0, len(chosen), 6):
        print("  " + " ".join(f'"{w}",' for w in chosen[i : i + 6]))
    print("]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
