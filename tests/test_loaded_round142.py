"""Loaded language, round 142: "boasts" as the verb of possession in the writer's voice
(issue 16: recall on puffery in copy rewritten from press releases).

The present "boasts" with a noun phrase after it (a determiner, a number, an adjective, "what",
or "of" and one) lends the owner the pride of a promotion: "The hotel boasts the finest sea
views", "Ledgerly boasts more than 40,000 customers", "a service that boasts of world-leading
care". The speech judge read it as "may not report speech" and held it at ``info``; it now
warns. Traps: the noun ("His boasts of wealth"), the past of a person's speech ("boasted openly
of his travels"), speech ("boasts about"), a ranking whose source the sentence names
("according to police figures"), the words of a quoted or tagged speaker, a capitalised title.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    "The Gullhaven Inn sits on the cliff and boasts the finest harbour views in the county.",
    "Brightledger boasts more than 12,000 small-business customers across Wales.",
    "It is a clinic that boasts of world-class aftercare for every patient.",
    "Each cabin boasts a wood-fired hot tub and a private jetty.",
    "The new stadium boasts 40,000 seats and a retractable roof.",
])
def test_round142_possession_boast_warned(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "boasts") == "warning"


@pytest.mark.parametrize("sentence", [
    "His boasts of hidden wealth were never tested in court.",
    "The town boasts the lowest burglary rate in the county, according to police figures.",
    "The landlord boasts about the rents he charges.",
    "The Gullhaven Inn boasts the finest harbour views in the county, the owner said.",
    "Maria Lund, the chief executive, said the inn boasts the finest harbour views in the county.",
])
def test_round142_possession_boast_traps(lint, sentence: str) -> None:
    assert_loaded_trap(lint, sentence, "boasts")


def test_round142_quoted_boast_is_the_speakers(lint) -> None:
    sentence = '"Our inn boasts the finest harbour views in the county," said Maria Lund, its chief executive.'
    assert severity_in_body(lint, sentence, "boasts") != "warning"


def test_round142_past_of_speech_left_as_before(lint) -> None:
    # the past "boasted" + "of" stays with the speech judge (a person's speech, held at info)
    assert severity_in_body(lint, "The bishop had boasted openly of his travels abroad.", "boasted") != "warning"
