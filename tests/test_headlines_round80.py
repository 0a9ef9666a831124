"""Round 80: another story's headline pasted into the copy is not the writer's voice, in
every family (issues 14-16).

One detector (:mod:`lintnews.builtin.shared.headlines`) reads a line as another
story's headline: under a list label, an entry of a timeline of earlier stories, a line of a
run of headline-shaped lines. The advertorial family reports the lines; a vague source or a
loaded word on such a line is lowered to ``info``, whichever rules are selected. Each case
has its pair: the same words as the story's own one-line paragraph, or glued after a story
sentence on its line, still warn.

Sentences written for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.shared.headlines import other_story, own_timeline_entry
from lintnews.document.document import Document


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

TITLE = "Lorries to use harbour road at night\n\n"
STORY = ("The harbour company will send its lorries along the coast road between midnight and six "
         "from next month, the council confirmed on Tuesday after a meeting that ran late.\n\n")
AFTER = "The company said the change would take forty lorries a day off the town centre at peak hours.\n"

TIMELINE = (TITLE + STORY + AFTER + "\nTimeline:\nMarch 2023 - Harbour firm fined over oil spill\n"
            "August 2024 - Residents raise fears over night lorries\n"
            "January 2025 - Harbour firm plans new depot at the quay\n\nContact the newsdesk with your story.\n")
OWN_LINE = TITLE + STORY + "Residents say the lorries already run through the night.\n\n" + AFTER
GLUED = (TITLE + STORY + "Residents say the lorries already run through the night. "
         "READ MORE: Harbour firm fined over oil spill\n\n" + AFTER)
RUN = (TITLE + STORY + "Ferry strike turns into a disaster for island shops\n"
       "Lifeboat crew rescues two walkers cut off by the tide\n"
       "Bakery on the quay closes after eighty years of trading\n\n" + AFTER)
OWN_WORD = TITLE + STORY + "The ferry strike has been a disaster for the island's shops.\n\n" + AFTER
LABELLED = (TITLE + STORY + AFTER + "\nMost read\nFerry strike turns into a disaster for island shops\n"
            "Lifeboat crew rescues two walkers\n")


def _severity(lint, text: str, word: str, select: tuple[str, ...] | None = None) -> str | None:
    at = text.index(word)
    line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    settings = {"select": select} if select else {}
    found = [d.severity.value for d in lint(text, **settings)
             if d.category != "advertorial" and d.line == line and d.column <= column < d.end_column]
    return found[0] if found else None


@pytest.mark.parametrize("select", [None, ("unattributed-claim",)])
def test_vague_source_in_a_timeline_entry_is_a_hint(lint, select) -> None:
    assert _severity(lint, TIMELINE, "Residents raise", select) == "info"


@pytest.mark.parametrize("text", [OWN_LINE, GLUED])
def test_vague_source_in_the_story_warns(lint, text: str) -> None:
    assert _severity(lint, text, "Residents say", ("unattributed-claim",)) == "warning"


@pytest.mark.parametrize("select", [None, ("loaded-language",)])
def test_loaded_word_in_a_run_of_headlines_is_a_hint(lint, select) -> None:
    assert _severity(lint, RUN, "disaster", select) == "info"
    assert _severity(lint, LABELLED, "disaster", select) == "info"


def test_loaded_word_in_the_story_warns(lint) -> None:
    assert _severity(lint, OWN_WORD, "disaster", ("loaded-language",)) == "warning"


def test_the_detector_says_which_list(registry) -> None:
    def doc(text: str) -> Document:
        return Document(registry.readers["text"].read(text), "t")

    timeline = doc(TIMELINE)
    # (round 137 reads "Timeline:" over dated entries in sentence case as the story's own
    # timeline, not a list of earlier stories; the entry is still told apart from the prose)
    assert other_story(timeline, TIMELINE.index("Residents raise")) is None
    assert "own timeline" in (own_timeline_entry(timeline, TIMELINE.index("Residents raise")) or "")
    assert own_timeline_entry(timeline, TIMELINE.index("forty lorries")) is None
    assert other_story(timeline, TIMELINE.index("forty lorries")) is None
    assert "Most read" in (other_story(doc(LABELLED), LABELLED.index("disaster")) or "")
    assert other_story(doc(GLUED), GLUED.index("Residents say")) is None
    assert other_story(doc(OWN_LINE), OWN_LINE.index("Residents say")) is None
