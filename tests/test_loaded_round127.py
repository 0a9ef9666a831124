"""Loaded language, round 127: two readings of English the judge took for a verdict (issue 16).

- An adjective of hazard predicated under a modal of possibility ("Such delays can be
  dangerous", "The berries may be poisonous"), or after the hedge "potentially": a statement of
  possible risk, held at ``info``.
- "claims" after existential "there" + "be" ("There are also claims that ..."): the noun, with
  no speaker for a verdict to fall on; held at ``info`` (the unattributed family's ground).

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


def _severity(lint, text: str, word: str) -> str | None:
    """The severity of the loaded-language report on ``word`` in one-line ``text``."""
    found = [d.severity.value for d in lint(text, select=LOADED)
             if text[d.column - 1 : d.end_column - 1].lower() == word.lower()]
    return found[0] if found else None


@pytest.mark.parametrize(("text", "word"), [
    ("Patients often wait for weeks before seeing a doctor. Such waits can be dangerous.", "dangerous"),
    ("The seeds of the shrub may be poisonous to cats.", "poisonous"),
    ("Fumes from the old boiler could prove harmful.", "harmful"),
    ("Cleaning fluids can sometimes be extremely toxic if mixed.", "toxic"),
    ("The loose cladding is potentially dangerous.", "dangerous"),
])
def test_round127_stated_risk_is_a_hint(lint, text: str, word: str) -> None:
    assert _severity(lint, text, word) == "info"


@pytest.mark.parametrize(("text", "word"), [
    ("The new housing plan is dangerous.", "dangerous"),
    ("He is a dangerous ideologue who wrecked the party.", "dangerous"),
    ("Voters can be fickle, and the rhetoric was poisonous.", "poisonous"),
])
def test_round127_asserted_hazard_still_warns(lint, text: str, word: str) -> None:
    assert _severity(lint, text, word) == "warning"


@pytest.mark.parametrize("text", [
    "There are also claims that several stalls traded without licences.",
    "There were still claims that the pier was sold cheaply.",
])
def test_round127_existential_claims_is_a_hint(lint, text: str) -> None:
    assert _severity(lint, text, "claims") == "info"


@pytest.mark.parametrize("text", [
    "The mayor claims that the stalls are unsafe.",
    "There, the mayor claims, the stalls were sold cheaply.",
])
def test_round127_a_speakers_claims_still_warns(lint, text: str) -> None:
    assert _severity(lint, text, "claims") == "warning"
