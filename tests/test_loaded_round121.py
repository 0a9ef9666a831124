"""Loaded language, round 121: recall by kind on D117 and D120 (issue 16).

- The writer's verdict of expectedness as a predicate or a fronted noun phrase ("The delay is
  hardly surprising.", "Little wonder, then, that ..."): the predicative and noun paraphrases
  of the listed disjunct "unsurprisingly"; "no wonder" is left out ("a wonder drug").
- "The <evaluative> truth" ("The sad truth is that ..."): the writer vouching for a verdict on
  a fact it asserts, beside round 79's "sorry state", "sorry saga".

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
    ("The rise in complaints is hardly surprising.", "hardly surprising"),
    ("It is hardly surprising that the ferry timetable was cut again.", "hardly surprising"),
    ("Given the cuts, the closure of the branch was scarcely surprising.", "scarcely surprising"),
    ("Little wonder, then, that the bus company wants a subsidy.", "Little wonder"),
    ("Small wonder the orchestra has struggled to fill its seats.", "Small wonder"),
    ("The sorry truth is that the bridge will not open this year.", "sorry truth"),
    ("The sad truth is that the library has too few visitors.", "sad truth"),
    ("The uncomfortable truth is that the scheme never paid for itself.", "uncomfortable truth"),
])
def test_round121_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # a speaker's words, quoted: the voice judge keeps them quiet
    ("\"The sad truth is that we lost our way,\" the coach, Ana Ruiz, said.", "sad truth"),
    ("\"It is hardly surprising that fares went up,\" said Tom Hale, who runs the depot.", "hardly surprising"),
])
def test_round121_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), [
    # no term: "no wonder" is left out, and "truth" without an evaluative adjective is plain
    ("Doctors warned that there is no wonder drug for the condition.", "no wonder"),
    ("The whole truth emerged at the inquest in March.", "whole truth"),
    ("The figures were surprising to the auditors, the report said.", "surprising"),
])
def test_round121_no_term(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) is None
