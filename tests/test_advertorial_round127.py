"""Round 127 (advert127): what review 127 left.

- The outlet's own products and channels (``advertorial/outlet-products``: newsletter, app,
  podcast, offer, membership, subscription, alerts ...) named after "our" keep the plug's warning
  even inside a reported request; a third party's survey, form, event or appeal stays cleared
  (``Units.request_reported``, round 126).
- A complement between the dismissal's object and its particle ("brushed questions about the
  merger aside, saying ..."), loaded language's figurative pattern.
- A season's or a year's possessive as the subject of a fronted credit ("Sponsored by X, this
  season's coverage is ...").

Sentences written for this round.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import alone
from tests.family_lint import severity_in_body

STORY = "The council approved the budget on Tuesday after a long debate that ran past midnight."
AFTER = "The mayor said the work on the harbour wall would start next spring."


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("snippet", [
    "The hospice is urging people to subscribe to our weekly newsletter.",
    "The club has urged fans to sign up for our match-day alerts.",
    "The charity has asked supporters to subscribe to our podcast.",
])
def test_round127_own_product_in_a_reported_request_is_warned(snippet: str) -> None:
    assert alone(snippet, STORY, AFTER) == "warning"


@pytest.mark.parametrize("snippet", [
    "The council asked residents to complete our survey of the sea wall before Friday.",
    "The charity urged supporters to fill in our online form by the end of the month.",
    "Organisers have invited residents to join our open day at the depot.",
    "The trust appealed to walkers to respond to our consultation on the new paths.",
    "Residents are being urged to fill in the club's form by the end of the month.",
])
def test_round127_third_party_request_stays_cleared(snippet: str) -> None:
    assert alone(snippet, STORY, AFTER) != "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The minister brushed questions about the merger aside, saying the talks were private.",
     "brushed questions about the merger aside"),
    ("The chairman waved concerns over the budget away, telling staff the plan was sound.",
     "waved concerns over the budget away"),
    ("The coach shrugged the criticism of his tactics off, adding that the team had trained well.",
     "shrugged the criticism of his tactics off"),
])
def test_round127_dismissal_with_a_complement_before_the_particle(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The cleaner brushed the crumbs off the table aside, saying it was ready.", "brushed the crumbs off the table aside"),
    ("The minister brushed questions about the merger aside.", "brushed questions about the merger aside"),
    ("The winger brushed two defenders aside, scoring from the edge of the box.", "brushed two defenders aside"),
])
def test_round127_dismissal_complement_traps(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) is None


@pytest.mark.parametrize("snippet", [
    "Sponsored by Greenway Bank, this season's coverage is free to read.",
    "Supported by Harbour Credit Union, this year's guide explains every fixture.",
])
def test_round127_fronted_credit_with_a_season_possessive(snippet: str) -> None:
    assert alone(snippet, STORY, AFTER) == "warning"


@pytest.mark.parametrize("snippet", [
    "Sponsored by Greenway Bank, this season's festival drew 20,000 people to the park.",
    "Supported by a lottery grant, this year's concerts run every Sunday in the square.",
])
def test_round127_fronted_credit_traps(snippet: str) -> None:
    assert alone(snippet, STORY, AFTER) != "warning"
