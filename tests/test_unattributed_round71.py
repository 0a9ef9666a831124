"""Unattributed claims, round 71: an excerpt quoted after the paragraph that cites it.

On real copy nobody tuned on (ptc-dev, every warning judged by the guidelines), the largest
kind of false alarm was another outlet's report quoted in paragraphs of its own with no
quotation marks, after a paragraph that cites it and ends in a colon: a blog's citation line
(a quoted title, the author, the outlet, the date), or a report- or said-verb at the colon
("The Daily Ledger reports:", "The first version of the story read:", "Quoth ..."). The
excerpt's "sources say" are the cited outlet's. Where an excerpt ends cannot be told from
plain text, so a cue in it is a hint, not cleared.

Traps stay warned: a list's introduction ("The arrests include:"), a link's ("Read more
here:"), a citation whose words follow in quotation marks (they end where the marks do), a cue
past the excerpt's reach, a cue after a later paragraph that ends in a colon. Every sentence is
written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.document.document import Document
from lintnews.document.voices import EXCERPT_SENTENCES
from lintnews.readers import plain
from tests.family_lint import assert_hint, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


HEAD = "Harbour town counts the cost\n\nThe blaze was the third on the quay this year.\n\n"

EXCERPT_HINTS = [
    HEAD + "\u201cWarehouse fire leaves dozens homeless,\u201d by Ann Lee, The Harbour Courier, May 4, 2021:\n\n"
    "Sources say the alarm had been switched off for weeks.\n",
    HEAD + "\"Quay owner fined over fire doors,\" Coast Radio News, June 2:\n\n"
    "The owner had been warned twice. He is believed to have ignored both letters.\n",
    HEAD + "The Daily Ledger reports:\n\n"
    "The mayor reportedly signed the contract without a vote of the council.\n",
    HEAD + "The first version of the story read:\n\n"
    "Officials are thought to have known about the leak for months.\n",
    HEAD + "Quoth Harriet Vane, the paper's arts editor:\n\n"
    "Critics say the festival has lost its way since the move to the quay.\n",
    HEAD + "The Courier wrote on Monday:\n\n"
    "The council met in private on Friday.\n\n"
    "It is understood that the two firms discussed a merger at the meeting.\n",
]

EXCERPT_TRAPS = [
    # a list's introduction cites nobody
    HEAD + "The arrests include:\n\nTwo men are believed to have fled abroad after the fire.\n",
    # a link's introduction, "Read" first
    HEAD + "Read more here about the rebuilding scheme:\n\nSources say the scheme will cost millions.\n",
    # the cited words are in quotation marks, which end before the writer's sentence
    HEAD + "The harbourmaster said in her letter:\n\n\"We will rebuild the quay.\"\n\n"
    "The rebuilding is said to have been delayed by the insurers.\n",
    # a later paragraph ending in a colon (a list) ends the excerpt
    HEAD + "The Daily Ledger reports:\n\nThe council met on Friday.\n\nThe charges are:\n\n"
    "Two men are alleged to have set the fire for the insurance money.\n",
    # a colon in the middle of a paragraph of the writer's starts no excerpt
    HEAD + "The lesson is simple: check the alarms.\n\nSources say the alarm had been off for weeks.\n",
]


@pytest.mark.parametrize("text", EXCERPT_HINTS)
def test_cue_in_a_cited_excerpt_is_a_hint(lint, text: str) -> None:
    assert_hint(lint, text)


@pytest.mark.parametrize("text", EXCERPT_TRAPS)
def test_excerpt_trap_stays_warned(lint, text: str) -> None:
    assert warnings(lint, text), [d.message for d in claims(lint, text)]


def test_the_excerpt_has_a_reach(lint) -> None:
    """A cue more than :data:`EXCERPT_SENTENCES` sentences after the citation is the writer's
    again (a blog goes on in its own voice with no mark); one just inside it is a hint."""
    filler = "".join(f"The crane on berth {n} was moved on the day of the fire.\n\n" for n in range(EXCERPT_SENTENCES))
    cue = "Sources say the alarm had been switched off for weeks.\n"
    lead = HEAD + "The Daily Ledger reports:\n\n"
    assert warnings(lint, lead + filler + cue)
    assert_hint(lint, lead + filler[: filler.index("\n\n") + 2] + cue)


def test_the_excerpt_is_the_document_s_words_after_the_citation() -> None:
    """``Document.excerpt_at`` holds the paragraphs after the citation, not the citation or the
    writer's paragraphs before it; a list's introduction gives none."""
    text = HEAD + "The Daily Ledger reports:\n\nThe quay was closed on Friday.\n"
    doc = Document(plain.read(text))
    at = doc.text.index("The quay")
    assert doc.excerpt_at(at) is not None
    assert doc.excerpt_at(doc.text.index("The blaze")) is None
    assert doc.excerpt_at(doc.text.index("Ledger")) is None
    listed = Document(plain.read(HEAD + "The arrests include:\n\nTwo men from the town.\n"))
    assert listed.excerpts == ()
