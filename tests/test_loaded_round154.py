"""Loaded language, round 154: politics, business and local desks (issue 16).

Constructions:

- "regime" named by its ruler (``evidence.ruled_label``, word class ``loaded/ruled-labels``):
  "the Gordeyev regime", "the regime of President Vessel". Traps: the technical senses ("the
  new tax regime", "a regime of daily tests"), a country's adjective ("the Iranian regime",
  unmarked on the dev suites), a quotation;
- "term" as a noun after a determiner and an ordinal is no characterising verb ("won a third
  term in a sham election"); "called it a sham" still is;
- "pork" as the meat's cut or a cooked dish is no pork barrel ("tender pork shoulder").

Taken out in the round: an emotive -ing adjective closing a predicate ("Conditions at the
depot are appalling."): news-check lost precision (one more false alarm, no recall); a label
noun as a pseudo-title before a full name ("Thug Liam Sutcliffe, 27"): babe-dev lost precision.

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
    ("The Gordeyev regime has a long record of jailing editors.", "regime"),
    ("Unrest grew after the regime of President Arno Vessel took power.", "regime"),
    ("Fofana won a third term last year in a sham election.", "sham"),
])
def test_round154_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # the label: a country's adjective, a quotation
    ("The Iranian regime warned of a firm response.", "regime"),
    ("\"The Gordeyev regime must go,\" said Anna Berg, a protester.", "regime"),
    # the characterisation still reported
    ("Critics called it a sham election.", "sham"),
])
def test_round154_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), [
    # the technical senses of "regime" and the meat: the pack's exceptions drop the candidate
    ("The new tax regime starts in April.", "regime"),
    ("A regime of daily tests began in May.", "regime"),
    ("Serve tender pork shoulder slow-cooked in cider.", "pork"),
    ("Braise the pork loin with apples and sage.", "pork"),
])
def test_round154_not_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


def test_round154_pork_barrel_still_warned(lint) -> None:
    assert severity_in_body(lint, "The bill is stuffed with pork for the senator's donors.", "pork") == "warning"

