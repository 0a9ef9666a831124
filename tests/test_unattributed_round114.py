"""Unattributed claims, round 114: a named poll with its sample, and a party that only denies
(issue 14).

1. A poll or survey named by its maker or its title, with a definite article and a short
   postmodifier before its finding verb ("The Harbour Poll of 2,000 voters found ...", "the
   Ledger Wire survey of 40 firms, published on Monday, showed ..."): the sample's figure may
   hold a thousands comma, and the publication may be set off by commas. The document is the
   named source of what it found, as "The Harbour Poll found" and "a Reuters poll of 14
   analysts showed" already were. Traps: an unnamed poll ("The poll of 2,000 voters found": a
   hint), a comma that opens another clause, a vague source before the poll.
2. The next sentence's speaker who answers for its own act with a negation ("The company said
   it had never ...", "Jane Roe said she did not ...") does not source the claim before it, as
   "denied" does not. Traps: a crew reporting on a third party ("Police said he had not ..."),
   the weather's "it" ("said it was not clear"), a passive ("he had not been seen"), a
   confirming source.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "The Greenfield Poll of 2,000 voters found the mayor is widely seen as vulnerable.",
    "The Greenfield Poll of 2,000 voters, published on Monday, found the mayor is widely seen as "
    "vulnerable.",
    "The Harlow Institute survey of 1,200 nurses showed most are believed to work unpaid overtime.",
])
def test_a_named_poll_with_its_sample_sources_its_finding(lint, text: str) -> None:
    assert not claims(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]


def test_an_unnamed_poll_with_its_sample_stays_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "The poll of 2,000 voters found the mayor is widely seen as vulnerable.")


@pytest.mark.parametrize("text", [
    # the poll's clause comes after the claim, in a contrast
    "The mayor is widely seen as vulnerable, although the Greenfield Poll of 2,000 voters found "
    "support steady.",
    # a comma that opens another clause, not the poll's publication
    "The Greenfield Poll of 2,000 voters, which critics dismiss, found the mayor is widely seen as "
    "vulnerable.",
])
def test_poll_traps_stay_warned(lint, text: str) -> None:
    assert_warned(lint, LEAD + text, "widely seen as")


@pytest.mark.parametrize("text", [
    "The factory is said to have dumped waste in the river. The company said it had never dumped "
    "anything.",
    "The minister reportedly met the lobbyists in private. Jane Roe said she did not meet them.",
    "The minister reportedly met the lobbyists in private. Jane Roe said she has never met them.",
])
def test_a_party_denying_its_own_act_sources_nothing(lint, text: str) -> None:
    assert warnings(lint, LEAD + text), text


@pytest.mark.parametrize("text", [
    # a crew reports on a third party
    "The suspect is believed to have fled the country. Police said he had not used his passport.",
    # a passive: a fact about someone else
    "The suspect is believed to have fled the country. Jane Roe said he had not been seen since "
    "Tuesday.",
    # the weather's "it"
    "The storm is expected to reach the coast on Friday. The Met Office said it was not clear "
    "where it would land.",
    # a confirming source, and an answer with no negation
    "The factory is said to have dumped waste in the river. The environment agency said its tests "
    "confirmed the dumping.",
    "The plant is believed to have closed. The company said it had closed the plant in May.",
    # what the speaker perceived, negated: an account that vouches, no denial (review 113)
    "The blaze is said to be the worst in the county for decades. Fire chief Tom Hale said he "
    "had never seen such damage.",
    "The drought is thought to be the longest on record. Farmer Ann Webb said she has not known "
    "a summer like it.",
])
def test_denial_traps_stay_cleared(lint, text: str) -> None:
    assert not warnings(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]
