"""Round 59: anonymous sourcing on any head; the last other senses of the source verbs.

The other senses (after round 54): a source verb whose complement is no proposition, a
prepositional one ("insisted on a recount", "fear for their homes") or an object of a word class
that tells the sense ("claimed their prizes", "asserted control", "maintain close ties",
"confirmed the booking", "noted the time", "voiced characters"), is no claim.

A source the copy says it keeps unnamed ("a spokesperson, who asked not to be named, said",
"a senior engineer, speaking on condition of anonymity, told", "a planner who was not authorised
to discuss the matter told") is an unattributed source under GUIDELINES.md whatever its head
noun: the writer says outright that nobody is named. The construction
(lintnews/builtin/constructions/sources/anonymous.py) is the phrase, the anonymity clause and
a verb of speech or "according to", in either order. Its negatives: a named person with a
clause about someone else, "named" in its other senses, a refusal to comment, anonymity as a
topic. Sentences written for these tests; benchmarks/unattributed_battery.py ``anonymous`` and
``anonymous-clear`` (whose sentence lists the tests below read) hold the same.
"""

from __future__ import annotations

import pytest

import lintnews
from benchmarks.unattributed_battery import ANONYMITY_EXPLAINED, ANONYMOUS, ANONYMOUS_CLEAR, ANONYMOUS_QUOTED
from tests.trap_guard import UNATTRIBUTED, assert_trap

CATEGORY = "unattributed-claim"
ANONYMOUS_RULE = "unattributed-claim/anonymous-source"


def _found(text: str) -> list:
    return [d for d in lintnews.lint_text(text) if d.category == CATEGORY]


def _warned(text: str) -> bool:
    return any(d.severity.value in ("warning", "error") for d in _found(text))


@pytest.mark.parametrize("text", ANONYMOUS)
def test_an_anonymous_source_on_any_head_is_warned(text: str) -> None:
    assert _warned(text), text


# the battery's look-alikes that no rule of the family matches, kept as plain text ("declined to
# comment", "anonymous donors": pinned in the no_trigger guard of test_rule_examples too)
ANONYMOUS_LOOK_ALIKES = frozenset(("A spokesperson declined to comment.", "The law protects anonymous donors."))


@pytest.mark.parametrize("text", ANONYMOUS_CLEAR)
def test_no_anonymous_source_is_left_alone(text: str) -> None:
    assert_trap(text, UNATTRIBUTED, ANONYMOUS_LOOK_ALIKES)
    assert not any(d.rule == ANONYMOUS_RULE for d in _found(text)), text
    assert not _warned(text), text


def test_the_message_asks_why_the_source_is_unnamed() -> None:
    found = [d for d in _found("A caretaker, who refused to be named, said the school had hidden the figures.")
             if d.severity.value == "warning"]
    assert found and "Anonymous source" in found[0].message and "Why is it unnamed" in found[0].message


def test_a_named_outlets_anonymous_source_is_a_hint() -> None:
    text = "According to the Harbour Gazette, a clerk who asked not to be named said the files were shredded."
    assert _found(text) and not _warned(text)


@pytest.mark.parametrize("text", ANONYMITY_EXPLAINED)
def test_an_anonymity_the_copy_explains_is_a_hint(text: str) -> None:
    found = _found(text)
    assert found and not _warned(text), text
    assert any("says why" in d.message for d in found), text


@pytest.mark.parametrize("text", ANONYMOUS_QUOTED)
def test_an_anonymous_speaker_of_a_quotation_is_a_hint(text: str) -> None:
    found = _found(text)
    assert found and not _warned(text), text


def test_a_verb_of_talking_with_no_claim_is_left_alone() -> None:
    assert_trap("The clerk spoke anonymously because she was not authorised to disclose case files.", UNATTRIBUTED)
    assert_trap("A lawyer spoke privately with the judge.", UNATTRIBUTED)
    assert not _found("The clerk spoke anonymously because she was not authorised to disclose case files.")
    assert not _found("A lawyer spoke privately with the judge.")


# -- the last other senses: the verb's complement tells them ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Some parents insisted on a meeting with the head teacher.',
        'Farmers insisted upon a second inspection.',
        'Some traders speculated on the price of copper.',
        'Several investors speculated in property during the boom.',
        'Neighbours fear for the safety of the two climbers.',
        'Three aides reported to the chief of staff.',
        'Several shoppers argued over the last loaves of bread.',
        'Some fans claimed their tickets at the box office.',
        'Residents claimed compensation after the flood.',
        'Two veterans claimed their pensions late.',
        'Some rebels asserted control over the northern roads.',
        'Officials asserted their authority over the port.',
        'Some officials maintain close contact with the rebels.',
        'Some volunteers maintain the website in their spare time.',
        'Officials confirmed the appointment by letter.',
        'Several guests confirmed their attendance on Friday.',
        'Two analysts noted the registration of the van.',
        'Officials noted the date of each visit.',
        'Several actors voiced the puppets in the series.',
        'Several singers voiced the cartoon characters.',
        'Workers labelled the crates with paint.',
        'Some divers revealed a wreck beneath the sand.',
        'Several technicians projected the map onto the wall.',
        'Some councillors proposed a new budget on Monday.',
    ],
)
def test_a_source_verb_in_another_sense_is_not_warned(text: str) -> None:
    # a demand, a trade, a worry, a duty ("insisted on", "speculated on", "fear for", "reported
    # to"), a due, a power, a bond, an arrangement, a detail ("claimed their tickets", "asserted
    # control", "maintain close contact", "confirmed the appointment", "noted the date"), a part
    # performed, a thing marked, uncovered or shown, a thing proposed. Each has a vague subject
    # ("some", "several"), so that the verb's sense is what keeps it quiet (review 63: eight had
    # a bare plural or a number, no candidate, and could never fail)
    assert_trap(text, UNATTRIBUTED)
    assert not _warned(text), text


@pytest.mark.parametrize(
    "text",
    [
        'Residents insisted that the head teacher had lied.',
        'Some traders speculated that copper would rise.',
        'Neighbours fear that the climbers are lost.',
        'Three aides reported to the minister that the plan had failed.',
        'Residents claimed the flood defences had failed.',
        'Some officials asserted that the roads were safe.',
        'Some officials maintain that the rebels were armed by a neighbour.',
        'Officials confirmed the deaths of two climbers.',
        'Two analysts noted that the van was registered abroad.',
        'Campaigners voiced concern about the series.',
        'Critics labelled the plan a disaster.',
        'Analysts projected growth of 3% next year.',
        'Some officials maintained his innocence throughout the trial.',
    ],
)
def test_the_same_verbs_telling_a_claim_stay_warned(text: str) -> None:
    assert _warned(text), text


# -- by eye on fresh pages: a doubt adverb inside a question a negative subject leaves open ----


@pytest.mark.parametrize(
    "text",
    [
        "No one has offered any information about how she supposedly built her fortune.",
        "Nobody has explained why the mayor allegedly fled the country.",
        "There is no evidence of how the guard supposedly opened the cell.",
        "None of the posts say who supposedly confirmed the story.",
        "No one has yet given any explanation of why the ferry supposedly sank.",
        "Nobody has ever shown where the money was allegedly hidden.",
    ],
)
def test_a_doubt_adverb_in_a_question_nobody_answers_asserts_nothing(text: str) -> None:
    assert_trap(text, UNATTRIBUTED)
    assert not _warned(text), text


@pytest.mark.parametrize(
    "text",
    [
        "No one doubted that the mayor allegedly took bribes.",
        "The mayor allegedly took bribes.",
        "Nobody knows the mayor allegedly took bribes.",
        "The guard supposedly opened the cell with a spoon.",
    ],
)
def test_a_doubt_adverb_told_as_so_stays_warned(text: str) -> None:
    assert _warned(text), text
