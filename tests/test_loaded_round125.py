"""Loaded language, round 125: an emotive or judgement adjective inside the definite subject
that opens its sentence (issue 16).

"The scandalous delay means ...": the definite description presents the writer's verdict as
given, so an adjective held at ``info`` (not measured as loaded) warns there.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

LOADED = ("loaded-language",)

_HEAD = "Ferry timetable cut again\n\n"


def _severity(lint, text: str, line: int, word: str) -> str | None:
    """The severity of the loaded-language report on ``word`` in ``line`` (None: none)."""
    row = text.split("\n")[line - 1]
    found = [d.severity.value for d in lint(text, select=LOADED)
             if d.line == line and row[d.column - 1 : d.end_column - 1].lower() == word.lower()]
    return found[0] if found else None


@pytest.mark.parametrize("sentence", [
    "The scandalous delay means islanders must wait until spring.",
    "This scandalous delay has left islanders without a service.",
    "The scandalous delays will continue into next year.",
])
def test_round125_definite_subject_warns(lint, sentence: str) -> None:
    assert _severity(lint, _HEAD + sentence + "\n", 3, "scandalous") == "warning"


@pytest.mark.parametrize("sentence", [
    # indefinite: the sentence asserts, it presupposes nothing
    "A scandalous delay followed the vote in March.",
    # the definite phrase is not the subject of a verb right after its head
    "The scandalous delay of the spring sailings angered islanders.",
    # not opening the sentence
    "After the vote came the scandalous delay of the spring sailings.",
])
def test_round125_traps_stay_info(lint, sentence: str) -> None:
    assert _severity(lint, _HEAD + sentence + "\n", 3, "scandalous") == "info"


def test_round125_quoted_speaker_left_alone(lint) -> None:
    text = _HEAD + '"The scandalous delay means we wait until spring," said Ann Lee, a ferry user.\n'
    assert _severity(lint, text, 3, "scandalous") != "warning"


def test_round125_evidence_function() -> None:
    from lintnews.builtin.loaded import evidence as ev

    text = "The scandalous delay means a long wait."
    start = text.index("scandalous")
    assert ev.definite_subject(text, start, start + len("scandalous"), 0) is not None
    text = "The scandalous delay of the sailings."
    assert ev.definite_subject(text, start, start + len("scandalous"), 0) is None



@pytest.mark.parametrize("sentence, word", [
    ("The craven dogs hid under the porch.", "craven"),
    ("The shambolic garden shed leaned against the fence.", "shambolic"),
    ("The loathsome stench lingered for days.", "loathsome"),
])
def test_a_thing_creature_or_sensation_as_the_head_presupposes_no_verdict(lint, sentence: str, word: str) -> None:
    # (the merge: WordNet's concrete nouns and sensations, with their plurals, from
    # benchmarks/wordnet_concrete.py; "The reckless plan has cost" above still warns)
    assert _severity(lint, _HEAD + sentence + "\n", 3, word) in ("info", None)
