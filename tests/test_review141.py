"""Review 141 (of unattr178-180, loaded171-173, advert146-148, merged since fceefb74).

Each case fails on 78e48b9c (the review's base) except the controls, which guard the edges:

* advert147's "reported" reading took the page's own disclosure written as a sentence, "This is
  a paid partnership with <firm>", for a report about advertising as soon as a regulator was
  named after it ("... ; the regulator has cleared the claims"): "This is a" counted as a
  clause's subject and verb. The page pointing at itself in the present ("This is a", "It is",
  "It's") before the marker is the page's label in a sentence's words; a report's past ("It was
  a paid partnership, the regulator found") and a noun subject ("Each of the posts was a
  sponsored post, the regulator found") stay reports.
* round 172's round-number nouns ("Thousands of terrified residents") moved from labels.py's
  code into the word class ``loaded-desks/round-number-nouns``: the same readings.

Sentences written for these tests.
"""

from __future__ import annotations

import time

import pytest

from lintnews.builtin.advertorial.reported import opens_clause, reported_marker
from tests.advertorial_lint import alone
from tests.family_lint import severity_in_body

_LEAD = "The harbour board met on Tuesday to agree next year's budget, its chair said."
_TAIL = "The board will meet again in March, when the new berths are due to open."


@pytest.mark.parametrize("sentence", [
    "This is a paid partnership with Norvo Energy; the regulator has cleared the claims.",
    "It is a paid partnership with Norvo Energy, approved by the regulator.",
    "This is a paid partnership with Kelby Motors, and the watchdog has approved it.",
])
def test_the_pages_own_disclosure_naming_a_regulator_warns(sentence: str) -> None:
    assert alone(sentence, _LEAD, _TAIL) == "warning"


@pytest.mark.parametrize("sentence", [
    "It was a paid partnership with Norvo Energy, the regulator found.",
    "Each of the posts was a sponsored post, the regulator found.",
])
def test_a_report_about_advertising_stays_a_hint(sentence: str) -> None:  # controls
    assert alone(sentence, _LEAD, _TAIL) == "info"


def test_page_deixis_is_no_clause() -> None:
    text = "This is a paid partnership with Norvo Energy; the regulator has cleared the claims."
    at = text.index("paid")
    assert not opens_clause(text, 0, at)
    assert not reported_marker(text, at)
    past = "It was a paid partnership with Norvo Energy, the regulator found."
    assert opens_clause(past, 0, past.index("paid"))  # control


def test_page_deixis_is_linear() -> None:
    text = "This is " + " " * 40_000 + "paid partnership"
    t = time.perf_counter()
    opens_clause(text, 0, len(text) - len("paid partnership"))
    assert time.perf_counter() - t < 1.0


# round 172's round-number nouns, a word class

def test_round_number_nouns_are_a_word_class() -> None:
    from lintnews.builtin.loaded.evidence import labels
    from lintnews.language.wordclasses import lower_forms

    plural = lower_forms("loaded-desks/round-number-nouns", ("NNS",))
    assert {"dozens", "scores", "hundreds", "thousands", "tens", "millions"} <= plural
    assert not hasattr(labels, "_ROUND_QUANTITIES")


@pytest.mark.parametrize(("sentence", "severity"), [
    ("Thousands of terrified residents fled the fire on Sunday night.", "warning"),
    ("Dozens of terrified residents fled the fire on Sunday night.", "warning"),
    ("Rows of terrified residents fled the fire on Sunday night.", "info"),  # control: no count
])
def test_a_round_counts_of_opens_the_phrase(lint, sentence: str, severity: str) -> None:
    assert severity_in_body(lint, sentence, "terrified") == severity


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint
