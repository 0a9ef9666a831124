"""Round 60: the source verbs' senses left; verbs of evaluation in another sense; institutions
as the frame of a view.

The senses (after rounds 54 and 59), told by the verb's complement: "agree on" terms settled (a
timetable, a date, the wording: word class ``settled-terms``) is a settlement, not a view
("agree on the cause", "agreed that", "agreed with the critics that" stay claims); "propose" a
thing with its own complement ("an amendment to the bill") puts a thing forward ("proposed that",
"proposed a link between" stay claims); a verb of speaking in a manner (``manner-speech-verbs``)
with no content at all (no clause, no topic, no quotation) tells nothing. The sentences of these
senses are the battery's (benchmarks/unattributed_battery.py ``SENSES_60``, ``SENSE_CLAIMS_60``),
read here, not copied, with two more of the tests' own; the rest were written for these tests.
Every negative holds a candidate of the family (tests/trap_guard.py), so that a false alarm can
show.

"Contested" and "celebrated" in their other senses, by collocation (fought for; kept in a rite,
shown in art), and a named institution as the frame of a passive's view (its holder named; a
country, a people or a lower-case body names none) follow.
"""

from __future__ import annotations

import pytest

import lintnews
from benchmarks.unattributed_battery import SENSE_CLAIMS_60, SENSES_60
from tests.trap_guard import UNATTRIBUTED, assert_trap

CATEGORY = "unattributed-claim"


def _warned(text: str) -> bool:
    return any(d.category == CATEGORY and d.severity.value in ("warning", "error") for d in lintnews.lint_text(text))


@pytest.mark.parametrize("sentence", SENSES_60 + [
    "Some union leaders agreed on a new pay deal on Friday.",
    "A few jurors whispered during the verdict.",
])
def test_a_settlement_a_thing_put_forward_or_speech_with_no_content_is_no_claim(sentence):
    assert_trap(sentence, UNATTRIBUTED)
    assert not _warned(sentence), sentence


@pytest.mark.parametrize("sentence", SENSE_CLAIMS_60)
def test_the_same_verbs_telling_a_claim_still_warn(sentence):
    assert _warned(sentence), sentence


# Verbs of evaluation in a non-evaluative sense, by collocation (constructions/senses.py, word
# classes contested-races and celebrated-rites): fought for, kept in a rite, shown in art.
@pytest.mark.parametrize("sentence", [
    "Elections were generally contested, and the outcome was often a sharing of seats.",
    "The seat was hotly contested at every election.",
    "Both by-elections were fiercely contested.",
    "The leadership was contested by three candidates.",
    "The title is often contested by four clubs.",
    "These associations are often celebrated in the decoration of the church.",
    "The feast is widely celebrated on 6 January.",
    "Mass is often celebrated in Latin.",
    "The saint is celebrated in the liturgy of the eastern churches.",
    "The victory is often celebrated in folk songs.",
])
def test_contested_and_celebrated_in_their_other_senses_are_no_verdict(sentence):
    assert_trap(sentence, UNATTRIBUTED)
    assert not _warned(sentence), sentence


@pytest.mark.parametrize("sentence", [
    "The result was widely contested.",
    "The claim is hotly contested.",
    "His account of the war is widely contested.",
    "The poet is widely celebrated as a visionary.",
    "She is often celebrated as the founder of modern nursing.",
    "The film was widely celebrated.",
    "He is celebrated in song as a hero of the revolution.",
])
def test_contested_and_celebrated_as_verdicts_still_warn(sentence):
    assert _warned(sentence), sentence


def _warned_in_story(sentence: str) -> bool:
    """The sentence after a plain lead (a one-line document is read as a headline)."""
    return _warned("The day was cold and wet.\n\n" + sentence)


# A named institution as the frame of a passive's view (attribution/frames.py): its holder named.
@pytest.mark.parametrize("sentence", [
    "In the Orthodox Church, Mary Magdalene is celebrated as a woman of virtue.",
    "Crossing over from sales was considered a conflict of interest in the Marvel offices.",
    "Within the Labour Party, the plan is widely seen as a betrayal.",
    "In the Church of England, the rite is regarded as optional.",
    "At the Federal Reserve Bank, the move was considered a mistake.",
    "In the Army, such conduct is considered a disgrace.",
    "It is believed in the Labour Party that the leader will quit.",
])
def test_a_named_institution_as_the_frame_holds_the_view(sentence):
    assert_trap(sentence, UNATTRIBUTED)
    assert not _warned_in_story(sentence), sentence


@pytest.mark.parametrize("sentence", [
    "In Japan, it is considered rude to tip.",
    "In the Soviet Union, the book was considered subversive.",
    "In the United States, the practice is widely regarded as unfair.",
    "Within the party, the plan is widely seen as a betrayal.",
    "In the church, the saint is regarded as a healer.",
    "In Japanese culture, gifts are considered polite.",
    "In the Labour Party, members met on Monday; the plan is seen as a betrayal.",
    "Within the Labour Party, the plan is widely seen as a betrayal by many.",
    "It will be argued that such a deposition would provoke schisms in the Church.",
    "He is believed to have resumed his duties at the PTA headquarters on Friday.",
])
def test_a_country_a_people_a_lower_case_body_or_the_contents_place_holds_nothing(sentence):
    assert _warned_in_story(sentence), sentence
