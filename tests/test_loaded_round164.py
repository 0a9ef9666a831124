"""Loaded language, round 164: the misses the blind sets share (D141-D145; issue 16).

The loaded misses of the five readable sets, sorted by what a general mechanism would catch
on unseen copy. Built:

- *An emotive adjective on an undertaking* (``evidence/occasion.py`` ``undertaking``, word
  class ``loaded/undertaking-nouns``: search, hunt, rescue, chase, wait, vigil, ...): "a
  frantic search of the woods", "the agonising wait for news" dramatise how people searched
  or waited; the same adjective on a pace or a time stays a hint.
- *A judged period for "dire"* (``evidence/period.py``): "a dire year for the club" sums up
  the period; "dire" is dual-sense only for its fixed collocations of urgency ("dire need").
- *A chamber named after a combat verb* (``evidence/literal.py`` ``struck_object``): "the
  House" (capitalised after a lower-case "the") is no building struck, so "steamrollered
  through the House" is no literal strike; "blasted the house" stays literal.
- Lexicon by kind: "long-overdue" (the hyphened attributive verdict; judgement).

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
    # an emotive adjective on an undertaking of people
    ("Divers began a frantic search of the harbour after the ferry capsized.", "frantic"),
    ("The agonising wait for the jury's verdict enters a third day.", "agonising"),
    ("Volunteers joined a frantic two-hour hunt for the missing spaniel.", "frantic"),
    # a dire period for a party
    ("The brewer has had a dire twelve months for its share price.", "dire"),
    ("It has been a dire season for the county side.", "dire"),
    # the hyphened verdict before an act or a policy
    ("In a long-overdue decision, the council will light the underpass.", "long-overdue"),
    ("The long-overdue reform lets tenants keep pets.", "long-overdue"),
])
def test_round164_writer_verdict_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # the same adjective on a pace, a time or a measure: no undertaking
    ("Prices rose at a frantic pace through the spring.", "frantic"),
    # a quoted speaker's words, and indirect speech
    ("\"It was an agonising wait,\" said Orla Brennan, the swimmer's coach.", "agonising"),
    ("The skipper said the frantic search had lasted until dawn.", "frantic"),
    # "dire" in its collocation of urgency, with no period
    ("The shelter is in dire need of volunteers this winter.", "dire"),
    # the open predicate of a debt or a book: no hyphened attributive verdict
    ("The rent on the unit is long overdue, the landlord said.", "overdue"),
    # a combat verb on a building struck stays literal
    ("Rebel gunners blasted the house with mortars overnight.", "blasted"),
])
def test_round164_plain_or_reported_stays(lint, sentence: str, word: str) -> None:
    not_terms = ("overdue",) if word == "overdue" else ()
    assert_loaded_trap(lint, sentence, word, not_terms=not_terms)


def test_round164_chamber_is_no_struck_building() -> None:
    """"the House" capitalised after a lower-case article is a chamber, not a target;
    a house in lower case, or a title-case headline, keeps the literal reading."""
    from lintnews.builtin.loaded.evidence.literal import struck_object

    text = "The bill was steamrollered through the House in an hour."
    end = text.index("steamrollered") + len("steamrollered")
    assert struck_object(text, end, len(text)) is None
    text = "Troops blasted the house at dawn."
    end = text.index("blasted") + len("blasted")
    assert struck_object(text, end, len(text)) is not None
    text = "Jets Blasted The House At Dawn"
    end = text.index("Blasted") + len("Blasted")
    assert struck_object(text, end, len(text)) is not None


def test_round164_undertaking_reads_the_head() -> None:
    """The noun right after the adjective decides, past a compound of duration; a verb
    form with an object ("hunts the") is no head noun."""
    from lintnews.builtin.loaded.evidence.occasion import undertaking

    text = "a frantic three-hour search of the river"
    assert undertaking(text, text.index("frantic") + 7, len(text)) is not None
    text = "a frantic pace of building"
    assert undertaking(text, text.index("frantic") + 7, len(text)) is None
    text = "the frantic owner hunts the dog"
    assert undertaking(text, text.index("frantic") + 7, len(text)) is None
    text = "a long-suffering wait at the border"
    assert undertaking(text, text.index("wait") - 1, len(text), "long-suffering") is None
