"""Loaded language, round 130: the critic's adjectives the lexicon lacked (issue 16).

Rule ``loaded-language/critic`` ("drab", "forgettable", "wooden", "tired", "gutsy"...): words
whose literal sense is the common one. Raised to a warning only where round 129's work nouns
(a work, a performance, a dish) are the subject whose predicate the adjective closes ("The
show felt tired.") or the noun it heads ("a gutsy performance", "wooden dialogue"); dropped
elsewhere, not even a hint. Traps: a thing ("a wooden floor"), people ("tired nurses"), a
sensation ("a dull ache"), denied, supposed, a work subject whose predicate goes on.

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
    ("The production felt tired, with every gag telegraphed.", "tired"),
    ("Her new novel is drab.", "drab"),
    ("The soup was bland.", "bland"),
    ("The recital was pleasant but forgettable.", "forgettable"),
    ("It was a gutsy performance from the young cast.", "gutsy"),
    ("The detective is handed wooden dialogue throughout.", "wooden"),
])
def test_round130_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The chapel has a wooden floor and two benches.", "wooden"),
    ("Tired nurses left the ward at dawn.", "tired"),
    ("A dull ache stayed in his knee all week.", "dull"),
    ("The estate is drab after the rain.", "drab"),
    ("The recital was not forgettable.", "forgettable"),
    ("If the script is bland, the studio will drop it.", "bland"),
    ("The film is dull in its first hour and then recovers.", "dull"),
    ("The dancers were tired.", "tired"),
])
def test_round130_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)
    assert severity_in_body(lint, sentence, word) is None
