"""PERF146 (issue 19, the warm start-up): what a one-line check no longer compiles.

- ``advertorial/reader-call``'s two line shapes (a price and a shop alone on a line, a deal's
  label) are tried only on a paragraph that opens with a character they can open with;
- ``advertorial/sponsor``'s label ("sponsored by", "in partnership with") only on a
  paragraph whose lower case holds "by" or "with";
- the headline shapes' related-story tail only where the last block's end holds two blanks in
  a row or a tab, the document's single quotations only in a text with an opening mark;
- the report sink's byte patterns (is the ``--output`` file an old report?) and its
  ``/dev/fd`` pattern are compiled where ``--output`` uses them, not at import.

Each gate must pass wherever its pattern can match: the tests below try every character of
the Basic Multilingual Plane in each place a gate reads.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from lintnews.builtin.advertorial import calls, sponsor
from lintnews.output import sink

_BMP = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]


def test_a_one_line_check_compiles_none_of_the_gated_patterns(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("The council met on Tuesday.\n", encoding="utf-8")
    script = (
        "import sys\n"
        "from lintnews.cli import main\n"
        f"sys.argv = ['lintnews', 'check', '--format', 'json', {str(one)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "from lintnews.builtin.advertorial import calls, sponsor\n"
        "from lintnews.builtin.shared import headlines\n"
        "from lintnews.document import document\n"
        "print(code, 'lintnews.builtin.advertorial.calls' in sys.modules, "
        "'lintnews.builtin.shared.headlines' in sys.modules, "
        "[n for n, x in (('price', calls._PRICE_LINE), ('deal', calls._DEAL_LABEL), ('label', sponsor._LABEL), "
        "('tail', headlines._TAIL), ('single', document._SINGLE_QUOTED)) "
        "if 'search' in vars(x)], file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    # (it ran, clean, the judges were imported and their checks ran; none of the three compiled)
    assert out.stderr.strip().splitlines()[-1] == "0 True True []"


def test_the_sink_compiles_nothing_at_import():
    assert not [name for name, value in vars(sink).items() if hasattr(value, "groupindex")]


def test_the_sinks_patterns_still_read_reports_and_stdout(tmp_path):
    report = tmp_path / "old.txt"
    report.write_bytes(b"story.md:1:1: warning something [x/y]\n")
    assert sink.looks_like_report(str(report))
    report.write_bytes(b"  3  diagnostics in 2 files\n")
    assert sink.looks_like_report(str(report))
    report.write_bytes(b'<html><meta name="generator" content="lintnews 0.1">')
    assert sink.looks_like_report(str(report))
    report.write_bytes(b"A draft of the story.\n")
    assert not sink.looks_like_report(str(report))
    assert sink.names_stdout("/dev/fd/1") and sink.names_stdout(f"/proc/{__import__('os').getpid()}/fd/1")
    assert not sink.names_stdout("/dev/fd/2") and not sink.names_stdout(str(report))


# (pattern's opening, the rest after its first character): a deal label and price lines
_DEAL_OPENINGS = ["Deal", "Offer", "Coupon", "Promo", "Sale", "Discount", "Bargain"]
_PRICE_OPENINGS = ["$", "£", "€", "₱", "₹", "₦", "Rs", "Rs.", "INR", "KSh", "Ksh", "A$", "NZ$", "US$", "R"]


@pytest.mark.parametrize("word", _DEAL_OPENINGS)
def test_the_deal_label_gate_passes_wherever_the_label_can_match(word):
    assert calls._DEAL_LABEL.match(f"{word}: 20% off at Harbour")
    for first in (word[0], word[0].lower()):
        assert first in calls._DEAL_LABEL_FIRST
    matched = {c for c in _BMP if calls._DEAL_LABEL.match(f"{c}{word[1:]}: 20% off at Harbour")}
    assert matched <= calls._DEAL_LABEL_FIRST


@pytest.mark.parametrize("opening", _PRICE_OPENINGS)
def test_the_price_line_gate_passes_wherever_the_line_can_match(opening):
    assert calls._PRICE_LINE.match(f"{opening}25 at Harbour Books")
    matched = {c for c in _BMP if calls._PRICE_LINE.match(f"{c}{opening[1:]}25 at Harbour Books")}
    assert matched <= calls._PRICE_LINE_FIRST
    assert opening[0] in matched


def test_a_paragraph_opening_otherwise_is_no_line_shape():
    for para in ("The council met on Tuesday.", "Harbour Books: $25", "25% off at Harbour"):
        assert para[:1] not in calls._PRICE_LINE_FIRST | calls._DEAL_LABEL_FIRST
        assert not calls._PRICE_LINE.match(para) and not calls._DEAL_LABEL.match(para)


@pytest.mark.parametrize("label", [
    "brought to you by Acme", "in partnership with Acme", "in paid partnership with Acme",
    "in association with Acme", "sponsored by Acme", "paid for by Acme", "presented by Acme",
    "promoted by Acme",
])
def test_the_sponsor_label_gate_passes_wherever_the_label_can_match(label):
    def gate(para: str) -> bool:
        low = para.lower()
        return any(w in low for w in sponsor._LABEL_WORDS)

    assert sponsor._LABEL.search(label) and gate(label)
    # every character in each place of the closing "by" / "with": where the label still
    # matches, the gate passes ("wıth", "WİTH": re's case-insensitive i)
    tail = "by" if label.split()[-2] == "by" else "with"
    at = label.rindex(f" {tail} ") + 1
    for k in range(len(tail)):
        for c in _BMP:
            para = label[: at + k] + c + label[at + k + 1 :]
            if sponsor._LABEL.search(para):
                assert gate(para), (label, c)
    assert sponsor._LABEL.search("Sponsored WİTH... no") is None  # (no such phrase)
    assert gate("IN PARTNERSHIP WİTH ACME") and sponsor._LABEL.search("IN PARTNERSHIP WİTH Acme")


def test_the_entry_point_scan_reads_each_file_as_the_text_stream_did(tmp_path, monkeypatch):
    from lintnews.plugins import entrypoints

    site = tmp_path / "site"
    for name, body in [
        ("alpha-1.0.dist-info", b"[console_scripts]\r\nalpha = alpha:main\r\n\r\n[lintnews]\r\nalpha = alpha.plug\r\n"),
        ("beta-2.0.dist-info", b"[lintnews]\rbeta=beta.plug:hooks\r"),
        ("gamma-3.0.dist-info", None),  # (no entry_points.txt)
        ("delta-1.0.dist-info", "dir"),  # (a directory where the file would be)
        ("eps-1.0.dist-info", "[lintnews]\n# caf\u00e9\nEps = eps.plug\n".encode()),
    ]:
        meta = site / name
        meta.mkdir(parents=True)
        if body == "dir":
            (meta / "entry_points.txt").mkdir()
        elif body is not None:
            (meta / "entry_points.txt").write_bytes(body)
    monkeypatch.setattr(sys, "path", [str(site)])
    found = entrypoints._scan("lintnews")
    assert [(ep.name, ep.value, ep.group) for ep in found] == [
        ("alpha", "alpha.plug", "lintnews"), ("beta", "beta.plug:hooks", "lintnews"), ("Eps", "eps.plug", "lintnews")]
    assert entrypoints._read(str(site / "eps-1.0.dist-info" / "entry_points.txt")).splitlines()[1] == "# caf\u00e9"
    with pytest.raises(OSError):
        entrypoints._read(str(site / "delta-1.0.dist-info" / "entry_points.txt"))
    with pytest.raises(OSError):
        entrypoints._read(str(site / "gamma-3.0.dist-info" / "entry_points.txt"))


def test_the_tail_gate_passes_wherever_the_tail_can_match():
    from lintnews.builtin.shared import headlines

    for text in ["The pier reopened on Monday.  Harbour Board Names New Chair For Ferry",
                 "The pier reopened on Monday.\t\tHarbour Board Names New Chair For Ferry",
                 "The pier reopened on Monday. \tHarbour Board Names New Chair For Ferry"]:
        m = headlines._TAIL.search(text)
        assert m is not None
        gap = m.group(0)[: m.start(1) - m.start()]
        assert "  " in gap or "\t" in gap
    # one space only: no tail, and the gate says so before the pattern
    assert headlines._TAIL.search("The pier reopened on Monday. Harbour Board Names New Chair For Ferry") is None


def test_single_quotations_are_found_only_with_an_opening_mark(registry):
    from lintnews.document.document import Document

    def doc(text: str) -> Document:
        return Document(registry.readers["text"].read(text), "draft")

    plain = doc("The council met on Tuesday.")
    assert plain._single_quoted() == []
    quoted = doc("The mayor called it a \u2018fair deal\u2019 on Tuesday, and 'a start' later.")
    assert [quoted.text[s:e] for s, e, _, _ in quoted._single_quoted()] == ["\u2018fair deal\u2019", "'a start'"]
