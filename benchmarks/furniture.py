#!/usr/bin/env python3
"""How much real page furniture the advertorial rules catch when it is pasted into a story.

A scraper or a copy-and-paste carries a page's boxes into an article: a sign-up box's "Newsletter
Sign-Up", a comment box's "Show more comments (20)", a footer's "Privacy Policy | Cookie Policy".
The shared corpus keeps the saved web pages of its news articles (``pages-dev``), with the
article body that people checked. Every line of a page's text that is not in its body is page
furniture. This script takes the pages of the ``news-dev`` articles only (never a held-out one),
pastes each furniture line, one at a time, as a paragraph of its own into the middle of a short
council story written for lintnews, lints every such document in one run, and counts the lines
reported as advertorial (warning or error) on the pasted line, by rule. The story itself must
stay clean: a report on its lines is counted apart.

Not every furniture line is advertorial (a menu's "World News", a headline teaser, a caption):
the count is a measure of how far the classes reach on real boxes, not a recall. Round 49
(docs/history/advertorial.md) took it from 218 to 327 of 2,587 lines. Run from the repository
root, with ``../shared/corpus`` beside the checkout::

    .venv/bin/python benchmarks/furniture.py ../shared/corpus [--misses N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

# A plain story of our own (no claim, no loaded word, no plug), three paragraphs either side.
STORY = (
    "The county council approved a revised budget on Tuesday that keeps library opening hours at "
    "current levels and adds two buses to the rural routes.",
    "Councillors voted 31 to 9 in favour after a three-hour debate in the chamber at Market Street.",
    "The budget sets aside 4.2 million for road repairs, up from 3.6 million last year, and freezes "
    "parking charges in the town centre.",
    "Finance officer Maria Lindqvist told the meeting that the council would draw 800,000 from its "
    "reserves to balance the books.",
    "Opposition members proposed closing two recycling centres on Sundays to save money, but the "
    "amendment was defeated.",
    "The new budget takes effect on April 1 and will be reviewed in September.",
)
PASTED_LINE = 4  # (1-based: after the story's third paragraph)
_BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "article", "aside", "header",
          "footer", "nav", "ul", "ol", "dt", "dd", "figcaption", "blockquote", "td", "tr", "br", "button",
          "form", "label", "option", "figure", "table", "title"}


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def furniture_lines(corpus: Path) -> list[tuple[str, str]]:
    """``(page, line)`` for every distinct line of two words or more of a ``news-dev`` page's
    text that is not in the page's article body. (Not lintnews's HTML reader: even with
    ``html_scope="page"`` it leaves out navigation, forms and footers, the furniture measured.)"""
    from lxml import html  # (a dependency of trafilatura, which the html extra installs)

    dev = {p.stem for p in (corpus / "news-dev" / "articles").glob("*.txt")}
    found: list[tuple[str, str]] = []
    for page in sorted((corpus / "pages-dev" / "pages").glob("*.html.gz")):
        stem = page.name[: -len(".html.gz")]
        if stem not in dev:
            continue  # (a held-out article's page: never read)
        doc = html.fromstring(gzip.decompress(page.read_bytes()))
        for bad in doc.xpath("//script|//style|//noscript|//svg|//template"):
            bad.drop_tree()
        for el in doc.iter():
            if isinstance(el.tag, str) and el.tag.lower() in _BLOCK:
                el.tail = "\n" + (el.tail or "")
                el.text = "\n" + (el.text or "")
        body = _norm((corpus / "news-dev" / "articles" / f"{stem}.txt").read_text(encoding="utf-8"))
        seen: set[str] = set()
        for raw in doc.text_content().split("\n"):
            line = " ".join(raw.split())
            key = _norm(line)
            if len(line.split()) < 2 or not key or key in body or key in seen:
                continue
            seen.add(key)
            found.append((stem, line))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="the shared corpus directory (../shared/corpus)")
    ap.add_argument("--lintnews", default=str(Path(sys.executable).parent / "lintnews"),
                    help="the lintnews command [the one beside this Python]")
    ap.add_argument("--misses", type=int, default=0, metavar="N", help="also print N lines not reported")
    args = ap.parse_args()
    if not (args.corpus / "pages-dev" / "pages").is_dir():
        raise SystemExit(f"furniture: {args.corpus}/pages-dev/pages not found")
    lines = furniture_lines(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        for i, (_, line) in enumerate(lines):
            doc = [*STORY[: PASTED_LINE - 1], line, *STORY[PASTED_LINE - 1 :]]
            Path(tmp, f"{i:05d}.txt").write_text("\n".join(doc) + "\n", encoding="utf-8")
        run = subprocess.run([args.lintnews, "check", "--format", "json", "--select", "advertorial", tmp],
                             capture_output=True, text=True, check=False)
        if run.returncode not in (0, 1):
            raise SystemExit(f"furniture: lintnews failed ({run.returncode}): {run.stderr.strip()[:300]}")
        report = json.loads(run.stdout)
    reported: dict[int, str] = {}
    story = 0
    for d in report["diagnostics"]:
        if d["severity"] not in ("warning", "error"):
            continue
        i = int(Path(d["path"]).stem)
        if d["line"] <= PASTED_LINE <= d["end_line"]:
            reported.setdefault(i, d["rule"])
        else:
            story += 1
    print(f"{len(lines)} furniture lines of {len({p for p, _ in lines})} news-dev pages pasted into a story: "
          f"{len(reported)} reported as advertorial ({len(reported) / max(1, len(lines)):.1%}); "
          f"story lines reported: {story}")
    for rule, n in Counter(reported.values()).most_common():
        print(f"  {n:5d}  {rule}")
    if args.misses:
        print("not reported:")
        for i, (page, line) in enumerate(lines):
            if i not in reported and args.misses > 0:
                print(f"  {page[:24]:24}  {line[:100]}")
                args.misses -= 1


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # (piped into head: the reader has what it wanted)
        sys.stderr.close()
