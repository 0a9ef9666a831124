"""Loaded language, round 81: a loaded-rich writer's set (D84), the general kinds, in pairs (issue 16).

- *"nothing short of" as a predicate* ("the rise has been nothing short of remarkable"): the
  writer's exaggeration, a ``warning``; as a subject it states a condition ("Nothing short of a
  court order will stop the sale") and is not reported.
- *A verdict verb with a time adjunct before its clause* ("admitted earlier this week that"):
  the said-verb sense, a ``warning``; "admitted earlier patients to the ward" stays a hint.
- *Caused motion*: a combat verb that moves a thing to a place ("crews blasted foam onto the
  roof") is a physical act, not reported; a person or an act moved ("slammed the council into a
  corner") keeps the attack-verb sense.
- *A name the piece writes in running text*: the same two capitalised words after a headline's
  colon ("Album review: Hollow Coast - ...", the band "Hollow Coast" in the body) are a name.

Sentences written for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

PAIRS = [  # (sentence, word, severity)
    ("The bakery's growth has been nothing short of astonishing for a village shop.",
     "nothing short of astonishing", "warning"),
    ("For the island's pensioners, the ferry is nothing short of a lifeline.", "nothing short of a lifeline", "warning"),
    ("The water board admitted earlier this week that the new main would open a year late.", "admitted", "warning"),
    ("The clinic admitted earlier patients to the ward before the inspection.", "admitted", "info"),
    ("The minister slammed the council into a corner over the budget.", "slammed", "warning"),
]
QUIET = [  # (sentence, word): not warned
    ("Nothing short of a court order will stop the sale of the pier.", "nothing"),
    ("Crews blasted foam onto the roof of the depot from a ladder.", "blasted"),
    ("Engineers blasted sand across the hull to strip the old paint.", "blasted"),
]


@pytest.mark.parametrize(("sentence", "word", "severity"), PAIRS)
def test_round81_pairs(lint, sentence: str, word: str, severity: str) -> None:
    assert severity_in_body(lint, sentence, word) == severity


@pytest.mark.parametrize(("sentence", "word"), QUIET)
def test_round81_literal_and_conditional_uses_do_not_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


def _headline_hits(lint, body: str) -> list[str]:
    text = "Album review: Hollow Coast - Salt Lines\n\n" + body
    return [d.severity.value for d in lint(text, select=("loaded-language",)) if d.line == 1]


def test_round81_headline_name_written_in_running_text(lint) -> None:
    assert _headline_hits(lint, "The third record by the band Hollow Coast is out on Friday.\n") == []


def test_round81_headline_word_with_no_name_in_the_body_still_warns(lint) -> None:
    assert _headline_hits(lint, "The third record by the band is out on Friday.\n") == ["warning"]
