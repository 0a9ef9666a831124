"""Unattributed claims, round 148: unnamed people as sources in press-release copy (issue 14, recall).

1. A verdict of a bare plural of people (word class reception-verdict: praise, criticise,
   deride, ...) in the present or the perfect, with its object and a for- or as-phrase
   ("Dermatologists have long praised the serum for fading spots", "Dentists criticise the
   drink as a danger"): the group's view, in round 130's strict frame.
2. The strict frame's subject read from a colon or a semicolon that opens a clause of its own
   ("It is a miracle: dermatologists have long praised ...", "The pool is cold; parents fear
   that ...").
3. A group's agreement ("fitness experts agree that ...") is no longer cleared by an expert
   named next whose words carry a reservation ("said it could help but should not replace a
   coach"): one qualified voice is no member of the claimed consensus.
4. A lone plural after "according to" that cites a particular happening (a finite past or a
   perfect in the sentence: "According to shoppers, the queue stretched past the post
   office") is the people who were there; round 23's trade's knowledge in the generic present
   ("According to beekeepers, the hive is believed to be ...") keeps its hint.

Traps: a verdict with no ground ("Parents praise the teachers"), a past verdict ("Parents
praised the staff for their calm": an account), a definite group ("The dermatologists have
long praised"), a trade's generic present ("According to gardeners, tomatoes need a warm
wall"), an expert named next who agrees with no reservation (cleared as before), a measure
("sorted according to age").

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Dermatologists have long praised the serum for fading dark spots.", "Dermatologists have long praised"),
    ("Dentists criticise the fizzy drink as a danger to children's teeth.", "Dentists criticise"),
    ("It is a small wonder: dermatologists have long praised the serum for fading dark spots.",
     "dermatologists have long praised"),
    ("The pool is cold; parents fear that the school will close.", "parents fear"),
    ("According to shoppers, the queue stretched past the post office on Saturday.", "According to shoppers"),
    ("The stall has shut for good, according to shopkeepers.", "according to shopkeepers"),
    ("The hearse arrived late, according to mourners.", "according to mourners"),
])
def test_the_cue_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_a_consensus_qualified_by_the_expert_named_next_is_warned(lint) -> None:
    text = (LEAD + "The band tracks sleep well, and sleep experts agree that tracking is the future of rest.\n\n"
            "Dr Ann Cole, a lecturer in sleep science, said the data could help but should not replace a doctor.")
    assert_warned(lint, text, "sleep experts agree")


def test_a_consensus_the_expert_named_next_shares_is_not_warned(lint) -> None:
    # the lecturer speaks as one of the experts with no reservation: the named member clears it
    text = (LEAD + "The band tracks sleep well, and sleep experts agree that tracking is the future of rest.\n\n"
            "Dr Ann Cole, a lecturer in sleep science, said the data could help many patients.")
    assert not any("sleep experts" in d.message for d in warnings(lint, text))


@pytest.mark.parametrize("sentence", [
    "Parents praise the teachers.",
    "Parents praised the staff for their calm.",
    "The dermatologists have long praised the serum for fading dark spots.",
    "According to gardeners, tomatoes need a warm wall.",
    "Pupils were sorted according to age and the list was printed.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


def test_a_trades_knowledge_keeps_its_hint(lint) -> None:
    # round 23: the generic present of a trade's knowledge is a described source
    assert_hint(lint, LEAD + "According to beekeepers, the hive is believed to be the oldest in the county.")
