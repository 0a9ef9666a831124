"""Loaded language, round 114: two misreadings of the voice judge (issue 16).

- A tag's last word after a determiner or "of" is a noun, no finite speech verb: in
  "..., the new brace offers a glimmer of hope" the main clause of the writer is no tag
  ("hope" is a speech verb of the class only as a verb), so a loaded word before it stays in
  the writer's voice. Tags keep attributing: "..., the minister said", "..., said a
  spokesman".
- Nothing said reports no clause: "saying almost nothing", "said very little", "said not a
  word" hold no one's words, so a loaded word after them is the writer's. "saying the meal
  was magnificent" still reports.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    "For riders who lost a season to this cruel injury, the new brace offers a glimmer of hope.",
    "For parents who watched this cruel illness spread, the trial brings a ray of hope.",
])
def test_round114_noun_after_of_is_no_tag(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "cruel") == "warning"


@pytest.mark.parametrize("sentence", [
    "The new levy is a cruel burden on the poorest households, the minister said.",
    "The new levy is a cruel burden on the poorest households, said a spokesman for the council.",
    "The new levy is a cruel burden on the poorest households, campaigners say.",
])
def test_round114_tags_still_attribute(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "cruel") != "warning"


@pytest.mark.parametrize("sentence", [
    "Ana Ruiz, as the miller, sits at the table, saying almost nothing and letting her magnificent voice carry the scene.",
    "Tom Hale stood by the door, saying very little and letting his magnificent voice fill the hall.",
])
def test_round114_nothing_said_reports_no_clause(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "magnificent") == "warning"


def test_round114_saying_a_clause_still_reports(lint) -> None:
    sentence = "Ana Ruiz sat at the table, saying the meal was magnificent."
    assert severity_in_body(lint, sentence, "magnificent") != "warning"
