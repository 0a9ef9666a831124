"""Loaded language, round 137: D126's attack verbs of speech held as unmeasured (issue 16).

Round 108's named doer (``evidence/doer.py``) raises an attack verb the lexicon has not
measured where a person or a body right before it does the act ("Senator Ruiz lambasted the
bill"). Two forms of that construction it missed:

- *An irregular simple past of a phrasal attack verb*: only "-ed" and "-s" forms were read as
  finite, so "tore into" and "laid into" stayed at ``info``. The lexicon's past tenses
  (``finite.txt``) now decide, for a verb of more than one word, not a form that is also the
  bare verb ("hit out at", "lay into": "hits" and "lays" are present tenses).
- *A name in apposition to the subject*: "The group's leader, Tom Ives, lambasted the plan".
  The comma after the name hid the subject; now the name between two commas counts when the
  word before the first comma is a person or body noun. Traps: a thing renamed ("The wind,
  Storm Ciara, tore into ..."), an opening adverbial ("In Leeds, Tom Ives, ..."), a quoted or
  reported clause (the voice judge still lowers it), a literal subject ("The storm tore into
  the coast").

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
    ("Tom Ives tore into the plan at the meeting.", "tore into"),
    ("Ms Kahn laid into the board over the delays.", "laid into"),
    ("The group's leader, Tom Ives, lambasted the plan at the meeting.", "lambasted"),
    ("The council leader, Ms Priya Dale, tore into the bus company on Monday.", "tore into"),
])
def test_round137_named_doer_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The wind, Storm Ciara, tore into the harbour walls.", "tore into"),
    ("In Leeds, Tom Ives, tore into the plan.", "tore into"),
    ("\"Tom Ives tore into the plan,\" she said.", "tore into"),
    ("Ms Kahn said Tom Ives tore into the plan at the meeting.", "tore into"),
    ("The storm tore into the coast overnight.", "tore into"),
    ("Ms Kahn will hit out at the plan.", "hit out at"),
])
def test_round137_named_doer_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)
