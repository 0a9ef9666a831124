"""Loaded language, round 147: praise of what a voice, a work or a day did to the listener, a
kind grown from WordNet (issue 16: recall on profiles, tributes and reviews of careers).

The kind: the adjectives of WordNet 3.0's clusters of "moving" and "unforgettable" that pass
round 145's filters and, for a verb's -ing form, are read as an adjective in WordNet's tagged
corpus (``benchmarks/wordnet_moving.py``): "haunting", "soul-stirring", "red-letter". They join
the puffery rule at ``info`` (unmeasured), so the judge warns only in evaluative use in the
writer's voice: attributive before a noun ("his haunting voice"), predicative after a degree
word ("is genuinely haunting"), and the adverb grading an adjective after a copula (round 78's
reaction degree: "is hauntingly beautiful"). Traps: the verb's form ("kept haunting him"),
reported speech, a tail tag, a quotation, the cluster's words the filters keep out.

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
    ("He kept the old songs alive, and his haunting voice carried them to halls abroad.", "haunting"),
    ("The final scene, staged in an empty ballroom, is genuinely haunting.", "haunting"),
    ("The album closes with a ballad that is hauntingly beautiful.", "hauntingly"),
    ("It was a red-letter day for the little club.", "red-letter"),
    ("The bishop gave a soul-stirring sermon at the memorial.", "soul-stirring"),
])
def test_round147_moving_kind_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # the verb's form: the memory is the subject, no praise of a work
    ("The memory of the crash kept haunting him for years.", "haunting"),
    # another's voice: reported speech and a tail tag
    ("The conductor said the final movement was haunting.", "haunting"),
    ("The final movement was haunting, the conductor said.", "haunting"),
    ("Her widower said it had been a red-letter day for the family.", "red-letter"),
])
def test_round147_moving_kind_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


def test_round147_quoted_praise_is_the_speakers(lint) -> None:
    sentence = '"She had a haunting voice," said Tom Reyes, who played in her band for 20 years.'
    assert severity_in_body(lint, sentence, "haunting") != "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # the filters keep out the cluster's verb forms never read as adjectives, and nouns
    ("The new rules are affecting small farms across the county.", "affecting"),
    ("The cook was stirring the soup when the alarm went off.", "stirring"),
])
def test_round147_filtered_words_are_not_terms(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word, not_terms=(word,))


def test_round147_kind_is_wordnets() -> None:
    from pathlib import Path

    if not Path("/usr/share/wordnet/data.adj").exists():
        pytest.skip("WordNet 3.0 is not installed")
    from benchmarks.wordnet_moving import kind

    words = dict(kind())
    assert {"haunting", "soul-stirring", "red-letter", "heartwarming", "unforgettable"} <= set(words)
    assert not {"affecting", "touching", "stirring", "moving", "poignant"} & set(words)
    # every word of the kind is in the lexicon now
    assert all(words.values()), [w for w, known in words.items() if not known]
