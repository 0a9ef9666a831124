"""Review 114: cost and correctness of rounds unattr119-121, loaded119-120 and advert111.

1. Cost. Every cue of a sentence asked what the next sentence answers for it: its holder named
   (``holders.holder_named_next``), a named confirmation (``clearing.confirmed_next``) and,
   new in round 119, its non-answer ("declined to say where", ``coverage.NON_ANSWER``). Each
   answer is the sentence's, not the cue's, but it was found again for every cue: a long
   sentence of many unnamed sources before a long next sentence took time as the square of
   their length (eight times the text, 30-36 times the time). The answers are kept per
   sentence in the judge's ``DocFacts`` now.
2. Wrong reading. Round 119's sports figure ("stormed to victory", "romped to a 5-0 win")
   took a result noun that opens a longer noun phrase: "armed police stormed into the gold
   vault", "troops stormed into the final stronghold" are an assault on a building, the
   literal sense, and were warned. The result noun closes its phrase now (a stop, or a
   preposition or conjunction after it).

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import best_time, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _sources_then_answer(n: int) -> str:
    """One sentence of ``3n`` unnamed sources, then a long sentence that answers for none."""
    cues = "Some say the plan failed, and critics say it was rushed, and many believe it was costly; " * n
    answer = "The minister said the plan would go ahead but declined to say when " + "and the chief said " * n
    return "Harbour news\n\n" + cues + ". " + answer + ".\n"


def test_many_cues_before_a_long_next_sentence_take_linear_time(lint) -> None:
    # Eight times the repeats: linear reads 8-9 times the time, the per-cue scans 30 and more
    small = best_time(lint, _sources_then_answer(50))
    large = best_time(lint, _sources_then_answer(400))
    assert large < 16 * small + 0.05, (small, large)


def test_the_next_sentences_answer_is_the_same_for_every_cue(lint) -> None:
    # the kept answer is the sentence's: each cue still gets it (a named confirmation clears all)
    text = ("Harbour news\n\nSome say the pier will close, and critics say it is unsafe.\n\n"
            "Some say the pier will close, and critics say it is unsafe. The Harbour Board confirmed it.\n")
    lines = sorted(d.line for d in lint(text, select=("unattributed-claim",)))
    assert 3 in lines and 5 not in lines, lines


@pytest.mark.parametrize(("sentence", "word"), [
    ("Armed police stormed into the gold vault at dawn.", "stormed"),
    ("Troops stormed into the final stronghold of the rebels.", "stormed"),
    ("Commandos stormed into the crown prince's compound.", "stormed"),
    ("Riot police stormed into a gold market in the old city.", "stormed"),
])
def test_a_building_stormed_is_no_sports_figure(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) is None


@pytest.mark.parametrize(("sentence", "word"), [
    ("She stormed to victory in Paris.", "stormed"),
    ("He romped to a 5-0 win over Leeds.", "romped"),
    ("The side stormed into the final.", "stormed"),
    ("She stormed to gold in the 400m.", "stormed"),
    ("The teenager storms to victory.", "storms"),
])
def test_the_storm_to_victory_figure_still_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"
