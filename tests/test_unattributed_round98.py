"""Unattributed claims, round 98: two new writers' sets (D97, D98, issue 14).

1. A view said to spread with a place or group between the verb and its clause ("speculation
   has grown in the capital that"): the place says where, not who.
2. News hearsay whose that-clause names a place ("unconfirmed reports that a bridge in Tarrow
   fell"): the capital is where it happened, not a publisher.
3. A figure placed as a named body's count ("by the ministry's count, ... losses put at"): the
   body vouches, as "according to" it would.
4. A title in capitals mid-sentence ("The Long Read newsletter") is no consensus adverb.
5. "has been called as a witness": summoned to a role, no label.
6. A passive followed by a sentence that opens on a named person and closes on a pronoun tag
   ("..., she said."): perhaps that person's account, a hint.
7. A quantity of people sure of a claim ("some in the town are convinced that"), everybody in a
   place knowing a claim, and a mood or consensus placed among a group ("the feeling among
   shopkeepers is that", "the received wisdom is that").

Each with its trap. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned, claims


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("Speculation has grown in the capital that the minister will resign.", "Speculation has grown"),
    ("Speculation is mounting among traders that the bank will cut rates.", "Speculation is mounting"),
    ("Upstream, there are unconfirmed reports that a footbridge in Tarrow has been damaged.",
     "there are unconfirmed reports that"),
    ("Damage was severe by some people's count, with losses put at 3 million pesos.", "put at"),
    ("Losses were put at 3 million pesos.", "were put at"),
    ("The director has been called a fraud.", "has been called"),
    ("The long rumoured merger was announced on Friday.", "long rumoured"),
    ("It is no secret that the bakery lost money. The oven broke in May, she said.", "It is no secret"),
    ("It is no secret that the bakery lost money. Ana Ruiz remortgaged her home.", "It is no secret"),
    ("Some in the village are convinced that the quarry has poisoned the stream.", "are convinced that"),
    ("Many are certain the mill will close before winter.", "are certain"),
    ("Everybody at the town hall knows the scheme has stalled.", "Everybody at the town hall knows"),
    ("The feeling among many farmers is that the subsidy will be cut.", "The feeling among many farmers"),
    ("The received wisdom in the trade is that prices will fall before spring.", "received wisdom"),
    ("The conventional wisdom is that incumbents win.", "conventional wisdom"),
])
def test_the_kinds_and_their_traps_are_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "Concern has grown in the town over the cost of the bridge.",
    "There are reports in The Harbour Gazette that the pier will close.",
    "By the Department of Fisheries' count, losses were put at 3 million pesos.",
    "Damage was severe by the Department of Farming's count: crops were lost, with losses put at 3 million pesos.",
    "Sign up to The Long Read newsletter, it is free.",
    "The director has not been called as a witness.",
    "Some in the party are not convinced that the plan will work.",
    "Many are certain to lose their jobs.",
    "Everyone at the club knows his name.",
    "The view from the hill is of a sleeping town.",
])
def test_named_or_no_claim_stays_unwarned(lint, text: str) -> None:
    found = [d for d in claims(lint, LEAD + text) if d.severity.name != "INFO"]
    assert not found, [d.message for d in found]


def test_a_pronoun_tag_on_a_named_opener_makes_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "It is no secret that the bakery lost money in its first two years. Ana Ruiz and "
                "her partner remortgaged their homes to keep it open, she said.")


def test_a_named_count_is_what_keeps_the_estimate_quiet(lint) -> None:
    assert_silent(lint, LEAD + "By the ministry's own estimate, losses were put at 3 million pesos.")


@pytest.mark.parametrize(("text", "cue"), [
    ("Industry insiders had tipped the bakery for an award for years.", "Industry insiders had tipped"),
    ("Pundits tip him to win the title.", "Pundits tip"),
])
def test_a_forecast_of_success_by_unnamed_people_is_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "Residents tipped off police about the van.",
    "Diners tipped the bins over.",
])
def test_tipping_off_or_over_forecasts_nothing(lint, text: str) -> None:
    found = [d for d in claims(lint, LEAD + text) if d.severity.name != "INFO"]
    assert not found, [d.message for d in found]


# (round 98 warned on "apparently" before a perfect passive of a deed, "villages have
# apparently been cut off"; taken out at merge: a critic's "has apparently been directed to
# play him as a buffoon" is the appearance the guidelines leave alone, and the pattern cost
# an earlier writers' set a false alarm while gaining only on the sets it was tuned on)


@pytest.mark.parametrize("text", [
    "She has apparently been pleased with the result.",
    "He had apparently been unable to sleep.",
])
def test_apparently_before_a_state_is_appearance(lint, text: str) -> None:
    found = [d for d in claims(lint, LEAD + text) if d.severity.name != "INFO"]
    assert not found, [d.message for d in found]


def test_an_attributive_rumour_keeps_no_later_agent(lint) -> None:
    assert_warned(lint, LEAD + "The rumoured fee would make him the costliest player ever sold by a club in Lisbon.",
                  "rumoured")


def test_a_finite_passive_keeps_its_later_agent(lint) -> None:
    found = [d for d in claims(lint, LEAD + "The striker was valued at ten million euros by the club's own board.")
             if d.severity.name != "INFO"]
    assert not found, [d.message for d in found]


def test_talk_said_to_spread_is_warned(lint) -> None:
    assert_warned(lint, LEAD + "Talk is mounting that the coach will be sacked.", "Talk is mounting that")


def test_talks_that_grow_are_a_negotiation(lint) -> None:
    found = [d for d in claims(lint, LEAD + "Talks are mounting over the budget.") if d.severity.name != "INFO"]
    assert not found, [d.message for d in found]


def test_a_survey_inside_the_suggestion_is_its_content_not_its_source(lint) -> None:
    assert_warned(lint, LEAD + "It has been suggested that the cracks were first flagged in a 2019 survey. "
                  "The council has not published it.", "It has been suggested")


def test_a_survey_after_a_verdict_still_holds_it(lint) -> None:
    assert_hint(lint, LEAD + "The mill was considered one of the best in two surveys of historians.")


def test_a_summing_apposition_is_outside_the_named_report(lint) -> None:
    assert_warned(lint, LEAD + "The mayor had warned that she would quit, a threat that many in her party "
                  "regarded as a bluff.", "many in her party")


def test_a_group_inside_the_named_report_is_a_hint(lint) -> None:
    assert_hint(lint, LEAD + "The mayor said many in her party privately regarded the plan as a mistake.")
