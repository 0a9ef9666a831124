"""Review 75: the round 75 holder shapes read the story before a next sentence once, not once
per cue, and the edges of the next sentence.

``holders._named_before`` asked, for every cue whose next sentence gives a definite agent ("the
society confirmed the figure"), whether the story had named it earlier ("the Harbour Society"),
by searching the whole text before that sentence again: quadratic in a long paragraph (a 200 KB
paragraph of such pairs took 8.7 s, 13 times the 50 KB one; now linear). The answer is now kept
per document and head word (``attribution/named.py``, held on the judge's ``DocFacts``).

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, best_time, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _time(lint, unit: str, n: int) -> float:
    text = LEAD + unit * n
    return best_time(lint, text)


SHAPES = {
    "active": "The figure is thought to be 3,000. The society confirmed the figure on Monday. ",
    "passive": "The plan is believed to be flawed. The estimate was confirmed by the trust's staff on Monday. ",
}


@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_a_paragraph_of_definite_agents_next_takes_linear_time(lint, unit):
    _time(lint, unit, 20)  # (the first run compiles what the shape needs)
    small, large = _time(lint, unit, 300), _time(lint, unit, 1200)
    assert large < 8 * small + 0.05, (small, large)  # (quadratic: 13 times, and seconds)


def test_a_definite_agent_is_named_by_the_story_anywhere_before_it(lint):
    pair = "The bridge is believed to date from 1320. This was confirmed by the society on Friday. "
    # named once, far back: every later pair of the paragraph is cleared by it
    named = LEAD + "The Harbour Society owns the bridge.\n\n" + pair * 40
    assert not claims(lint, named)
    # never named: each is a hint, none cleared and none warned
    never = LEAD + pair * 40
    assert len(claims(lint, never)) == 40
    assert_hint(lint, never)
    # named only after the pair: the pair before the name is a hint, those after it cleared
    late = LEAD + pair + "The Harbour Society owns the bridge. " + pair
    (hint,) = claims(lint, late)
    assert hint.column < len(pair)


def test_what_one_document_names_is_not_kept_for_the_next(lint):
    pair = "The bridge is believed to date from 1320. This was confirmed by the society on Friday."
    assert not claims(lint, LEAD + "The Harbour Society owns the bridge. " + pair)
    assert_hint(lint, LEAD + pair)  # (the same engine: the earlier text's names are gone)


@pytest.mark.parametrize("text", [
    "",
    "\"",
    "“",
    "The bridge is believed to date from 1320.",
    "The bridge is believed to date from 1320. \"",
    "The bridge is believed to date from 1320. This was confirmed by the",
    "The bridge is believed to date from 1320. This was confirmed by",
])
def test_a_next_sentence_that_is_missing_empty_or_cut_off_raises_nothing(lint, text):
    found = claims(lint, LEAD + text)
    if "believed" in text:
        assert warnings(lint, LEAD + text)  # (nobody is named: the claim stays a warning)
    else:
        assert not found
