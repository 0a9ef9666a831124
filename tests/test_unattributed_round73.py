"""Unattributed claims, round 73: a doubt adverb of the writer's own inference or irony.

GUIDELINES.md counts "apparently" only when it reports hearsay, not appearance, and a doubt
adverb only when it stands in for a source. The grammar marks a few uses as the writer's own:
evidence or perception in the sentence or the one before ("the photos show"), a colon giving a
state that persists ("they were still on the table"), a reading of words the text gives
("Apparently, he was referring to ..."), a present state of not knowing, the writer's first
person, and "supposedly" on a label (a quality adjective before its noun, or what someone
professes with its object moved out). Each is a hint (``info``); its look-alike with no such
mark stays a warning. "Seemingly" is not a doubt adverb under the guidelines and is never a
cue. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# (hint, trap): the same adverb and shape; the trap lacks the mark of the writer's own inference
PAIRS = [
    # a reading of words the text gives
    ("In a note to a colleague, the agent wrote about a safety net. Apparently, he was referring to the loan.",
     "The agent met a colleague at the bank. Apparently, he was referring the loan to a rival."),
    # a present state of not knowing, against a past one (an event someone told)
    ("Apparently, the columnist who wrote this piece knows nothing of the harbour's history.",
     "Apparently, the harbour master did not know about the leak until May."),
    # the writer's first person, against a first person who was told
    ("By the time I arrived in the port, the old disputes were apparently considered closed.",
     "I was told the old disputes were apparently considered closed."),
    # evidence in the same sentence
    ("Apparently the lock had been forced, the photos of the frame show.",
     "Apparently the lock had been forced before the guards arrived."),
    # evidence in the sentence before
    ("The scratches on the frame suggest a crowbar. Apparently the lock had been forced.",
     "The guards arrived at midnight. Apparently the lock had been forced."),
    # a colon and a state that persists
    ("He apparently left his keys behind: they were still on the kitchen table.",
     "He apparently left his keys behind when he fled to the coast."),
    # "supposedly" on a quality label before its noun, against a participle and a predicate
    ("The supposedly independent panel met on Tuesday.",
     "Owners of the supposedly haunted mill want to sell it."),
    ("The supposedly independent panel met on Tuesday.",
     "The panel is supposedly independent of the ministry."),
    # what someone professes, its object moved out, against a clause after the verb
    ("The ruling betrays everything these judges supposedly believe as lawyers.",
     "The judge supposedly believes that the money was his."),
]


@pytest.mark.parametrize(("hint", "trap"), PAIRS)
def test_the_writers_own_inference_is_a_hint(lint, hint: str, trap: str) -> None:
    assert_hint(lint, LEAD + hint)
    assert warnings(lint, LEAD + trap), [d.message for d in claims(lint, LEAD + trap)]


# appearance and replies: not cues at all
APPEARANCE = [
    "An apparently empty room greeted the inspectors.",
    "The driver was apparently unharmed.",
    "Did the council vote on it? Apparently not.",
    "Was the ferry late again? Apparently so.",
    "The seemingly calm sea turned overnight.",
    "The driver seemingly lost control on the bend.",
]


@pytest.mark.parametrize("text", APPEARANCE)
def test_appearance_and_seemingly_are_not_cues(lint, text: str) -> None:
    assert not claims(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]


def test_the_note_says_why(lint) -> None:
    text = LEAD + "The supposedly independent panel met on Tuesday."
    (found,) = claims(lint, text)
    assert "label" in found.message


# hearsay with no mark of inference stays a warning, whatever the adverb
HEARSAY = [
    "Apparently, the captain had been drinking before the crossing.",
    "The firm supposedly moved the money offshore in March.",
    "Apparently the mayor told friends that she would quit, and I think she will.",
]


@pytest.mark.parametrize("text", HEARSAY)
def test_hearsay_stays_warned(lint, text: str) -> None:
    assert warnings(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]


# the brief's hearsay examples the pack's "apparently" shapes do not reach (a bare past tense,
# a passive of a deed before a time): a recall gap left open, a widening measured no gain
GAPS = [
    "He was apparently arrested last week.",
    "The deal apparently collapsed over pay.",
]


@pytest.mark.xfail(strict=True, reason="'apparently' before a bare past tense is not matched (round 73: "
                   "widening it gained nothing on news-check or the blind sets)")
@pytest.mark.parametrize("text", GAPS)
def test_unmatched_hearsay_shapes(lint, text: str) -> None:
    assert warnings(lint, LEAD + text)
