"""Unattributed claims, round 76: a named speaker quoted in the next sentence would make the claim
a hint (issue 14). Built (``attribution/quoted_next.py``, commit 008afce) and taken out: no check
moved (docs/history/unattributed-claims.md, "Round 76"). The hints are strict xfails; the traps,
which main warns today, stay plain tests.

The tag of a quotation attributes the speaker's own words, not necessarily the claim before it,
so it does not clear the cue; but the reader most often meets the claim's source there, and
whether it is that speaker is a doubtful case: a hint that names the speaker. Each pair is a
hint and its twin that stays a warning (no named speaker, a vague one, another paragraph, a
vague-source cue). Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


CLAIM = "The painting is believed to be a forgery. "
WORDS = "I have never seen a worse one in forty years"

# (hint, trap)
PAIRS = [
    # the tag after the quotation, inverted, with the name apposed to a role
    (CLAIM + f'"{WORDS}," said the curator, Jane Roe.',
     CLAIM + f'"{WORDS}," said one visitor.'),
    # the tag after it, subject first, with its hearer
    ("The painting is allegedly a forgery. " + f'"{WORDS}," Roe told the Gazette.',
     "The painting is allegedly a forgery. " + f'"{WORDS}," she told the Gazette.'),
    # the tag before it, with a colon
    (CLAIM + f'Jane Roe, the curator, said: "{WORDS}."',
     CLAIM + f'One resident said: "{WORDS}."'),
    # the tag before it, with a comma
    (CLAIM + f'Jane Roe said, "{WORDS}."',
     CLAIM + f'Jane Roe said she had "{WORDS}" seen nothing like it.'),
    # the same paragraph only
    (CLAIM + f'"{WORDS}," said Jane Roe.',
     CLAIM + f'\n\n"{WORDS}," said Jane Roe.'),
]

NOTE = "The next sentence quotes"


TAKEN_OUT = pytest.mark.xfail(strict=True, reason="round 76: taken out, no check gained (B73, news-check unchanged)")


@TAKEN_OUT
@pytest.mark.parametrize(("hint", "trap"), PAIRS)
def test_a_named_speaker_quoted_next_makes_the_claim_a_hint(lint, hint: str, trap: str) -> None:
    assert_hint(lint, LEAD + hint)
    assert any(NOTE in d.message for d in claims(lint, LEAD + hint)), [d.message for d in claims(lint, LEAD + hint)]


@pytest.mark.parametrize(("hint", "trap"), PAIRS)
def test_without_a_named_speaker_quoted_next_it_stays_a_warning(lint, hint: str, trap: str) -> None:
    assert warnings(lint, LEAD + trap), [d.message for d in claims(lint, LEAD + trap)]


@TAKEN_OUT
def test_the_note_names_the_speaker(lint) -> None:
    (found,) = claims(lint, LEAD + CLAIM + f'"{WORDS}," said the curator, Jane Roe.')
    assert "quotes Jane Roe: if they are the source" in found.message


def test_a_vague_group_is_not_made_specific_by_a_named_speaker(lint) -> None:
    # round 68: a different, named person speaking next does not name the critics
    text = LEAD + f'Critics say the painting is a forgery. "{WORDS}," said the curator, Jane Roe.'
    assert warnings(lint, text), [d.message for d in claims(lint, text)]


def test_a_consensus_stays_a_warning(lint) -> None:
    text = LEAD + f'It is widely accepted that the painting is a forgery. "{WORDS}," said Jane Roe.'
    assert warnings(lint, text), [d.message for d in claims(lint, text)]
