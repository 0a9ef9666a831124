"""Loaded language, round 106: science, business, aggregator and review copy (issue 16).

- A plain yes/no question of the writer's ("Are the new rules harmful to small farms?") asks
  and asserts nothing; a negated question or one with a degree word argues and still warns.
- A verdict in a "that" clause after a passive "told", "assured" or "warned", maybe by
  someone described ("I have been told, by people who sell them, that the plan is a fantasy"),
  is the tellers' verdict reported.
- "without question", "beyond doubt": comment adjuncts of the writer set off by commas ("It
  is, without question, the slowest"); a manner ("obeyed without question") stays a hint.
- "a dismal one": the pro-form "one" after the adjective closes the predicate verdict on a
  judged subject, as "the plan was dismal." does; "a dismal one-off" is a noun compound.
- "spin" is a noun entry: before a verb ("Spin moves to the hall") it judges nothing.

Each kind with its look-alike. Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

PAIRS = [  # (warned, kept below warning, word)
    ("The new rules are harmful to small farms.", "Are the new rules harmful to small farms?", "harmful"),
    ("Isn't the new levy shameful?", "Is the new levy shameful, or merely clumsy?", "shameful"),
    ("We have learned that the plan is a fantasy.",
     "We have been told, by people who sell the machines, that the plan is a fantasy.", "fantasy"),
    ("The plan is a fantasy, and we were told that it would cost nothing.",
     "Farmers were assured by the ministry that the plan was a fantasy no longer.", "fantasy"),
    ("The ferry is, without question, the slowest in the fleet.",
     "The soldiers obeyed without question.", "without question"),
    ("The plan was a dismal one.", "The plan was a dismal one-off.", "dismal"),
    ("The statement was spin, plain and simple.",
     "Spin moves from the basement studio to the main hall in May.", "Spin"),
]


@pytest.mark.parametrize(("warned", "quiet", "word"), PAIRS)
def test_round106_verdict_warns_and_look_alike_does_not(lint, warned: str, quiet: str, word: str) -> None:
    assert severity_in_body(lint, warned, word) == "warning"
    assert severity_in_body(lint, quiet, word) != "warning"


def test_round106_a_wh_question_still_argues(lint) -> None:
    assert severity_in_body(lint, "Why is the new levy so shameful?", "shameful") == "warning"
