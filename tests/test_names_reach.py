"""A headline's capitalised pair read as a name in the body (round 81) looks within an
article's reach of the hit, not the whole text: over a 10 MB file of many pieces every
headline word read the whole file (17 s more CPU over two cores, found by the closing
benchmark). Sentences written for the test, none from a corpus."""

from __future__ import annotations

import pytest

from tests.family_lint import best_time


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

PIECE = ("Review: Brutal Harbour - a night at the dome\n\n"
         "The band Brutal Harbour played for two hours to a full hall.\n\n")
# the pair only in headlines: each one found again elsewhere in the file, never in running
# text, so the old whole-text search ran to the end for every headline
HEADLINE_ONLY = "Review: Brutal Harbour - a night at the dome\n\nThe hall was full for two hours.\n\n"


def _time(lint, pieces: int) -> float:
    return best_time(lint, HEADLINE_ONLY * pieces)


def test_the_name_in_running_text_still_clears_the_headline_word(lint):
    found = [d for d in lint(PIECE) if d.line == 1 and d.rule.startswith("loaded-language")]
    assert found == []  # "Brutal Harbour" is the band the body names


def test_many_pieces_take_linear_time(lint):
    _time(lint, 20)  # (the first run compiles what the pieces need)
    small, large = _time(lint, 250), _time(lint, 1000)
    assert large < 5 * small + 0.05, (small, large)  # (the whole-text search: 8 times and more)
