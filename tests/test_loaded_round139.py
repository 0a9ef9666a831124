"""Loaded language, round 139: the writer's stress comment in a copula's parenthesis (issue 16).

Round 107's stressed copula (``stance._STRESSED_COPULA``) raises a verdict the writer vouches
for between commas ("was, by any measure, a shambles"). The comment itself, "quite simply",
"simply put" or "put simply" set off between a copula's comma and a comma before a noun
phrase, is the writer's emphasis on the predicate (Quirk et al. 8.100, emphasizers), so it
warns now (editorial-adverb rule pattern). Not "Quite simply:" opening a paragraph, not the
manner adverb ("explained the rules quite simply"), not a speaker's quoted words.

Second: an attitudinal disjunct opening the sentence, set off by its comma ("Sadly, ...",
"Mercifully, ..."), before a clause that only a tag at the sentence's end attributes ("...,
the inspectors wrote"): the tag reports the clause, the comment on it is the writer's, so the
tag no longer caps the disjunct at ``info``. A comment inside the clause ("has, sadly,
closed"), a speaker's lead ("She said sadly ...") and a quotation still give the words to
the speaker.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.mark.parametrize(("sentence", "word"), [
    ("The kettle is, quite simply, the best buy of the spring.", "quite simply"),
    ("It was, simply put, a fiasco from start to finish.", "simply put"),
    ("The new ferry is, quite simply, a joy to ride.", "quite simply"),
    ("The twin valleys are, put simply, the loveliest walk in the county.", "put simply"),
])
def test_round139_stress_comment_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word", "not_terms"), [
    ("Quite simply: the council must act.", "quite simply", ("quite simply",)),
    ("She explained the rules quite simply, then left.", "quite simply", ("quite simply",)),
    ("Put simply, the tax rises in April.", "put simply", ("put simply",)),
    ("The bridge is, quite simply, closed until May.", "quite simply", ("quite simply",)),
    ("\"The bridge is, quite simply, the worst in the county,\" the engineer said.", "quite simply", ()),
])
def test_round139_stress_comment_traps(lint, sentence: str, word: str, not_terms: tuple[str, ...]) -> None:
    assert_loaded_trap(lint, sentence, word, not_terms)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Sadly, the ward had already closed, the inspectors wrote.", "Sadly"),
    ("Mercifully, nobody was hurt in the blaze, the fire service said.", "Mercifully"),
    ("But sadly, the ferry never sailed again, the owners said.", "sadly"),
])
def test_round139_fronted_disjunct_before_tag_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("She said sadly that the ward had closed.", "sadly"),
    ("\"Sadly, the ward had closed,\" the inspector said.", "Sadly"),
    ("The pier has, sadly, closed for good, the council said.", "sadly"),
])
def test_round139_fronted_disjunct_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)

