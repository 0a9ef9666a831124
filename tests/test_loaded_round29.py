"""Loaded language, round 29: an independent writer's tuning half (writer's-voice recall).

- A passive attack verb whose subject is a person, group or institution ("the minister was
  lambasted by doctors", the headline's "Health secretary lambasted over funding") is the
  writer's word for what was done to someone, as the active "lambasted the reporters" is.
- Verdicts of character the lexicon lacked ("sensible voters", "the ragtag fighters"), not
  measured, so they warn only with the writer's stance in sight.
- A figure of protest ("up in arms"), and a company's results as what puffery praises ("an
  impressive turnaround").

Each reading is paired with a look-alike that stays quiet (info or not reported). Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded import evidence as ev
from tests.family_lint import LOADED


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


def severity_of(lint, text: str, word: str) -> str | None:
    """The severity ``word`` is reported at, in a text of several lines (None: not reported)."""
    lines = text.split("\n")
    found = [d.severity.value for d in lint(text, select=LOADED)
             if lines[d.line - 1][d.column - 1 : d.end_column - 1].lower() == word.lower()]
    assert len(found) <= 1, found
    return found[0] if found else None


@pytest.mark.parametrize("text", [
    "Health Secretary Martin Crewe was lambasted by nurses on Monday.",
    "Health secretary lambasted over hospital funding\n\nThe row began on Monday.",
    "The ministers were lambasted for the delay.",
    "She was lambasted by the committee on Monday.",
])
def test_a_passive_attack_on_a_person_warns(lint, text):
    assert severity_of(lint, text, "lambasted") == "warning"


@pytest.mark.parametrize("text", [
    "The plan was lambasted by nurses on Monday.",  # a plan, not a person
    "The old pier was lambasted by the storm.",
    "The plan was lambasted in the debate.",  # its subject a plan (round 108: "The mayor lambasted the plan" narrates a named doer)
])
def test_a_passive_attack_on_a_thing_stays_a_hint(lint, text):
    assert severity_of(lint, text, "lambasted") == "info"


def test_attacked_person_needs_an_agent_or_an_auxiliary():
    text = "The minister lambasted officials on Monday."
    start = text.index("lambasted")
    end = start + len("lambasted")
    assert ev.attacked_person(text, start, end, 0, "lambasted") is None
    text = "The minister lambasted over funding"
    start = text.index("lambasted")
    assert ev.attacked_person(text, start, start + len("lambasted"), 0, "lambasted") is not None


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Sensible voters will hope the plan works.", "Sensible", "warning"),
    ("Wear sensible shoes on the coastal path.", "sensible", "info"),
    ("The ragtag fighters held the bridge for a week.", "ragtag", "warning"),
    ("A ragtag collection of boxes filled the hall.", "ragtag", "info"),
])
def test_verdicts_of_character_warn_only_with_the_writer_s_stance(lint, text, word, expected):
    assert severity_of(lint, text, word) == expected


def test_up_in_arms_is_a_figure(lint):
    assert severity_of(lint, "The unions are up in arms over the plan.", "up in arms") == "warning"
    assert severity_of(lint, "The unions are angry about the plan.", "up in arms") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("The chief executive oversaw an impressive turnaround at the firm.", "warning"),
    ("The firm posted impressive growth in its second quarter.", "info"),
])
def test_results_are_what_puffery_praises(lint, text, expected):
    assert severity_of(lint, text, "impressive") == expected
