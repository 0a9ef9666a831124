"""Loaded language, round 167: small general gaps round 166 named (issue 16).

Built:

- *The enclitic copula on a pronoun* (``loaded/copulas`` ``contracted``, read by every copula
  check through ``evidence.classes().copulas``; ``evidence/stance.py`` ``_CONTRACTED_SUBJECT``
  for the predicate's subject): "it's", "that's", "she's", "they're" are the copula as the
  uncontracted "it is" is ("it's a slam dunk", "they're a shambles"). Only on a pronoun: on a
  noun "'s" may be the genitive.
- *Person nouns WordNet's share rule could not see* (``benchmarks/wordnet_persons.py``):
  the nouns SemCor never tagged whose first sense is a person (``loaded/person-nouns-untagged``:
  "punter", "motorist", "neighbour"), the plurals of person nouns that are adjectives too
  (``loaded/person-plurals``: "residents", "regulars"), and the plural people-words of copy
  WordNet lacks (``loaded/copy-people``: "locals", "fans", "commuters").
- *The dash or bullet that opens a live blog's entry* (``evidence/labels.py``
  ``_opens_phrase``): the word after it opens the sentence ("— Devastated shopkeepers ...").

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
    # the copula cliticised to a pronoun subject
    ("For savers with a large balance, it's a slam dunk.", "slam dunk"),
    ("For most renters, it’s a slam dunk.", "slam dunk"),
    ("The buses are late again, and they're a shambles.", "shambles"),
    # people-words the WordNet share rule missed, after the "as" clause's participle
    ("The bakery sold out by nine as panicked locals stocked up on bread.", "panicked"),
    ("The shelves emptied as panicked regulars filled their bags.", "panicked"),
    ("Disgraced punters were banned from the course for a year.", "Disgraced"),
    ("The disgraced motorist was banned from driving for two years.", "disgraced"),
    # the live blog's entry, opened by a dash or a bullet
    ("— Devastated shopkeepers counted the cost of the flood.", "Devastated"),
    ("• Disgraced traders were barred from the market.", "Disgraced"),
    ("- Panicked commuters crowded the platform.", "Panicked"),
])
def test_round167_writer_verdict_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word", "not_terms"), [
    # a supposed, a denied, a quoted and an attributed contracted predicate
    ("If it's a slam dunk, the board will approve it.", "slam dunk", ()),
    ("It's not a slam dunk for anyone.", "slam dunk", ()),
    ('"It\'s a slam dunk," the chairman said.', "slam dunk", ()),
    ("It's a slam dunk, the chairman said.", "slam dunk", ()),
    # the basketball shot after a contracted copula, no predicate's end
    ("It's a slam dunk from the halfway line that everyone remembers.", "slam dunk", ()),
    # the singular of an adjective lookalike is no person noun: "local" modifies
    ("The disgraced local council leader resigned on Monday.", "disgraced", ()),
    ("Devastated resident groups met the council.", "Devastated", ()),
    # a singular of the copy's plurals is no person noun
    ("A ceiling fan spun above the panicked commuter.", "panicked", ()),
    # a name in capitals
    ("The film Panicked Locals opens on Friday.", "Panicked", ()),
    # a dash inside the sentence opens no entry
    ("The road closed at noon — panicked locals queued at the bridge.", "panicked", ()),
    # a participle with a plain state beside, and a reported state, after the entry's dash
    ("— Troubled teenagers were given mentors by the school.", "Troubled", ()),
    ("— Injured passengers were taken to hospital.", "Injured", ("injured",)),
])
def test_round167_plain_or_reported_stays(lint, sentence: str, word: str, not_terms: tuple[str, ...]) -> None:
    assert_loaded_trap(lint, sentence, word, not_terms=not_terms)


@pytest.mark.parametrize(("sentence", "word"), [
    # the controls: the uncontracted copula and the person noun of the share rule still warn
    ("For savers with a large balance, it is a slam dunk.", "slam dunk"),
    ("The shelves emptied as panicked shoppers filled their bags.", "panicked"),
    ("Devastated shopkeepers counted the cost of the flood.", "Devastated"),
])
def test_round167_controls_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


def test_round167_contracted_copulas_are_pronouns_only() -> None:
    """The enclitic copulas are read on pronouns, both apostrophes; never the genitive of a
    noun nor the existential "there's"."""
    from lintnews.builtin.loaded.evidence.evidence import classes

    copulas = classes().copulas
    assert {"it's", "it’s", "that's", "they're", "she’s"} <= copulas
    assert not {"there's", "plan's", "let's"} & copulas


def test_round167_person_classes_read_plurals_only() -> None:
    """The adjective lookalikes and the copy's words are read in the plural only."""
    from lintnews.builtin.loaded.evidence.evidence import classes

    persons = classes().persons
    assert {"locals", "regulars", "residents", "punter", "punters", "neighbour"} <= {
        w for w in ("locals", "regulars", "residents", "punter", "punters", "neighbour") if w in persons}
    assert "local" not in persons and "regular" not in persons and "fan" not in persons
