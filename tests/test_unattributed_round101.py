"""Unattributed claims, round 101: service journalism (D101, issue 14).

1. An eligibility condition addressed to readers ("Those who think they are owed a refund should
   contact the firm"): the holders' view of their own case, then what to do: no claim. A view of
   the world ("those who think the scheme is failing say") or no advice stays warned.
2. A question put about what will come, with a longer subject before its modal ("Some listeners
   have asked whether moving to a fixed tariff next spring will lower their bills"): an enquiry;
   "asked why the council delayed" (a fault implied) stays warned.
3. A time adjunct after "and" ("employs 300 people and last year reported a loss") opens the
   subject's second verb phrase, not a second group of people: "people" is an object, no
   source; "Residents and local traders have complained that" stays warned.
4. Hearsay "apparently" before a past out- verb of comparison ("apparently outsold its rival"):
   a measured outcome someone reported; "is apparently outdated" stays silent.
5. An emergence after an event ("it emerged after the hearing that"): when it was learned, not
   where it was put on the record; "after a driver complained that" (a verb owns the "that")
   and "at the hearing" (a forum) stay silent.

Each with its trap. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "Those who believe they qualify but have had no letter by March can apply through the council's website.",
    "Those who think they are owed a refund should contact the airline within 28 days.",
    "Customers who feel they were overcharged are urged to call the free helpline.",
    "Some listeners have asked whether moving to a fixed tariff next spring will lower their bills.",
    "A few readers asked if the new bus timetable for the northern villages would start in May.",
    "The dairy has 12 depots, employs 300 people and last year reported a loss of £2 million, its accounts show.",
    "The club sold its ground, employs 80 people and this week announced a new stand.",
])
def test_conditions_questions_and_objects_claim_nothing(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    # a view of the world, not of their own case, even with advice after it
    ("Those who believe the scheme is failing say the council should scrap it.", "Those who believe"),
    # their own case, but no advice: the holders tell it as so
    ("Many who think they were misled have said the firm hid the fees.", "Many who think"),
    # a question implying a fault
    ("Some analysts have asked why the council delayed the repairs for two years.", "Some analysts"),
    # a real second group after "and"
    ("Residents and local traders have complained that the new car park is never full.", "Residents and"),
    ("The cheaper handset apparently outsold the flagship in its first month.", "apparently"),
    ("The mayor apparently outspent her challenger two to one.", "apparently"),
    ("The firm lost its appeal, and it emerged after the hearing that a second engineer had raised concerns.",
     "it emerged after"),
    ("It came to light following the vote that two members had not declared their shares.", "It came to light"),
])
def test_the_traps_stay_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "The old manual is apparently outdated.",
])
def test_an_adjective_in_out_is_no_deed(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)  # a candidate of the hearsay anchor, left alone


@pytest.mark.parametrize("text", [
    "It came to light after a driver complained that the lights had failed.",
    "It emerged at the hearing that a second engineer had raised concerns.",
])
def test_a_verb_or_a_forum_before_the_that_is_left_alone(lint, text: str) -> None:
    # (both hold a candidate the judge clears: "emerged at", and since round 130's anchor of a
    # group's view, "complained")
    assert_silent(lint, LEAD + text)
