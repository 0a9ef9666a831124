"""Review 119: the station tagline of advertorial round 121 ("News 4, working for you.") is an
apposition to a name; after a clause's lower-case word the same words are a speaker's or the
writer's phrase, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.advertorial_lint import between, warned_words, warning_lines


@pytest.mark.parametrize(
    "snippet",
    [
        "Radio Kent, working for you.",
        "Coast 104, your station for the coast.",
        "Engineers said the deck was sound. Harbour FM, always working for you.",
    ],
)
def test_the_tagline_after_a_name_is_warned(snippet: str) -> None:
    assert "advertorial/outlet-plug" in [r for r, _ in warned_words(snippet)]


@pytest.mark.parametrize(
    "snippet",
    [
        "He signed off each broadcast the same way, working for you.",
        "She ran the ward for twenty years, always working for you.",
        "He called it a lifeline, your station for the lonely hours.",
    ],
)
def test_the_phrase_after_a_clause_is_left(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []
