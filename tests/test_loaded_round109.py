"""Loaded language, round 109: an epithet's plural head before a present verb (issue 16).

An evaluative adjective opening a noun phrase whose head is a plural person noun, followed by
the plain form of a verb, is an epithet of those people: the plain form after a plural is the
finite present ("Heartless thieves steal ...", a headline's present; "selfless volunteers give
up ..."). A singular head before a plain form is no clause ("the heartless thief alarm").

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

_HEADLINE = "Heartless thieves steal pensioner car from driveway\n\nPolice said the car was taken on Sunday.\n"


def test_round109_headline_epithet_before_a_present_verb_warns(lint) -> None:
    assert severity_of(lint, _HEADLINE, "Heartless") == "warning"


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Every week, heartless thieves steal cars from the estate.", "heartless", "warning"),
    ("Every week the heartless thief alarm rings on the estate.", "heartless", None),
])
def test_round109_plural_person_head_and_its_look_alike(lint, text: str, word: str, expected: str | None) -> None:
    assert severity_of(lint, text, word) in ((expected,) if expected else (None, "info"))
