"""Unattributed claims, round 153: hearsay on the live page (issue 14, recall).

1. A live blog's entry opening with its time ("13:22 We hear that ...", "19:58 A clip doing the
   rounds ..."): the stamp heads the entry and is no word of its first clause, so the
   constructions that read a clause's start (the writer's informant, talk going round, material
   going round) read it after the stamp (attribution/cues.py, ``_after_stamp``).
2. The writer's informant in the live page's progressive ("We are hearing that", "I'm hearing
   the vote is off") and hearsay that has reached the newsroom ("Word has reached us that"):
   round 61's construction, the same content clause asked for.
3. Talk going round a group at a place ("Word among party activists at the count is that"):
   up to seven words of group and place.
4. Footage by other names: "clip" and "screenshot" join report-nouns ("A clip doing the rounds
   on messaging apps shows ...").
5. An inference from material nobody vouches for: "judging by" or "going by" and a bare plural
   of report-nouns ("judging by posts from passengers", "going by photos readers have sent
   us"); and "by one estimate" with round 50's "by some accounts".
6. Material passed round in the progressive: "A screenshot being shared widely appears to
   show", "Footage being circulated online shows" (round 123's reduced relative, after "being").

Traps: the verb with no clause ("We are hearing from voters"), a named informant after "from",
the plain past narrating ("Word reached me that my mother was ill"), a named source in the
sentence, a time inside a sentence, a clip that is a hair clip or a pace, "judging by the
queues" (the writer's sight), "the photos she posted", photos from a named body.

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
    ("13:22 We hear that two councillors will vote against the plan on Monday.", "We hear"),
    ("9.40am - I'm told the minister has cancelled her visit to the depot.", "told by whom"),
    ("21:05 We are hearing that the night train turned back short of the border.", "We are hearing"),
    ("I'm hearing the vote has been put off until Friday.", "I'm hearing"),
    ("10:10 Word has reached us that a cyclist has been hurt near the finish.", "Word has reached us"),
    ("Word has now reached us that the count will be delayed.", "Word has now reached us"),
    ("23:40 Word among union members at the depot gates is that the strike will go ahead.", "Word among"),
    ("Word among Green Party volunteers at the Eastfield count is that the seat is lost.", "Word among"),
    ("18:30 The talk among the stewards at the ground is that the match will be abandoned.", "talk among"),
    ("A clip doing the rounds on messaging apps shows the bridge swaying in the wind.", "A clip doing the rounds"),
    ("16:45 A screenshot doing the rounds shows a memo about the closure.", "A screenshot doing the rounds"),
    ("The crossing was packed by noon, judging by posts from drivers stuck in the queue.", "judging by posts"),
    ("Turnout was high in the north, going by photos readers have sent us.", "going by photos"),
    ("The thieves took jewellery worth a six-figure sum, by one estimate.", "by one estimate"),
    ("18:02 A screenshot being shared widely appears to show a memo about the closure.", "being shared"),
    ("Footage being circulated online shows the crowd at the gates.", "being circulated"),
])
def test_the_cue_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "14:05 We are hearing from voters across the city all evening.",
    "We hear from the fire service that two crews are at the scene.",
    "Word reached me that my mother was ill, and I flew home.",
    "12:30 I understand the frustration of commuters this morning.",
    "21:05 We are hearing that the night train turned back, the operator, Northrail, said.",
    "The meeting began at 10:30 and word among members was mixed.",
    "She wore a clip in her hair doing the rounds of the wards.",
    "15:20 The council said the road would reopen at six.",
    "Judging by the queues outside, the sale is popular.",
    "Judging by the photos she posted, the party went on late.",
    "The crossing was packed by noon, judging by photos from the Highways Agency.",
    "A screenshot being shared widely by the fire service shows the diversion.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


def test_a_stamp_inside_a_line_is_no_entry(lint) -> None:
    """A time that does not open its paragraph is a word of the sentence: "at 13:22 we hear" is
    no entry, and the informant read after it is still asked for a clause start."""
    text = LEAD + "The siren sounded at 13:22 we hear that the school was closed."
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
