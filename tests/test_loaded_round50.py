"""Loaded language, round 50: whose voice, by a battery of voice frames.

The issue's own example of indirect speech, "..., says Dr Ana Ruiz", was read as the speaker's
only when the sentence ended at the name: with the speaker described in apposition after it
("..., says Ana Ruiz, an economist at Leeds University.") the words before the tag were the
writer's again. A noun phrase in apposition, with no clause of its own, now ends a tag as a
time or place adjunct does. The same battery showed three more frames read as the writer's:
an adjunct of viewpoint opening the clause ("In Ana Ruiz's view, ...", "As the union sees it,
..."), a closing tag whose speaker is a group named by a bare plural ("..., critics say.") or
carries a relative clause ("..., says one nurse, who asked not to be named."), and a group
speaker after a capitalised quantifier ("Many critics feel ..."). Found by batteries written for
them, not by corpus misses. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint


@pytest.mark.parametrize("text, word", [
    ("The plan is a disaster for the town, says Dr Ana Ruiz, an economist at Leeds University.", "disaster"),
    ("The plan is a shameful mess, says Ana Ruiz, an economist at Leeds University.", "shameful"),
    ("The rollout was a shambles, said Tom Hale, the union's leader, on Tuesday.", "shambles"),
    ("The ruling is outrageous, Ana Ruiz said, her voice shaking.", "outrageous"),
    ("The ruling is outrageous, said Ana Ruiz, the council's lawyer.", "outrageous"),
    ("In Ana Ruiz's view, the cuts are brutal.", "brutal"),
    ("In the eyes of the union, the cuts are brutal.", "brutal"),
    ("As the union sees it, the cuts are brutal.", "brutal"),
    ("The cuts are brutal, critics say.", "brutal"),
    ("The cuts are brutal, many economists believe.", "brutal"),
    ("The cuts are brutal, says one nurse, who asked not to be named.", "brutal"),
    ("Many critics feel the cuts are brutal.", "brutal"),
])
def test_tag_with_the_speaker_described_is_the_speakers(lint, text, word):
    assert severity_of(lint, text, word) == "info"


@pytest.mark.parametrize("text, word", [
    # a clause after the tag is the writer's main clause again
    ("The plan is a disaster, says Ana Ruiz, and the council has ignored her warnings for years.", "disaster"),
    # no tag at all: an apposition on the sentence's own subject
    ("The plan, a disaster for the town, was approved by Ana Ruiz, the mayor.", "disaster"),
    # whose experience the writer describes is not whose view it is
    ("For Ana Ruiz, the cuts were brutal.", "brutal"),
    # the viewpoint's clause ends where the writer's own begins
    ("In the union's view, the cuts are unfair, but the brutal truth is that the money is gone.", "brutal truth"),  # round 156: the phrase
])
def test_the_writers_words_still_warn(lint, text, word):
    assert severity_of(lint, text, word) == "warning"
