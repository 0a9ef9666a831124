"""Review 139 (of loaded168, unattr175, loaded169, advert144, merged since c82246a2).

Each case fails on 8d33e215 (the review's base) except the controls, which guard the edges:

* loaded169's "brave" at info is raised before a noun, and "face" is one: "Residents put on a
  brave face" warned twice, the idiom (the figurative rule, as on c82246a2) and "brave" again as
  praise. ``literal_after`` "face"/"faces" leaves the idiom to the figurative rule.
* unattr175's own figures read "reported their profits rose because of fraud by rivals" as a
  body telling its own results: a hint where the group makes a claim about the world. A finite
  verb after the noun makes it a content clause's subject: the vague source warns again.
* Two new regexes were quadratic on one long line: loaded168's chart entry (``listing.
  _ENTRY_TAIL``, a figure's token "[^\\s()]*\\d[^\\s()]*": 8,000 digits after "1. Brutal
  Inheritance - " cost the loaded rule 13.6 s) and advert144's credit dash (``headlines.
  _CREDIT_DASH``, a run of blanks with no dash read once per blank). Now linear, same matches.

Sentences written for these tests.
"""

from __future__ import annotations

import random
import re
import time

import pytest

from lintnews.builtin.loaded.evidence import listing
from lintnews.builtin.shared import headlines
from tests.family_lint import LEAD, assert_hint, assert_warned, severity_in_body

_RUN = 40_000
_BOUND = 1.0  # seconds: well under 0.1 s now; the base took seconds at 20,000


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# "brave" in the idiom "put on a brave face"

@pytest.mark.parametrize("sentence", [
    "Residents put on a brave face as the water rose.",
    "The players put on brave faces after the defeat.",
])
def test_brave_face_is_the_idiom(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "brave") is None


@pytest.mark.parametrize("sentence", [
    "Brave volunteers pulled three people from the water.",
    "It was a brave decision by the council to shut the road.",
])
def test_brave_before_a_person_or_act_still_warns(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "brave") == "warning"


# a body's figures as the subject of a content clause

@pytest.mark.parametrize(("sentence", "cue"), [
    ("Some firms are reporting their profits rose because of fraud by rivals.", "Some firms are reporting"),
    ("Several schools reported their results had been marked down by the exam board.", "Several schools reported"),
    ("Some farms reported their yields were cut by the new water rules.", "Some farms reported"),
])
def test_figures_opening_a_claim_warn(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Several schools are reporting their best grades since 2019.",
    "Some farms reported their lowest yields in a decade.",
    "Several clubs reported their attendance figures to the league on Monday.",
])
def test_own_figures_stay_a_hint(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


# linear regexes

def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def test_chart_entry_tail_is_linear() -> None:
    text = "1. Brutal Inheritance - " + "9" * _RUN + ")"
    assert _timed(lambda: listing.cell_or_entry_title(text, 3, 9)) < _BOUND
    assert _timed(lambda: listing._ENTRY_TAIL.match(text, 9)) < _BOUND


def test_credit_dash_is_linear() -> None:
    text = "Ana" + " " * _RUN + "Ruiz"
    assert _timed(lambda: headlines._CREDIT_DASH.search(text)) < _BOUND
    assert _timed(lambda: headlines.listing_entry(text)) < _BOUND


def test_the_mended_regexes_match_as_before() -> None:
    """The new forms hold the same language: on random strings of their characters, the old
    and the new give the same spans."""
    old_tail = re.compile(listing._ENTRY_TAIL.pattern.replace(r"[^\s()\d]*\d", r"[^\s()]*\d"))
    old_dash = re.compile(r"[ \t]+[-–—][ \t]+")
    rng = random.Random(139)
    for _ in range(3000):
        s = "".join(rng.choice(["9", "N", "m", " ", "-", "(", ")", "x", "Ab", ".", "\t", "–"]) for _ in range(rng.randint(1, 24)))
        a, b = old_tail.match(s), listing._ENTRY_TAIL.match(s)
        assert (a and a.span()) == (b and b.span()), s
        assert [m.span() for m in old_dash.finditer(s)] == [m.span() for m in headlines._CREDIT_DASH.finditer(s)], s
    assert listing.cell_or_entry_title("1. Brutal Inheritance - N98.1m (week 2)", 3, 9) is not None
    assert headlines.listing_entry("Ana Ruiz - Greatest Hits")
