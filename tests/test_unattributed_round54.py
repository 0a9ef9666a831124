"""Round 54: the source verbs in their other senses.

A vague subject ("officials", "some lawmakers") with a speech or cognition verb is a claim
told by nobody named only when the verb tells a claim. The same verbs also interview or sack a
person ("questioned two men", "dismissed two employees"), quarrel ("argued with the driver"),
instruct ("warned residents to stay indoors"), weigh, propose or settle a thing ("considered
several approaches beyond repeal", "suggested a meeting on Friday", "agreed a deal on Tuesday"),
turn up ("reported for duty") or pay a courtesy ("expressed their condolences"). Sentences written
for these tests; benchmarks/unattributed_battery.py ``senses`` and ``sense-claims`` hold more.
"""

from __future__ import annotations

import pytest

import lintnews
from tests.trap_guard import UNATTRIBUTED, assert_trap

CATEGORY = "unattributed-claim"


def _warned(text: str) -> bool:
    return any(d.category == CATEGORY and d.severity.value in ("warning", "error") for d in lintnews.lint_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # an interview or a sacking: a person as the object
        "Officials questioned two men about the robbery.",
        "Several lawmakers questioned the minister for three hours.",
        "Officials questioned her at the station on Sunday.",
        "Officials dismissed two employees after the audit.",
        "When questioned by lawmakers about the deal, the minister said nothing new.",
        "After questioned by critics about the delay, the coach left the room.",
        # a quarrel, an instruction, a presence, a courtesy
        "Two aides argued with the driver outside the hotel.",
        "Officials warned residents to stay indoors.",
        "Officials warned drivers not to use the bridge.",
        "Several staff reported for duty at 6am.",
        "Residents expressed their condolences to the family.",
        # a thing weighed, proposed or settled
        "Lawmakers from both parties considered several approaches beyond repeal.",
        "Some officials considered the proposal at a meeting on Monday.",
        "Officials considered options during the recess.",
        "Some officials suggested a meeting on Friday.",
        "Lawmakers agreed a deal on Tuesday.",
    ],
)
def test_a_verb_in_another_sense_tells_no_claim(text: str) -> None:
    assert_trap(text, UNATTRIBUTED)  # (an unnamed source with the verb: the judge tells the sense)
    assert not _warned(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs telling a claim: a thing doubted, a clause, a small clause, a theory
        "Some critics questioned the logic of the plan.",
        "Several lawmakers questioned whether the deal was legal.",
        "Some critics questioned the minister's account of the meeting.",
        "The decision was questioned by critics over its cost.",
        "Officials dismissed the report as speculation.",
        "Two aides argued that the driver was at fault.",
        "Officials warned that the river could flood.",
        "Analysts warned of a threat to the city's finances.",
        "Lawmakers from both parties considered the bill a mistake.",
        "Some officials considered the proposal unworkable.",
        "Some officials suggested that the mayor knew about the deal.",
        "Some experts suggested a link between the two outbreaks.",
        "Some officials suggested the mayor knew about the deal.",
        "Several economists voiced concern about the deficit.",
        "Residents reported that the water had turned brown.",
    ],
)
def test_the_same_verbs_telling_a_claim_stay_warned(text: str) -> None:
    assert _warned(text), text


def test_an_interview_by_a_subject_named_later_is_not_cleared_by_the_subordinator_alone() -> None:
    # the doubt is voiced by the agent here: the participle has a subject of its own
    assert _warned("The figures were questioned by critics, who said they were too low.")


@pytest.mark.parametrize(
    "text",
    [
        # a superlative ranks (issue 14: rankings are not this family's; a hint at most)
        "The most widely cited comparison comes from an insurance site, which analysed federal data.",
        "It is the most widely read newspaper in the region.",
        "Its most highly praised dish is a fish stew.",
    ],
)
def test_a_superlative_of_a_consensus_adverb_is_a_ranking_not_a_warning(text: str) -> None:
    assert not _warned(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The widely cited study was published in 2019.",
        "The drug is now more widely accepted by doctors in the region than it was.",
        "The film is widely regarded as a classic.",
        "The play is widely considered his finest work.",
    ],
)
def test_a_consensus_adverb_without_a_superlative_stays_warned(text: str) -> None:
    assert _warned(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Senior officials have questioned the figures.",
        "Some lawmakers questioned the source of the funds.",
        "Several experts questioned the authority of the court.",
    ],
)
def test_a_noun_of_people_that_is_as_often_a_thing_is_questioned_as_a_thing(text: str) -> None:
    assert _warned(text), text


def test_a_full_name_as_the_object_is_an_interview_one_capitalised_word_is_not() -> None:
    assert_trap("Several officials questioned Ana Ruiz about the payments.", UNATTRIBUTED)
    assert not _warned("Several officials questioned Ana Ruiz about the payments.")
    assert _warned("Several economists questioned NASA figures on the launch costs.")
    assert _warned("Some lawmakers questioned Ana Ruiz's account of the meeting.")
