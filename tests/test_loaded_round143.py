"""Loaded language, round 143: recall on puffery in the writer's voice (issue 16).

*A praise noun heading the writer's predicate* (``evidence.praise_noun_predicate``, read by
``voice`` for a puffery noun when round 129's one-quality reading finds nothing): the noun
after a copula and an article, graded by a chain of qualities ("a joyous, toe-tapping
triumph.") or a participial compound ("a heart-stopping triumph."), or carried on by a
relative clause ("a gem that needs polish", "a culinary genius whose dishes ..."): the
relative clause restricts the noun, it does not take the praise back.

Traps: a denial ("was not a ..."), a supposition ("If the show is a gem that ..."), a modal
adjective ("a would-be genius who"), a participle ("an alleged genius who"), a noun that
modifies another, a named speaker's quotation and tail tag, a bare noun with a classifier and
nothing after it ("a constitutional hero, actually": round 129's classifier trap).

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.mark.parametrize(("sentence", "word"), [
    ("The revival at the Playhouse is a joyous, toe-tapping triumph.", "triumph"),
    ("The new opera is a bold and tender triumph, and the run is sold out.", "triumph"),
    ("The thriller is a heart-stopping triumph.", "triumph"),
    ("Overall, the guesthouse is a gem that needs a coat of paint.", "gem"),
    ("Marta Oyelaran is a culinary genius whose stews draw queues down the street.", "genius"),
    ("The late-night show was a triumph that nobody at the network expected.", "triumph"),
])
def test_round143_praise_noun_predicate_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The revival at the Playhouse was not a joyous, toe-tapping triumph.", "triumph"),
    ("If the guesthouse is a gem that lasts, the village will profit.", "gem"),
    ("The new chef is a would-be genius who burns the sauces.", "genius"),
    ("The broker is an alleged genius whose fund lost half its value.", "genius"),
    ("He would be a constitutional hero, actually.", "hero"),
    ("\"The revival is a joyous, toe-tapping triumph,\" said the producer, Ana Ruiz.", "triumph"),
    ("The guesthouse is a gem that needs a coat of paint, Tom Reyes said.", "gem"),
])
def test_round143_praise_noun_predicate_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)
