"""Review 127: the cost and the wrong readings of what rounds 146 (loaded language) and 126
(advertorial) merged.

1. Cost. Every new pass was timed at n and 8n (a paragraph with the cue repeated, a long
   paragraph without a stop, many short lines): all grow about eight-fold (round 126's request
   window has its own test; round 146's act subject and dismissal frame have theirs below).
2. Wrong readings fixed.
   - Round 126's reported request (``Units.request_reported``) read the infinitive after "urged
     drivers to" up to the next stop, so a clause of the outlet's own after a semicolon, a colon,
     a dash or "and you can" was taken for the third party's request and its plug cleared
     ("Police urged drivers to avoid the road; sign up to our travel alerts"). The request's
     clause now ends at those marks and at the reader's or the outlet's own "you", "we", "our".
   - Round 146's dismissal frame read only the verb and its particle together ("brushed aside
     the questions"); the object before the particle ("brushed the questions aside, saying")
     is the same frame.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import gc
import time

import pytest

from tests.advertorial_lint import alone
from tests.family_lint import severity_in_body

STORY = "The council approved the budget on Tuesday after a long debate that ran past midnight."
AFTER = "The mayor said the work on the harbour wall would start next spring."


def _warned(snippet: str) -> bool:
    return alone(snippet, STORY, AFTER) == "warning"


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("snippet", [
    "Police have urged drivers to avoid the coast road; sign up to our travel alerts for updates.",
    "Police have urged drivers to avoid the coast road: sign up to our travel alerts for updates.",
    "The bank is urging savers to open its new account paying 5%, and you can apply on our site today.",
])
def test_review127_a_plug_after_a_reported_request_is_warned(snippet: str) -> None:
    assert _warned(snippet)


@pytest.mark.parametrize("snippet", [
    "The council asked residents to complete our survey of the sea wall before Friday.",
    "Residents are being urged to fill in the club's form by the end of the month.",
])
def test_review127_the_reported_request_still_clears(snippet: str) -> None:
    assert not _warned(snippet)


@pytest.mark.parametrize(("sentence", "word"), [
    ("The minister brushed the questions aside, saying the talks were private.", "brushed the questions aside"),
    ("The mayor waved their concerns away, telling reporters the car park would open.",
     "waved their concerns away"),
    ("The captain shrugged the criticism off, adding that the team had trained well.",
     "shrugged the criticism off"),
])
def test_review127_dismissal_with_the_object_before_the_particle(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The cleaner brushed the crumbs aside, saying the table was ready.", "brushed the crumbs aside"),
    ("The winger brushed two defenders aside, scoring from the edge of the box.", "brushed two defenders aside"),
    ("The minister brushed the questions aside.", "brushed the questions aside"),  # no reply reported
])
def test_review127_dismissal_split_traps(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) is None


def _timed(lint, unit: str, repeats: int) -> float:
    """The best of three runs with the collector off: one run on a loaded two-core machine read
    1.26 s against a 1.2 s bound (advert127's report), the scheduler's noise, not the text's
    cost; the best of three measures the text."""
    text = STORY + "\n\n" + unit * repeats + "\n"
    best = float("inf")
    gc.disable()
    try:
        for _ in range(3):
            start = time.perf_counter()
            lint(text, select=("loaded-language",))
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("unit", [
    "and the decision to shut the office was ill-judged and the plan to sell it was short-sighted ",
    "the minister brushed the questions aside, saying the talks were private and ",
    "closing the library on the weekdays of the summer was short-sighted and ",
])
def test_review127_act_subject_and_dismissal_are_linear_on_a_long_line(lint, unit: str) -> None:
    """The act subject reads at most 240 characters before a verdict, the dismissal frame 120
    after its verb: a page pasted as one sentence with the cue repeated costs linear time."""
    _timed(lint, unit, 20)
    small, large = _timed(lint, unit, 150), _timed(lint, unit, 1200)
    assert large < max(small, 0.05) * 8 * 3
