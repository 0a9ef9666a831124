"""``--format html``: every diagnostic marked at its words, the list linked to the marks, counts
that add up, overlapping spans, and nothing from a file (its text or its name) let loose as HTML."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner
from reportparse import parse_fragment, parse_report, shown
from sourcetext import source_range

from lintnews.cli import main
from lintnews.model.diagnostic import Diagnostic, Severity
from lintnews.output.web.render import marked_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def report_and_json(tmp_path: Path, *paths: str) -> tuple[str, list[dict]]:
    out = tmp_path / "report.html"
    result = run("check", "-f", "html", "-o", str(out), *paths)
    assert result.exit_code in (0, 1), result.output
    diagnostics = json.loads(run("check", "-f", "json", *paths).output)["diagnostics"]
    return out.read_text(encoding="utf-8"), diagnostics


class _D:
    def __init__(self, item: dict) -> None:
        self.__dict__.update(item)


def assert_every_diagnostic_marked_at_its_words(html: str, diagnostics: list[dict]) -> int:
    """Each file's shown text is its source; each diagnostic's marks cover exactly its words,
    in one run, with its anchor at their start. Returns how many diagnostics were checked."""
    report = parse_report(html)
    files = {f.path: f for f in report.files}
    checked = 0
    by_path: dict[str, list[dict]] = {}
    for d in diagnostics:
        by_path.setdefault(d["path"], []).append(d)
    for path, items in by_path.items():
        f = files[path]
        source = Path(path).read_bytes().decode("utf-8")  # (as written: CRLF kept)
        assert f.text == shown(source), f"{path}: the shown text is not the file's text"
        for i, d in enumerate(items):
            lo, hi = source_range(source, _D(d))
            words = shown(source[lo:hi])
            at = len(shown(source[:lo]))
            assert f.anchors[i] == at, (path, d)
            if hi == lo:
                assert i in f.points, (path, d)
                continue
            assert words.strip(), (path, d)
            assert f.words(i) == words, (path, d["rule"], f.words(i), words)
            assert f.contiguous(i), (path, d)
            assert min(a for a, _ in f.marked[i]) == at
            checked += 1
    return checked


def test_the_examples_report_marks_every_diagnostic_at_its_words(tmp_path):
    html, diagnostics = report_and_json(tmp_path, str(EXAMPLES))
    assert len(diagnostics) >= 15
    assert assert_every_diagnostic_marked_at_its_words(html, diagnostics) == len(diagnostics)
    report = parse_report(html)
    fire = next(f for f in report.files if f.path.endswith("harbour-fire.txt"))
    words = {fire.words(i) for i in fire.marked}
    assert {"Shocking", "Sources say", "Footage has emerged", "Allegedly"} <= words
    # the quoted speaker's "terrifying" is hers: not marked
    assert "terrifying" in fire.text and not any("terrifying" in w for w in words)


def test_the_report_is_self_contained(tmp_path):
    html, _ = report_and_json(tmp_path, str(EXAMPLES))
    tags = parse_report(html).tags
    assert not [t for t, a in tags if t in ("link", "img", "iframe", "object", "embed")]
    assert not [a for _, a in tags if "src" in a]
    assert not re.search(r"""(?:href|src)\s*=\s*["']?(?:https?:)?//""", html)
    assert "@import" not in html and "url(" not in html
    assert html.count("<script>") == 1 and html.count("<style>") == 1


def test_list_links_point_at_the_marks_and_explanations(tmp_path):
    html, diagnostics = report_and_json(tmp_path, str(EXAMPLES / "harbour-fire.txt"))
    tags = parse_report(html).tags
    ids = {a.get("id") for _, a in tags if a.get("id")}
    places = [a["href"] for t, a in tags if t == "a" and "ln-place" in (a.get("class") or "")]
    whys = [a["href"] for t, a in tags if t == "a" and "ln-why" in (a.get("class") or "")]
    assert len(places) == len(whys) == len(diagnostics)
    assert all(h.startswith("#") and h[1:] in ids for h in places + whys)
    helps = {a["data-rule-help"] for _, a in tags if "data-rule-help" in a}
    assert helps == {d["rule"] for d in diagnostics}
    assert "Why an editor cares:" in html  # the rules' explanations are in the page


def test_summary_counts_by_category_and_rule_and_contents(tmp_path):
    html, diagnostics = report_and_json(tmp_path, str(EXAMPLES))
    table = html[html.index('<table class="ln-counts">'):html.index("</table>")]
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", table)[1:]
    totals = {}
    for row in rows:
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
        label = re.sub(r"<[^>]+>", "", cells[0])
        totals[label] = int(cells[-1])
    for key in {d["rule"] for d in diagnostics} | {d["category"] for d in diagnostics}:
        assert totals[key] == sum(1 for d in diagnostics if key in (d["rule"], d["category"])), key
    toc = html[html.index('<nav class="ln-toc"'):html.index("</nav>")]
    for name in ("harbour-fire.txt", "council-budget.txt", "mill-closure.md", "ferry-timetable.html"):
        assert name in toc
    assert "council-budget.txt</a>: no problems" in toc


def test_hostile_text_and_file_name_are_escaped(tmp_path):
    folder = tmp_path / '<script>alert("name")<'  # (a name cannot hold "/": the folder's ends in "<")
    folder.mkdir()
    draft = folder / 'script> & "quotes".txt'
    assert str(draft).endswith('<script>alert("name")</script> & "quotes".txt')
    draft.write_text(
        'Shocking news <script>alert("text")</script> and <img src=x onerror=alert(1)>\r\n'
        "Sources say the mayor lied. &amp; stays as typed, \x07 a bell.\r\n",
        encoding="utf-8",
    )
    html, diagnostics = report_and_json(tmp_path, str(draft))
    assert diagnostics
    report = parse_report(html)
    assert [t for t, _ in report.tags].count("script") == 1  # ours alone
    assert not [t for t, _ in report.tags if t == "img"]
    assert "<script>alert" not in html and "&lt;script&gt;alert(" in html
    assert "&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;.txt</a>" in html
    (f,) = report.files
    assert f.path == str(draft)
    assert f.text.startswith('Shocking news <script>alert("text")</script>')
    assert "&amp; stays as typed, \ufffd a bell." in f.text
    assert_every_diagnostic_marked_at_its_words_of(f, draft.read_bytes().decode("utf-8"), diagnostics)


def assert_every_diagnostic_marked_at_its_words_of(f, source: str, diagnostics: list[dict]) -> None:
    for i, d in enumerate(diagnostics):
        lo, hi = source_range(source, _D(d))
        assert f.words(i) == shown(source[lo:hi]).replace("\x07", "\ufffd")


def test_markdown_and_html_sources_are_shown_as_written(tmp_path):
    html, diagnostics = report_and_json(tmp_path, str(EXAMPLES / "mill-closure.md"),
                                        str(EXAMPLES / "ferry-timetable.html"))
    assert assert_every_diagnostic_marked_at_its_words(html, diagnostics) == len(diagnostics)
    (md,) = [f for f in parse_report(html).files if f.path.endswith(".md")]
    assert "**believed to**" in md.text  # the Markdown as written, emphasis and all


def test_the_report_is_the_same_linted_on_one_process_or_two(tmp_path):
    one, two = tmp_path / "one.html", tmp_path / "two.html"
    run("check", "-j", "1", "-f", "html", "-o", str(one), str(EXAMPLES))
    run("check", "-j", "2", "-f", "html", "-o", str(two), str(EXAMPLES))
    assert one.read_bytes() == two.read_bytes()


def test_a_clean_file_says_so(tmp_path):
    html, diagnostics = report_and_json(tmp_path, str(EXAMPLES / "council-budget.txt"))
    assert diagnostics == []
    assert "No problems found." in html and "0 flags" in html


# -- the renderer: overlapping and empty spans ------------------------------------------------

def _diag(category: str, severity: Severity = Severity.WARNING, rule: str = "") -> Diagnostic:
    return Diagnostic("-", 1, 1, 1, 1, rule or f"{category}/x", category, severity, f"{category} message")


def test_overlapping_spans_are_cut_into_segments_styled_by_the_innermost():
    text = "Allegedly, donate now to keep us going."
    diagnostics = [_diag("advertorial"), _diag("unattributed-claim"), _diag("loaded-language")]
    spans = [(0, 39), (0, 9), (11, 30)]  # a block, a word inside it, and a partial overlap
    f = parse_fragment(marked_text(text, diagnostics, spans, "t-"))
    assert f.text == text
    for i, (lo, hi) in enumerate(spans):
        assert f.words(i) == text[lo:hi] and f.contiguous(i)
        assert f.anchors[i] == lo
    html = marked_text(text, diagnostics, spans, "t-")
    first = re.search(r'<mark class="([^"]+)" data-d="([^"]+)"[^>]*>Allegedly</mark>', html)
    assert first and "ln-c-claim" in first.group(1) and "ln-multi" in first.group(1)
    assert first.group(2) == "0 1"
    plain_block = re.search(r'<mark class="([^"]+)" data-d="0"[^>]*>, </mark>', html)
    assert plain_block and "ln-c-advert" in plain_block.group(1) and "ln-multi" not in plain_block.group(1)


def test_an_empty_span_is_a_point_mark_and_nested_equal_spans_share_a_segment():
    text = "A text."
    diagnostics = [_diag("lintnews", Severity.ERROR), _diag("style"), _diag("house")]
    f = parse_fragment(marked_text(text, diagnostics, [(0, 0), (2, 6), (2, 6)], "t-"))
    assert f.points == {0}
    assert f.words(1) == f.words(2) == "text"


def test_the_renderer_is_linear_enough_for_a_large_report():
    import time

    text = "Sources say it was shocking. " * 20_000  # 580 kB, 40,000 flags
    diagnostics, spans = [], []
    for k in range(20_000):
        base = 29 * k
        diagnostics += [_diag("unattributed-claim"), _diag("loaded-language")]
        spans += [(base, base + 11), (base + 19, base + 27)]
    started = time.perf_counter()
    html = marked_text(text, diagnostics, spans, "f1-")
    assert time.perf_counter() - started < 15  # (about 1 s here; quadratic would be minutes)
    assert html.count("<mark") == 40_000
