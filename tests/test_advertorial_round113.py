"""Advertorial round 113: a newsletter's sign-up call naming its title, the letter added to the
reader's inbox, and an awards scheme asking the reader for nominees.

"Sign up for <Title>, our ... briefing" owns the title by its apposition; "Add it to your inbox"
hands the reader a letter by a pronoun; "Nominate them for the ... Awards" opens its sentence as a
command to the reader. A benefit or service named in a story, an inbox filter, a quoted call and a
reported invitation to nominate are left.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import between, lint_advertorial, warned_words, warning_lines


@pytest.mark.parametrize(
    ("snippet", "rule"),
    [
        (
            "Sign up for Ledger Lines, our free daily email on the money in your pocket, delivered at 7am.",
            "advertorial/newsletter-plug",
        ),
        (
            "Sign up for Quayside, the Harbour Post's weekend roundup of what to do on the coast.",
            "advertorial/newsletter-plug",
        ),
        (
            "Add it to your inbox with a single tap: it costs nothing.",
            "advertorial/newsletter-plug",
        ),
        (
            "Got a neighbour who never stops giving? Nominate them for the Valley Star Community Awards by 4 March.",
            "advertorial/comments-boilerplate",
        ),
        (
            "Nominate your favourite volunteer for this year's Riverside Champions Awards at riverside.example.",
            "advertorial/comments-boilerplate",
        ),
    ],
)
def test_the_call_is_warned(snippet: str, rule: str) -> None:
    assert warning_lines(between(snippet)) == [2]
    assert rule in [r for r, _ in warned_words(snippet)]


@pytest.mark.parametrize(
    "snippet",
    [
        # a benefit named in a story, its apposition not a letter of the outlet's
        "Sign up for Pension Credit, the government's top-up for older people, before the March deadline.",
        # an inbox filter, no letter handed over
        "Add a filter to your inbox so that the fake invoices go straight to the bin.",
        # a quoted call with its speaker
        '"Sign up for Ledger Lines, our free daily email," the editor said at the launch.',
        # a reported invitation to nominate
        "Nominate a volunteer for the Civic Pride Awards, the council urged residents on Monday.",
        "The council asked residents to nominate a volunteer for the Civic Pride Awards.",
    ],
)
def test_the_look_alike_is_left(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []


def test_the_quoted_nomination_call_is_no_warning() -> None:
    text = between('"Nominate them for the Community Awards," said the mayor, who chairs the panel.')
    assert [d for d in lint_advertorial(text) if d.line == 2 and d.severity.name.lower() == "warning"] == []
