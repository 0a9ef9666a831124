"""Unattributed claims, round 37: misses on a fresh writer's wire, market and tabloid copy,
fixed by general grammar.

- hearsay emerging in a clause opened by "after" or "when": "after reports surfaced that",
  "after rumours emerged that" (the emergence frame, which "when reports surfaced" already
  read, now also after a word that is both a preposition and a conjunction); "after reports
  from the mine" and "after a report by Reuters surfaced" stay silent;
- material going round with no one releasing it, as a reduced relative: "footage
  circulating online", "rumours swirling in the capital"; "the video circulating online"
  refers back, and "footage showing", "officials are circulating a draft", "water
  circulating in the pipes" are no emergence.

Every sentence is written for these tests. See docs/history/unattributed-claims.md, round 37.
"""

from __future__ import annotations

import pytest

from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings

WARNED = [
    ("Shares in the bakery fell on Monday after reports surfaced that its owner would sell.",
     "reports surfaced"),
    ("The mayor resigned after rumours emerged that he had sold his shares.", "rumours emerged"),
    ("Footage circulating online appeared to show the pier collapsing.", "Footage circulating"),
    ("A video circulating on social media shows the mayor dancing.", "A video circulating"),
    ("Rumours swirling in the capital suggest the minister will resign.", "Rumours swirling"),
]

SILENT = [
    "Shares fell after reports from the mine.",
    "Shares fell after a report by Reuters surfaced that the owner would sell.",
    "The miners emerged after reports from the tunnel.",
    "The video circulating online shows the mayor dancing.",
    "Footage showing the rescuers was broadcast on Monday.",
    "Officials are circulating a draft of the treaty.",
    "The water circulating in the pipes was cold.",
]


@pytest.mark.parametrize(("text", "cue"), WARNED)
def test_round37_warned(lint, text, cue):
    found = _warnings(lint, text)
    assert found, text
    assert any(cue in d.message for d in found), [d.message for d in found]


@pytest.mark.parametrize("text", SILENT)
def test_round37_silent(lint, text):
    assert not _claims(lint, text)
