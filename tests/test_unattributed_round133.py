"""Unattributed claims, round 133: a vague group made specific by a named member in the next
sentence (issue 14, precision).

Readings that left a named member unread:

1. A speaker described by a "whose" relative clause ("Gemma Lyons, whose shop faces the
   bridge, said") is described as one with a "who" clause is
   (:mod:`lintnews.builtin.attribution.illustrated`).
2. A passive's subject group picked up by a partitive and a name opening the next sentence
   ("Several fund managers are said to have ... One of them, Gordon Hale of X, which ...,
   said"): the name is the mention, the partitive its lead (round 118 read only the partitive
   as the mention, with the name right after it and its comma).
3. "Groups" (organisations) illustrated by a member with a role noun after an article in one
   named body of the groups' kind ("X, an organiser with the Warehouse Workers Alliance,"): a
   hint, as an officer of one was.

Traps: an office holder who answers the group ("Mayor Tom Hale said", "the council's highways
chief"), a speaker with no description, a next sentence that answers ("But ... said"), a
partitive that picks nobody named, a member of no named body. Round 130's bare plurals of
people ("Parents fear ...") stay warned with a described speaker next: read as participants,
they cost a blind set a true warning (see the history).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _vague(lint, text: str) -> list[str]:
    return [d.message for d in warnings(lint, text) if "names nobody" in d.message or "by whom" in d.message]


@pytest.mark.parametrize("text", [
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


def test_a_member_of_one_named_body_of_the_groups_kind_is_a_hint(lint) -> None:
    text = LEAD + ("Labour groups have raised concerns about job losses. Carla Roe, an organiser with the "
                   "Depot Workers Alliance, said the union wanted a say.")
    assert not _vague(lint, text)
    hints = [d for d in claims(lint, text, Severity.INFO) if "Labour groups" in d.message]
    assert hints, [d.message for d in claims(lint, text)]


@pytest.mark.parametrize(("text", "cue"), [
    ("Residents fear the junction is dangerous. Mayor Tom Hale said two cars had crashed.", "'Residents fear'"),
    ("Residents fear the junction is dangerous. Tom Hale, the council's highways chief, whose team "
     "inspected it, said two cars had crashed.", "'Residents fear'"),
    ("Residents fear the junction is dangerous. Tom Hale said two cars had crashed.", "'Residents fear'"),
    ("Residents fear the junction is dangerous. But Tom Hale, whose house faces it, said it was safe.",
     "'Residents fear'"),
    ("Parents fear the school will close. Ana Ruiz, a mother of two, said the building was sound.",
     "'Parents fear'"),
    ("Several fund managers are said to have pressed the board to find a partner. One of them has since "
     "sold its stake.", "'are said to'"),
    ("Labour groups have raised concerns about job losses. Carla Roe, an organiser, said the union "
     "wanted a say.", "'Labour groups have raised'"),
])
def test_the_group_stays_warned_without_a_member(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)
