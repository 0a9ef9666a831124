"""Recall by construction (round 7): constructions that show a word held at ``info`` to be the
writer's verdict. Each change is tested as a pair of sentences, written for these tests: one
where the word stays a hint (or is not reported), one where it warns.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


@pytest.mark.parametrize(("quiet", "warning", "word"), [
    # a verdict verb before an infinitive reports what someone says of themselves
    ("The harbour club claimed to the pier.", "The harbour club claims to protect the pier.", "claims"),
    ("Their claim to fame is the old pier.", "The two owners claim to speak for the town.", "claim"),  # (round 104: "Some owners claim" is an unnamed source's verb, info)
    # a title-case headline: the clause after the verb is capitalised too
    ("Harbour Trust Claims Old Pier", "Harbour Trust Claims Pier Will Reopen", "Claims"),
    ("Ferry Owner Claims His Prize", "Ferry Owner Claims He Was Misled", "Claims"),
])
def test_verdict_verb_before_a_clause_or_an_infinitive(lint, quiet, warning, word):
    assert severity_of(lint, quiet, word) != "warning"
    assert severity_of(lint, warning, word) == "warning"


@pytest.mark.parametrize(("hint", "warning", "word"), [
    # an info adjective joined to another candidate: the sentence piles up verdicts
    ("Critics remember the offensive slogan on the banner.",
     "Critics remember the crude, offensive slogan on the banner.", "offensive"),
    ("The tyrannical reign of the old kings is on display.",
     "The cynical and tyrannical reign of the old kings is on display.", "tyrannical"),
    # an info adjective on someone's act or quality
    ("The board discussed the infamous memo on Monday.", "The board discussed her infamous memo on Monday.",
     "infamous"),
    # ... the possessive opening its sentence
    ("The infamous memo reached the board on Monday.", "Her infamous memo reached the board on Monday.",
     "infamous"),
])
def test_info_adjective_joined_or_owned_warns(lint, hint, warning, word):
    assert severity_of(lint, hint, word) == "info"
    assert severity_of(lint, warning, word) == "warning"


@pytest.mark.parametrize(("text", "word"), [
    # a dual-sense word ("massive": a measure too) and a participle stay hints
    ("Their massive hall was full on Sunday.", "massive"),
    ("His failing memory worried the family.", "failing"),
])
def test_info_words_that_stance_does_not_raise(lint, text, word):
    assert severity_of(lint, text, word) in ("info", None)


def test_progressive_said_verb_is_not_a_passive(lint):
    """"is claiming that" is the said-verb in progress; "was claimed that" a passive."""
    assert severity_of(lint, "It was claimed that the old pier is safe.", "claimed") is None
    assert severity_of(lint, "The harbour master is claiming that the old pier is safe.", "claiming") == "warning"
