"""Review 73 of rounds 71-73: what a maintainer's read found, each fix with its test.

- the excerpt finder's citation line ('"A title," The Courier, May 4:') read the gap after
  the title with "[ \\t]*[,.]?[ \\t]+": a gap of many spaces was split every way between the two
  runs before the match failed, quadratic in the gap (100 KB of spaces took minutes).

Every sentence is written for these tests.
"""

from __future__ import annotations

import time

import pytest

from lintnews.document.document import Document
from lintnews.readers import plain


def _excerpts_time(gap: int) -> float:
    text = '"A title for the test"' + " " * gap + ":\n\nSources say it rained.\n"
    best = float("inf")
    for _ in range(3):
        doc = Document(plain.read(text))
        t = time.perf_counter()
        _ = doc.excerpts
        best = min(best, time.perf_counter() - t)
    return best


def test_a_citation_lines_gap_of_spaces_is_read_in_linear_time():
    small, large = _excerpts_time(4_000), _excerpts_time(16_000)
    assert large < 8 * small + 0.05, (small, large)  # (it was 16 times and seconds: quadratic)


@pytest.mark.parametrize(("line", "cites"), [
    ('"A title for the test," The Courier, May 4:', True),
    ('"A title for the test" by Ann Lee, The Courier:', True),
    ('"A title for the test"   The Courier:', True),
    ('"A title for the test".  The Courier:', True),
    ('"A title for the test"The Courier:', False),  # no gap: no citation line
    ('"A title for the test" ,The Courier:', False),
])
def test_a_citation_line_is_read_as_before(line, cites):
    doc = Document(plain.read(line + "\n\nSources say it rained.\n"))
    at = doc.text.index("Sources")
    assert (doc.excerpt_at(at) is not None) is cites
