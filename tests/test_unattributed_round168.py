"""Unattributed claims, round 168: gossip, commentary and groups (issue 14).

Built, each a construction of English with its traps:

1. A guess or hint as a group's view (word class ``attribution/group-views``: suggest,
   speculate): "Gossip columnists have suggested that" is a bare plural's view in the perfect
   or the progressive; the plain present of "suggest" is most often advice and is not read.
2. A claim held against doubt in the plain past (word class ``attribution/upheld-claims``:
   insist, maintain, contend; sources/unnamed.py ``_contested_past``): "Viewers insisted that
   the final had been fixed", with its that-clause only ("insisted on a refund", "maintained
   the roads" are other senses).
3. A readiness to speak after "be" (sources/verbs.py ``_READINESS``): "Fans were quick to point
   out that", "Critics were keen to stress that" are the group's own verb in the active, not a
   passive ("Officials were told"); after a bare plural of people that is no source noun, the
   reaction told in the past is round 130's strict frame as the present is (sources/unnamed.py
   ``_REACTION``: "Shoppers were quick to claim that").
4. A milieu as the holder of a view (vague-source pattern): "The fashion set has long whispered
   that", "the chattering classes suspect", "the cognoscenti have long known that": a set or
   the classes of a world after a modifier, or the glitterati, with a verb of belief or talk
   and its clause.
5. Idioms of talk going round with nobody talking (vague-provenance patterns): "Tongues have
   been wagging", "the rumour mill has gone into overdrive".
6. Talk said to abound, swirl, persist or circulate with its clause (provenance.py
   ``_TALK_ABOUND``, read as round 98's verbs of growth): "Rumours abound that", "Whispers
   persist that".
7. A group going to a forum, or going far, to speak (sources/verbs.py ``_reach_to_speak``):
   "Fans have taken to social media to claim that", "Some have gone as far as to suggest that".
   "took to the streets to celebrate", "took to the idea" are no speech.
8. The internet or a platform as the crowd holding a view (vague-source pattern): "The internet
   is convinced that", "Social media has decided that". A platform's statement ("TikTok said")
   is a company's.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Gossip columnists have suggested that the actor turned down the role after a row over money.",
     "Gossip columnists have suggested"),
    ("Columnists are speculating that the couple will marry in June.", "Columnists are speculating"),
    ("Theatregoers have long speculated that the lead was miscast.", "Theatregoers have long speculated"),
])
def test_a_guess_as_a_group_view(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # traps: advice in the plain present; things, not people, that suggest
    "Gardeners suggest that you water the roses at dusk.",
    "Hikers suggest that walkers carry a map.",
    "Early results have suggested that the drug works.",
    "Scans have suggested that the bone healed badly.",
])
def test_advice_and_evidence_are_no_group_view(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Viewers insisted that the final had been fixed.", "Viewers insisted"),
    ("Gallery visitors maintained that the painting had been hung upside down.", "Gallery visitors maintained"),
    ("Diehard readers later contended that the ending had been rewritten.", "Diehard readers later contended"),
])
def test_a_claim_upheld_in_the_past(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # traps: the verbs' other senses, an auxiliary that makes another tense
    "Viewers insisted on a refund after the final was cancelled.",
    "Road crews maintained the verges until the council took over.",
    "Parents contended with queues that stretched round the block.",
    "Viewers had insisted that the final be replayed.",
])
def test_upheld_verbs_in_other_senses(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Fans were quick to point out that the ring was missing from her hand in the new photographs.",
     "Fans were quick to point"),
    ("Critics were keen to stress that the sequel is weaker than the original.", "Critics were keen to stress"),
    ("Shoppers were quick to claim that the store had quietly raised its prices.",
     "Shoppers were quick to claim"),
    ("Theatregoers were quick to suggest that the lead had been miscast.", "Theatregoers were quick to suggest"),
])
def test_a_group_quick_to_claim(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # traps: no claim (an act), a body of office, a possessive group
    "Fans were quick to buy tickets for the second night.",
    "Critics were eager to see the new production.",
    "Police were quick to point out that nobody had been hurt.",
])
def test_readiness_with_no_vague_claim(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The fashion set has long whispered that the label is in trouble.", "The fashion set has long whispered"),
    ("The chattering classes have long suspected that the minister wants the top job.",
     "The chattering classes have long suspected"),
    ("The Notting Hill set believes the film will flop.", "The Notting Hill set believes"),
    ("The cognoscenti have long known that the gallery is broke.", "The cognoscenti have long known"),
])
def test_a_milieu_holds_a_view(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # traps: a crowd at a scene, a set that is a thing, a set with no view
    "The crowd believed that the ball had crossed the line.",
    "The tea set has long been in the family.",
    "The jet set has long flocked to the island in August.",
    "The film set was built in a week.",
])
def test_sets_that_hold_no_view(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Tongues have been wagging about the pair since they left the gala together.", "Tongues have been wagging"),
    ("Tongues are already wagging about the new signing.", "Tongues are already wagging"),
    ("The rumour mill has gone into overdrive since the pair were seen together.",
     "The rumour mill has gone into overdrive"),
])
def test_talk_going_round(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # traps: a literal tongue or tail, a programme's name, a reaction with no talk told
    "The Rumour Mill is a podcast about celebrity culture.",
])
def test_wagging_that_is_no_talk(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    # look-alikes no rule of the family matches: a possessive or definite group quick to speak,
    # a literal wag, a reaction with no talk told
    "Her lawyers were quick to point out that she had never met him.",
    "The organisers were quick to point out that the stage had passed its checks.",
    "The dog's tail was wagging as the owner came in.",
    "Her dress set tongues wagging at the premiere.",
])
def test_look_alikes(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence, plain=(LEAD + sentence,))


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Rumours abound that the band will reunite for one last tour.", "Rumours abound"),
    ("Whispers persist that the chef will leave before the summer.", "Whispers persist"),
])
def test_talk_abounds(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # traps: no clause, a definite rumour told before
    "Rumours abound in every small town.",
    "The rumours persisted for a year.",
])
def test_talk_abounding_with_no_claim(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Fans have taken to social media to claim that the show was rigged.",
     "Fans have taken to social media to claim"),
    ("Viewers took to Twitter to complain that the ending made no sense.", "Viewers took to Twitter to complain"),
    ("Some have gone as far as to suggest that the film should be pulled.", "Some have gone as far as to suggest"),
])
def test_a_group_goes_to_speak(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # traps: a deed, not speech, after the forum; a liking; a deed gone far
    "Fans took to the streets to celebrate the win.",
    "Critics have taken to the idea with enthusiasm.",
    "Fans went as far as to camp outside the venue for a week.",
])
def test_going_to_do_something_else(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The internet is convinced that the couple have secretly married.", "The internet is convinced"),
    ("Social media has decided that the song is about her ex.", "Social media has decided"),
])
def test_the_internet_holds_a_view(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "TikTok said it had removed the video.",
    "The internet is down across the town.",
])
def test_a_platform_that_holds_no_view(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)
