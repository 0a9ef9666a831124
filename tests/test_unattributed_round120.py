"""Unattributed claims, round 120: the house styles of other Englishes' news copy (issue 14).

Constructions read as vague sourcing, with word classes as data:

- the people of a trade speaking for their market, and the long-standing people of a place
  (`source-nouns`: exporter, importer, manufacturer, agent, old-timer): "Exporters say",
  "Estate agents expect", "Old-timers insist";
- a claim let out indirectly (`source-verbs`: hint): "A few exporters hint at closing";
- discontent heard going round, in the existential frame with its clause (`murmured-hearsay`):
  "there are murmurs that", "there has been grumbling that";
- a perception placed among people or "on the ground", and a story among a group, with the
  claim it holds ("the perception on the ground is that", "the story among stallholders is
  that");
- people, or a partitive of them, sure of a claim ("Many of them are convinced", "Local people
  are convinced that").

Traps: an owner or agent who is named or is somebody's ("her agent said"), a plot ("the story in
the film is that"), grumbling with no clause, "convinced of nothing".

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("Rice importers say the harbour dues have doubled since spring.", "importers"),
    ("Estate agents expect prices in the harbour district to fall.", "agents"),
    ("Old-timers insist that the well has never run dry.", "old-timers"),
    ("A few exporters hint at moving their orders to the coast.", "exporters"),
    ("There are murmurs that the ferry fares were agreed in advance.", "murmurs that"),
    ("There has been grumbling that stallholders are being priced out.", "grumbling"),
    ("The perception on the ground is that the small bakeries are closing.", "perception on the ground"),
    ("The story among stallholders is that two markets will shut next year.", "story among stallholders"),
    ("Many of them are convinced the deposits were moved abroad.", "convinced"),
    ("Local people are convinced that the old weir would have held.", "convinced"),
])
def test_vague_sourcing_is_warned(lint, text: str, cue: str) -> None:
    found = warnings(lint, LEAD + text)
    assert any(cue in d.message for d in found), [d.message for d in claims(lint, LEAD + text)]


@pytest.mark.parametrize("text", [
    # an owner or an agent who is somebody's, or is named
    "Her agent said the singer would not comment on the tour.",
    "Ana Ruiz, the owner of the bakery, said sales were up.",
    # owners are left out (round 120): a debate about a question is no claim
    "One question that pet owners argue about is whether cats sleep more than dogs.",
    # a plot, not talk going round
    "The story in the film is that a boy loses his dog.",
    # grumbling with no clause
    "There was grumbling in the stands.",
    "The grumbling stopped when the band started.",
    # sure of nothing, or a partitive that only travels
    "People are convinced of nothing.",
    "Many of them travelled from the north coast.",
])
def test_look_alikes_are_left(lint, text: str) -> None:
    assert not warnings(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]
