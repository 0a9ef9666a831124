"""Loaded language, round 160: the sport, health and science desks' misses and false alarms (issue 16).

D138's (and D139's) loaded misses and false alarms, read and grouped by kind. Built:

- *A verdict verb after a bare plural of people* (``evidence/hearsay.py``): "Fellow runners
  claimed that", "Birdwatchers claim that", "Rivals privately concede that": a group nobody can
  pin the statement on; the missing source is the fault, so the verb is a hint (``info``),
  as after the source nouns ("critics claim"). A named, counted or determined subject keeps
  the verdict ("Hale claimed", "The runners claimed", "Two runners claimed").
- *A plural speech noun with its own verb after it* (``evidence/indirect.py``,
  ``context.py``): "The bogus claims should have been stopped", "The false claims, of course,
  have been debunked": after the verb "claims" no auxiliary comes, so the form is the noun,
  neither a verdict verb nor a reporting verb whose clause holds the next words.
- *A subject with a non-restrictive relative clause before its verb* (``evidence/indirect.py``):
  "The disgraced rider, who won a stage in 2021, admitted the violation": the verb after the
  clause's comma is the subject's verb, not a tail tag that attributes the words before it.
- *A virtue adverb after an aside on the subject* (``evidence/labels.py``): "The owner, a US
  investor, boldly promised", "Brooke, who was upset, bravely spoke out".
- *Praise closing a predicate in the perfect* (``evidence/evaluative.py``): "Her rise has been
  remarkable:" (not after a modal: "could have been remarkable").
- Lexicon: "slick", "toothless" (info), "gritty", "hilarious", "otherworldly", "paradigm
  shift", "treasure trove" (info, raised by evaluative use), "humbly" (a virtue adverb),
  "fairytale" (a figure noun before an event noun).

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
    ("Fellow walkers claimed that the path had been closed for weeks.", "claimed"),
    ("Birdwatchers claim that the herons returned in 2019.", "claim"),
    ("Patients' groups have long claimed that the clinic hides its waits.", "claimed"),
    ("Rivals privately concede that the veteran is the favourite.", "concede"),
    ("Shoppers insist that the market was busier last year.", "insist"),
])
def test_round160_bare_plural_speaker_is_a_hint(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "info"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Mayor Ilse Brandt claimed that the path had been closed for weeks.", "claimed"),
    ("The walkers claimed that the path had been closed for weeks.", "claimed"),
    ("Two walkers claimed that the path had been closed for weeks.", "claimed"),
    ("The club conceded that the ground was unsafe.", "conceded"),
])
def test_round160_named_or_determined_speaker_keeps_the_verdict(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The bogus claims should have been removed from the site months ago.", "claims"),
    ("The outlandish boasts were never tested by the regulator.", "boasts"),
])
def test_round160_plural_speech_noun_is_no_verdict_verb(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)  # review 134: a candidate the judge keeps quiet


def test_round160_speech_noun_reports_nothing_after_it(lint) -> None:
    sentence = "The false claims, of course, have been corrected many times over."
    assert severity_in_body(lint, sentence, "of course") == "warning"


def test_round160_verb_claims_still_reports(lint) -> None:
    sentence = "The minister claims that the plan is clearly working."
    assert severity_in_body(lint, sentence, "claims") == "warning"
    assert severity_in_body(lint, sentence, "clearly") != "warning"


def test_round160_subject_before_relative_clause_is_the_writers(lint) -> None:
    sentence = "The shameful rider, who won a stage in 2019, admitted the offence in a statement."
    assert severity_in_body(lint, sentence, "shameful") == "warning"


def test_round160_clause_before_relative_and_tag_stays_reported(lint) -> None:
    sentence = "Buyers would be stunned by the shameful house, which costs a fortune, said Hale."
    assert severity_in_body(lint, sentence, "shameful") != "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The owner, a property investor from Leeds, boldly promised fans a new stand.", "boldly"),
    ("Ayla, who was visibly upset, bravely spoke out about the abuse.", "bravely"),
    ("She teaches four days a week and humbly refuses the prize money.", "humbly"),
])
def test_round160_virtue_adverb_after_subject_aside(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("After the match, boldly patterned shirts sold out in the club shop.", "boldly"),
    ("The owner, a property investor from Leeds, was boldly dressed.", "boldly"),
])
def test_round160_virtue_adverb_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)  # review 134: a candidate the judge keeps quiet


def test_round160_perfect_predicate_praise(lint) -> None:
    assert severity_in_body(lint, "Her climb up the rankings has been remarkable: she was unranked in May.",
                            "remarkable") == "warning"
    assert severity_in_body(lint, "The season could have been remarkable if the striker had stayed.",
                            "remarkable") != "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The firm's slick campaign reached four million people.", "slick"),
    ("The visitors ground out a gritty win in the rain.", "gritty"),
    ("The owls have become local celebrities, with hilarious videos shared online.", "hilarious"),
    ("The survey found the vents, an otherworldly scene of smoking chimneys.", "otherworldly"),
    ("Her story is a fairytale rise from the parks to the podium.", "fairytale"),
])
def test_round160_lexicon_in_evaluative_use(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The roads were slick with ice by dawn.", "slick"),
    ("The gritty sand wore down the seals.", "gritty"),
    ("The regulator is toothless, campaigners said.", "toothless"),
    ("Detectors found a treasure trove of Roman coins in the field.", "treasure trove"),
])
def test_round160_lexicon_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)  # review 134: a candidate the judge keeps quiet


def test_round160_bare_plural_in_coordinated_clause_with_place(lint) -> None:
    sentence = "The flats are damp, and tenants in the next block claim the problems are worse there."
    assert severity_in_body(lint, sentence, "claim") == "info"


@pytest.mark.parametrize(("sentence", "word"), [
    ("It is a scandal that pupils are taught in portable cabins.", "scandal"),
    ("Families are living in squalid camps outside the town.", "squalid"),
    ("Tenants were housed in appalling conditions for a year.", "appalling"),
])
def test_round160_extraposed_verdict_and_living_conditions(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # a relative clause on the noun, not an extraposed subject
    ("It was a scandal that should never have happened.", "scandal"),
    ("It would be a scandal if the pier closed.", "scandal"),
    # no verb of living before it, or no dwelling after it
    ("The squalid camps were cleared in May.", "squalid"),
    ("Residents are living in appalling fear of the next flood.", "appalling"),
])
def test_round160_extraposed_and_living_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)  # review 134: a candidate the judge keeps quiet
