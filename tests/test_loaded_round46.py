"""Loaded language, round 46: a fresh writer's tuning half (L, half A), read for recall.

No reading was added this round: the three general changes tried (an epistemic stance adverb
in the auxiliary slot, "she is clearly enjoying it"; the other forms of the words GUIDELINES.md
names, "slam" beside "slammed"; act and project nouns that an adjective judges, "visionary
leadership", "a landmark project") each failed a guard (ptc-dev precision, a news-check false
alarm) or lifted the tuning half alone (docs/history/loaded-language.md, round 46). These tests
pin what the judge does with those sentences now, so that a later round that changes it does so
on purpose, with each reading next to the cue that still warns. Sentences written for these tests.
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
    ("Clearly, the council misjudged the mood.", "Clearly"),
    ("The plan was, of course, a disaster.", "of course"),
    ("Critics slammed the visionary leader.", "slammed"),
])
def test_the_writers_cue_still_warns(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


@pytest.mark.parametrize("text, word", [
    # a stance adverb in the auxiliary slot: ptc-dev, 9 false alarms for no true hit
    ("The minister is clearly enjoying the attention.", "clearly"),
    ("The delay was obviously a blow to the tenants.", "obviously"),
    # a form of a named word the tuning corpora never measured: a news-check false alarm
    ("Fans took to social media to slam the decision.", "slam"),
])
def test_held_at_a_hint(lint, text, word):
    assert severity_of(lint, text, word) == "info"


# an adjective of praise before an act or project noun the judged class lacks: a hint until
# round 71, whose praise before a thing of any kind (``evaluative.praised_thing``) warns on it
@pytest.mark.parametrize("text, word", [
    ("Under the mayor's visionary leadership, the port grew.", "visionary"),
    ("The council opened a landmark project on Friday.", "landmark"),
])
def test_praise_before_an_act_warns_since_round_71(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


@pytest.mark.parametrize("text, word", [
    ("The exits were clearly marked.", "clearly"),
    ("The peak was clearly visible from the road.", "clearly"),
])
def test_a_manner_or_fixed_use_is_not_reported(lint, text, word):
    assert severity_of(lint, text, word) is None
