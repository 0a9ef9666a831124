"""Loaded language, round 104: popular copy's verdicts, labels and exclamations (issue 16).

- A verdict verb whose subject is a quantifier heading an unnamed source ("Some councillors
  privately admit"): the unattributed-claim family reports the missing source.
- A work named after a spaced dash in the text ("Reviewer - Bitter Harvest") is a name where
  it opens a sentence of the body.
- Waste handled or heaped ("rubbish piling up", "rubbish collections") is literal.
- "What a shambles!": the word heads an exclamative, the writer's outcry.
- "to its credit", "to their credit": the writer's comment, set off by commas or opening.
- "The lowlife was caught": a label noun opening its sentence as the subject names a person.
- Praise held at info ("indefatigable", "tireless", "heavenly"), raised by a predicate verdict
  or an epithet; "heavenly bodies" literal.
- "car-crash" before a performance noun (figurative); "can only be described as" is the
  writer's own characterisation, not a third party's.

Each kind with its look-alike. Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

PAIRS = [  # (warned, kept below warning, word)
    ("The two ministers admit the figures were wrong.",
     "Some councillors privately admit the scheme was rushed through.", "admit"),
    ("The plan is rubbish, and the minister knows it.",
     "The strike would lead to rubbish piling up in back alleys.", "rubbish"),
    ("What a shambles! Drivers queued for hours at the depot.",
     "She asked what a shambles would look like on paper.", "shambles"),
    ("The council has, to its credit, agreed to refund the fees.",
     "The bank moved the refund to its credit line on Monday.", "to its credit"),
    ("To their credit, the volunteers stayed until dawn.",
     "The mayor said that, to their credit, the volunteers stayed.", "to their credit"),
    ("The lowlife was caught after a shop worker called police.",
     "The word lowlife was shouted in court.", "lowlife"),
    ("She is indefatigable.", "Nobody on the board has heard of anything indefatigable.", "indefatigable"),
    ("The dessert was heavenly.", "The heavenly bodies were clear over the bay.", "heavenly"),
    ("There followed what can only be described as a car-crash exchange.",
     "Critics described it as a car-crash exchange.", "car-crash exchange"),
]
QUIET = [  # (sentence, word): no verdict of the writer's
    ("Many residents privately admit the old route was quicker.", "admit"),
    ("Rubbish collections will move to Thursdays from March.", "rubbish"),
    ("The car-crash victims were taken to hospital.", "car-crash"),
]


@pytest.mark.parametrize(("warned", "quiet", "word"), PAIRS)
def test_round104_verdict_warns_and_look_alike_does_not(lint, warned: str, quiet: str, word: str) -> None:
    assert severity_in_body(lint, warned, word) == "warning"
    assert severity_in_body(lint, quiet, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), QUIET)
def test_round104_no_verdict_is_not_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


def _severity_at(lint, text: str, line: int, word: str) -> str | None:
    lines = text.split("\n")
    found = [d.severity.value for d in lint(text, select=("loaded-language",))
             if d.line == line and lines[line - 1][d.column - 1 : d.end_column - 1] == word]
    return found[0] if found else None


def test_round104_a_work_named_after_a_dash_opens_a_sentence_as_a_name(lint) -> None:
    text = "Album review: Mara Quist - Bitter Harvest\n\nThe record is her fourth. Bitter Harvest is released on Friday.\n"
    assert _severity_at(lint, text, 3, "Bitter") is None


def test_round104_a_pair_named_nowhere_else_is_still_read(lint) -> None:
    """No dash or running text names the pair: the sentence's first word is still a candidate."""
    text = "Album review: Mara Quist's fourth record\n\nThe record is out. Bitter Harvest is released on Friday.\n"
    assert _severity_at(lint, text, 3, "Bitter") is not None
