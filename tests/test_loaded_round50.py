"""Loaded language, round 50: the speaker's description after a closing tag.

The issue's own example of indirect speech, "..., says Dr Ana Ruiz", was read as the speaker's
only when the sentence ended at the name: with the speaker described in apposition after it
("..., says Ana Ruiz, an economist at Leeds University.") the words before the tag were the
writer's again. A noun phrase in apposition, with no clause of its own, now ends a tag as a
time or place adjunct does. Found by a battery of voice frames written for it, not by a corpus
miss. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of


@pytest.mark.parametrize("text, word", [
    ("The plan is a disaster for the town, says Dr Ana Ruiz, an economist at Leeds University.", "disaster"),
    ("The plan is a shameful mess, says Ana Ruiz, an economist at Leeds University.", "shameful"),
    ("The rollout was a shambles, said Tom Hale, the union's leader, on Tuesday.", "shambles"),
    ("The ruling is outrageous, Ana Ruiz said, her voice shaking.", "outrageous"),
    ("The ruling is outrageous, said Ana Ruiz, the council's lawyer.", "outrageous"),
])
def test_tag_with_the_speaker_described_is_the_speakers(lint, text, word):
    assert severity_of(lint, text, word) == "info"


@pytest.mark.parametrize("text, word", [
    # a clause after the tag is the writer's main clause again
    ("The plan is a disaster, says Ana Ruiz, and the council has ignored her warnings for years.", "disaster"),
    # no tag at all: an apposition on the sentence's own subject
    ("The plan, a disaster for the town, was approved by Ana Ruiz, the mayor.", "disaster"),
])
def test_the_writers_words_still_warn(lint, text, word):
    assert severity_of(lint, text, word) == "warning"
