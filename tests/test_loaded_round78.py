"""Loaded language, round 78: a fresh writer's copy (D79), two kinds (issue 16).

- *A verdict verb of an unnamed group* (``loaded.evidence.hearsay``): "Friends of the couple
  claim that", "Insiders privately admit that": the verb is the last word of the
  unattributed-claim family's vague-source cue; the missing source is the fault, and the
  verdict has nobody to fall on. ``info``. A named speaker, or one person even unnamed, keeps
  the warning.
- *A reaction as a degree* (``evaluative.reaction_degree``): the -ingly adverb of a feeling
  word grading the next word after a copula or a determiner ("is heartbreakingly slow to",
  "a sickeningly high toll"). Elsewhere (manner after a verb) unchanged.

Sentences written for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence import reaction_degree
from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

# -- verdict verbs: an unnamed group (info) and a speaker (warning), the same verbs ------------
UNNAMED_GROUPS = [
    ("Friends of the singer claim that the tour was cancelled for money reasons.", "claim"),
    ("Council insiders privately admit that the budget will not balance.", "admit"),
    ("Critics insist that the bridge was never safe.", "insist"),
    ("Neighbours of the family claim the dog had bitten before.", "claim"),
]
NAMED_SPEAKERS = [
    ("Ana Ruiz claimed that the tour was cancelled for money reasons.", "claimed"),
    ("The treasurer, Tom Hale, admitted that the budget will not balance.", "admitted"),
    ("Mr Hale insisted that the bridge was never safe.", "insisted"),
    ("A local councillor claimed that the dog had bitten before.", "claimed"),
]


@pytest.mark.parametrize(("sentence", "word"), UNNAMED_GROUPS)
def test_verdict_verb_of_unnamed_group_is_a_hint(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "info"


@pytest.mark.parametrize(("sentence", "word"), NAMED_SPEAKERS)
def test_verdict_verb_of_a_speaker_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


def test_unnamed_group_is_still_an_unattributed_claim(lint) -> None:
    from tests.family_lint import LEAD

    found = lint(LEAD + UNNAMED_GROUPS[0][0], select=("unattributed-claim",))
    assert any(d.line == 3 for d in found)


# -- the -ingly adverb of a feeling grading the next word ---------------------------------------
DEGREES = [
    ("The new timetable is heartbreakingly slow to load.", "heartbreakingly"),
    ("Turnout was shockingly low in the northern wards.", "shockingly"),
    ("Rents in the old town are staggeringly high.", "staggeringly"),
    ("It was a heartbreakingly short season for the club.", "heartbreakingly"),
]
DEGREE_TRAPS = [
    ("She wrote heartbreakingly about her brother's illness.", "heartbreakingly"),
    ("Ana Ruiz said rents were staggeringly high.", "staggeringly"),
    ("\"The timetable is heartbreakingly slow,\" said Tom Hale.", "heartbreakingly"),
]


@pytest.mark.parametrize(("sentence", "word"), DEGREES)
def test_reaction_degree_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), DEGREE_TRAPS)
def test_reaction_degree_lookalike_does_not_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


def test_reaction_degree_reads_before_and_after() -> None:
    text = "The service is heartbreakingly slow."
    s = text.index("heartbreakingly")
    e = reaction_degree(text, s, s + len("heartbreakingly"), 0, len(text))
    assert e is not None and "slow" in e.detail
    text = "She wrote heartbreakingly of the war."
    s = text.index("heartbreakingly")
    assert reaction_degree(text, s, s + len("heartbreakingly"), 0, len(text)) is None
    text = "The service is heartbreakingly the worst."
    s = text.index("heartbreakingly")
    assert reaction_degree(text, s, s + len("heartbreakingly"), 0, len(text)) is None
