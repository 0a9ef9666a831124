"""Unattributed claims, round 109: clearing by the right speaker, and the writer's hearsay
(D109-D112, issue 14).

1. A critic named next as the head of a named body, by a noun of office ("Jo Bell, leader of
   the Independent group, said"), as "who leads the Independent group" already was: clears
   "Critics say". A council's leader answers them and stays warned.
2. Researchers counted by a quantifier ("Some researchers argue") with the study named next
   whose makers are placed at a named body, or dated by its year ("A 2022 review by economists
   at Halden University found"): a hint, as for "Researchers argue". Makers at no named body
   stay warned.
3. "We are told" with an aside of repetition before its that-clause ("We are told, year after
   year, that"), and a content clause whose subject holds a relative clause ("We are told the
   levy that starts in July will pay for"): warned. "I am told, by the mayor's office, that"
   names the teller; "we understand the need that drives them" is an object.
4. Hearsay "apparently" in the perfect progressive ("have apparently been waiting months"),
   and in a deed's passive with a short adjunct before its source ("was apparently copied
   almost word for word from"): warned. "has apparently been tired" is a state.

Each with its trap. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def test_a_critic_named_as_leader_of_a_named_body_clears(lint) -> None:
    text = LEAD + ("Critics say the money would be better spent on the ferry. Councillor Jo Bell, "
                   "leader of the Independent group, told the meeting the ferry came first.")
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


def test_a_council_leader_answers_the_critics(lint) -> None:
    text = LEAD + ("Critics say the money would be better spent on the ferry. Jo Bell, leader of the "
                   "Council, said the pier came first.")
    assert_warned(lint, text, "Critics")


def test_counted_researchers_with_a_study_named_next_are_a_hint(lint) -> None:
    text = LEAD + ("Some researchers argue the decline began long before the ferry closed. A 2019 review "
                   "by economists at Halden University found trade fell fastest in the winter months.")
    assert_hint(lint, text)


def test_a_study_by_makers_at_no_named_body_does_not_help(lint) -> None:
    text = LEAD + ("Some researchers argue the decline began long before the ferry closed. A review by "
                   "economists at several universities found trade fell fastest in the winter months.")
    assert_warned(lint, text, "researchers")


@pytest.mark.parametrize("text", [
    "We are told, year after year, that the ferry timetable is the problem.",
    "The council has passed the buck. We are told the levy that starts next July will pay for the roads.",
])
def test_the_writers_unnamed_informant_is_warned(lint, text: str) -> None:
    assert_warned(lint, LEAD + text, "told")


@pytest.mark.parametrize("text", [
    "I am told, by the mayor's office, that the ferry will be sold.",
    "We were told, twice, to leave the building.",
    "We understand the need that drives them.",
])
def test_a_named_teller_an_order_or_an_object_is_not_hearsay(lint, text: str) -> None:
    assert not warnings(lint, LEAD + text), [d.message for d in claims(lint, LEAD + text)]


@pytest.mark.parametrize("text", [
    "Some tenants have apparently been waiting months for repairs.",
    "The reading list was apparently copied almost word for word from a campaign leaflet.",
])
def test_hearsay_apparently_is_warned(lint, text: str) -> None:
    assert_warned(lint, LEAD + text, "apparently")


@pytest.mark.parametrize("text", [
    "The mayor has apparently been tired all week.",
    "Some tenants have apparently been waiting months for repairs, the housing trust said.",
])
def test_a_state_or_a_named_source_is_not_warned(lint, text: str) -> None:
    found = [d for d in warnings(lint, LEAD + text) if "apparently" in d.message]
    assert not found, [d.message for d in found]
