"""Review 113: cost and correctness of rounds advert109/110, unattr113/114 and loaded111/113/114.

1. Round 114's "nothing said" object ("saying almost nothing", "said little") closed the
   speech verb's reported clause even when a finite verb followed the pronoun, which is then
   the clause's subject: "Officials said nothing could justify the shameful delays" lost the
   attribution that kept "shameful" a hint. A modal or an auxiliary after it (with "more",
   "else" or "further" between) keeps the clause open now.
2. Round 113's label noun "read as a verb" after a frequency adverb took any plural label
   ("the crowd was often thugs hired by the party"): the -s form must be one the lexicon knows
   as a verb's third person ("swamps", "bullies"), not a plural noun only ("thugs").
3. Cost: the new constructions (a circulated post's "claimed", the bare "or admit", a
   fact-check label, the label noun as a verb, the nothing said) repeated n and 8n times in one
   paragraph with no sentence break grow about eight-fold.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import best_time, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("Officials said nothing could justify the shameful delays at the port.", "shameful"),
    ("The minister said little would change for the disgraceful estate.", "disgraceful"),
    ("The mayor said nothing more had been done about the shameful delays.", "shameful"),
])
def test_nothing_that_opens_the_reported_clause_keeps_it_attributed(lint, sentence, word) -> None:
    assert severity_in_body(lint, sentence, word) == "info"


def test_a_plural_label_after_an_adverb_is_still_a_label(lint) -> None:
    assert severity_in_body(lint, "The crowd outside the hall was often thugs hired by the party.", "thugs") == "warning"


def test_a_label_noun_the_lexicon_knows_as_a_verb_is_still_read_as_one(lint) -> None:
    assert severity_in_body(lint, "It is a warm bass that never swamps the vocals.", "swamps") is None


@pytest.mark.parametrize("unit", [
    "a post shared widely on the forum and passed round parents groups claimed that the pier would close, and ",
    "finish the network, or admit the money was wasted, ",
    "it is a bass that never swamps the vocals and it swamps the small print, ",
    "the mayor, saying almost nothing for long stretches, was a disgrace and ",
    "the plan was a disaster, the results offer a glimmer of hope, ",
])
def test_the_new_constructions_take_linear_time_in_one_long_paragraph(lint, unit) -> None:
    # Eight times the repeats: linear reads 8-9 times the time, a quadratic pass 30 and more
    small = best_time(lint, "Harbour news\n\n" + unit * 100)
    large = best_time(lint, "Harbour news\n\n" + unit * 800)
    assert large < 16 * small + 0.05, (small, large)
