"""Loaded language, round 169: local, climate, property and travel copy (issue 16).

Built:

- *Relational adjectives before the noun "claims"* (``context._NOUN_BEFORE_MORE``): a lower-case
  adjective in -mental, -ural, -ntial, -rcial or -ncial before "claims" makes it the noun
  ("decisions on environmental claims that the regulator began"); not "-al" alone, whose
  people take the verb ("an official claims that").
- *Literal uses of "historic" and "wild"* (``literal_after``): a heritage category before what
  is listed ("historic structures", "a historic district"); land, plants and animals in their
  natural state ("the wild west coast", "wild swimming").
- *"sadly missed"*, the death notice's formula: no comment adverb.
- *"brave" and "defiant"* at info, raised before a person or an act ("Brave volunteers",
  "defiant protesters"), quiet elsewhere.
- *A hazard scale's level given as the rating* (``evidence/hazard.py``, word class
  ``loaded/hazard-levels``): "fire danger was raised to catastrophic", "the alert level for the
  coast is extreme": the agency's step, not the writer's alarm.
- *A vaguely quantified group as the speaker* (``hearsay._VAGUE_QUANTIFIER``): "Some residents
  claimed" is as unnamed as "Residents claimed": the source is missing (a hint).
- *Duration words measuring the weather* (``loaded/harsh-adjectives``): "incessant rain".
- *Hyphenated person nouns with the head first* (``labels._compound_person``): "passers-by",
  "hangers-on" are the head of an epithet as "pedestrians" is.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    # "brave" and "defiant" before people or an act
    ("Brave volunteers dragged the canoe out of the weir.", "Brave"),
    ("Defiant tenants refused to leave the tower block.", "Defiant"),
    ("The defiant shopkeepers reopened within a week.", "defiant"),
    ("Closing the depot was a brave decision.", "brave"),
    # hyphenated person nouns with the head first
    ("Panicked passers-by ran from the falling scaffolding.", "Panicked"),
    ("The heroic passers-by lifted the car off the cyclist.", "heroic"),
    ("Disgraced hangers-on were barred from the clubhouse.", "Disgraced"),
])
def test_round169_writer_verdict_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word", "not_terms"), [
    # the noun "claims" after a relational adjective
    ("The panel ruled on agricultural claims that farmers lodged in spring.", "claims", ()),
    ("The inquiry looked at commercial claims that were filed late.", "claims", ()),
    ("Two firms settled environmental claims that the agency brought in 2021.", "claims", ()),
    # "historic" as a heritage category
    ("The council's historic buildings scheme reopens in May.", "historic", ()),
    ("The council will widen the historic district next year.", "historic", ()),
    # "wild" of land, plants and animals
    ("## Scotland's wild west coast by bike", "wild", ()),
    ("Wild swimming in the loch is allowed from May.", "Wild", ()),
    ("The wild boar population has doubled in the forest.", "wild", ()),
    # the death notice's formula
    ("She taught at the village school for thirty years and will be sadly missed.", "sadly", ()),
    # "brave" and "defiant" with no person or act after them
    ("The minister struck a defiant tone on the radio.", "defiant", ()),
    ("The trading apps promise a brave new world of investing.", "brave", ()),
    # a hyphenated word whose tail is no person compound's
    ("Panicked stand-by crews were called in.", "Panicked", ()),
    # a hazard scale's level as the rating
    ("Fire danger for the tablelands has been raised to catastrophic for Saturday.", "catastrophic", ()),
    ("The fire danger rating in the northern districts is catastrophic.", "catastrophic", ()),
    ("The heat-health alert level was raised to extreme overnight.", "extreme", ()),
    ("The bushfire risk across the ranges was rated catastrophic on Sunday.", "catastrophic", ()),
    # a vaguely quantified group as the speaker
    ("Some residents claimed relief blankets were being sold at the market.", "claimed", ()),
    ("Many farmers insist the new levy will close their dairies.", "insist", ()),
    # a duration word before the weather
    ("Incessant drizzle kept the ferries in port for a second day.", "Incessant", ()),
])
def test_round169_literal_or_plain_stays(lint, sentence: str, word: str, not_terms: tuple[str, ...]) -> None:
    assert_loaded_trap(lint, sentence, word, not_terms=not_terms)


@pytest.mark.parametrize(("sentence", "word"), [
    # controls: the verb after a person, the verdict uses of "historic", "wild" and "sadly"
    ("An official claims that the bridge is safe.", "claims"),
    ("Halvorsen claims that the river is clean.", "claims"),
    ("He made wild claims about the flood defences.", "wild"),
    ("Sadly, the ferry will not run this winter.", "Sadly"),
    ("Panicked pedestrians ran from the falling scaffolding.", "Panicked"),
    # no scale: the word is the writer's, the subject no rating, the verb sets no level
    ("The rating agency's decision has been catastrophic for the town.", "catastrophic"),
    ("The collapse of the dairy co-operative was catastrophic.", "catastrophic"),
    # a named speaker, not a vague group
    ("The harbourmaster claimed the dredging had been finished in May.", "claimed"),
])
def test_round169_controls_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


def test_round169_compound_person_head() -> None:
    """The head of a person compound is its first part, only before a listed tail."""
    from lintnews.builtin.loaded.evidence.labels import _compound_person

    persons = {"passers", "hangers", "lookers", "sons"}
    assert _compound_person("passers-by", persons) == "passers"
    assert _compound_person("sons-in-law", persons) == "sons"
    assert _compound_person("passers-through", persons) is None
    assert _compound_person("stand-by", persons) is None
    assert _compound_person("Passers-by", persons) is None


def test_round169_duration_words_measure_weather_only() -> None:
    """"incessant" measures the weather before a weather noun, not before complaints."""
    from lintnews.builtin.loaded.evidence.weather import harsh_weather

    rain = "Incessant rain closed the road."
    complaints = "Incessant complaints closed the road."
    assert harsh_weather(rain, 9, len(rain), "incessant") is not None
    assert harsh_weather(complaints, 9, len(complaints), "incessant") is None
