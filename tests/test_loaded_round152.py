"""Loaded language, round 152: the writer's disjuncts of conviction, not the manner adverbs
(issue 16).

Constructions (``evidence/epistemic.py`` ``conviction_slot``; word class
``loaded/conviction-adverbs``: clearly, obviously, evidently, plainly, undoubtedly,
unquestionably):

- between a perfect auxiliary or a modal of forecast and a lexical verb ("has clearly exposed",
  "will clearly unlock"). Traps: a verb the adverb grades as a manner
  (``loaded/manner-graded-verbs``: "can clearly hear", "will clearly mark"), "be" after it,
  a clause denied by a negative object ("has obviously learned nothing");
- before a negated modal ("a defence that clearly can't do it"). Trap: do-support
  ("obviously doesn't care");
- between "be" and an adjective of feeling ("was clearly frustrated"). Traps: an adjective of
  perception ("clearly visible", "clearly audible"), a participle of marking ("clearly
  marked"), a stranded preposition ending a relative clause;
- everywhere: the manner adverb after its verb ("spoke clearly"), a quotation, a named
  speaker's reported speech.

And the figurative "blow" after an emotive adjective ("a devastating blow to the coach"), not
a literal blow ("a devastating blow to the jaw").

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    # a perfect auxiliary or a modal of forecast before a lexical verb
    ("The leak has clearly damaged trust in the board.", "clearly"),
    ("The new road will clearly unlock more housing in the valley.", "clearly"),
    ("They've obviously misjudged the mood of the town.", "obviously"),
    ("The vote had evidently shifted the party to the right.", "evidently"),
    # before a negated modal
    ("He picked a midfield that clearly can't cope with the pace.", "clearly"),
    ("The council plainly won't meet the deadline.", "plainly"),
    # between "be" and an adjective of feeling
    ("The captain was clearly frustrated with the referee.", "clearly"),
    ("Residents are obviously worried.", "obviously"),
])
def test_round152_conviction_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # a verb the adverb grades as a manner
    ("From the pier you can clearly hear the bells.", "clearly"),
    ("The new fence will clearly mark the boundary.", "clearly"),
    # "be" after the auxiliary; a clause denied by a negative object
    ("The lack of staff has clearly been a problem.", "clearly"),
    ("The board has obviously learned nothing from the audit.", "obviously"),
    # do-support before the negation
    ("The firm obviously doesn't track its vans.", "obviously"),
    # adjectives of perception and participles of marking after "be"
    ("The mast was clearly visible from the harbour.", "clearly"),
    ("The engine was clearly audible from the road.", "clearly"),
    ("The exits were clearly marked.", "clearly"),
    # a stranded preposition ends a relative clause
    ("The costs the ministry is clearly worried about are small.", "clearly"),
    # after its verb: manner
    ("The judge spoke clearly and slowly.", "clearly"),
    # a quotation, a named speaker's reported speech
    ('"The report has clearly exposed the gaps," the minister said.', "clearly"),
    ("The minister said the report had clearly exposed the gaps.", "clearly"),
])
def test_round152_conviction_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


def test_round152_a_setback_told_as_a_blow(lint) -> None:
    assert severity_in_body(lint, "The injury is a devastating blow to the coach.", "a devastating blow") == "warning"
    assert severity_in_body(lint, "The closure is a savage blow to the town.", "a savage blow") == "warning"


def test_round152_a_literal_blow_is_no_figure(lint) -> None:
    assert severity_in_body(lint, "The boxer landed a devastating blow to the jaw.", "a devastating blow") is None
