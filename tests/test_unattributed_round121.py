"""Unattributed claims, round 121: readings that took a rule or a named author for nobody's
claim (issue 14, precision).

1. A passive charge whose named author follows its of-complement ("The militia has been accused
   of recruiting child soldiers by Amnesty International"): the by-agent after the complement
   is the charge's author when it holds a capitalised name. Traps: "by force" (a means), "by
   critics" (a vague agent), no agent at all.
2. A speech verb after the relative clause of its subject, read from the auxiliary that opens
   its verb group ("Customers who are behind on their bills can ask for a payment plan"): the
   ability modal "can" tells what people may do, as it does without the relative clause.
   Traps: the relative with a plain verb ("... say the plan is unfair"), an auxiliary that
   is the relative's own ("Customers who were overcharged have complained").
3. "must" before a speech verb is a rule on what people have to do ("Customers must first
   complain to their supplier"). Traps: "must have complained" (an inference that they did),
   "must admit" (the writer's concession, kept as before), "some would argue".

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    "The militia has been accused of recruiting child soldiers by Amnesty International, which "
    "published a report in May.",
    "The firm was accused of hiding losses by the Financial Conduct Authority.",
])
def test_a_charge_with_its_named_author_after_the_complement(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence), [d.message for d in warnings(lint, LEAD + sentence)]


@pytest.mark.parametrize("sentence", [
    "The militia has been accused of recruiting child soldiers by force.",
    "The militia has been accused of recruiting child soldiers by critics.",
    "The militia has been accused of recruiting child soldiers.",
])
def test_a_charge_without_a_named_author_stays_warned(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "accused")


@pytest.mark.parametrize("sentence", [
    "Customers who are behind on their bills can ask for a payment plan.",
    "A spokesman said customers must first complain to their supplier.",
    "Residents must complain to the council before the inspector can visit.",
])
def test_what_people_can_or_must_do_is_no_account(lint, sentence: str) -> None:
    assert not warnings(lint, LEAD + sentence), [d.message for d in warnings(lint, LEAD + sentence)]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Customers who are behind on their bills say the plan is unfair.", "Which customers?"),
    ("Customers who were overcharged have complained to the regulator.", "Which customers?"),
    ("Residents who live near the plant must have complained for years.", "Which residents?"),
    ("Some would argue the plan is doomed.", "Who are they?"),
])
def test_accounts_and_hedges_stay_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_a_concession_after_must_keeps_its_hint(lint) -> None:
    text = LEAD + "Critics who follow the sector must admit the plan worked."
    assert claims(lint, text), text
