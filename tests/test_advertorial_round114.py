"""Advertorial round 114: a finance page's own legal lines (not advice, the writer's holdings,
forward-looking statements, a risk warning), an event plug with its price, and a teaser under
"Elsewhere on <masthead>:".

Each is said by the page of itself at a sentence's start. Reporting about such a line (a
regulator's rule, a quoted influencer, a company's warning), a story's ticket prices, a quoted
flyer and a round-up's "Elsewhere on <place>:" are left.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import between, lint_advertorial, warned_words, warning_lines


@pytest.mark.parametrize(
    ("snippet", "rule"),
    [
        ("This is not investment advice. Always do your own research before buying shares. Capital at risk.",
         "advertorial/financial-disclaimer"),
        ("This article is for information only and is not financial advice. Capital at risk.",
         "advertorial/financial-disclaimer"),
        ("Nothing in this column should be read as a recommendation to buy or sell any security. Capital at risk.",
         "advertorial/financial-disclaimer"),
        ("The author holds no position in Marlow Pumps or any company named in this piece.",
         "advertorial/financial-disclaimer"),
        ("At the time of writing, the columnist had no positions in the stocks mentioned.",
         "advertorial/financial-disclaimer"),
        ("Disclosure: the writer owns shares in Marlow Pumps.",
         "advertorial/financial-disclaimer"),
        ("Statements in this announcement that are not historical facts are forward-looking and involve risks.",
         "advertorial/financial-disclaimer"),
        ("Past performance is not a reliable guide to future returns.",
         "advertorial/financial-disclaimer"),
        ("Don't miss the Harbour Post Seafood Fair this June: tickets from £6 at seafoodfair.example.",
         "advertorial/media-plug"),
        ("Day tickets £12 at quaymusic.example.", "advertorial/media-plug"),
        ("Elsewhere on the Harbour Post: the lighthouse keeper who kept a diary for forty years.",
         "advertorial/read-more"),
    ],
)
def test_the_line_is_warned(snippet: str, rule: str) -> None:
    assert warning_lines(between(snippet)) == [2]
    assert rule in [r for r, _ in warned_words(snippet)]


@pytest.mark.parametrize(
    "snippet",
    [
        # reporting about the disclaimer: a regulator's rule, a quoted influencer, a court
        "The regulator said posts by influencers are not investment advice and must say so clearly.",
        'Under the new rule every post must carry the words "this is not investment advice", the regulator said.',
        '"This is not investment advice," the influencer told his followers, before urging them to buy.',
        "The court heard the adviser told clients that this was not investment advice.",
        # somebody else's holdings, and an interest that is not a holding
        "The chief executive holds a stake in the company, its filings show.",
        "The author has an interest in local history and has written two books on the river.",
        # a company's warning reported
        "The company warned that statements in its report were forward-looking and results could differ.",
        # a non-financial "nothing in this report" with its writer
        "Nothing in this report should be taken as a criticism of staff, the inspector wrote.",
        # a story about a festival's ticket prices, and a quoted flyer
        "Tickets for the seafood fair rise from £6 to £9 this year, organisers said, blaming costs.",
        '"Don\'t miss the Seafood Fair this June: tickets from £6," the flyer read.',
        # a round-up's paragraph: "Elsewhere on" a place
        "Elsewhere on Merseyside: police are looking for a man who took a bike from a shed.",
    ],
)
def test_the_look_alike_is_left(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []


def test_the_disclaimer_is_one_warning_over_its_paragraph() -> None:
    text = between("This is not investment advice. Past performance is not a guide to future returns.")
    warned = [d for d in lint_advertorial(text) if d.severity.name.lower() == "warning"]
    assert [d.line for d in warned] == [2]
