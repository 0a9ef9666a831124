"""Unattributed claims, round 178: the new desks' hearsay frames and false alarms (issue 14).

Built, each a construction of English with its traps:

1. Talk going round, in the frames of tabloid, showbiz and wire copy in several Englishes:
   "Reports have it that" (the plural and past of "rumour has it"), "a rumour making the
   rounds" (the American and West African "make the rounds" beside "do the rounds"), "As per
   reports" (the Indian and West African synonym of "according to reports"; "as per
   tradition" is a custom, left), "Word locally is that" (word with an adverb of place),
   "Rumour mills are abuzz that" and "X is abuzz (with rumours) that" ("abuzz with excitement"
   claims nothing).
2. The impersonal "It is learnt that" / "It was gathered that" of Indian and Nigerian wire
   copy: the reporter's own unnamed finding, as "it is understood" is, so a named speaker in
   the sentence before does not hold it.
3. A consensus passive ("is widely thought to"): many people's view, which one named speaker
   in the sentence before does not hold.
4. "said to be" after a preposition's object ("in a deal said to be worth seven figures"): a
   passive, not a described speaker who would vouch for the sentence's other cue.
5. People who were there describing what they lived through ("Residents described a sleepless
   night", "Nurses describe working double shifts", 'Relatives describe "panic"', also with a
   relative clause that places them): first-hand, a hint. A label ("describe the plan as
   reckless") stays a view.
6. A sighting inside talk going round ("Word on the street is that she was spotted at ..."):
   one claim, whose cue is the frame; an appearance to come ("will next be seen in a sequel")
   is no sighting.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _no_warning(lint, text: str) -> None:
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


# 1. talk going round

@pytest.mark.parametrize(("sentence", "cue"), [
    ("Reports have it that the quartet will reunite for one night in Cork.", "Reports have it"),
    ("Rumours had it that the chef would leave before the summer.", "Rumours had it"),
    ("A rumour making the rounds is that the housemates will get a second twist.",
     "A rumour making the rounds"),
    ("Rumours going the rounds suggest the host will not return.", "Rumours going the rounds"),
    ("As per reports, the couple have booked a lakeside hotel for the wedding.", "As per reports"),
    ("The couple have booked a lakeside hotel, as per media reports.", "as per media reports"),
    ("Word locally is that the ferry company will pull out next year.", "Word locally is that"),
    ("Rumour mills are abuzz that the two stars will marry in March.", "abuzz that"),
    ("Nollywood is abuzz with rumours that the director has quit the sequel.", "abuzz with rumours that"),
])
def test_talk_going_round_warns(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "As per tradition, the bride wore red at the ceremony.",
    "The reports had it wrong about the date of the vote.",
    "The fee is five dollars per report filed.",
    "A junior doctor was making the rounds of the ward at midnight.",
    "The hall was abuzz with excitement before the final.",
    "The town was abuzz as the parade passed the square.",
])
def test_talk_going_round_traps(lint, sentence: str) -> None:
    _no_warning(lint, LEAD + sentence)


def test_as_per_named_outlet_clears(lint) -> None:
    # (the publisher as the report's modifier, as "according to a Reuters poll")
    _no_warning(lint, LEAD + "As per a Daily Meridian report, the couple have booked a lakeside hotel.")


def test_as_per_reads_as_according_to(lint) -> None:
    for frame in ("According to", "As per"):
        assert_warned(lint, LEAD + frame + " recent reports, the couple have booked a lakeside hotel.", "reports")


# 2. the reporter's own finding in wire idiom

@pytest.mark.parametrize(("sentence", "cue"), [
    ("District Collector Ravi Menon said ten dialysis machines had been sanctioned. It is learnt that "
     "some patients travel 60 km for each session.", "It is learnt"),
    ("Commissioner Ada Obi said the road would reopen on Monday. It was gathered that the contractor "
     "had not been paid since June.", "It was gathered"),
])
def test_wire_finding_after_named_speaker_warns(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_believed_after_named_speaker_stays_a_hint(lint) -> None:
    # the named lead's own claim may go on ("Police said the man fled. He is believed to have ..."):
    # the hint stays for a belief that is not a consensus
    assert_hint(lint, LEAD + "Inspector Ada Obi said the man fled on foot. He is believed to have crossed the river.")


# 3. a consensus is not held by the named lead before

def test_consensus_after_named_speaker_warns(lint) -> None:
    text = (LEAD + "Dr Lena Ross said the ward had opened extra beds. Occupancy above 90 per cent is widely "
            "thought to raise the risk of harm.")
    assert_warned(lint, text, "is widely thought to")


# 4. "said to be" after a preposition's object

def test_said_to_in_prepositional_phrase_is_no_speaker(lint) -> None:
    text = LEAD + "The actor is rumoured to be the new face of a tweed brand, in a deal said to be worth millions."
    found = warnings(lint, text)
    assert any("is rumoured to" in d.message for d in found), [d.message for d in claims(lint, text)]
    assert any("said to" in d.message for d in found), [d.message for d in claims(lint, text)]


def test_with_absolute_said_to_still_no_speaker(lint) -> None:
    text = LEAD + "The board met on Monday, with the deputy said to be the favourite."
    assert_warned(lint, text, "said to")


# 5. people who were there describing what they lived through

@pytest.mark.parametrize("sentence", [
    "Villagers described a long night as the water rose.",
    "Residents who rode out the flood described a sleepless night as water rose in the hall.",
    "Soldiers on both sides describe being hunted across open ground by drones.",
    'Relatives describe "panic" as the home prepares to close.',
])
def test_described_experience_is_a_hint(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


def test_described_gerund_without_label_is_no_warning(lint) -> None:
    _no_warning(lint, LEAD + "Nurses on the night shift describe working through the night as the ward ran short of staff.")


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Residents described the plan as a disaster.", "Residents described"),
    ("Residents described a plan as reckless.", "Residents described"),
    ("Critics describe the plan as reckless.", "Critics describe"),
    ("Fans describe him as the best player of his generation.", "Fans describe"),
    ("Residents who live near the plant say it is unsafe.", "Residents who live near the plant say"),
])
def test_described_label_still_warns(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


# 6. sightings in talk going round, and appearances to come

def test_sighting_inside_talk_frame_is_one_claim(lint) -> None:
    text = LEAD + "Word on the street is that a famous actress was spotted in the VIP section."
    found = warnings(lint, text)
    assert len(found) == 1 and "Word on the street" in found[0].message, [d.message for d in found]


def test_sighting_alone_still_warns(lint) -> None:
    assert_warned(lint, LEAD + "The actress was spotted in the VIP section.", "was spotted")


@pytest.mark.parametrize("sentence", [
    "The actress will next be seen in the sequel, which opens in May.",
    "The singer will be seen at the festival in June.",
])
def test_appearance_to_come_is_no_sighting(lint, sentence: str) -> None:
    _no_warning(lint, LEAD + sentence)
