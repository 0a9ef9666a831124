"""Unattributed claims, round 169: business, politics and courts copy (issue 14).

Built, each a construction of English with its traps:

1. Officials placed in one office who speak "privately" or "in private" (attribution/decision.py
   ``OFF_RECORD_IN``): the office no longer lowers the warning ("Local officials privately fear
   that"), and a member named next who speaks on the record does not clear the group.
2. A body's capitalised name with a title and a name after it (sources/unnamed.py
   ``_titled_member_of_name``): "Friends of the Marsh chairman Tom Reilly said" is the named
   chairman of a named body; "Friends of the Prince say" stays vague.
3. Hearsay "apparently" after a live page's time stamp ("**14:30** Apparently the plan ...") and
   in the perfect passive of a deed with its agent ("has apparently been approached by");
   "operative" as a source noun ("Campaign operatives privately admit that").

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned, claims


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The bakery chain posted a loss. Local officials privately fear that the high street will empty.",
     "Local officials privately fear"),
    ("The port reopened on Monday. Harbour officials privately concede that the dredging is months late.",
     "Harbour officials privately concede"),
])
def test_officials_of_an_office_speaking_privately_warn(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_officials_of_an_office_on_the_record_are_a_hint(lint) -> None:
    # the trap: the same officials without "privately" keep the office's hint
    assert_hint(lint, LEAD + "The port reopened on Monday. Harbour officials said the dredging was months late.")


def test_a_titled_member_of_a_named_body(lint) -> None:
    assert_silent(lint, LEAD + "Walkers objected to the plan. Friends of the Marsh chairman Tom Reilly said "
                               "the scheme would drain the wetland.")


def test_friends_of_a_person_stay_vague(lint) -> None:
    assert_warned(lint, LEAD + "Friends of the Prince say he is upset about the book.", "Friends of the Prince say")


@pytest.mark.parametrize("sentence", [
    "**14:30** Apparently the village flood plan has not been updated since 2016.",
    "14:30 Apparently the village flood plan has not been updated since 2016.",
    "Ms Hale has apparently been approached by a residents' group about standing.",
    "The keeper had apparently been warned by the club before the match.",
])
def test_hearsay_apparently(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "pparently")


@pytest.mark.parametrize("sentence", [
    "The striker has apparently been pleased with his form.",
    "At 14:30 the river was apparently calm.",
])
def test_apparently_of_a_look_or_state(lint, sentence: str) -> None:
    assert not [d for d in claims(lint, LEAD + sentence) if "pparently" in d.message and d.severity.value == "warning"]


def test_campaign_operatives_are_a_source(lint) -> None:
    assert_warned(lint, LEAD + "Campaign operatives privately admit the tactics are distasteful.",
                  "Campaign operatives privately admit")


def test_the_operative_word_is_no_source(lint) -> None:
    assert not claims(lint, LEAD + "The operative word in the ruling is may.")


def test_a_private_group_is_not_its_named_member(lint) -> None:
    text = LEAD + ("The row has angered Paris, where officials privately accuse The Hague of stalling.\n\n"
                   "French President Camille Rousseau said on her way out that Europe could not wait.")
    assert_warned(lint, text, "officials privately accuse")


def test_a_group_on_the_record_is_its_named_member(lint) -> None:
    # the trap: without "privately", the titled speaker next is one of the officials
    text = LEAD + ("The row has angered Paris, where officials accuse The Hague of stalling.\n\n"
                   "French President Camille Rousseau said on her way out that Europe could not wait.")
    assert_silent(lint, text)
