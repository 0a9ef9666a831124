"""Unattributed claims, round 124: readings that took an advice, a hospital's grade or the
writer's own interviews for a vague source's claim (issue 14, precision).

1. A verb of advising with a gerund object and no clause after it ("staff suggest ordering
   three plates each"): an action proposed to the reader, no claim. Traps: a gerund that is the
   subject of a clause ("experts suggest drinking coffee lowers the risk"), a that-clause, a
   plain clause.
2. A patient's condition "described as" one of the grades a hospital gives ("his condition was
   described as stable"): the bulletin's term of art. Traps: a view of a plan ("described as
   reckless"), a condition described as a judgement ("as a scandal"), camp conditions
   ("appalling").
3. A described source that spoke to the publication, told right after its head ("residents who
   spoke to this newspaper said"): a hint. Traps: bare "residents said", "who spoke at the
   meeting", "sources who spoke to this newspaper" (anonymity is their whole point).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    "The menu lists twelve dishes, and staff suggest ordering three or four each.",
    "Staff suggest booking a table ahead.",
])
def test_an_action_advised_is_no_claim(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence), [d.message for d in claims(lint, LEAD + sentence)]


@pytest.mark.parametrize("sentence, cue", [
    ("Experts suggest drinking coffee lowers the risk of stroke.", "Experts suggest"),
    ("Experts suggest that the bridge is unsafe.", "Experts suggest"),
    ("Critics suggest the mayor knew about the payments.", "Critics suggest"),
])
def test_a_view_suggested_stays_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "He was taken to the county hospital, where his condition was described as stable.",
    "Her condition was described as critical but stable.",
    "His condition is described as not life-threatening.",
])
def test_a_hospital_grade_is_no_view(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence), [d.message for d in claims(lint, LEAD + sentence)]


@pytest.mark.parametrize("sentence", [
    "The plan was described as reckless.",
    "His condition was described as a scandal.",
    "The conditions in the camp were described as appalling.",
])
def test_other_descriptions_stay_warned(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "described as")


@pytest.mark.parametrize("sentence", [
    "The utility denies it, and residents who spoke to this newspaper said the trucks came back "
    "within days.",
    "Two employees who spoke to the Courier said the memo was shredded.",
])
def test_a_source_the_writer_spoke_to_is_a_hint(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)
    assert any("spoke to the publication" in d.message for d in claims(lint, LEAD + sentence))


@pytest.mark.parametrize("sentence, cue", [
    ("Residents said the trucks came back within days.", "Residents said"),
    ("Residents who spoke at the meeting said the trucks came back within days.", "Residents"),
    ("Sources who spoke to this newspaper said the deal was done.", "Sources"),
])
def test_other_vague_sources_stay_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)
