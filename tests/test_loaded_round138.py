"""Loaded language, round 138: the -ly adverb of a lexicon adjective on an act (issue 16).

Round 69's virtue adverbs ("firefighters valiantly held", "the firm shamelessly raised")
are the writer's verdict on how an act was done when set between a subject and its finite
verb, or inside an active perfect or progressive. The lexicon derives an -ly adverb from each
of its evaluative adjectives ("tireless" -> "tirelessly", "clumsy" -> "clumsily", "lavish" ->
"lavishly", "triumphant" -> "triumphantly"), which the judge held at ``info`` as unmeasured or
the entry's own severity. In the same frame such an adverb is the same verdict, so it warns
now (``evidence/labels.derived_manner``). Not a dual-sense or scale word ("dramatically"),
not where the adverb grades a predicate ("is otherwise eminently qualified"), opens a noun
phrase after a possessive ("the council's clumsily worded letter") or a determiner ("a
clumsily worded letter"), stands in a clause reported without "that" ("The author explained
the board egregiously erred"), or the voice judge gives the words to a speaker.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads (tests145: a fresh engine a lint cost ten times the lint)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("The council clumsily rolled out the scheme.", "clumsily"),
    ("The team triumphantly paraded the trophy through the town.", "triumphantly"),
    ("The bank has lavishly rewarded its directors.", "lavishly"),
    ("Residents tirelessly cleared the drains after the storm.", "tirelessly"),
])
def test_round138_derived_manner_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The council's clumsily worded letter upset residents.", "clumsily"),
    ("A clumsily worded letter upset residents.", "clumsily"),
    ("The hall was lavishly decorated for the ball.", "lavishly"),
    ("He is otherwise eminently qualified for the post.", "eminently"),
    ("The author explained the board egregiously erred in its reports.", "egregiously"),
    ("\"The council clumsily rolled out the scheme,\" she said.", "clumsily"),
    ("Ms Kahn said the council clumsily rolled out the scheme.", "clumsily"),
    ("The council did not clumsily roll out the scheme.", "clumsily"),
    # (round 150: the praise adverb after its verb warns, "has campaigned tirelessly for": see
    # tests/test_loaded_round150.py)
])
def test_round138_derived_manner_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)
