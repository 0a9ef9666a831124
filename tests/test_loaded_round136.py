"""Loaded language, round 136: held-out recall on hard news (issue 16).

Two constructions of the writer's verdict in fast-filed news copy:

- *A derived disjunct with its experiencer* (``evidence/disjunct.py``): round 61's -ly adverb of
  a psych participle opening its sentence needed the comma right after it; the attitudinal
  disjunct also takes a "for" phrase naming whom it concerns (Quirk et al. 8.127: "Fortunately
  for us"): "Frustratingly for residents, the website still lists ...". Up to four words, then
  the comma; a relative clause in the phrase ("for those who waited") is left alone, and so is
  the adverb inside a clause.
- *A period told by a relative clause* (``evidence/period.py``): round 132/134's summed-up
  stretch of time, now also where "in which" follows the period noun ("The move follows a torrid week in which the government lost two votes"); "torrid"
  joins the emotive rule at ``info`` (raised only by such evidence) and the harsh adjectives
  (its weather sense: "torrid heat"). Traps: the weather told in the clause ("a torrid week in
  which temperatures topped 40C"), the weather span with "for" ("a torrid week for farmers"),
  a measure ("a volatile week in which shares swung"), "that saw" (a babe-dev false alarm).

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
    ("Frustratingly for residents, the council's website still lists the old collection days.",
     "Frustratingly"),
    ("Maddeningly for the club's fans, the stand will stay shut until March.", "Maddeningly"),
    ("But depressingly for the town, the factory closed a week later.", "depressingly"),
])
def test_round136_disjunct_with_experiencer_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Excitingly for those who waited, the ferry sailed at noon.", "Excitingly"),
    ("The band played frustratingly for residents, and left at midnight.", "frustratingly"),
    ("Depressingly for a town of its size and history, no bus runs after ten.", "Depressingly"),
])
def test_round136_disjunct_with_experiencer_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("The reshuffle follows a torrid week in which the government lost two votes.", "torrid"),
    ("It has been a torrid year for the bank, which cut 400 jobs.", "torrid"),
    ("The club ended a dismal year in which it sold its ground.", "dismal"),
    ("The firm is recovering from a bruising month in which its chief executive resigned.",
     "bruising"),
])
def test_round136_period_told_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The city sweltered through a torrid week in which temperatures topped 40C.", "torrid"),
    ("Tourists baked in the torrid heat of the afternoon.", "torrid"),
    ("Growers expect a torrid week for farmers across the south.", "torrid"),
    ("Farmers had a bitter night in which the frost killed the blossom.", "bitter"),
    ("Traders sat through a volatile week in which shares swung by 8 per cent.", "volatile"),
    ("\"It was a torrid week in which we lost two votes,\" said the whip, Ann Cole.", "torrid"),
    ("The firm is recovering from a bruising month that saw its chief executive resign.", "bruising"),
])
def test_round136_period_told_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)
