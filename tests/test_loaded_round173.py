"""Loaded language, round 173: the largest general miss groups left across the desks (issue 16).

- Round 125's definite subject with a compound head, a noun modifier before the head noun, and
  maybe one short place phrase after it ("The ferocious tank battle near the river has ..."):
  the verdict on the compound's head is given as agreed, as on a one-word head.
- The same subject after a live blog's time stamp ("14:52 The shoddy repair work is ...").
- Round 170's predicate closed by an adjunct: the span the verdict covers ("from the start",
  "from the outset"), and an absolute "with" clause after the adjunct's comma.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence.presupposed import definite_subject


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


LOADED = ("loaded-language",)
_HEAD = "Council notes\n\n"


def _severity(lint, sentence: str, word: str) -> str | None:
    """The severity of the loaded-language report on ``word`` in the article's third line."""
    text = _HEAD + sentence + "\n"
    row = text.split("\n")[2]
    found = [d.severity.value for d in lint(text, select=LOADED)
             if d.line == 3 and row[d.column - 1 : d.end_column - 1].lower() == word.lower()]
    return found[0] if found else None


@pytest.mark.parametrize("sentence, word", [
    ("The shoddy repair work on the viaduct is there for every commuter to see.", "shoddy"),
    ("The ferocious tank battle near the river has continued since dawn.", "ferocious"),
    ("The ferocious tank battle has raged for a third day.", "ferocious"),
    ("The shoddy sewer maintenance has left two estates flooded.", "shoddy"),
    ("The cynical budget manoeuvre was approved by six votes to four.", "cynical"),
    # as round 125 warns "The lavish contest cost ...": the modifier does not change the frame
    # (round 62's trap of a leadership noun as modifier now opens with "A": integration)
    ("The lavish leadership contest cost the party a fortune.", "lavish"),
    # after a live blog's time stamp, the entry's sentence opens as after a full stop
    ("14:52 The shoddy repair work is there for every commuter to see.", "shoddy"),
    ("09:05 – The ferocious tank battle near the river has continued.", "ferocious"),
])
def test_round173_compound_subject_warns(lint, sentence: str, word: str) -> None:
    assert _severity(lint, sentence, word) == "warning"


@pytest.mark.parametrize("sentence, word", [
    # the head a thing described (round 125's merge traps)
    ("The shambolic garden shed leaned against the fence.", "shambolic"),
    # a weather noun in the compound: the weather measured (review 115)
    ("The brutal storm damage has closed two roads.", "brutal"),
    # "of" is no place phrase (round 125's trap)
    ("The brutal winters of the 1960s are still remembered.", "brutal"),
    # indefinite: asserts, presupposes nothing
    ("A shoddy repair job has left the viaduct shut.", "shoddy"),
    # no finite verb after the compound (a headline)
    ("The shoddy repair work behind closed doors", "shoddy"),
    # a figure, not a time stamp, before the determiner: no sentence opens there
    ("Some 14 The shoddy repair work is there.", "shoddy"),
])
def test_round173_compound_subject_traps(lint, sentence: str, word: str) -> None:
    assert _severity(lint, sentence, word) != "warning"


def test_round173_compound_subject_quoted(lint) -> None:
    sentence = 'A resident said: "The shoddy repair work is there for everyone to see."'
    assert _severity(lint, sentence, "shoddy") != "warning"


def test_round173_definite_subject_unit() -> None:
    text = "The shoddy repair work is there."
    start = text.index("shoddy")
    e = definite_subject(text, start, start + len("shoddy"), 0)
    assert e is not None and "repair work" in e.detail
    text = "The shoddy garden shed is there."
    assert definite_subject(text, start, start + len("shoddy"), 0) is None


@pytest.mark.parametrize("sentence, word", [
    ("The council's handling of the inquiry has been cynical from the start, with the report "
     "buried for months.", "cynical"),
    ("The council's handling of the inquiry has been cynical from the outset.", "cynical"),
    ("Millbrook have been woeful at home, with the defence all over the place.", "woeful"),
])
def test_round173_predicate_adjunct_warns(lint, sentence: str, word: str) -> None:
    assert _severity(lint, sentence, word) == "warning"


@pytest.mark.parametrize("sentence, word", [
    # a complement, not an adjunct: "cynical about" says what of
    ("The council's handling of the inquiry has been cynical about the report, officials said.",
     "cynical"),
    # the verdict is reported
    ("Residents said the council's handling of the inquiry had been cynical from the start.",
     "cynical"),
])
def test_round173_predicate_adjunct_traps(lint, sentence: str, word: str) -> None:
    assert _severity(lint, sentence, word) != "warning"
