"""Review 124: the cost and the wrong readings of what advert124, perf145 and tests146 merged.

1. Cost. advertorial/related-plug's glued link label ("... said.Read next: Council approves
   budget", round 71; round 124 added "Further reading:" and "Keep reading:") looked ahead for
   a lower-case word to the end of the line, once per label: a long paragraph with no line
   break and the label repeated cost the rest of the line for each (64x the time at 8x the
   text). The headline the pattern then reads runs at most 121 characters to the line's end,
   so the look-ahead now reads at most 120: the same matches (checked below against the old
   form), in time linear in the text.
2. perf145's line scan (the patterns of unknown prefix tried only at the line starts the scan
   found them at): the candidates equal those of a matcher that tries every line start on texts
   with other line ends and marks than a plain newline (CRLF, CR, form feeds, U+2028, U+0085, a
   byte-order mark, tabs, one long line), which only a newline starts a line in.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import random
import re

import pytest

from lintnews.matching.matcher import Matcher
from tests.test_review121 import _best
from tests.test_speed_perf145 import _examples, _Old, _rules, _text

_BOUNDED = "(?=[^\\n]{0,120}[ \\t](?-i:[a-z]))"


def _glued_label(registry) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """related-plug's glued label pattern as it is, and as it was (the look-ahead unbounded)."""
    (pattern,) = [p for p in registry.rules["advertorial/related-plug"].patterns if _BOUNDED in p]
    old = pattern.replace(_BOUNDED, "(?=[^\\n]*[ \\t](?-i:[a-z]))")
    return re.compile(pattern, re.IGNORECASE), re.compile(old, re.IGNORECASE)


def test_the_glued_label_in_a_long_line_costs_in_proportion(registry) -> None:
    new, _ = _glued_label(registry)
    unit = "the tide rose.Further reading: The Big Three Went home "
    small = _best(lambda: list(new.finditer(unit * 2000)))
    large = _best(lambda: list(new.finditer(unit * 16000)))
    assert large < 8 * small * 2.5, (small, large)  # (before: 64x)


_WORDS = ("Council", "approves", "budget", "FERRY", "fares", "rise", "3", "per", "cent", "and", "Harbour",
          "the", "vote", "x" * 30, "it", "rained", "said")
_LABELS = ("Read next", "Further reading", "Keep reading", "Watch", "More from the Harbour Gazette", "Listen now")


@pytest.mark.parametrize("seed", range(4))
def test_the_glued_label_matches_as_before(registry, seed) -> None:
    new, old = _glued_label(registry)
    rnd = random.Random(seed)
    lines = []
    for _ in range(600):
        words = [rnd.choice(_WORDS) for _ in range(rnd.randrange(1, 30))]
        stop = rnd.choice((".", "!", "?", ".”", ". "))
        lines.append("The ferry was late" + stop + rnd.choice(_LABELS) + ":" + " " * rnd.randrange(0, 3)
                     + " ".join(words) + rnd.choice(("", "", ".", " ")))
    text = "\n".join(lines)
    found = [m.span() for m in new.finditer(text)]
    assert found == [m.span() for m in old.finditer(text)]
    assert len(found) > 20  # (the texts hold matches)
    assert max(b - a for a, b in found) > 100  # (and headlines near the 120 characters the look-ahead reads)


@pytest.fixture(scope="module")
def matchers(registry):
    return Matcher(_rules(registry)), _Old(_rules(registry))


_ENDS = {
    "crlf": "\r\n", "cr": "\r", "bom at line starts": "\n\ufeff", "form feed": "\n\f",
    "form feed only": "\f", "line separator": "\u2028", "after newline, line separator": "\n\u2028",
    "next line": "\x85", "tab": "\n\t", "crlf and blanks": "\r\n  ", "one line": " ",
}


@pytest.mark.parametrize("end", sorted(_ENDS))
def test_the_line_scan_with_other_line_ends_finds_what_every_line_start_does(matchers, end) -> None:
    new, old = matchers
    text = _text(_examples(new), 3).replace("\n", _ENDS[end])
    if end == "crlf":
        text = "\ufeff" + text  # (and a byte-order mark at the text's start)
    assert new.candidates(text) == old.candidates(text)


# 3. Wrong readings of advert124's disclosures: a report's verb of finding after the credit or the
# commission note (the study, the papers, the regulator's report) leaves it, as a verb of saying
# did; and the outlet's polls in the plural are its poll.

from tests.advertorial_lint import AFTER, STORY, lint_advertorial  # noqa: E402


def _warned(snippet: str) -> bool:
    text = f"{STORY}\n\n{snippet}\n\n{AFTER}\n"
    return any(d.line == 3 and d.severity.name in ("WARNING", "ERROR") for d in lint_advertorial(text))


@pytest.mark.parametrize("snippet", [
    "Thursday's planning update was paid for by Harbour Homes, council papers show.",
    "Monday's residents bulletin is sponsored by Quay Estates, the tenants' group found.",
    "If you click an advert on the site, the Daily Courier earns a fee, the regulator's report noted.",
    "When readers shop via links in its guides, the Weekly Star earns a commission, the inquiry found.",
    "Clicking through from the comparison site may generate income for the Coast Post, the complaint alleged.",
])
def test_a_report_of_a_credit_or_a_commission_is_no_disclosure(snippet: str) -> None:
    assert not _warned(snippet)


@pytest.mark.parametrize("snippet", [
    "Thursday's Coast Ledger is supported by Orchard Homes.",
    "If you click a retailer link and make a purchase, the Harbour Gazette may be paid a commission.",
    "When readers shop via the links below, the Estuary Voice earns a small percentage.",
    "Answer our reader polls and we may print your reply.",
    "Take our two quick surveys about bus services.",
])
def test_the_outlets_own_credit_commission_and_polls_are_warned(snippet: str) -> None:
    assert _warned(snippet)


# 4. tests146's RAM scratch directory (tests/ram_scratch.py, shared by the tree test and the
# pre-commit test): /dev/shm missing, too small, or mounted noexec (a container's, where the hook's
# environment could not run) falls back to the test's own directory.

from types import SimpleNamespace  # noqa: E402

from tests import ram_scratch  # noqa: E402


def _statvfs(free: int, flags: int = 0):  # type: ignore[no-untyped-def]
    return lambda _path: SimpleNamespace(f_bavail=free // 4096, f_frsize=4096, f_flag=flags)


@pytest.mark.parametrize(("free", "flags", "executable", "ram"), [
    (64 * 1024 ** 2, 0, False, False),  # (a container's 64 MB)
    (8 * 1024 ** 3, 0, False, True),
    (8 * 1024 ** 3, ram_scratch.os.ST_NOEXEC, False, True),  # (files to lint need no exec)
    (8 * 1024 ** 3, ram_scratch.os.ST_NOEXEC, True, False),  # (a hook's environment does)
    (8 * 1024 ** 3, 0, True, True),
])
def test_the_scratch_directory_is_in_memory_only_where_it_can_serve(
        tmp_path, monkeypatch, free, flags, executable, ram) -> None:
    shm = tmp_path / "shm"
    shm.mkdir()
    monkeypatch.setattr(ram_scratch.os, "statvfs", _statvfs(free, flags))
    with ram_scratch.in_memory(tmp_path / "fallback", executable=executable, shm=shm) as base:
        assert (base.parent == shm) is ram
        if ram:
            (base / "f.txt").write_text("x")
    assert list(shm.iterdir()) == []  # (removed after)


def test_a_missing_scratch_file_system_falls_back(tmp_path) -> None:
    with ram_scratch.in_memory(tmp_path, shm=tmp_path / "absent") as base:
        assert base == tmp_path
