"""Loaded language, round 113: false alarms of mixed news desks, science and business copy.

- A claim whose subject is material that circulates with no author ("a post shared widely on a
  forum claimed that", "a viral video claims"): no speaker for the verdict to fall on; a hint.
  A named text ("the report claims that") and a person still warn.
- A fact-check's section label in capitals ("CLAIM: A post says"): a heading, not a verb.
- A bare said-verb coordinated after ", or" ("Fix the road, or admit the money was wasted"): an
  imperative, the writer's own demand; a hint.
- A label noun's -s form after a frequency adverb or a subject pronoun ("a bass that never
  swamps the vocals"): the verb, no label.
- A rank whose source is cited right after ("some of the best results in the county, figures
  published by the department show"): measured, not praise.

Each test pairs the case with its loaded look-alike. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "word", "severity"), [
    # circulated material as the subject: a hint
    ("A message forwarded among farmers claimed that the depot had shut.", "claimed", "info"),
    ("Posts shared in neighbourhood groups have claimed that the water is unsafe.", "claimed", "info"),
    ("A viral video claims that the bridge was never inspected.", "claims", "info"),
    # a person or a named text: the verdict stands
    ("The minister claimed that the depot had shut.", "claimed", "warning"),
    ("Mr Dorrance claimed that the depot had shut.", "claimed", "warning"),
])
def test_a_claim_of_circulated_material_is_a_hint(lint, text, word, severity):
    assert severity_of(lint, text, word) == severity


def test_a_fact_check_label_is_no_verb(lint):
    text = "CLAIM: A message says the new meters record kitchen conversations.\n"
    assert severity_of(lint, text, "CLAIM") is None
    # the verb in the running text still warns
    assert severity_of(lint, "The mayor claimed the meters were safe.", "claimed") == "warning"


@pytest.mark.parametrize(("text", "severity"), [
    ("Repair the pier this summer, or admit the money was wasted.", "info"),
    ("The council finally admitted the money was wasted.", "warning"),
])
def test_a_bare_verb_after_or_is_an_imperative(lint, text, severity):
    word = "admit" if "or admit" in text else "admitted"
    assert severity_of(lint, text, word) == severity


@pytest.mark.parametrize(("text", "word", "severity"), [
    ("The amplifier has a warm bass that never swamps the vocals.", "swamps", None),
    ("The amplifier has a warm bass that never swamps vocals.", "swamps", None),
    # the plural noun after the adverb, no object: still the label
    ("The gangs, often thugs from out of town, smashed the windows.", "thugs", "warning"),
    ("The thugs smashed the windows of the shop.", "thugs", "warning"),
])
def test_a_label_noun_read_as_a_verb(lint, text, word, severity):
    assert severity_of(lint, text, word) == severity


@pytest.mark.parametrize(("text", "severity"), [
    ("The academy now has some of the best results in the county, figures published by the "
     "department show.", None),
    ("The academy now has some of the best teachers in the county.", "warning"),
])
def test_a_rank_with_its_source_is_measured(lint, text, severity):
    assert severity_of(lint, text, "some of the best") == severity
