"""Unattributed claims, round 145: unnamed people and groups as sources (issue 14, recall).

1. A group cited by "according to": a bare plural of people or a group of them that is no
   source noun (word class group-speakers, lower case), within three words ("according to
   parents at the school", "according to local shopkeepers"), in any tense.
2. An "according to" tag after a comma that closes a clause is the whole sentence's teller,
   not a report the sentence's named subject vouches for ("Ana Ruiz has argued for months
   that ..., according to people who have spoken with her": a warning, not a hint).
3. Everyone placed "online", and a verb of knowing under "seems to" / "appears to"
   ("Everyone online seems to agree that ...", "Everyone in the harbour appears to know ...").
4. "describe ... as" in the plain present after a bare plural of people ("Shop owners
   describe the bar as a trouble spot"), the as-complement being the view.
5. A place adverb after a plural head ("Shop owners nearby fear that", "Fans online claim
   that"): the group is placed as by a phrase, and still nobody named.

Traps: a definite or possessive group after "according to", a capitalised kind ("according
to Catholics"), a measure ("according to age"), "said that, according to critics, ..." (the
named speaker's report: a hint), an object with no clause ("Everyone in town seems to know his
name"), a description with no "as", a past description, a definite group.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The outbreak began when a pupil came back from a holiday abroad, according to parents at the school.",
     "according to parents at the school"),
    ("The ferry left an hour late, according to local shopkeepers.", "according to local shopkeepers"),
    ("According to mothers on the estate, the clinic has been shut for a month.", "According to mothers"),
    ("Deputy governor Ana Ruiz has argued for months that rates are too high, according to people who"
     " have spoken with her.", "according to people"),
    ("Everyone online seems to agree that sitting all day is bad for you.", "Everyone online seems to agree"),
    ("Everyone in the harbour appears to know the ferry will be sold.", "Everyone in the harbour appears to know"),
    ("Shop owners describe the bar as a frequent trouble spot.", "Shop owners describe"),
    ("Shop owners nearby describe the bar as a frequent trouble spot.", "Shop owners nearby describe"),
    ("Shop owners nearby fear that the bar will reopen.", "Shop owners nearby fear"),
])
def test_the_cue_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The ferry left an hour late, according to the parents.",
    "The ferry left an hour late, according to their parents.",
    "According to Catholics, the saint was born in the town.",
    "Pupils were sorted according to age.",
    "The prizes were given according to swimmers' times.",
    "Everyone in town seems to know his name.",
    "Shop owners describe the bar in a weekly newsletter.",
    "Shop owners described the bar as a frequent trouble spot.",
    "The shop owners describe the bar as a frequent trouble spot.",
    "Shop owners nearby feared the worst.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


def test_a_named_speakers_report_keeps_its_hint(lint) -> None:
    # the "according to" opens what the mayor said, so the mayor vouches for the report
    text = LEAD + "Mayor Ana Ruiz said that, according to critics, the plan will fail."
    assert_hint(lint, text)
