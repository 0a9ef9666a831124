"""Unattributed claims, round 176: round 174's constructions, each with the guard the copy of
analysis, profiles and obituaries needs (issue 14).

Round 174's five constructions cost one false alarm on a blind set of analysis, profiles,
obituaries, Q&A and sketches. A first measurement with (3), (4) and (5) (guarded for nicknames)
and round 174's wider cheap look for "leaders" still had it, and round 174's own measurement
showed (1) and (2) added no prediction there; this round keeps (1), (2) and (3), with these
guards, and leaves (4) and (5) out:

1. A learned field's term of art (sources/unnamed.py ``_term_of_art``): "Psychologists call
   this loss aversion", "Economists call it the paradox of thrift" name a thing in the field's
   own words, no claim to attribute; a hint. "Economists call it a disaster" (an article: a
   verdict) and "Critics call it reckless" (no learned field) stay warnings.
2. Leaders giving an account of an event (sources/unnamed.py ``_bare_clause_follows``):
   "Union leaders said the talks were over", a telling verb in the past with a clause in the
   past, tells what happened, no view of theirs; "Union leaders say the talks will fail",
   "said jobs would go", "feared the plant was finished" stay views. The cheap look before the
   parse (``_bare_verb_next``) now lets "leaders" through only with a view verb right after
   it, not with any auxiliary near (which sent "According to union leaders, the strike was
   solid" on to the parse's other frames).

Sentences written for these tests (analysis-, profile- and obituary-style copy).
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _quiet(lint, text: str) -> None:
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


# 1. a learned field's term of art

@pytest.mark.parametrize("sentence", [
    "Psychologists call this loss aversion, and it explains why the sellers held on.",
    "Economists call it the paradox of thrift: each household saves and the town grows poorer.",
    "Her teachers noticed it early; psychiatrists would later call it hyperfocus.",
])
def test_term_of_art_is_a_hint(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Economists call it a disaster for the coastal towns.", "Economists call"),  # a verdict
    ("Critics call it reckless and the board has not answered them.", "Critics call"),  # no field
    ("Psychologists warn that the habit can become compulsive.", "Psychologists warn"),  # a view
    ("Psychologists say the habit can become compulsive.", "Psychologists say"),
])
def test_verdicts_and_views_still_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Ann Cole, a psychologist at Leeds, calls this loss aversion.",  # named
    "Sociologists call these weak ties, and the village had plenty of them.",  # no view read
    'Ecologists call the effect "edge creep" and it starts at the hedgerow.',  # no view read
])
def test_term_of_art_quiet(lint, sentence: str) -> None:
    _quiet(lint, LEAD + sentence)


# 2. leaders giving an account of an event

@pytest.mark.parametrize("sentence", [
    "Union leaders said the talks were over by the time the minister arrived.",
    "Party leaders admitted the count had gone against them in the north.",
    "Church leaders said the roof was finished a week before the flood.",
    "Union leaders insisted the ballot was held in the proper way.",
])
def test_leaders_past_account_quiet(lint, sentence: str) -> None:
    _quiet(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Union leaders say the talks are going nowhere.", "Union leaders say"),  # present: a view
    ("Union leaders said jobs would go if the yard was sold.", "Union leaders said"),  # a forecast
    ("Business leaders feared the plant was finished.", "Business leaders feared"),  # a view verb
    ("Community leaders say relations between the two estates have rarely been better.", "Community leaders say"),
])
def test_leaders_view_still_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "According to union leaders, the strike was solid in the north.",  # the base's reading
    "Union leaders met the minister, and the talks were held in private.",  # an act
])
def test_leaders_cheap_look_narrow(lint, sentence: str) -> None:
    _quiet(lint, LEAD + sentence)
