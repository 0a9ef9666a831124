"""Unattributed claims, round 149: unnamed people telling what they saw or did (issue 14, precision).

A vague group of people met at the scene (a plural of ``participant-nouns``, "residents",
"passengers", or of a trade no source class holds) after a plain telling verb in the past ("said") whose reported clause tells a happening among things in the past is an
account of people at the scene, not a view: the clause's first finite verb is the past of an
event ("the explosions began", "the river rose") or a past progressive ("vessels were
waiting"), and its subject is no person. Which of them, and where they were, is worth a hint;
it is no warning.

Traps (warned as before): a person's act, whose telling is hearsay about someone ("he was
seeing another woman", "the family had been using a heater", "Pike bragged", "the man got into
trouble"); a passive, which hides its doer ("a dam was opened without warning"); people placed
by their access ("diplomats familiar with the talks", "people close to the party"); a copula
with a verdict ("the plan was a disaster"); a modal or a future ("the rise would hit"); a
present ("the council is corrupt"); a present "say" ("Residents say the river rose": what
a group goes on saying of a past act is the feature's hearsay); a view in the clause ("they believed"); a view verb of the
group itself ("Residents claim the water rose"); an opinion group ("Critics said"); a hidden
source ("Sources said"); officials, whose report is their institution's ("Officials said the
queues stretched"); one person ("A staff member said the pier had closed": round 130's example).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    "Residents said the explosions began shortly after midnight and went on for an hour.",
    "Passengers at the terminal said about 40 lorries were waiting to unload on Tuesday.",
    "Residents of the valley said the river rose overnight.",
    "Neighbours said the sirens sounded twice before dawn.",
])
def test_an_account_of_a_happening_is_a_hint(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)
    assert any("people at the scene" in d.message for d in claims(lint, LEAD + sentence))


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Residents said the new plan was a disaster for the town.", "Residents said"),
    ("Passenger groups said the fare rise would hit the poorest hardest.", "Passenger groups said"),
    ("Residents say the council is corrupt.", "Residents say"),
    ("Residents of the valley say the river rose overnight.", "Residents of the valley say"),
    ("Residents said they believed the mayor lied about the pipes.", "Residents said"),
    ("Relatives said they expected about 200 mourners.", "Relatives said"),
    ("Residents claim the water rose overnight.", "Residents claim"),
    ("Critics said the minister misled parliament.", "Critics said"),
    ("Sources said the minister resigned on Friday.", "Sources said"),
    ("Friends of the couple say he was already seeing another woman.", "Friends of the couple say"),
    ("Neighbours say the family had been using a heater in the garage.", "Neighbours say"),
    ("Onlookers say the man got into trouble after wading in.", "Onlookers say"),
    ("Locals say a dam upstream was opened without warning.", "Locals say"),
    ("Diplomats familiar with the talks said the hardest issue remained the border.", "Diplomats"),
    ("People close to the firm said the talks collapsed on Friday.", "People close to the firm said"),
    ("Officials said the closure was unfair on traders.", "Officials said"),
    ("Officials said the queues stretched for six miles on Sunday.", "Officials said"),
    ("A staff member said the pier had closed.", "A staff member said"),
])
def test_a_view_is_still_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)
