"""Loaded language, round 120: three misreadings of English behind false alarms (issue 16).

- The plural noun "claims" before a relative "that" and a plural verb ("claims that have
  circulated for months"): no said-verb, held at info.
- Material on an online forum and the unnamed plural posters of such places as the subject of
  "claim" ("posts on a fan forum claim", "military bloggers claimed"): no speaker to judge, the
  fault is the missing source; held at info (as round 113's circulated material).
- The noun phrase a speaker tells of ("residents spoke of a chaotic scene", "the nurse described
  a brutal regime"): the adjective is the speaker's account, indirect speech; held at info.

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
    ("One pupil spoke of bullying, claims that have been denied by the school.", "claims"),
    ("The report repeats old claims that were never tested in court.", "claims"),
    ("Posts on a fan forum claim that the singer has moved to Leeds.", "claim"),
    ("Messages in parents' chat groups claimed the school would close.", "claimed"),
    ("Nationalist military bloggers claimed the raid had hit a depot.", "claimed"),
    ("Residents spoke of a chaotic scene at the station on Friday night.", "chaotic"),
    ("Tom Hale described a brutal regime inside the training camp.", "brutal"),
    ("Many residents told of a horrific night in the flats.", "horrific"),
    ("Former employees have told of a chaotic office at the depot.", "chaotic"),
])
def test_round120_held_at_info(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "info"


@pytest.mark.parametrize(("sentence", "word"), [
    # the verb: a subject after "that", a singular verb after a demonstrative "that"
    ("The minister claims that they have no money left for roads.", "claims"),
    ("The mayor claims that the staff were paid in full last year.", "claims"),
    # a hyphenated noun after "that" is no verb
    ("The minister claims that have-nots are better off under the plan.", "claims"),
    # a named poster, a text with an author: the verdict stands
    ("The mayor claimed the raid had hit a depot.", "claimed"),
    # the writer's own words on the telling and in narration
    ("The office was chaotic on the last day of the month.", "chaotic"),
    ("She told a horrific story to the jury on Monday.", "horrific"),
    # the head is a noun of the telling: the adjective judges the story
    ("He recounted his tragic story of neglect to the panel.", "tragic"),
])
def test_round120_still_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Former pupils at the school spoke about a brutal regime of punishments.", "brutal"),
])
def test_round120_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)
