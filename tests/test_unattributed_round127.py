"""Unattributed claims, round 127: a cause laid with a phrasal verb, a candidate talked up
(issue 14, recall).

"The delay is being put down to a shortage of parts": the phrasal verb "put down to" lays a
cause as "blamed on" does, and its passive with nobody laying it is warned the same way. "The
spinner is being talked up as a candidate": "talk up" is to promote, and its passive with an
as-complement is a view held by people unnamed, as "talked about as" is. Traps: a to-infinitive
after "put down" (an animal put down to end its suffering), an active verb with its subject
("He put the delay down to"), a named agent ("by the finance director"), a named speaker in a
closing tag, "put down" with nothing after it, and "thought up as" (invented, not promoted).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The late trains are being put down to a shortage of drivers.", "are being put down to"),
    ("The drop in visitors has been put down to the wet summer.", "has been put down to"),
    ("The fall in sales was put down to the closure of the bridge.", "was put down to"),
    ("The young spinner is being talked up as a candidate for the winter tour.", "is being talked up as"),
])
def test_a_cause_or_a_promotion_laid_by_nobody_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The old ferry dog was put down to spare it more pain.",
    "The harbourmaster put the late sailings down to a shortage of crew.",
    "The drop in visitors was put down to the wet summer by the tourism office.",
    "The fall in sales was put down to the closure of the bridge, the shop's owner said.",
    "The injured horse had to be put down.",
    "The young spinner was talked up as a future captain by the club chairman.",
])
def test_a_named_layer_or_another_sense_is_silent(lint, sentence: str) -> None:
    assert not claims(lint, LEAD + sentence), [d.message for d in claims(lint, LEAD + sentence)]
