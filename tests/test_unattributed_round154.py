"""Unattributed claims, round 154: a sighting with nobody sighting (issue 14, recall).

The finite agentless passive of a verb of seeing (word class sighting-verbs: see, spot, sight,
glimpse) before the place it was seen ("He was later seen at a hotel in the port", "Otters have
been spotted near the weir", "have been spotted there"); "heard" with a sound as its subject
(word class heard-sounds: "A loud bang was heard across the town", a hint: heard by many at
once, often the writer's report of a public event); "reported" with a sighting
as its subject (word class sighting-nouns: "Sightings of a lynx have been reported in two
valleys"). An eyewitness account with no eyewitness (passive.py, ``_sighted``), in every tense.

Traps: a by-agent ("seen at the scene by a neighbour"), a camera or a court ("seen on CCTV",
"heard in public"), a hearing ("The case was heard at the crown court"), a negation ("No
sightings have been reported", "not a single councillor was seen"), a modal ("could be seen"),
a time after the preposition ("seen in 2019"), no place ("was seen smirking as he left"), the scene
of a photograph ("spotted outside a restaurant while she waited", "seen at the club as he left"), a
count of cases ("Three cases have been reported in the town"), an appointment ("Patients were
seen in corridors"), and a named source in the next sentence.

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
    ("Sightings of a lynx have been reported in two valleys above the town.", "'have been reported'"),
    ("The treasurer was later seen at a hotel in the port with two developers.", "'was later seen'"),
    ("Otters have been spotted near the weir this spring.", "'have been spotted'"),
    ("Rare orchids have been spotted there in recent summers.", "'have been spotted'"),
    ("The missing yacht was sighted off the headland on Tuesday.", "'was sighted'"),
    ("A white van is being seen around the estate after dark.", "'is being seen'"),
])
def test_the_sighting_is_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The treasurer was seen at the hotel by a neighbour.",
    "The suspect was seen on CCTV near the station.",
    "The appeal was heard in public for the first time.",
    "The case was heard at the crown court in March.",
    "No sightings have been reported in the valley this year.",
    "Not a single councillor was seen anywhere near the march.",
    "Smoke could be seen across the valley.",
    "The painter was last seen in 2019.",
    "The singer was seen smirking as he left the studio.",
    "The singer was spotted outside a restaurant while she waited for a taxi.",
    "Three cases have been reported in the town this week.",
    "Patients were seen in corridors at the hospital.",
    "A loud bang was heard across the valley. The fire service said a gas cylinder had exploded.",
])
def test_the_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize("sentence", [
    "A loud bang was heard across the valley just before the barn caught fire.",
    "Gunfire has been heard near the border crossing since dawn.",
])
def test_a_sound_heard_is_a_hint(lint, sentence: str) -> None:
    """A sound heard across a place (word class heard-sounds) is heard by many at once, often
    the writer's report of a public event: a hint, not a warning."""
    text = LEAD + sentence
    assert not warnings(lint, text)
    assert any("heard by whom" in d.message for d in claims(lint, text)), [d.message for d in claims(lint, text)]


def test_a_described_source_lowers_it_to_a_hint(lint) -> None:
    """A source described but not named in the sentence ("according to accounts shared on
    social media", itself a hint) makes the sighting a hint, as for every cue of the family."""
    text = LEAD + "A white van was seen near the school, according to accounts shared on social media."
    assert not warnings(lint, text)
    assert any("seen" in d.message for d in claims(lint, text)), [d.message for d in claims(lint, text)]
