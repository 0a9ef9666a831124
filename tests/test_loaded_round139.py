"""Loaded language, round 139: a fronted disjunct before a clause only a tail tag attributes
(issue 16).

An attitudinal disjunct opening the sentence, set off by its comma ("Sadly, ...",
"Mercifully, ..."), before a clause that only a tag at the sentence's end attributes ("...,
the inspectors wrote"): the tag reports the clause, the comment on it is the writer's, so the
tag no longer caps the disjunct at ``info``. A comment inside the clause ("has, sadly,
closed"), a speaker's lead ("She said sadly ...") and a quotation still give the words to
the speaker.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads (tests145: a fresh engine a lint cost ten times the lint)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("Sadly, the ward had already closed, the inspectors wrote.", "Sadly"),
    ("Mercifully, nobody was hurt in the blaze, the fire service said.", "Mercifully"),
    ("But sadly, the ferry never sailed again, the owners said.", "sadly"),
])
def test_round139_fronted_disjunct_before_tag_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("She said sadly that the ward had closed.", "sadly"),
    ("\"Sadly, the ward had closed,\" the inspector said.", "Sadly"),
    ("The pier has, sadly, closed for good, the council said.", "sadly"),
])
def test_round139_fronted_disjunct_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)



@pytest.mark.parametrize(("sentence", "word"), [
    ("Frankly, the plan was absurd, Jane Roe said.", "Frankly"),
    ("But frankly, the rebuild had been botched, the foreman told reporters.", "frankly"),
])
def test_review119_style_disjunct_is_the_speakers(lint, sentence: str, word: str) -> None:
    """Review 119: a style disjunct comments on the act of saying ("Frankly" is Roe's manner of
    speaking), so the end tag keeps it with the report; only an attitudinal one is the writer's."""
    assert severity_in_body(lint, sentence, word) == "info"
