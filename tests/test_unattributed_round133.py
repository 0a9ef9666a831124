"""Unattributed claims, round 133: a vague group made specific by a named member in the next
sentence (issue 14, precision).

Three readings that left a named member unread:

1. Round 130's bare plural of people voicing a view ("Parents fear ...", "Insurers fear ...")
   had no kind for :mod:`lintnews.builtin.attribution.illustrated` (its head is no source
   noun), so a described speaker next ("Ana Ruiz, a mother of two, said ...") did not clear
   it: such a group is read as people who live, work or take part, as "residents" are.
2. A speaker described by a "whose" relative clause ("Gemma Lyons, whose shop faces the
   bridge, said") is described as one with a "who" clause is.
3. A passive's subject group picked up by a partitive and a name opening the next sentence
   ("Several fund managers are said to have ... One of them, Gordon Hale of X, said"): the
   name is the mention, the partitive its lead (round 118 read the partitive as the mention).

Traps: an office holder who answers the group ("Mayor Tom Hale said", "the council's highways chief"), a
speaker with no description, a next sentence that answers ("But ... said"), a partitive
that picks nobody named.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _vague(lint, text: str) -> list[str]:
    return [d.message for d in warnings(lint, text) if "names nobody" in d.message or "by whom" in d.message]


@pytest.mark.parametrize("text", [
    "Parents fear the school will close. Ana Ruiz, a mother of two, said the building was sound.",
    "Parents fear the school will close. Ana Ruiz, whose son is in year four, said the roof was sound.",
    "Pet owners believe the park is unsafe after dark. Tom Hale, 58, said he no longer walks his dog there.",
    "Traders on the high street fear they will lose trade. Florist Gemma Lyons, whose shop is near the "
    "bridge, said the winter was hard enough already.",
    "Residents fear the junction is dangerous. Tom Hale, whose house faces it, said two cars had crashed.",
    "Several fund managers are said to have pressed the board to find a partner. One of them, Gordon Hale "
    "of Harbour Capital, which holds 3 percent of the bank, said a deal made sense.",
    "Several fund managers are said to have pressed the board to find a partner. Among them, Gordon Hale "
    "of Harbour Capital said a deal made sense.",
])
def test_a_named_member_next_clears_the_group(lint, text: str) -> None:
    assert not _vague(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]


@pytest.mark.parametrize(("text", "cue"), [
    ("Parents fear the school will close. Mayor Tom Hale said the building was sound.", "'Parents fear'"),
    ("Residents fear the junction is dangerous. Tom Hale, the council's highways chief, whose team "
     "inspected it, said two cars had crashed.", "'Residents fear'"),
    ("Parents fear the school will close. Ana Ruiz said the building was sound.", "'Parents fear'"),
    ("Parents fear the school will close. But Ana Ruiz, a mother of two, said the building was sound.",
     "'Parents fear'"),
    ("Insurers fear the storms will push premiums up. The minister, Ana Ruiz, said rates were stable.",
     "'Insurers fear'"),
    ("Several fund managers are said to have pressed the board to find a partner. One of them has since "
     "sold its stake.", "'are said to'"),
])
def test_the_group_stays_warned_without_a_member(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)

