"""Unattributed claims, round 77: "clinicians" as an unnamed source, as "doctors" is.

A bare plural of the collective noun for medical professionals, as the subject of a verb of
warning or saying, hides who holds the view; named, or doing something other than speaking, it
is no cue. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "Senior clinicians have privately warned that the new ward cannot be staffed.",
    "Clinicians say the waiting list will grow again this winter.",
])
def test_unnamed_clinicians_with_a_view_are_warned(lint, text: str) -> None:
    assert_warned(lint, LEAD + text, "linicians")


@pytest.mark.parametrize("text", [
    "The clinician, Dr Ann Cole, said the new ward would open in May.",
    "Two clinicians treated the boy at the roadside on Tuesday.",
])
def test_a_named_clinician_or_one_at_work_is_no_cue(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)
