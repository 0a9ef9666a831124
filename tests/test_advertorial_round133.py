"""Round 133 (advert133, issue 15): disclosures the guidelines do not list, read as hints.

GUIDELINES.md says a plain disclosure sentence written as reporting is not advertorial; the
writers' gold leaves three kinds unmarked that the disclosure rules warned on:

- a grant credit on the outlet's work ("This reporting was supported by a grant from X");
- the page's not-advice notice ("This article is for general information only and is not
  financial advice");
- an independence note with no gain of the outlet's ("Retailers cannot pay to be included").

They are hints now (``info``), still reported. Traps (still warnings): a named sponsor's credit,
a grant credit that sells to the reader, an affiliate disclosure of the outlet's commission, with
or without an independence note, a financial promotion's risk warning, the writer's holdings.

Sentences written for this round; the demoted cases are warnings on main 0b5999f8.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.advertorial.disclosure import grant_credit, independence_note, not_advice
from lintnews.model.diagnostic import Severity
from tests.advertorial_lint import between, lint_advertorial, warning_lines


def _hinted(text: str, line: int) -> bool:
    """Is an advertorial hint (info) reported on ``line`` of ``text``?"""
    return any(d.line == line and d.severity is Severity.INFO for d in lint_advertorial(text))


@pytest.mark.parametrize(
    "snippet",
    [
        "This reporting was supported by a grant from the Tarn Valley Trust for Local News.",
        "This series was made possible by a grant from the Coastal Heritage Fund.",
        "Our coverage of the coast is funded in part by a fellowship from the Marram Foundation.",
        "This article is for general information only and is not financial advice.",
        "This article is not medical advice; talk to your GP about any change to your treatment.",
        "Makers cannot pay to be featured in our garden buying guides.",
        "Our reviews team works apart from our advertising team, and brands cannot pay to be included.",
    ],
)
def test_a_plain_disclosure_is_a_hint(snippet: str) -> None:
    text = between(snippet)
    assert 2 not in warning_lines(text)
    assert _hinted(text, 2)


@pytest.mark.parametrize(
    "snippet",
    [
        # a named sponsor's credit, not a grant
        "This reporting was supported by Castleford Home Security.",
        # a grant credit that sells to the reader
        "This guide was supported by a grant from Kelby Energy: use code KELBY10 for 10% off your first bill.",
        # the outlet's gain stated beside the independence note
        "Brands cannot pay to be included, but we may earn a commission if you buy through our links.",
        "When you buy through links in our guides, we may earn an affiliate commission.",
        # a financial promotion's risk warning, the writer's holdings
        "Past performance is not a reliable guide to future returns.",
        "The author holds no position in any of the shares mentioned.",
    ],
)
def test_a_listed_marker_is_still_a_warning(snippet: str) -> None:
    assert 2 in warning_lines(between(snippet))


def test_a_demoted_disclosure_is_not_promoted_by_a_plug_beside_it() -> None:
    text = (
        "The council voted on Tuesday to close the old swimming pool after engineers found cracks in its roof.\n\n"
        "This reporting was supported by a grant from the Tarn Valley Trust for Local News.\n\n"
        "Sign up to our free newsletter for the latest council news every morning.\n"
    )
    lines = warning_lines(text)
    assert 3 not in lines and 5 in lines


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("This reporting was supported by a grant from the Harbour Trust.", True),
        ("The museum was part-funded by a £30,000 grant from the county.", True),
        ("This guide is supported by a grant from X, and you can save 20% off today.", False),
        ("This reporting was supported by the Harbour Trust.", False),
    ],
)
def test_grant_credit(sentence: str, expected: bool) -> None:
    assert grant_credit(sentence) is expected


def test_not_advice_and_independence_note() -> None:
    assert not_advice("is not financial advice", "This is not financial advice.")
    assert not not_advice("is not financial advice", "This is not financial advice. Capital at risk.")
    assert not not_advice("The author holds no position", "The author holds no position in Acme.")
    assert independence_note("retailers cannot pay to be included", "Retailers cannot pay to be included.")
    assert not independence_note(
        "brands cannot pay to be included", "Brands cannot pay to be included; we earn a commission on sales."
    )
