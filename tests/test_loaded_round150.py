"""Loaded language, round 150: praise epithets before people, the writer's manner adverbs of
praise (issue 16).

Constructions:

- a lower-case evaluative adjective between an article and a person's name whose last word
  stands alone elsewhere in the article ("the brilliant Ruth Wanjiku heads ... Wanjiku"):
  ``evidence/epithets.py`` ``named_praise``. Traps: a capitalised title or name ("the Great
  Gatsby", "Brilliant Minds" as a show), a name whose last word never stands alone (an event),
  a descriptive adjective ("the young"), reported words;
- the -ly adverb of a praise adjective after the writer's lexical verb ("have worked
  tirelessly") or between a copula and a participle ("are beautifully designed"):
  ``evidence/labels.py`` ``praise_manner``. Traps: an adverb of light ("shone brilliantly"),
  a participle modifying a noun ("a beautifully designed app"), reported speech, describing
  adverbs (no lexicon term);
- an adverb of the subject's attitude (word class ``loaded/attitude-adverbs``) between a copula
  and a predicate adjective ("remains proudly independent"): ``attitude_state``. Traps: a
  participle after it ("are proudly displayed"), a verb after it ("proudly announced" is left
  as it was).

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
    # an epithet between the article and a person's name
    ("In the final, the brilliant Ruth Wanjiku leads the field, and Wanjiku is the favourite.", "brilliant"),
    ("Tonight the tireless Omar Haddad, who founded the bank, retires; Haddad is 71.", "tireless"),
    # a praise adverb after the writer's verb
    ("Crews have worked tirelessly through the weekend to clear the road.", "tirelessly"),
    ("Volunteers campaigned tirelessly for a new library.", "tirelessly"),
    # (round 138's and round 61's traps, reversed: praise of how an act was done in the
    # writer's voice is GUIDELINES.md's puffery, "impressively"; the brief names "worked tirelessly")
    ("The choir has campaigned tirelessly for a new hall.", "tirelessly"),
    ("The band sang charmingly and then left.", "charmingly"),
    # a praise adverb between a copula and a participle
    ("The new wing was beautifully restored.", "beautifully"),
    ("The apps are beautifully designed, with soft colours.", "beautifully"),
    # an attitude adverb between a copula and a predicate adjective
    ("The station remains proudly independent.", "proudly"),
])
def test_round150_praise_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # a name or a title the capitalised word belongs to
    ("Brilliant Minds returns on Monday.", "Brilliant"),
    # the name's last word never stands alone: an event, not a person
    ("Tickets for the brilliant Summer Lights festival sold out.", "brilliant"),
    # reported words
    ("Her coach said the brilliant Ruth Wanjiku would win, and Wanjiku agreed.", "brilliant"),
    # an adverb of light tells how a thing shines
    ("The lights shone brilliantly over the bay.", "brilliantly"),
    # a participle before its noun
    ("The beautifully designed app costs three pounds.", "beautifully"),
    ("It is beautifully designed software for schools.", "beautifully"),
    # reported speech
    ("Critics said the film was beautifully shot.", "beautifully"),
    # a participle after the attitude adverb: the passive describes
    ("The medals are proudly displayed in the window.", "proudly"),
])
def test_round150_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), [
    # descriptive adjectives before a name; describing manner adverbs: no term at all
    ("The young Maria Lopez signed in 2019, and Lopez is now captain.", "young"),
    ("The former Maria Lopez aide spoke quietly and publicly.", "quietly"),
    ("The council slowly rebuilt the pier.", "slowly"),
])
def test_round150_descriptive_words_are_no_terms(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word, not_terms={word.lower()})


def test_round150_great_in_a_title_is_no_warning(lint) -> None:
    assert severity_in_body(lint, "We watched the Great Gatsby again, and Gatsby still lies.", "Great") != "warning"
    assert severity_in_body(lint, "Alfred the Great ruled Wessex.", "Great") != "warning"
