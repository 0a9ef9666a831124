"""Loaded language, round 111: the verdict idiom of a falsehood exposed (issue 16).

- "give the lie to" and "put the lie to" (Merriam-Webster, Oxford: to show that something is
  false) join the figurative rule's judgement idioms, in every tense: the writer rules the
  other side's word untrue. A warning.
- Not the plain noun: "told a lie to the court" keeps "lie" as the emotive noun held at
  ``info``; a quoted speaker's idiom is the speaker's.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("The new figures give the lie to the minister's promise of lower rents.", "give the lie to"),
    ("The audit gave the lie to his account of the contract.", "gave the lie to"),
    ("The harbour's empty berths have given the lie to the forecast.", "given the lie to"),
    ("Her voting record puts the lie to that boast.", "puts the lie to"),
])
def test_round111_lie_idiom_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


def test_round111_plain_noun_lie_is_no_idiom(lint) -> None:
    assert severity_in_body(lint, "The witness admitted he told a lie to the court.", "lie") != "warning"
    assert_loaded_trap(lint, "The witness admitted he told a lie to the court.", "told a lie to",
                       not_terms=("told a lie to",))


def test_round111_quoted_idiom_is_the_speakers(lint) -> None:
    sentence = "\"The data give the lie to their promise,\" said Ana Ruiz, a council member."
    assert severity_in_body(lint, sentence, "give the lie to") != "warning"
