"""Unattributed claims, round 125: a consensus adverb before "been" in a perfect passive
(issue 14, recall).

"The link between salt and migraine has long been suspected", "The pier has widely been
regarded as unsafe": the adverb of received opinion stands before "been", not before the
participle, so the participle after "been" is the one read (word class ``passive-consensus``)
and the "has" before the adverb is the passive's own, not an active perfect's ("Doctors have
long suspected that" keeps its subject as the source). Traps: a participle outside the class
("has long been owned by", "have long been interested in"), a fact or a name after "known"
("has long been known for its temper"), an event's place after "held" ("has traditionally been
held in May"), a counterfactual ("would have long been suspected"), an active perfect with its subject ("Doctors have long suspected that").

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The link between salt and migraine has long been suspected.", "long been suspected"),
    ("The ferry's engine fault had long been feared among the crews.", "long been feared"),
    ("Her role in the deal has widely been assumed, never shown.", "widely been assumed"),
])
def test_a_consensus_adverb_before_been_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The mill has long been owned by the Ward family.",
    "Local divers have long been interested in the reef.",
    "The landlord has long been known for his temper.",
    "The regatta has traditionally been held in May.",
    "Had the memo been filed, the fault would have long been suspected.",
])
def test_other_participles_after_been_are_silent(lint, sentence: str) -> None:
    assert not claims(lint, LEAD + sentence), [d.message for d in claims(lint, LEAD + sentence)]


def test_the_holder_named_as_subject_is_not_this_cue(lint) -> None:
    text = LEAD + "The ferry's owner has long suspected that the engine was faulty."
    assert not any("been" in d.message for d in warnings(lint, text)), [d.message for d in warnings(lint, text)]
