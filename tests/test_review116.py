"""Review 116: wrong readings and cost of rounds unattr131-133, loaded131-132 and advert116.

1. Round 131's state of mind after "be" or "remain" ("officials are worried that") was read
   only where the cheap look before parsing let the subject through: a speech verb's form
   after the noun ("worried" is one of "worry") or an opinion holder as its head ("analysts").
   "Officials are convinced that", "officials remain certain that" were never parsed; the
   look now knows the adjectives of a state of mind as it knows the speech verbs.
2. Round 131's verbs of impact read "is rocking", "have been rocking" as a passive (a form of
   "be" before the verb) and let it go: the progressive is active, its subject before the
   auxiliaries ("The scandal is rocking the club"); and a person working on an act was looked
   for right before the verb, so "the senator will torpedo the deal" or "is torpedoing" lost
   its subject behind the auxiliary.
3. Round 132's planted belief took an agent after the verb of belief for none ("He was led to
   believe by the council that ..."): the cause is named, as in "led by the council to
   believe", which the pattern never matches.
4. Cost: each new construction repeated n and 8n times in one paragraph with no sentence break
   grows about eight-fold.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_warned, best_time, claims, severity_in_body, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Officials are convinced that prices will rise.", "'Officials are convinced'"),
    ("Officials remain certain that the ferry will run all winter.", "'Officials remain certain'"),
    ("Officials remained convinced that fares would rise.", "'Officials remained convinced'"),
])
def test_a_state_of_mind_of_a_vague_source_is_read_whatever_the_adjective(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "Officials are convinced of the plan's merits.",
    "Officials are sure to win the vote.",
    "The officials are convinced that the pier will close.",
])
def test_a_state_of_mind_with_no_clause_or_a_known_source_stays_quiet(lint, sentence: str) -> None:
    found = warnings(lint, LEAD + sentence)
    assert not found, [d.message for d in claims(lint, LEAD + sentence)]


@pytest.mark.parametrize(("sentence", "word"), [
    ("The scandal is rocking the club.", "rocking"),
    ("The allegations have been rocking the party all week.", "rocking"),
    ("The senator is torpedoing the deal.", "torpedoing"),
    ("The senator will torpedo the deal.", "torpedo"),
])
def test_an_impact_verb_in_the_progressive_or_after_a_modal_is_read_as_active(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The storm is rocking the ferry.", "rocking"),
    ("The boat is rocking at its mooring.", "rocking"),
    ("Waves are hammering the coast.", "hammering"),
    ("The club is being rocked by an explosion.", "rocked"),
])
def test_a_physical_force_in_the_progressive_stays_literal(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) is None


def test_a_planted_belief_with_its_agent_after_the_verb_names_the_cause(lint) -> None:
    text = LEAD + "He was led to believe by the council that the bus would return."
    assert not [d for d in claims(lint, text) if "planted" in d.message], [d.message for d in claims(lint, text)]
    assert_warned(lint, LEAD + "He was led to believe that the bus would return.", "planted")


@pytest.mark.parametrize("unit", [
    "a scandal rocked the club and the senator is torpedoing the deal and the league was rocked by allegations, ",
    "it was a punishing twelve months for the company and a gutsy, heroic display, ",
    "villagers have been led to believe that the ferry will return and a faction believed linked to the army fled, ",
    "officials are convinced that the bank will cut and crew members describe a toxic atmosphere, ",
    "according to local gossip the firm will sell and diplomats in the city say the talks failed, ",
    "the plan is widely disliked and insiders paint a bleak picture of the team, ",
])
def test_the_new_constructions_take_linear_time_in_one_long_paragraph(lint, unit) -> None:
    # Eight times the repeats: linear reads 8-9 times the time, a quadratic pass 30 and more
    small = best_time(lint, "Harbour news\n\n" + unit * 40)
    large = best_time(lint, "Harbour news\n\n" + unit * 320)
    assert large < 16 * small + 0.05, (small, large)
