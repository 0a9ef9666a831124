"""Unattributed claims: false alarms found by judging every warning on fresh text (round 14:
the Lee news texts and article pages no round tuned on), each fixed as grammar, with a pair
written for these tests: the cue (a warning) and a sentence that looks like it but asserts no
hearsay. See docs/history/unattributed-claims.md, round 14.
"""

from __future__ import annotations

import pytest

from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


PAIRS = [
    # "well known" before an indirect question tells what is known, not how anyone is rated
    ("A well-known glazier repaired the pier lamps.",
     "Nor is it well known how long the new glaze keeps its colour."),
    # "it" in a clause of time or cause is the thing reported, not an impersonal passive;
    # a closing ", it was reported." is still hearsay
    ("The pier lamps were stolen overnight, it was reported.",
     "Divers checked the pier the day after it was reported, and found the crack."),
    # a relative with no comma restricts a noun inside a named speaker's reported clause:
    # the speaker's words; one set off by a comma is the writer's aside
    ("Ana Ruiz says the main problem is the damp, which is believed to come from the cladding.",
     "Ana Ruiz says the main problem is the kind of damp which is believed to come from the cladding."),
]


@pytest.mark.parametrize(("flagged", "not_flagged"), PAIRS)
def test_round14_false_alarms(lint, flagged, not_flagged):
    assert _warnings(lint, flagged)
    assert not _warnings(lint, not_flagged)
