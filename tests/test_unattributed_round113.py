"""Unattributed claims, round 113: what is settled or known with nobody settling or knowing it
(issue 14).

"It is well established that ...", "it is now well documented that ...", "it has long been well
understood that ...": the impersonal frame of "it is well known" with a participle of settled
knowledge, before its clause; and the same common knowledge as an aside, "As is well known, ..."
and "As everyone knows, ...". Traps: the participle describing ("the bakery is well established
in the old town"), no clause after it, a record named after "known" ("as is known from the parish
records"), "everyone knows" with an object and no comma ("as everyone knows the way, ...").

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned, claims


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("It is well established that the tide mill predates the church.", "It is well established"),
    ("It is now well established that the new pills lower blood pressure.", "It is now well established"),
    ("It has long been well documented that the quay floods in spring.", "It has long been well documented"),
    ("It is well understood that the bank will raise its rates.", "It is well understood"),
    ("It is firmly established that the ferry company knew of the fault.", "It is firmly established"),
    ("It is well established in law that tenants must be warned.", "It is well established"),
    ("As is well known, the ferry never runs on time.", "As is well known"),
    ("As everyone knows, the harbour froze in 1963.", "As everyone knows"),
])
def test_settled_knowledge_with_nobody_settling_it_is_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


_PLAIN = {
    "As everyone knows the way, nobody brought a map.",
}


@pytest.mark.parametrize("text", [
    *sorted(_PLAIN),
    # candidates of other rules (a participle, a passive) that the judges keep quiet
    "The bakery is well established in the old town.",
    "It is well established in the valley, where the family has farmed since 1820.",
    "The fault was well documented in the engineers' log.",
    "As is known from the parish records, the bell was recast in 1890.",
])
def test_describing_or_sourced_look_alikes_are_left_alone(lint, text: str) -> None:
    assert_silent(lint, text, _PLAIN)
    assert not claims(lint, LEAD + text)


def test_a_named_source_in_the_sentence_clears_it(lint) -> None:
    text = LEAD + "It is well established that the pier is unsafe, the county engineer Ann Vale said."
    assert not [d for d in claims(lint, text) if "well established" in d.message and d.severity.value == "warning"]
