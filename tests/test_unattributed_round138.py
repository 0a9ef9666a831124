"""Unattributed claims, round 138: the next sentence's speaker who answers a claim (issue 14, recall).

1. A passive of perception or prediction ("is tipped to", "are now seen as", "is regarded as")
   is cleared by a named speaker opening the next sentence only when that speaker holds it:
   says its matter again (a content word of the claim, a pointer back, a pronoun taking up its
   subject), relays accounts of it, or gives a view or forecast of his own ("said he expected
   no cut"). A speaker who turns it down ("dismissed", "denied"), answers it in a negated
   clause about its subject ("said she had no plans to leave") or speaks of another thing
   ("said the board should have waited for the budget") leaves it a warning. "according to"
   next keeps its reading; a belief passive ("is believed to") keeps round 122's.
2. A next-sentence speaker saying there is no evidence, sign or indication of it ("said there
   was 'no evidence of malicious activity'") answers the claim; it sources nothing before it,
   opening the sentence or after a fronted "In a statement, X said".

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
    # 1. a perception or prediction passive, answered or left by the next speaker
    ("Mayor Ana Ruiz is tipped to quit before the summer. Jane Roe, her spokeswoman, said she had no "
     "plans to leave.", "'is tipped to'"),
    ("Mayor Ana Ruiz is tipped to quit before the summer. Jane Roe, her spokeswoman, dismissed the idea "
     "as a fantasy.", "'is tipped to'"),
    ("The library plan is tipped to bring back hundreds of families. Councillor Tom Hale said the board "
     "should have waited for the spring budget.", "'is tipped to'"),
    ("The striker is regarded as the best finisher in the league. Coach Ann Lowe said the club would "
     "open a new stand in May.", "'is regarded as'"),
    # 2. no evidence of it, said next
    ("Early reports suggested a cyberattack. In a statement, Nimbus said the outage began when a cooling "
     "system failed, and that there was \"no evidence of malicious activity.\"", "'Early reports suggested'"),
    ("The man is believed to have been attacked. Police said there was no sign of a struggle at the house.",
     "'is believed to'"),
])
def test_the_cue_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # 1. the next speaker holds it: its matter again, a pronoun, a view of his own, according to
    "The library plan is tipped to bring back hundreds of families. Councillor Tom Hale said the library "
    "plan would bring families back.",
    "Rate cuts are now seen as unlikely before autumn. Mark Dunn, an economist at Harbour Bank, said he "
    "expected no cut this year.",
    "The striker is regarded as the best finisher in the league. Coach Ann Lowe said he had scored 30 "
    "goals this season.",
    "Mayor Ana Ruiz is tipped to quit before the summer. Tom Hale, a party organiser, said she would "
    "announce it on Monday.",
    "Gold prices are now seen as likely to rise. Prices have climbed 4 percent this month, according to "
    "Harbour Metals data.",
    # a belief passive keeps round 122's reading; a plain next speaker with evidence clears it
    "Officials are believed to be planning more arrests. Poland and Lithuania said they had summoned the "
    "ambassadors.",
    "The man is believed to have been attacked. Police said he had been taken to hospital with head "
    "injuries.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
