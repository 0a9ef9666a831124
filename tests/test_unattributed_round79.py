"""Unattributed claims, round 79: a named institution inside the subject's own modifier.

"A new drug, developed at the University of Leeds, is believed to ..." names where the drug was
made, not who believes it: the frame ("at the University of X") sits in a comma-set participle
phrase or relative clause of the subject, so the passive stays a warning. Its twins keep the
frame as the view's holder: the frame before the subject, a modifier in which someone speaks, a
frame with no comma-set modifier around it. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("A new painkiller, developed at the University of Leeds, is believed to be safer for children.",
     "is believed to"),
    ("The new turbine, which was built at the Harwell Institute, is thought to be the quietest yet.",
     "is thought to"),
    ("The sensor, tested last year at the Royal College of Art, is considered the best of its kind.",
     "is considered"),
])
def test_a_frame_in_the_subjects_modifier_does_not_hold_the_view(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "At the University of Leeds, the new painkiller is believed to be safer for children.",
    "A new painkiller, which doctors at the University of Leeds praise, is believed to be safer for children.",
    "Within the Harwell Institute the new turbine is thought to be the quietest yet.",
])
def test_the_frame_of_the_clause_or_a_speaking_modifier_still_holds_it(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)
