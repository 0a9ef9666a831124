"""Review 73 of rounds 71-73: what a maintainer's read found, each fix with its test.

- the excerpt finder's citation line ('"A title," The Courier, May 4:') read the gap after
  the title with "[ \\t]*[,.]?[ \\t]+": a gap of many spaces was split every way between the two
  runs before the match failed, quadratic in the gap (100 KB of spaces took minutes);
- the doubt adverb's reading of someone's state of knowing ("apparently ... knows nothing of")
  read the blanks after the adverb with "\\s*,?\\s*": quadratic in a long run of blanks (50 KB
  of spaces after "apparently" never finished);
- "Apparently she meant ...", the writer's reading of words the text gives, was read only with
  a comma after the adverb ("Apparently, she meant"): the pattern started at the adverb's end
  and allowed no space there, so without the comma it stayed a warning;
- every doubt adverb read its whole sentence (and the one before) for an informant, evidence or
  the first person: a page pasted as one sentence with thousands of cues was quadratic. The
  adverb's frame is now :data:`FRAME_CHARS` each way (an ordinary sentence is read whole).

Every sentence is written for these tests.
"""

from __future__ import annotations

import time

import pytest

from lintnews.builtin.attribution.inference import FRAME_CHARS, READING_NOTE
from lintnews.document.document import Document
from lintnews.readers import plain
from tests.family_lint import LEAD, assert_hint, best_time, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


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


def _lint_time(lint, gap: int) -> float:
    text = LEAD + "The harbour master apparently" + " " * gap + "left early.\n"
    t = time.perf_counter()
    lint(text)
    return time.perf_counter() - t


def test_blanks_after_a_doubt_adverb_are_read_in_linear_time(lint):
    _lint_time(lint, 10)  # (the engine's first run compiles what it needs)
    small, large = _lint_time(lint, 3_000), _lint_time(lint, 12_000)
    assert large < 8 * small + 0.1, (small, large)  # (it was 16 times and seconds: quadratic)


@pytest.mark.parametrize("reading", ["Apparently she meant the ferry levy.", "Apparently, she meant the ferry levy.",
                                     "Apparently she was referring to the ferry levy."])
def test_apparently_she_meant_is_a_reading_of_the_words_given(lint, reading):
    text = LEAD + 'In a letter to the council, the mayor wrote of "a fair share". ' + reading
    assert_hint(lint, text)
    assert any(READING_NOTE.strip() in d.message for d in claims(lint, text)), [d.message for d in claims(lint, text)]


def test_apparently_she_meant_to_is_still_warned(lint):
    # an intention ("meant to resign"), not a reading of words: hearsay of what she planned
    text = LEAD + 'In a letter to the council, the mayor wrote of "a fair share". Apparently she meant to resign.'
    assert warnings(lint, text), [d.message for d in claims(lint, text)]


def _one_sentence_time(lint, n: int) -> float:
    text = LEAD + "The plan was apparently drafted by hand and I supposedly signed it and " * n + "so on.\n"
    return best_time(lint, text)


def test_many_doubt_adverbs_in_one_long_sentence_take_linear_time(lint):
    small, large = _one_sentence_time(lint, 300), _one_sentence_time(lint, 1200)
    assert large < 8 * small, (small, large)  # (it was over 16 times: each cue read the whole sentence)


def test_evidence_in_an_ordinary_long_sentence_is_still_read(lint):
    # the evidence a sentence's length from the adverb, within the frame: still the writer's inference
    filler = "along the old quay road past the shuttered chandlery and the fish market " * 4
    assert len(filler) < FRAME_CHARS
    text = LEAD + "Apparently the lock had been forced " + filler + "as the photos of the frame show."
    assert_hint(lint, text)
