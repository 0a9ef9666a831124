"""Unattributed claims, round 128: a described source whose next sentence gives the reason it
is not named, as the subject of the anonymity's own verb (issue 14, precision).

Round 108 read the reason in the next sentence only when it opened with a definite description
and a comma ("The officials, who asked not to be identified because ..."). Wire copy as often
makes the source the plain subject ("The official spoke on condition of anonymity because ...",
"The adviser asked not to be identified because ...") or a pronoun ("They spoke on condition of
anonymity because ..."): the copy has done what the message asks, so a hint.

Traps (still warned): the same next sentence with no reason; a definite subject that is some
other noun than the source's head; a next sentence whose pronoun does something else.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    "A senior official who worked on the bridge project said the cables had been replaced twice. "
    "The official spoke on condition of anonymity because the inquiry had not reported.",
    "A trade adviser close to the negotiations said the tariff deal was nearly done. "
    "The adviser asked not to be identified because the talks are confidential.",
    "Two officials involved in the audit said the accounts had gaps. "
    "They spoke on condition of anonymity because they were not authorised to comment.",
])
def test_a_reason_given_by_the_next_subject_is_a_hint(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


@pytest.mark.parametrize("sentence, cue", [
    # the next sentence gives no reason
    ("A senior official who worked on the bridge project said the cables had been replaced twice. "
     "The official spoke to reporters outside the depot.", "official"),
    # a definite subject that is not the source
    ("A trade adviser close to the negotiations said the tariff deal was nearly done. "
     "The minister asked not to be identified because the talks are confidential.", "adviser"),
    # a pronoun that does something else
    ("Two officials involved in the audit said the accounts had gaps. "
     "They visited the offices twice because the files were incomplete.", "officials"),
])
def test_no_reason_for_the_source_stays_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)
