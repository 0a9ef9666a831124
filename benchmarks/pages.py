#!/usr/bin/env python3
"""Per-page time on saved web pages: lintnews's HTML article scope, its page scope, proselint.

Run from the repository root, with the environment lintnews is installed in:

    .venv/bin/python benchmarks/pages.py               # every page, one run each (about 5 minutes)
    .venv/bin/python benchmarks/pages.py --limit 20    # 20 pages, spread over the sizes

Pages: the saved news pages of ``../shared/corpus/pages-dev`` (gzipped HTML as published)
when that directory is beside the checkout, else this repository's ``tests/data/pages``.
They are unpacked into a temporary directory and deleted afterwards; nothing of them is
kept. For each page it measures, each in a separate process (wall time, start-up
included, the way an editor or a hook runs it):

- ``lintnews check --format json page.html`` (the default: the article, found by trafilatura);
- the same with ``--html-scope page`` (``<article>``, else ``<main>``, else the body: no extractor);
- ``proselint check -o json`` on the page's text: the plain text lintnews lints on that
  page, written to a ``.txt`` file (the same words, without the HTML);

and, in this process, the reader alone (``lintnews.readers.html.read``, best of three), both
scopes. Figures are medians and 90th percentiles over the pages, for all pages and for the
"typical" 100-500 KB ones. Last, each tool once over all the pages (``-j 1``; proselint over
all the text files), divided by the number of pages: the cost of a page in a batch, start-up
shared.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ENV, find_tool  # noqa: E402  (the wall-time helpers of the main benchmark)


def pages(limit: int | None, work: Path) -> list[Path]:
    shared = ROOT.parent / "shared" / "corpus" / "pages-dev" / "pages"
    out = []
    if shared.is_dir():
        for gz in sorted(shared.glob("*.html.gz")):
            p = work / gz.name[:-3]
            p.write_bytes(gzip.decompress(gz.read_bytes()))
            out.append(p)
    else:
        for src in sorted((ROOT / "tests" / "data" / "pages").glob("*.html")):
            shutil.copy(src, work / src.name)
            out.append(work / src.name)
    if limit and len(out) > limit:  # spread over the sizes
        out.sort(key=lambda p: p.stat().st_size)
        step = len(out) / limit
        out = [out[int(i * step)] for i in range(limit)]
    return out


def wall(cmd: list[str]) -> float:
    t = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    took = time.perf_counter() - t
    if p.returncode not in (0, 1):
        raise SystemExit(f"benchmark: {' '.join(cmd)} failed ({p.returncode}): {p.stderr[-300:]!r}")
    return took


def best_of(fn, n: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def summary(values: list[float]) -> str:
    v = sorted(values)
    if not v:
        return "-"
    return f"{statistics.median(v) * 1000:7.0f} {v[min(len(v) - 1, int(len(v) * 0.9))] * 1000:7.0f} {v[-1] * 1000:7.0f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="measure this many pages, spread over the sizes")
    args = ap.parse_args()
    from lintnews.readers import html

    lintnews, proselint = find_tool("lintnews"), find_tool("proselint")
    if not lintnews:
        raise SystemExit("benchmark: lintnews is not installed in this environment")
    work = Path(tempfile.mkdtemp(prefix="lintnews-pages-"))
    rows = []
    try:
        files = pages(args.limit, work)
        config = work / "proselint.json"
        config.write_text('{"max_errors": null}', encoding="utf-8")
        html.read(files[0].read_text(encoding="utf-8"))  # (import trafilatura before timing the reader)
        wall([lintnews, "check", "--format", "json", str(files[0])])  # (warm the rule cache)
        for i, page in enumerate(files, 1):
            print(f"page {i} of {len(files)} ...", file=sys.stderr, end="\r")
            source = page.read_text(encoding="utf-8", errors="replace")
            text = page.with_suffix(".txt")
            text.write_text(html.read(source).text + "\n", encoding="utf-8")
            row = {
                "kb": len(source.encode("utf-8")) / 1000,
                "read-article": best_of(lambda s=source: html.read(s)),
                "read-page": best_of(lambda s=source: html.read(s, "page")),
                "check-article": wall([lintnews, "check", "--format", "json", str(page)]),
                "check-page": wall([lintnews, "check", "--format", "json", "--html-scope", "page", str(page)]),
            }
            if proselint:
                row["proselint"] = wall([proselint, "check", "--config", str(config), "-o", "json", str(text)])
            rows.append(row)
        print(file=sys.stderr)
        html_files = [str(p) for p in files]
        batch = {
            "lintnews check -j 1, all pages (article)": wall([lintnews, "check", "-f", "json", "-j", "1", *html_files]),
            "lintnews check -j 1, all pages (--html-scope page)":
                wall([lintnews, "check", "-f", "json", "-j", "1", "--html-scope", "page", *html_files]),
        }
        if proselint:
            batch["proselint check, all the pages' texts"] = wall(
                [proselint, "check", "--config", str(config), "-o", "json",
                 *[str(p.with_suffix(".txt")) for p in files]])
    finally:
        shutil.rmtree(work, ignore_errors=True)

    typical = [r for r in rows if 100 <= r["kb"] <= 500]
    sizes = sorted(r["kb"] for r in rows)
    print(f"{len(rows)} pages, {sizes[0]:.0f}-{sizes[-1]:.0f} KB (median {statistics.median(sizes):.0f} KB); "
          f"{len(typical)} of them 100-500 KB")
    print()
    print("| ms per page (median, p90, max) | all pages | 100-500 KB |")
    print("| --- | --- | --- |")
    labels = {
        "read-article": "reader only, article scope (in process)",
        "read-page": "reader only, page scope (in process)",
        "check-article": "lintnews check page.html (article)",
        "check-page": "lintnews check --html-scope page",
        "proselint": "proselint check, the page's text",
    }
    for key, label in labels.items():
        if rows and key in rows[0]:
            print(f"| {label} | {summary([r[key] for r in rows])} | {summary([r[key] for r in typical])} |")
    if proselint and rows:
        ratio = statistics.median(r["proselint"] / r["check-article"] for r in rows)
        print(f"\nproselint / lintnews (article), median per page: {ratio:.2f}")
    print()
    print("| one run over all the pages | s | ms per page |")
    print("| --- | ---: | ---: |")
    for label, took in batch.items():
        print(f"| {label} | {took:.2f} | {took / len(rows) * 1000:.0f} |")


if __name__ == "__main__":
    main()
