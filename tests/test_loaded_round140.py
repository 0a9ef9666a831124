"""Loaded language, round 140: an ``info`` lexicon word opening an indefinite appositive
(issue 16: lexicon words held at ``info`` that a reader counts).

A noun phrase with "a"/"an" set off by a comma after another noun phrase ("Governor Pell, a
strongman who ..."; "The bakery, a beloved fixture of the lane, ..."; "..., a historic
triumph") is the writer's supplement on the referent: the ``info`` label noun, praise,
emotive or intensifying word that opens it is raised to a warning. Traps: the judging kind
("a failure that"), a label's adjective or a label before a capitalised classifier ("a
radical Wessex cleric"), a fronted prepositional phrase ("In Marrow, a scandal ..."), a short
comment set off by commas ("is, of course, an evil thing"), and an ``info`` word with no comma
before its article.

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
    ("Governor Anton Pell, a strongman who has ruled since 2009, opened the bridge.", "strongman"),
    ("The ruling council, a regime that has jailed its critics, cancelled the vote.", "regime"),
    ("Storm Bella, a monster storm, crossed the coast at dawn.", "monster"),
    ("The corner bakery, a beloved fixture of the lane for 30 years, shut on Friday.", "beloved"),
])
def test_round140_appositive_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The app still crashes, a failure that engineers blame on memory.", "failure"),
    ("He advised Samir Osei, a radical Wessex cleric, for a decade.", "radical"),
    ("In Marrow, a scandal as large as the last one is about to break.", "scandal"),
    ("The age which is, of course, an evil thing, endures.", "evil"),
    ("The governor is a strongman by any measure.", "strongman"),
    ("The bakery was beloved by the lane for 30 years.", "beloved"),
])
def test_round140_appositive_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)
