"""Unattributed claims, round 78: a passive whose source is a named firm's document later in its
clause, not a by-phrase.

"X was blamed for the fall in a note from analysts at Harbour Capital" is the firm's note: its
author is named, as in "in a report from Harbour Capital". "..., according to pricing in bond
markets compiled by Harbour Data" names the maker of what "according to" cites, as "according to
pricing data compiled by" does. Their twins with nobody named stay warnings. Every sentence is
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "Weak demand for steel was blamed for the drop in a note from analysts at Harbour Capital.",
    "Weak demand for steel was blamed for the drop in a briefing by Harbour Capital.",
    "Dealers are reported to have cut their bets, according to pricing in bond markets compiled by Harbour Data.",
])
def test_a_named_firms_document_in_the_clause_clears_the_passive(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Weak demand for steel was blamed for the drop in a note from analysts.", "was blamed for"),
    ("Weak demand for steel was blamed for the drop in a letter from residents at Harbour Court.", "was blamed for"),
    ("Dealers are reported to have cut their bets, according to pricing in bond markets.", "are reported to"),
])
def test_the_same_document_with_nobody_named_is_warned(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)
