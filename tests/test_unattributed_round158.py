"""Unattributed claims, round 158: precision on round 157's lore (issue 14, review 128's reports).

1. A work or a medium that holds the stories (word class story-work-nouns, read by
   lore.py's ``_in_work``): "in / from / at / on the <work>" in the story's clause makes the
   stories the work's (fiction, a feature, a caption): silent.
2. The content before the verb of going round: "Stories of him taking bribes still
   circulate", "Tales of a hidden hoard abound": warned.
3. "Stories continue to circulate of": warned.
4. One claim, one diagnostic: "Villagers say there are stories of" keeps the vague source's
   warning only.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    "There are stories of dragons guarding treasure in the book.",
    "There are stories of refugees arriving by boat in the documentary.",
    "Tales are told of fishermen rowing through the storm, in a mural at the harbour.",
    "Stories are told of miners digging through the night in the new exhibition.",
    "There are tales of smugglers hiding brandy in caves from the museum's collection.",
    "The exhibition tells stories of fishermen rowing through the storm.",
])
def test_stories_a_work_holds_are_silent(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not [d for d in claims(lint, text) if "told by whom" in d.message], \
        [d.message for d in claims(lint, text)]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Stories of him taking bribes still circulate.", "'Stories of him taking bribes still circulate'"),
    ("Tales of a hidden hoard abound.", "'Tales of a hidden hoard abound'"),
    ("Stories of the coach locking players out continue to circulate in the town.",
     "'Stories of the coach locking players out continue to circulate'"),
    ("Stories continue to circulate of him taking bribes.", "'Stories continue to circulate of'"),
    ("Tales continue to swirl about her hiding the ledger.", "'Tales continue to swirl about'"),
])
def test_the_other_word_orders_are_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Stories of the mayor persisted.",
    "Stories of hope abound.",
    "Stories of him taking bribes spread fear.",
    "Stories of players who persist make good television.",
    "Stories of the spread worried parents.",
])
def test_the_traps_of_the_content_first_order_are_silent(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


def test_a_vague_source_saying_there_are_stories_is_one_diagnostic(lint) -> None:
    text = LEAD + "Villagers say there are stories of wolves being seen."
    found = [d.message for d in claims(lint, text)]
    assert len(found) == 1 and "villagers" in found[0].lower(), found


def test_a_vague_source_saying_that_there_are_stories_keeps_the_source(lint) -> None:
    text = LEAD + "Residents claim that there are stories of the mill being sold."
    found = [d.message for d in claims(lint, text)]
    assert found and not [m for m in found if "told by whom" in m], found


def test_a_story_with_no_work_is_still_warned(lint) -> None:
    assert_warned(lint, LEAD + "There are stories of him hiding cash at the depot.", "'There are stories of'")
