"""Benchmark ``lintnews audit``: the local engine against Dask, and memory as the archive grows.

    .venv/bin/python benchmarks/audit.py                 # 20,000 articles (~60 MB), -j 2
    .venv/bin/python benchmarks/audit.py --articles 2000 --small 200   # a quick look

It generates a JSON Lines archive from sentences written for the tests
(tests/newsgen.py), then runs ``lintnews audit`` as a separate process:

1. with the local engine (``-j JOBS`` processes);
2. with ``--engine dask`` on a LocalCluster of JOBS workers started by the run;
3. with the local engine on an archive ``--articles / --small`` times smaller.

It checks that (1) and (2) wrote the same bytes, and prints articles per second for
both, Dask's overhead against the local engine, and the peak RSS of the largest
process of (1) and (3): memory must stay flat as the archive grows, since the
archive is read as a stream and the rows are merged from runs on disk. Run it once
on a quiet machine; the figures go in the README ("Audits of an archive").
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from newsgen import articles, write_jsonl  # noqa: E402

LINTNEWS = Path(sys.executable).parent / "lintnews"


def run(args: list[str]) -> tuple[float, int, float]:
    """Seconds, peak RSS (MiB) of the largest process, and CPU seconds of every process of
    ``lintnews audit ARGS`` (the CPU time does not depend on what else the machine runs)."""
    started = time.perf_counter()
    env = {**os.environ, "LINTNEWS_DISABLE_PLUGIN_AUTOLOAD": "1"}
    # a process of its own: RUSAGE_CHILDREN's maxrss is the largest of *its* descendants
    code = (
        "import resource, subprocess, sys\n"
        "run = subprocess.run(sys.argv[1:])\n"
        "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(use.ru_utime + use.ru_stime, use.ru_maxrss, file=sys.stderr)\n"
        "sys.exit(run.returncode)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(LINTNEWS), "audit", *args],
                          env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    lines = proc.stderr.strip().splitlines()
    if proc.returncode != 0:
        raise SystemExit(f"lintnews audit {' '.join(args)} exited {proc.returncode}: {proc.stderr}")
    cpu, peak = lines[-1].split()
    return elapsed, int(peak) // 1024, float(cpu)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--small", type=int, default=2_000, help="the smaller archive, for memory")
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("--paragraphs", type=int, default=12, help="per article (12: about 3 KB)")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="lintnews-audit-bench-") as tmp:
        work = Path(tmp)
        big = write_jsonl(work / "big.jsonl", articles(opts.articles, seed=3, paragraphs=opts.paragraphs))
        small = write_jsonl(work / "small.jsonl", articles(opts.small, seed=3, paragraphs=opts.paragraphs))
        mb = big.stat().st_size / 1e6
        print(f"archive: {opts.articles} articles, {mb:.1f} MB; smaller: {opts.small} articles, "
              f"{small.stat().st_size / 1e6:.1f} MB; -j {opts.jobs}; {os.cpu_count()} CPUs")
        common = ["--group-by", "section,year", "--format-column", "format", "-q", "-j", str(opts.jobs)]
        figures: dict[str, object] = {"articles": opts.articles, "megabytes": round(mb, 1), "jobs": opts.jobs}

        print(f"load average before: {os.getloadavg()[0]:.1f}")
        t_local, rss_big, cpu_local = run([str(big), "-o", str(work / "local.jsonl"), *common])
        figures.update(local_seconds=round(t_local, 1), local_articles_per_s=round(opts.articles / t_local),
                       local_cpu_seconds=round(cpu_local, 1), peak_rss_mib_big=rss_big)
        print(f"local:  {t_local:7.1f} s  {opts.articles / t_local:7.0f} articles/s  {mb / t_local:5.2f} MB/s  "
              f"{cpu_local:7.1f} CPU s  peak RSS {rss_big} MiB")
        if not opts.no_dask:
            t_dask, _, cpu_dask = run([str(big), "-o", str(work / "dask.jsonl"), "--engine", "dask", *common])
            same = (work / "local.jsonl").read_bytes() == (work / "dask.jsonl").read_bytes()
            overhead = t_dask / t_local - 1
            figures.update(dask_seconds=round(t_dask, 1), dask_articles_per_s=round(opts.articles / t_dask),
                           dask_cpu_seconds=round(cpu_dask, 1), dask_overhead=round(overhead, 3),
                           dask_cpu_overhead=round(cpu_dask / cpu_local - 1, 3), identical=same)
            print(f"dask:   {t_dask:7.1f} s  {opts.articles / t_dask:7.0f} articles/s  {cpu_dask:7.1f} CPU s  "
                  f"overhead {overhead:+.0%} (wall), {cpu_dask / cpu_local - 1:+.0%} (CPU)  "
                  f"output {'identical' if same else 'DIFFERENT'}")
            if not same:
                raise SystemExit("the Dask engine's output differs from the local engine's")
        with open(work / "local.jsonl", encoding="utf-8") as fh:
            rows = sum(1 for _ in fh)
        figures["rows"] = rows
        _, rss_small, _ = run([str(small), "-o", str(work / "small-out.jsonl"), *common])
        figures.update(peak_rss_mib_small=rss_small, small_articles=opts.small)
        ratio = rss_big / max(1, rss_small)
        print(f"memory: peak RSS {rss_small} MiB at {opts.small} articles, {rss_big} MiB at {opts.articles} "
              f"({opts.articles / opts.small:.0f}x the archive, {ratio:.2f}x the memory); {rows} rows")
        figures["memory_ratio"] = round(ratio, 2)
        if opts.json:
            opts.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
