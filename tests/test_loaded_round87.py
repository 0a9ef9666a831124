"""Loaded language, round 87: whose voice on web pages, and the press release's puffery (issue 16).

Two writers' sets of pages a news crawl gathers (D87, D88) showed three voice errors and one
gap in breadth:

- a speaker who is no one ("the thing nobody tells you: ...") reports nobody's words, so what
  follows is the writer's;
- a sentence that opens on an adverbial clause holding the speech verb ("When you see it
  written down, ...") has a main clause after the comma that is no reported speech;
- the content clause of a noun of belief ("a tired argument that foxes are a menace") is the
  arguers' view, not the writer's, even with an adjective before the noun;
- puffery of rank and effect ("the industry-leading provider", "was life-changing").

Each kind with its look-alike. Sentences written for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

PAIRS = [  # (warned, kept quiet, word)
    # a negated speaker vs a third party who says it
    ("Here is the thing nobody tells you: the diet is toxic nonsense.",
     "Here is the thing the coach tells you: the diet is toxic nonsense.", "nonsense"),
    ("No one tells you this, and the plan is a reckless gamble.",
     "Her adviser tells you this: the plan is a reckless gamble.", "reckless"),
    # a fronted adverbial clause vs the speech verb of the main clause
    ("When you see it written down, the answer is painfully obvious.",
     "The tutor wrote that the answer was painfully obvious.", "painfully"),
    ("After the mayor told the board, the reckless plan went ahead anyway.",
     "The mayor told the board that the reckless plan would go ahead.", "reckless"),
    # puffery of rank and effect, attributive or closing a predicate, vs a quotation
    ("Marlow Ltd, the industry-leading maker of pumps, opened a plant.",
     'Marlow Ltd called itself "the industry-leading maker of pumps" in its filing.',
     "industry-leading"),
    ("For the growers, the new seed was life-changing.",
     'For the growers, the new seed was "life-changing", their union said.', "life-changing"),
]
QUIET = [  # (sentence, word): not warned
    # the content of a noun of belief, with and without an adjective before it
    ("The study should end a tired argument that foxes are a menace to pets.", "menace"),
    ("Few still hold the old belief that the bypass is a reckless gamble.", "reckless"),
    ("The myth that cats are a menace to songbirds persists.", "menace"),
    # "As she told the board, ..." is hearsay, not an adverbial clause of time
    ("As the mayor told the board, the plan was a reckless gamble.", "reckless"),
]


@pytest.mark.parametrize(("warned", "quiet", "word"), PAIRS)
def test_round87_writer_voice_warns_and_look_alike_does_not(lint, warned: str, quiet: str, word: str) -> None:
    assert severity_in_body(lint, warned, word) == "warning"
    assert severity_in_body(lint, quiet, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), QUIET)
def test_round87_beliefs_and_hearsay_do_not_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


def test_round87_seamless_of_manufacture_is_not_puffery(lint) -> None:
    assert severity_in_body(lint, "The seamless steel tube was welded to the frame.", "seamless") is None
    assert severity_in_body(lint, "The app seamlessly syncs with the calendar.", "seamlessly") == "info"
