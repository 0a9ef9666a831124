"""Unattributed claims, round 160: precision on the fresh sets (issue 14).

1. One person who was there, opening the sentence as the speaker of the direct quotation after
   the verb ('One neighbour, who asked not to be named, said: "..."'): a hint (the guidelines'
   first rule: a described speaker's quotation is theirs). Plural groups, "a source", the
   person's view in the writer's words stay warned.
2. A fact check's "CLAIM:" label opening the line: what follows is the claim under check.
3. "There are (also) claims about <topic>." with no content: nothing claimed.
4. A named speaker quoted after a colon ('Dr X, a food scientist, said: "..."') is quoted as
   one opening with the quotation is (an opinion group's hint).
5. A civil body's proper name with its kind after it ("The Filton Road Safe Streets group
   said") after "campaigners".
6. After a one-sentence paragraph, the next paragraph's quotation of a speaker is the next
   sentence of the point (experts and a learned profession; a group illustrated by a
   described member): a hint. A next paragraph that only reports is not taken.
7. A passive of judging whose agent is a counted group, then "and" and a person named in
   full who voices it: a hint.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("sentence", [
    'One neighbour, who asked not to be named, said: "Colin would not hurt a fly. Who does that to an old man?"',
    'One nurse, who asked not to be named, told the Wexford Courier: "Some nights we go home and cry."',
    'A passenger said: "The carriage went dark and nobody told us anything."',
    'One teacher told this newspaper: "We have lost three classrooms to the damp."',
])
def test_one_person_quoted_after_the_verb_is_a_hint(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ('Residents, who asked not to be named, said: "The lorries come all night."', "Residents"),
    ('A source, who asked not to be named, said: "The deal is done."', "source"),
    ("One neighbour, who asked not to be named, said the man had been violent for years.", "neighbour"),
    ('One neighbour, who asked not to be named, said: "He was violent," and that he drank.', "neighbour"),
    ('An official, who asked not to be named, said: "The deal is done."', "official"),
])
def test_the_traps_of_the_quoted_person_stay_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_a_fact_check_claim_label_is_silent(lint) -> None:
    text = LEAD + ("CLAIM: A video shared widely on social media shows the stadium underwater after the storm.\n\n"
                   "VERDICT: False. The footage was filmed in 2019 at another ground.")
    assert not [d for d in lint(text) if d.category == "unattributed-claim" and d.line == 3]


def test_a_claim_noun_mid_line_is_no_label(lint) -> None:
    assert_warned(lint, LEAD + "Police made no claim: a video shared widely on social media shows the stadium underwater.",
                  "video shared")


def test_claims_about_a_bare_topic_are_silent(lint) -> None:
    text = LEAD + "There are also claims about blood sugar. Fasting is thought to improve the body's use of insulin."
    found = [d for d in lint(text) if d.category == "unattributed-claim"]
    assert not [d for d in found if "claims about" in d.message], [d.message for d in found]
    assert_warned(lint, text, "is thought to")  # the claim itself, in the next sentence


@pytest.mark.parametrize(("sentence", "cue"), [
    ("There are claims about him taking bribes.", "claims about"),
    ("There are claims about the mayor which his office denies.", "claims about"),
    ("There are also claims that fasting cures diabetes.", "claims that"),
])
def test_claims_with_content_stay_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


_CRITICS = "Critics argue that the label is too broad to be useful. "


def test_a_named_speaker_quoted_after_a_colon_makes_critics_a_hint(lint) -> None:
    assert_hint(lint, LEAD + _CRITICS + 'Dr Jane Pike, a food scientist at Ashby University, said: '
                '"Calling a loaf and a doughnut the same thing helps nobody."')


@pytest.mark.parametrize("after", [
    "Dr Jane Pike, a food scientist at Ashby University, said the budget would rise next year.",
    'The ministry said: "We stand by the label."',
])
def test_critics_stay_warned_without_a_quoted_named_speaker(lint, after: str) -> None:
    assert_warned(lint, LEAD + _CRITICS + after, "Critics argue")


_CAMPAIGNERS = 'Local campaigners have long described the junction as "a death trap". '


@pytest.mark.parametrize("after", [
    "The Filton Road Safe Streets group said it had written to the council three times.",
    "The Harbour Road residents' association said it had written to the council.",
])
def test_a_civil_body_named_with_its_kind_after_is_a_hint(lint, after: str) -> None:
    assert_hint(lint, LEAD + _CAMPAIGNERS + after)


@pytest.mark.parametrize("after", [
    "The Filton Road Safe Streets group denied it.",
    "The council group said it had written to them.",
    "The Bristol City Council group said it had written to them.",
])
def test_the_traps_of_the_body_named_before_its_kind_stay_warned(lint, after: str) -> None:
    assert_warned(lint, LEAD + _CAMPAIGNERS + after, "campaigners")


_EXPERTS = "Experts have long warned that the system was heading for gridlock."


def test_experts_then_a_quoted_professor_in_the_next_paragraph_is_a_hint(lint) -> None:
    assert_hint(lint, LEAD + _EXPERTS + '\n\n"We have said so for a decade," said Professor Linda Akers, '
                "a criminologist at the University of Kingsmere.")


@pytest.mark.parametrize("text", [
    _EXPERTS + "\n\nProfessor Linda Akers, a criminologist at the University of Kingsmere, said the wing would open in May.",
    _EXPERTS + "\n\nThe minister said the jails would open 500 new places next year.",
    "The jails are full. " + _EXPERTS + '\n\n"We have said so for a decade," said Professor Linda Akers, '
    "a criminologist at the University of Kingsmere.",
])
def test_the_traps_of_the_next_paragraph_stay_warned(lint, text: str) -> None:
    assert_warned(lint, LEAD + text, "Experts")


_RESIDENTS = "Residents say groups of teenagers have been causing trouble around the parade for months."


def test_residents_then_a_quoted_neighbour_in_the_next_paragraph_is_a_hint(lint) -> None:
    assert_hint(lint, LEAD + _RESIDENTS + '\n\nNeighbour Sandra Mills, 54, said: "It is not safe any more."')


@pytest.mark.parametrize("after", [
    "Neighbour Sandra Mills, 54, said the bus service would change in June.",
    'But council leader Sandra Mills said: "The parade is safe."',
])
def test_the_traps_of_the_quoted_neighbour_stay_warned(lint, after: str) -> None:
    assert_warned(lint, LEAD + _RESIDENTS + "\n\n" + after, "Residents")


def test_one_of_a_counted_agent_named_after_and_is_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "The revised layout has been criticised by several drivers, and Tamas Varga called it "
                '"an accident waiting to happen".')


@pytest.mark.parametrize("sentence", [
    "The revised layout has been criticised by several drivers, and the FIA said it would review it.",
    'The revised layout has been criticised by several drivers, but Tamas Varga called it "perfectly safe".',
    'The revised layout has been criticised, and Tamas Varga called it "an accident waiting to happen".',
    "The revised layout has been criticised by several drivers, and Varga called it dangerous.",
])
def test_the_traps_of_the_counted_agent_stay_warned(lint, sentence: str) -> None:
    assert_warned(lint, LEAD + sentence, "criticised")
