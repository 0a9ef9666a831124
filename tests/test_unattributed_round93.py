"""Unattributed claims, round 93: an accusation nobody is named as making (issue 14).

"The mayor has been accused of hiding the report" lays a charge with no accuser: the passive of
"accuse" with its of-complement, in every tense and with adverbs ("are often accused of"), is a
claim by hearsay. In court and police copy the charge is the proceedings' ("Ana Ruiz, 41, is
accused of theft. She appeared at ... Crown Court"): criminal, civil or disciplinary proceedings
told in the sentence or the one before or after leave it alone, as a named accuser or a vague one
("by residents", the vague-agent passive) already did. The reduced relative ("board members
accused of hiding losses") is the accused, not a source, and stays out. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The mayor has been accused of hiding the report from voters.", "has been accused of"),
    ("The ferry firm was accused of cutting corners on the new pier.", "was accused of"),
    ("Developers are often accused of sitting on land to keep prices high.", "are often accused of"),
    ("The club had been accused of favouring its own academy players.", "had been accused of"),
])
def test_an_accusation_with_no_accuser_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("text", [
    "Ana Ruiz, 41, of Mill Lane, is accused of stealing £40,000 from the club. She appeared at Leeds "
    "Crown Court on Monday.",
    "The driver is accused of causing death by dangerous driving, police said.",
    "Tom Hale was charged on Friday. He is accused of setting fire to the boathouse.",
    "The minister was accused by the opposition leader, Tom Hale, of misleading parliament.",
    "Board members accused of hiding losses resigned on Tuesday, the bank said.",
])
def test_proceedings_or_a_named_accuser_answer_for_the_charge(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)
