"""Unattributed claims, round 144: hearsay a named speaker next does not hold (issue 14, recall).

Round 138's holder test (``cohesion.owns_claim``) read for a perception passive is read, the
same judgement, for hearsay the writer passes on with nobody to hold it: a hearsay passive
("are said to"), a doubt adverb ("reportedly", "allegedly") and talk whose
content a copula gives ("The buzz among boosters is that", "Word on the shop floor was that").
A named speaker in the next sentence clears it only when he holds it (a content word of the
claim again, a pronoun taking up its subject, a view of his own); one who answers it or speaks
of another thing leaves it a warning. "according to" next keeps its reading.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    # talk whose content a copula gives, answered by the next speaker
    ("The buzz among boosters is that donors paid for the coach's raise. Jane Roe, the college's "
     "spokeswoman, said the full salary comes from ticket revenue.", "'The buzz among boosters is that'"),
    # a doubt adverb, the next speaker on another thing
    ("Early users reportedly found the app crashing on older phones. Dana Holt, the agency's director, "
     "said a software fault had been fixed in March.", "'reportedly'"),
    ("Guards were allegedly paid to look away. Tom Hale, the prison's governor, said staff would be "
     "retrained next month.", "'allegedly'"),
    # a hearsay passive, the next speaker answering with a count of his own
    ("Some readers are said to have cancelled their orders after the price rise. Ann Lowe, the "
     "publisher, said the magazine had received a few complaints.", "'are said to'"),
])
def test_the_cue_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # the next speaker holds it: the claim's matter again, a view of his own, a pronoun
    "The buzz among boosters is that donors paid for the coach's raise. Jane Roe, the athletic "
    "director, said donors had paid part of the raise.",
    "Guards were allegedly paid to look away. Tom Hale, the prison's governor, said he believed some "
    "guards had taken money.",
    "The minister is said to be furious. Jane Roe, her spokeswoman, said she was angry about the leak.",
    "Some readers are said to have cancelled their orders. Ann Lowe, the publisher, said readers had "
    "cancelled about 200 orders.",
    # "according to" next keeps its reading
    "Early users reportedly found the app crashing. The fault affected older phones, according to "
    "Dana Holt, the agency's director.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
