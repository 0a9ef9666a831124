"""Loaded language, round 131: verbs of impact in the writer's voice (issue 16).

Rule ``loaded-language/impact`` ("rock", "expose", "hammer", "torpedo", "gut"; the last three
moved from the attack verbs, where they were held at ``info``): the literal senses are the
common ones, so the judge keeps a candidate only where ``evidence/impact.py`` finds the
figure, and then warns: an act, a report or a state as the subject or the passive's agent (a
WordNet class, not an event: "the tragedy rocked the nation" is left alone), a person working
on an act ("the senator torpedoed the deal"), or a body as a passive's subject with no agent
("Chipmakers were hammered."). "Expose" warns only where another candidate judges its object
("exposed the spineless position"); otherwise a hint ("the breach exposed the data").
Traps: a physical force or a weather noun as subject or agent, a thing as object, "exposed
to", a reflexive, the bare form as a noun, a feeling ("Fans were gutted.").

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
    ("The murky deal has rocked a coalition that holds a slim majority.", "rocked"),
    ("A scandal that rocked the club has cost the chairman his seat.", "rocked"),
    ("The league was rocked by allegations of match fixing.", "rocked"),
    ("The vote exposed the spineless stance of the smaller parties.", "exposed"),
    ("The senator torpedoed the deal on Friday.", "torpedoed"),
    ("The ruling guts the law that protected tenants.", "guts"),
    ("Retailers and carmakers were hammered.", "hammered"),
])
def test_round131_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("An earthquake rocked the town on Monday.", "rocked"),
    ("Two explosions rocked the port overnight.", "rocked"),
    ("The town was rocked by an explosion.", "rocked"),
    ("She rocked the cradle until the baby slept.", "rocked"),
    ("Indie rock band Lumen topped the bill.", "rock"),
    ("Skin exposed to the sun burns quickly.", "exposed"),
    ("He exposed himself to a passer-by, police said.", "exposed"),
    ("The storm hammered the coast for two days.", "hammered"),
    ("The workers hammered nails into the frame.", "hammered"),
    ("Fire gutted the building in the night.", "gutted"),
    ("Fans were gutted.", "gutted"),
    ("The flooding tragedy rocked the valley.", "rocked"),
])
def test_round131_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)
    assert severity_in_body(lint, sentence, word) is None


@pytest.mark.parametrize(("sentence", "word"), [
    ("The breach exposed the data of two million customers.", "exposed"),
    ("The report exposed failings on the ward.", "exposed"),
])
def test_round131_uncovering_held(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "info"


def test_round131_quoted(lint) -> None:
    sentence = 'The coach said: "The scandal rocked the club."'
    assert severity_in_body(lint, sentence, "rocked") is None
