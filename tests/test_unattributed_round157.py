"""Unattributed claims, round 157: lore and talk told by nobody (issue 14, recall on profiles).

1. Stories of an event with nobody telling them (lintnews/builtin/constructions/lore.py,
   word classes told-story-nouns, lore-going-round-verbs, tale-telling-verbs,
   story-content-stops): a story noun, bare or with a word of number or persistence, in the
   existential in any tense ("There are persistent stories of", "There have long been tales
   of", "there were stories that") or as the subject of a verb of going round ("Stories still
   circulate of", "Stories abound of") or of the agentless passive of telling ("Tales are
   still told of"), its content an of/about phrase that tells an event or a that-clause.
2. Talk going round as the source of a figure ("Industry chatter puts the cost at £3m") and
   the talk in a place whose content is a further or possible event ("The talk among union
   officials is of a second strike day"): two patterns of the vague-provenance rule.

Traps: a theme ("stories of hope"), a negation, a possessive or a definite story ("Her stories
of", "The story of"), a kind of story ("News stories", "Short stories", "Success stories"), a
relative clause ("stories that need telling"), an agent ("told by the older fishermen"), a
topic of talk ("the talk in the pub was of football", "of a new era"), "small talk puts guests
at ease", a conditional and a question; round 139's "story doing the rounds" keeps its cue.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("There are persistent stories of a lost series of portraits, painted in the year she left.",
     "'There are persistent stories of'"),
    ("Stories still circulate of him driving apprentices home through snowstorms.", "'Stories still circulate of'"),
    ("There are stories of residents stuck between floors for more than an hour.", "'There are stories of'"),
    ("Tales are still told of her sleeping in the office during the strike.", "'Tales are still told of'"),
    ("There have long been tales of him walking to work through the floods.", "'There have long been tales of'"),
    ("There were stories that he had turned down the job twice.", "'There were stories that'"),
    ("Stories abound of his players being sent home for turning up late.", "'Stories abound of'"),
    ("There is a story of the mayor swimming the river for a bet.", "'There is a story of'"),
    ("Anecdotes have circulated of the chef throwing pans at trainees.", "'Anecdotes have circulated of'"),
])
def test_stories_told_by_nobody_are_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Industry chatter puts the cost of the campaign at more than £3 million.",
     "'chatter puts the cost of the campaign at'"),
    ("Gossip in the village puts the sale price at £2 million.", "'Gossip in the village puts the sale price at'"),
    ("The talk among union officials is of a second national strike day before the summer.",
     "'The talk among union officials is of'"),
    ("14:45 The whisper in the dressing room is of a rival bid for the striker.",
     "'The whisper in the dressing room is of'"),
])
def test_talk_putting_a_figure_or_a_further_event_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "There are stories of hope in the rubble.",
    "There are no stories of anyone being hurt.",
    "Her stories of growing up in Leeds are funny.",
    "The story of the mill being saved is told in a new book.",
    "News stories about the closure appeared in March.",
    "There are many stories that need telling.",
    "Tales are told by the older fishermen of a storm that sank six boats.",
    "Short stories of village life fill the collection.",
    "Success stories of pupils getting into university are common.",
    "If there are stories of abuse being covered up, they must be investigated.",
    "Are there stories of ghosts being seen in the hall?",
    "Small talk puts guests at ease.",
    "The talk in the pub was of football.",
    "The talk at the conference was of a new era in computing.",
    "Their talk puts the figure at £5m.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


def test_a_named_teller_clears_the_story(lint) -> None:
    text = LEAD + "There are stories of him walking to work through the floods, his sister, Ann Cole, said."
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


def test_a_story_doing_the_rounds_keeps_round_139s_cue(lint) -> None:
    text = LEAD + "The story doing the rounds at the depot is that the night shift will be cut."
    assert warnings(lint, text), [d.message for d in claims(lint, text)]
