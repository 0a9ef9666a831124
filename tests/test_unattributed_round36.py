"""Unattributed claims, round 36: false alarms on a fresh writer's wire, state-media and
parliamentary copy, fixed by general grammar.

- a verb's form after an article or a possessive is a noun: "praised workers for finishing
  the project" has no source verb ("project"), the workers are praised, not speaking;
  "Residents near the project claim ..." reads the real verb, "claim";
- an unnamed group coordinated with one body that speaks ("state media and witnesses said",
  "residents and a local monitoring group said", "Government forces and the Red Hill
  Brigades blamed each other"): partly attributed, a hint; a second vague group ("critics and
  other observers", "rights groups and residents", "analysts and aid agencies") still warns;
- an unnamed group telling a public forum on its record ("told a parliamentary committee",
  "told the inquiry"): a hint; "told reporters" still warns.

Every sentence is written for these tests. See docs/history/unattributed-claims.md, round 36.
"""

from __future__ import annotations

import pytest

from lintnews.model.diagnostic import Severity
from tests.family_lint import claims as _claims
from tests.family_lint import warnings as _warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


def test_round36_a_verb_form_after_an_article_is_a_noun(lint):
    assert not _claims(lint, "The mayor praised workers for finishing the project early.")
    found = _warnings(lint, "Residents near the project claim the bridge is unsafe.")
    assert [d.message.split("'")[1] for d in found] == ["Residents near the project claim"]
    # a pronoun-like determiner stands alone: the verb after it is still the verb
    assert _warnings(lint, "Critics of this say the bridge is unsafe.")


HINTED = [
    "Two people died in the fire, state media and witnesses said.",
    "Shells hit the depot overnight, residents and a local monitoring group said.",
    "Government forces and the Red Hill Brigades blamed each other for the attack.",
    "Witnesses and police said the car had been speeding.",
    "Military chiefs told a parliamentary committee in May that the army was short of shells.",
    "Officials told the inquiry that the records had been lost.",
]

STILL_WARNED = [
    "Critics and other observers say the plan will fail.",
    "Residents and Republican lawmakers say the plan will fail.",
    "Two people died in the fire, onlookers and residents said.",  # (witnesses: a hint since round 40)
    "Rights groups and residents say the plan will fail.",
    "Political analysts and aid agencies warn the plan will fail.",
    "Officials told reporters that the records had been lost.",
    "Officials told a friend of the court that the records had been lost.",
]


@pytest.mark.parametrize("text", HINTED)
def test_round36_hinted(lint, text):
    assert not _warnings(lint, text)
    assert _claims(lint, text, Severity.INFO)


@pytest.mark.parametrize("text", STILL_WARNED)
def test_round36_look_alikes_still_warn(lint, text):
    assert _warnings(lint, text)
