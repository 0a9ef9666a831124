"""Round 170 (issue 19): a long run of blanks on one line is read once.

A line holding tens of thousands of blanks, tabs or non-breaking spaces before a later word
took seconds to minutes: the price-tag line of ``advertorial/commerce-cta`` (tried at every
line start by the line scan) had two runs of blanks side by side (``[ \\t]*[-–—:|]?[ \\t]+``),
and a label's teaser ("Photo:" and the links after it) was cut at its separators and its
clip's running time by regexes that opened with ``\\s+`` / ``\\s*`` and so read the run once per
blank. Each case below took 8 s to several minutes on the base commit; each is linted in well
under a second now (the bound is generous, as in tests/test_robustness.py, for a loaded
machine: what it catches is a run read once per blank, which takes minutes at this length).
"""

from __future__ import annotations

import re
import time

import pytest

from lintnews.builtin.advertorial import shapes
from lintnews.builtin.shared import headlines

_BOUND = 5.0  # seconds (the fixed code lints each text in about 0.1 s once compiled)
_RUN = 60_000  # characters of blanks: minutes of work at one pass per blank

OPENING = "The story opens here.\n\n"
CLOSING = "\n\nGet the daily newsletter here.\n"


@pytest.fixture(scope="module")
def lint(shared_lint):
    """One engine for the module, its long-text scanners compiled before any timing (a fresh
    engine compiles them on its first long text: seconds on a loaded machine, whatever the text)."""
    shared_lint(OPENING + "The council met on Monday and the roads were quiet.\n" * 2_000 + CLOSING)
    return shared_lint


def _timed(lint, line: str) -> tuple[float, list]:
    """Lint ``line`` between a story's opening line and a newsletter plug (which must still be
    reported: the long line loses nothing after it)."""
    started = time.monotonic()
    diags = lint(OPENING + line + CLOSING)
    elapsed = time.monotonic() - started
    assert any(d.rule == "advertorial/newsletter-plug" for d in diags)
    return elapsed, diags


@pytest.mark.parametrize("blank", [" ", "\t", " \t"])
@pytest.mark.parametrize(("head", "tail"), [
    ("Harbour", "v x"),                          # a name, blanks, then a word that is no price tag
    ("Mira Hart", "(Labour) 1,204"),             # a roster's entry pushed far right
    ("Kettle Pro", "from the shelf"),            # "from" but no price after it
])
def test_price_tag_line_scan_reads_the_blanks_once(lint, blank: str, head: str, tail: str) -> None:
    """The price-tag shape (a product's name, optional dash, "from" and a price) tried at the line
    start: its dash is now optional as a whole with the blanks before it, so the blanks after a
    name are read by one run, not split between two."""
    elapsed, diags = _timed(lint, head + blank * (_RUN // len(blank)) + tail)
    assert elapsed < _BOUND, elapsed
    assert not any(d.rule == "advertorial/commerce-cta" for d in diags)


@pytest.mark.parametrize("blank", [" ", "\t", "\u00a0"])
@pytest.mark.parametrize("label", ["Photo:", "Pictures:"])
def test_label_teaser_reads_the_blanks_once(lint, blank: str, label: str) -> None:
    """A picture label's teaser is cut at its separators (``SEPARATOR``) and its clip's running
    time is taken off (``_DURATION``): both start only at a run's first blank now."""
    elapsed, _ = _timed(lint, label + blank * _RUN + "x")
    assert elapsed < _BOUND, elapsed


def test_price_tag_still_fires_after_a_long_blank_line(lint) -> None:
    """The same text with a real price tag after the long line: the shape still matches, with the
    dash (spaced) and without it."""
    text = (OPENING + "Harbour" + " " * _RUN + "v x\n\nHarbour Tourer 5 from £31,495 OTR\n\n"
            "Quayside Suite - only £89 pp\n" + CLOSING)
    started = time.monotonic()
    diags = lint(text)
    assert time.monotonic() - started < _BOUND
    lines = {d.line for d in diags if d.rule == "advertorial/commerce-cta"}
    assert lines == {5, 7}, lines


# the three regexes as the base commit wrote them: the new ones cut and take off the same text
_BEFORE = {
    "SEPARATOR": (headlines.SEPARATOR, re.compile(r"\s+[|•·]\s+")),
    "_BRACKET_NOTE": (headlines._BRACKET_NOTE, re.compile(r"\s*\([^()\n]{1,30}\)")),
    "_DURATION": (shapes._DURATION, re.compile(
        r"\s*[(\[](?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]\s*$|\s*[(\[]\d{1,2}\s*(?:mins?|minutes?|secs?)[)\]]\s*$")),
}
_LINES = [
    "Main Stage: The Halyards · Mira Okon | Saltmarsh Choir", "A  \t|  B • C", "A |B", "   | A", "| A |",
    "Lifeboat launch at dawn (1:48)", "Lifeboat launch at dawn  [2 min]  ", "Launch (Video) (12:05)",
    "Corn Hall (8pm): The Harbour Strings", " (note) x ( y )", "\u00a0(1:48)", "x\t(2 mins)\n",
]


@pytest.mark.parametrize("name", sorted(_BEFORE))
def test_blank_led_regexes_cut_as_before(name: str) -> None:
    """``SEPARATOR``, ``_BRACKET_NOTE`` and ``_DURATION`` start only at a run's first blank now (a
    match after a blank would start a blank earlier, so none is lost): they cut where they cut."""
    new, old = _BEFORE[name]
    for line in _LINES:
        assert new.split(line) == old.split(line), line
        assert new.sub("#", line) == old.sub("#", line), line


def test_separator_and_duration_are_linear() -> None:
    """The run of blanks before a word that is no separator (or no running time) is read once."""
    line = "Teaser" + " " * 200_000 + "x"
    started = time.monotonic()
    assert headlines.SEPARATOR.split(line) == [line]
    assert shapes._DURATION.sub("", line) == line
    assert headlines._BRACKET_NOTE.sub("", line) == line
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize("text, cut", [
    ("Lifeboat launch at dawn (1:48)", "Lifeboat launch at dawn"),
    ("Lifeboat launch at dawn  [2 min]  ", "Lifeboat launch at dawn"),
    ("Lifeboat launch at dawn (Video)", "Lifeboat launch at dawn (Video)"),
])
def test_duration_is_taken_off_as_before(text: str, cut: str) -> None:
    assert shapes._DURATION.sub("", text) == cut


def test_weekday_stem_is_one_constant() -> None:
    """The weekday's stem is written once (``WEEKDAY``, as ``_MONTH``) and every shape that names a
    weekday uses it: a long weekday in each shape, the stem nowhere else in the module's patterns
    (review 136: public, and the advertorial tail's day-led entry, ``cues.TAIL_DATA``, uses it too)."""
    from lintnews.builtin.advertorial import cues

    stem = headlines.WEEKDAY
    assert stem in cues.TAIL_DATA.pattern
    assert re.fullmatch(stem + "day", "wednesday") and not re.fullmatch(stem + "day", "someday")
    for rx in (headlines._DATED, headlines._WEEKDAY_DATE, headlines._FIXTURE, headlines._DAY_SERVICE):
        assert stem in rx.pattern
    assert headlines._DAY_SERVICE.match("Wednesdays every 20 minutes")
    assert headlines._WEEKDAY_DATE.match("Thursday 8 September: term starts")
    assert headlines._FIXTURE.match("Harbour Town v Ashby Rovers, Saturday 3pm")
    assert headlines._DATED.match("Tuesday, March 3: Sea wall gives way")
