"""Unattributed claims, round 37: misses on a fresh writer's wire, market and tabloid copy,
fixed by general grammar.

- hearsay emerging in a clause opened by "after" or "when": "after reports surfaced that",
  "after rumours emerged that" (the emergence frame, which "when reports surfaced" already
  read, now also after a word that is both a preposition and a conjunction); "after reports
  from the mine" and "after a report by Reuters surfaced" stay silent;
- material going round with no one releasing it, as a reduced relative: "footage
  circulating online", "rumours swirling in the capital"; "the video circulating online"
  refers back, and "footage showing", "officials are circulating a draft", "water
  circulating in the pipes" are no emergence;
- "leaders" as an unnamed source when its verb takes a content clause: "business leaders have
  warned that", "conservative leaders had warned they would"; leaders mostly act, so "leaders
  were hoping to", "warned their residents", "the leaders said", "both leaders said",
  "Labour leader Ana Ruiz said" and "world leaders agreed" stay silent;
- a passive's vague agent with its members named ("praised by critics, including the novelist
  Ana Ruiz") is identified; "praised by critics" still warns;
- material going round that speaks ("a message circulating on a chat app says ..."): the story
  relays its words as a claim (a fact check quotes it to test it), a hint.

Every sentence is written for these tests. See docs/history/unattributed-claims.md, round 37.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


WARNED = [
    ("Shares in the bakery fell on Monday after reports surfaced that its owner would sell.",
     "reports surfaced"),
    ("The mayor resigned after rumours emerged that he had sold his shares.", "rumours emerged"),
    ("Footage circulating online appeared to show the pier collapsing.", "Footage circulating"),
    ("A video circulating on social media shows the mayor dancing.", "A video circulating"),
    ("Rumours swirling in the capital suggest the minister will resign.", "Rumours swirling"),
    ("Business leaders have warned that the pier levy will cost jobs.", "Business leaders have warned"),
    ("Some conservative leaders had warned they would leave the church.", "conservative leaders had warned"),
    ("The school has been praised by critics.", "praised by critics"),
    ("The school has been praised by critics, notably for its library.", "praised by critics"),
]

SILENT = [
    "Shares fell after reports from the mine.",
    "Shares fell after a report by Reuters surfaced that the owner would sell.",
    "The miners emerged after reports from the tunnel.",
    "The video circulating online shows the mayor dancing.",
    "Footage showing the rescuers was broadcast on Monday.",
    "Officials are circulating a draft of the treaty.",
    "The water circulating in the pipes was cold.",
    "The leaders said the talks had gone well.",
    "Both leaders said the meeting had been useful.",
    "Labour leader Ana Ruiz said the plan was flawed.",
    "World leaders agreed to cut emissions.",
    "Leaders were hoping to firm up support before the vote.",
    "Other leaders in the region warned their residents of the storm.",
    "The school has been praised by critics, including the novelist Ana Ruiz.",
    "The school has been praised by industry observers, among them the banker Tom Bell.",
]

RELAYED = [
    "A message circulating on a chat app says the new cameras fine drivers at any speed.",
    "A letter circulating in the village claims the well is poisoned.",
]


@pytest.mark.parametrize(("text", "cue"), WARNED)
def test_round37_warned(lint, text, cue):
    found = _warnings(lint, text)
    assert found, text
    assert any(cue in d.message for d in found), [d.message for d in found]


@pytest.mark.parametrize("text", SILENT)
def test_round37_silent(lint, text):
    assert not _claims(lint, text)


@pytest.mark.parametrize("text", RELAYED)
def test_round37_relayed_material_is_a_hint(lint, text):
    assert not _warnings(lint, text)
    assert _claims(lint, text, Severity.INFO)
