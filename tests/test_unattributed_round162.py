"""Unattributed claims, round 162: a reputation word on a kind, not on a thing (issue 14).

A reputation word ("reputable", "renowned", "well-known") in the indefinite object of a verb
of choosing or sourcing (word class attribution/chosen-kind-verbs: buy, use, choose, hire,
visit, go to ...) describes the kind of thing the reader should pick when the verb is an
instruction (an imperative, maybe after "Always", "Instead", a fronted clause) or under advice
or obligation ("should", "must", "always", or a verb of advice governing it as an infinitive
or gerund, attribution/advice-verbs): nobody's reputation is asserted, so it is an info hint
(cues.py, _chosen_kind), as the bare plural of round 35 is.

Traps (warnings stay): a particular one as subject ("A renowned chef opened the bistro"), a
copula ("The firm is / should be a reputable builder"), a past act ("The council hired a
renowned architect"), a verb of advice in another clause ("which urged restraint, will hire"),
a definite ("Buy from the famed bakery"), a verb that is no choosing ("Meet a renowned chef at
the fair"), a recommendation of a person ("She recommended a renowned chef for the job").

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
    # an imperative of choosing or sourcing, a preposition between maybe
    "Buy from a reputable retailer and look for the safety mark.",
    "Always use a reputable dealer.",
    "If in doubt, go to a reputable garage.",
    "Visit a renowned restaurant in the old town.",
    # advice or obligation over the verb of choosing
    "Consumer groups advise buying from a reputable retailer.",
    "Buyers are urged to use a reputable dealer.",
    "You should always choose a well-known brand.",
    "Walkers must book a noted guide for the crossing.",
])
def test_the_kind_to_pick_is_a_hint(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The firm is a reputable builder.", "'reputable'"),
    ("The firm should be a reputable builder.", "'reputable'"),
    ("A renowned chef opened the bistro.", "'renowned'"),
    ("The council hired a renowned architect.", "'renowned'"),
    ("The council, which urged restraint, will hire a renowned architect.", "'renowned'"),
    ("Buy from the famed bakery on the corner.", "'famed'"),
    ("Meet a renowned chef at the fair on Saturday.", "'renowned'"),
    ("She recommended a renowned chef for the job.", "'renowned'"),
])
def test_a_particular_one_is_still_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)
