"""Loaded language, round 145: one kind of judgement adjective grown from WordNet (issue 16:
breadth of the lexicon by kind, each kind from a source that can be read offline).

The kind: verdicts on how a decision, a plan or a remark was thought out, the adjectives of
WordNet 3.0's clusters of "foolish" and "imprudent" whose commonest senses all lie in those
clusters and that are no noun or verb as well (``benchmarks/wordnet_unwise.py``). They join the
judgement rule unmeasured, so the judge warns only in evaluative use (attributive, predicative)
in the writer's voice. Traps: the same words in a quotation, in reported speech, in a tail tag,
and the words of the clusters that the sense filter keeps out ("rash", "mad").

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
    ("The decision was ill-judged, and the ferry office reopened.", "ill-judged"),
    ("It was an ill-considered attempt to calm the bond market.", "ill-considered"),
    ("The council's injudicious remarks about the tenants drew complaints.", "injudicious"),
    ("The plan was imprudent.", "imprudent"),
    ("The panel spent an hour on inane questions about the logo.", "inane"),
    ("It was an unwise plan, and the board dropped it in May.", "unwise"),
    ("The mayor made an ill-judged attempt to calm the market.", "ill-judged"),
])
def test_round145_unwise_kind_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The minister said the decision was ill-judged.", "ill-judged"),
    ("The decision was ill-judged, the union leader said.", "ill-judged"),
    ("The minister said the plan was unwise.", "unwise"),
    ("The plan was unwise, the union leader said.", "unwise"),
])
def test_round145_unwise_kind_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


def test_round145_quoted_verdict_is_the_speakers(lint) -> None:
    sentence = '"The decision was ill-judged," said Ana Ruiz, who chairs the union branch.'
    assert severity_in_body(lint, sentence, "ill-judged") != "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # the sense filter keeps out a word that is a noun too, and one with other common senses
    ("A rash spread across the patient's arms overnight.", "rash"),
    ("The crowd went mad when the whistle blew.", "mad"),
])
def test_round145_filtered_words_are_not_terms(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word, not_terms=(word,))


def test_round145_kind_is_wordnets() -> None:
    from pathlib import Path

    if not Path("/usr/share/wordnet/data.adj").exists():
        pytest.skip("WordNet 3.0 is not installed")
    from benchmarks.wordnet_unwise import FOOLISH, kind

    words = dict(kind(FOOLISH))
    assert {"ill-judged", "injudicious", "unwise", "fatuous", "misguided"} <= set(words)
    assert not {"rash", "mad", "silly", "absurd", "fond"} & set(words)
    # every word of the kind is in the lexicon now
    assert all(words.values()), [w for w, known in words.items() if not known]
