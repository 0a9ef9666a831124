"""Loaded language, round 118: round 117's act and event nouns switched on for the emotive
adjectives of conduct only (``evidence/incident.py``, :func:`conduct`; the kind is WordNet's,
``benchmarks/wordnet_conduct.py``). An adjective of conduct judges the act it stands before ("a
gutless retreat"); an adjective of the reader's reaction ("a gruesome crash") is not raised
by the act noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence.incident import conduct, incident
from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("word", ["heartless", "gutless", "savage", "reckless", "shameful", "Feckless"])
def test_adjectives_of_conduct(word):
    assert conduct(word)


@pytest.mark.parametrize("word", ["shocking", "terrifying", "gruesome", "harrowing", "chilling",
                                  "appalling", "sickening", "nightmarish", "bleak"])
def test_adjectives_of_reaction_are_not_of_conduct(word):
    assert not conduct(word)


@pytest.mark.parametrize(("text", "word"), [
    ("Witnesses saw a savage flurry of punches.", "savage"),
    ("The landlord's heartless twist left tenants outside.", "heartless"),
    ("Her gutless retreat surprised nobody.", "gutless"),
])
def test_a_conduct_adjective_on_an_act_warns(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


@pytest.mark.parametrize(("text", "word"), [
    # adjectives of reaction before an act or event noun stay hints
    ("A gruesome crash closed the road.", "gruesome"),
    ("A nightmarish retreat followed the vote.", "nightmarish"),
    ("A bleak retreat followed the vote.", "bleak"),
])
def test_a_reaction_adjective_on_an_act_stays_a_hint(lint, text, word):
    start = text.index(word)
    # the noun is one of the act and event nouns: only the adjective's kind keeps it a hint
    assert incident(text, start, start + len(word), 0, len(text), acts=True) is not None
    assert severity_of(lint, text, word) in (None, "info")


def test_a_conduct_adjective_on_a_noun_of_another_kind_stays_a_hint(lint):
    # "slopes" is no act, event or report: the adjective may describe the ground
    text = "The savage slopes of the ridge drew walkers."
    assert severity_of(lint, text, "savage") in (None, "info")


# second part: an adjective with a sense of measure (how much, how big, how costly) is left out
# of the class, whatever its other senses: before an act noun it may say how much was done
@pytest.mark.parametrize("word", ["lavish", "monstrous"])
def test_adjectives_with_a_sense_of_measure_are_not_of_conduct(word):
    assert not conduct(word)


@pytest.mark.parametrize(("text", "word"), [
    ("The lavish use of marble in the hall dates from 1902.", "lavish"),
])
def test_a_measure_adjective_on_an_act_stays_a_hint(lint, text, word):
    assert severity_of(lint, text, word) in (None, "info")


def test_the_class_is_the_generators():
    # the data is WordNet's, pasted from benchmarks/wordnet_conduct.py, not edited by hand
    from pathlib import Path

    import benchmarks.wordnet_conduct as generator
    from lintnews.builtin.loaded.evidence.incident_data import CONDUCT_ADJECTIVES

    if not Path("/usr/share/wordnet/index.adj").exists():
        pytest.skip("WordNet 3.0 not installed")
    assert set(generator.conduct_adjectives()) == CONDUCT_ADJECTIVES
