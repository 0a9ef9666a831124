#!/usr/bin/env python3
"""Benchmark lintnews against proselint and against a bare ``re`` tokenizer pass.

Run from the repository root, with the environment lintnews is installed in:

    .venv/bin/python benchmarks/run.py            # full run (about 3 minutes: proselint is slow)
    .venv/bin/python benchmarks/run.py --quick    # no proselint on 10 MB, one round

The corpus is built at run time in a temporary directory and deleted afterwards:
news article texts from ``../shared/corpus`` (evaluation corpora, when present)
or else this repository's own ``examples/`` articles, concatenated to 1, 2 and
10 MB files, plus 1,000 single-article files, one article of typical length and a
one-line file. Nothing of it
is committed. Every figure is the median of ``--repeat`` runs (5) of a separate
process (wall time, peak resident memory of that process), taken in rounds so
that each figure's runs are spread over the whole benchmark; proselint on 10 MB
is run once, in the middle round. Ratios compare figures measured in the same
run, because the machine may be shared.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000

# Runs a command and reports its wall time and peak memory (RUSAGE_CHILDREN of this
# wrapper covers exactly that one child).
_WRAPPER = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stdout.write(json.dumps({"wall": wall, "rss_kb": ru.ru_maxrss, "cpu": ru.ru_utime + ru.ru_stime,
                             "code": p.returncode, "err": p.stderr.decode(errors="replace")[-300:]}))
"""

_TOKENIZER = r"""
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
n = 0
for _ in re.finditer(r"\w+", text):
    n += 1
"""


# Installed packages are byte-compiled (pip does it at install time); an editable
# install is compiled on first import unless PYTHONDONTWRITEBYTECODE forbids it, in
# which case every run would compile lintnews's source again. Measure the installed state.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measure(cmd: list[str], repeat: int, env: dict[str, str] | None = None) -> dict:
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], capture_output=True, text=True,
                             check=True, env=env or ENV)
        r = json.loads(out.stdout)
        if r["code"] not in (0, 1):
            raise SystemExit(f"benchmark: {' '.join(cmd)} failed ({r['code']}): {r['err']}")
        runs.append(r)
    return {
        "wall": statistics.median(r["wall"] for r in runs),
        "rss_mb": statistics.median(r["rss_kb"] for r in runs) / 1024,
        "cpu": statistics.median(r["cpu"] for r in runs),
    }


def article_texts() -> list[str]:
    """News prose to build the corpus from: the shared evaluation articles, else our examples."""
    shared = ROOT.parent / "shared" / "corpus"
    texts = []
    for suite in ("news-dev", "ptc-dev", "advert-dev"):
        for p in sorted((shared / suite / "articles").glob("*.txt")):
            texts.append(p.read_text(encoding="utf-8").strip())
    if not texts:
        texts = [p.read_text(encoding="utf-8").strip() for p in sorted((ROOT / "examples").glob("*.txt"))]
    if not texts:
        raise SystemExit("benchmark: no article texts found (../shared/corpus or examples/)")
    return texts


def build_file(path: Path, texts: list[str], size: int) -> None:
    parts, n, i = [], 0, 0
    while n < size:
        t = texts[i % len(texts)]
        parts.append(t)
        n += len(t.encode("utf-8")) + 2
        i += 1
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def find_tool(name: str) -> str | None:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else shutil.which(name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5, help="runs per figure (median) [5]")
    ap.add_argument("--quick", action="store_true", help="skip proselint on 10 MB; one run each")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args()
    repeat = 1 if args.quick else args.repeat

    lintnews = find_tool("lintnews")
    proselint = find_tool("proselint")
    if not lintnews:
        raise SystemExit("benchmark: lintnews is not installed in this environment")

    work = Path(tempfile.mkdtemp(prefix="lintnews-bench-"))
    try:
        texts = article_texts()
        for mb in (1, 2, 10):
            build_file(work / f"{mb}mb.txt", texts, mb * MB)
        (work / "one-line.txt").write_text("The council met on Tuesday.\n", encoding="utf-8")
        # one article of typical length (the median of the corpus's): what a pre-commit hook or
        # an editor's save checks most often, start-up and compiling included
        typical = sorted(texts, key=len)[len(texts) // 2]
        (work / "one-article.txt").write_text(typical + "\n", encoding="utf-8")
        many = work / "articles"
        many.mkdir()
        for i in range(1000):
            (many / f"article-{i:04d}.txt").write_text(texts[i % len(texts)] + "\n", encoding="utf-8")
        config = work / "proselint.json"
        config.write_text(json.dumps({"max_errors": None}), encoding="utf-8")

        def ln(*a: str) -> list[str]:
            return [lintnews, "check", "--format", "json", *a]

        def pl(path: Path) -> list[str]:
            return [proselint, "check", "--config", str(config), "-o", "json", str(path)]  # type: ignore[list-item]

        res: dict[str, dict] = {}
        print(f"corpus: {len(texts)} articles -> {work}", file=sys.stderr)
        for warm in [ln(str(work / "one-line.txt")), *([pl(work / "one-line.txt")] if proselint else [])]:
            subprocess.run(warm, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        # Every figure but proselint's on 10 MB is the median of ``repeat`` runs, taken in
        # rounds (each command once per round, in turn), so the runs of each figure are spread
        # over the whole benchmark: a spell of load on the shared machine then touches one run
        # of each figure, not all the runs of one. proselint's one 10 MB run (half a minute)
        # comes in the middle round.
        many_args = [str(many)]
        plan: list[tuple[str, list[str]]] = []
        for mb in (1, 2, 10):
            f = str(work / f"{mb}mb.txt")
            plan.append((f"lintnews-{mb}mb", ln("-j", "1", f)))  # one process
            if mb > 1:
                plan.append((f"lintnews-{mb}mb-all", ln(f)))  # the default: split over all cores
            plan.append((f"tokenizer-{mb}mb", [sys.executable, "-c", _TOKENIZER, f]))
        if proselint:
            plan.append(("proselint-2mb", pl(work / "2mb.txt")))
        plan.append(("lintnews-j1", ln("-j", "1", *many_args)))
        plan.append(("lintnews-j2", ln("-j", "2", *many_args)))
        runs: dict[str, list[dict]] = {key: [] for key, _ in plan}
        for r in range(repeat):
            print(f"round {r + 1} of {repeat} ...", file=sys.stderr)
            for key, cmd in plan:
                runs[key].append(measure(cmd, 1))
            if proselint and not args.quick and r == repeat // 2:
                print("proselint 10 MB ...", file=sys.stderr)
                res["proselint-10mb"] = measure(pl(work / "10mb.txt"), 1)
        for key, got in runs.items():
            res[key] = {k: statistics.median(x[k] for x in got) for k in got[0]}
        one = work / "one-line.txt"
        # start-up: short runs, so many of them, the tools taking turns (a drift of the
        # machine's speed then affects all alike). The first run of a fresh machine (a CI
        # container) is measured too, with every cache directory lintnews ever used empty:
        # lintnews 0.1 was fast only once its cache was warm.
        article = work / "one-article.txt"
        starts: dict[str, list[dict]] = {"lintnews-start": [], "lintnews-first": [], "proselint-start": [],
                                         "lintnews-article": [], "proselint-article": []}
        for k in range(max(repeat, 15)):
            starts["lintnews-start"].append(measure(ln(str(one)), 1))
            starts["lintnews-article"].append(measure(ln(str(article)), 1))
            if proselint:
                starts["proselint-article"].append(measure(pl(article), 1))
            empty = work / f"empty-cache-{k}"
            empty.mkdir()
            fresh = {**ENV, "LINTNEWS_CACHE_DIR": str(empty), "XDG_CACHE_HOME": str(empty)}
            starts["lintnews-first"].append(measure(ln(str(one)), 1, fresh))
            if proselint:
                starts["proselint-start"].append(measure(pl(one), 1))
        for key, runs in starts.items():
            if runs:
                res[key] = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        res["one-article"] = {"kb": len(typical.encode("utf-8")) / 1000}
    finally:
        shutil.rmtree(work, ignore_errors=True)

    report(res, bool(proselint))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2), encoding="utf-8")


def report(res: dict[str, dict], have_proselint: bool) -> None:
    def row(name: str, key: str, mb: float | None) -> str:
        r = res[key]
        speed = f"{mb / r['wall']:8.2f}" if mb else "       -"
        return f"| {name:<34} | {r['wall']:8.3f} | {speed} | {r['rss_mb']:7.1f} | {r['cpu']:7.3f} |"

    print("| run | wall s | MB/s | peak MB | cpu s |")
    print("| --- | ---: | ---: | ---: | ---: |")
    cores = os.cpu_count()
    for mb in (1, 2, 10):
        print(row(f"lintnews -j 1, {mb} MB file", f"lintnews-{mb}mb", mb))
        if f"lintnews-{mb}mb-all" in res:
            print(row(f"lintnews (all {cores} cores), {mb} MB file", f"lintnews-{mb}mb-all", mb))
        if f"proselint-{mb}mb" in res:
            print(row(f"proselint check, {mb} MB file", f"proselint-{mb}mb", mb))
        print(row(f"bare re \\w+ tokenizer, {mb} MB file", f"tokenizer-{mb}mb", mb))
    print(row("lintnews, one-line file", "lintnews-start", None))
    print(row("lintnews, one-line file, first run", "lintnews-first", None))
    if "proselint-start" in res:
        print(row("proselint check, one-line file", "proselint-start", None))
    print(row(f"lintnews, one article ({res['one-article']['kb']:.1f} KB)", "lintnews-article", None))
    if "proselint-article" in res:
        print(row("proselint check, the same article", "proselint-article", None))
    print(row("lintnews -j 1, 1,000 article files", "lintnews-j1", None))
    print(row("lintnews -j 2, 1,000 article files", "lintnews-j2", None))
    print()

    def w(key: str) -> float:
        return res[key]["wall"]

    checks = []
    # the targets are read on the default run (all cores); the one-process figures are
    # shown beside them, because proselint and the tokenizer use one core
    if have_proselint and "proselint-10mb" in res:
        checks.append(("proselint / lintnews, 10 MB (>= 15)", w("proselint-10mb") / w("lintnews-10mb-all"), 15, ">="))
        checks.append(("  the same, lintnews -j 1", w("proselint-10mb") / w("lintnews-10mb"), None, ""))
    if have_proselint:
        checks.append(("proselint / lintnews, 2 MB", w("proselint-2mb") / w("lintnews-2mb-all"), None, ""))
    checks.append(("lintnews / tokenizer, 10 MB (<= 5)", w("lintnews-10mb-all") / w("tokenizer-10mb"), 5, "<="))
    checks.append(("  the same, lintnews -j 1", w("lintnews-10mb") / w("tokenizer-10mb"), None, ""))
    if have_proselint:
        checks.append(("lintnews / proselint start-up (<= 1)", w("lintnews-start") / w("proselint-start"), 1, "<="))
        checks.append(("  first run, empty cache (<= 1.5)", w("lintnews-first") / w("proselint-start"), 1.5, "<="))
        checks.append(("lintnews / proselint, one article", w("lintnews-article") / w("proselint-article"), None, ""))
    checks.append(("lintnews -j 1, 10 MB / 1 MB (<= 11)", w("lintnews-10mb") / w("lintnews-1mb"), 11, "<="))
    checks.append(("-j 1 / -j 2, 1,000 files (>= 1.6)", w("lintnews-j1") / w("lintnews-j2"), 1.6, ">="))
    peak = max(res["lintnews-10mb"]["rss_mb"], res["lintnews-10mb-all"]["rss_mb"])
    checks.append(("peak MB, lintnews 10 MB (<= 120)", peak, 120, "<="))
    print("| ratio | value | target |")
    print("| --- | ---: | --- |")
    for name, value, target, op in checks:
        ok = "" if target is None else ("ok" if (value >= target if op == ">=" else value <= target) else "MISSED")
        print(f"| {name:<40} | {value:7.2f} | {ok} |")
    cpu_ratio = res["lintnews-j1"]["cpu"] / max(res["lintnews-j2"]["cpu"], 1e-9)
    print(f"\n(cpu s -j 1 / -j 2: {cpu_ratio:.2f}; load average now: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
