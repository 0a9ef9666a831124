"""Advertorial round 119: glued inserts of issue 15 (hard news with the site's sign-up, app and
related-story lines left in the text), on sentences written for these tests.

- A fronted "For <the outlet's kind of news work>," or "To get / keep up with <it>," and the
  command to take the outlet's channel after its comma ("For live prices and analysis, download
  the <Name> app"), `newsletter-plug`; such a command also keeps round 100's reporting paragraph
  from swallowing it when it is glued beside a "said" sentence.
- A piece "part of <Series title>, produced in partnership with <Name>", `sponsored-marker`.
- "Read next:" / "Also read:" and a headline closed by its stop, glued inside a paragraph with
  the story going on after it, `related-plug`.
- An offer to the outlet's readers in the third person ("Readers can get 30% off ... with code
  X") keeps round 100's reporting paragraph from swallowing the offer glued beside a "said"
  sentence (`units.Units._reporting_block`, `cues.READER_OFFER`).
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import between, warned_words, warning_lines

PLUGS = [
    ("For live prices, charts and analysis, download the Harbour Markets app.", "advertorial/newsletter-plug"),
    ("To keep up with the latest headlines, sign up for our morning briefing.", "advertorial/newsletter-plug"),
    ("For more analysis, subscribe to the Kelby Courier business newsletter.", "advertorial/newsletter-plug"),
    ("For live scores and highlights, download our free sport app.", "advertorial/newsletter-plug"),
    ("This report is part of Green Streets, in association with Northwind Energy.", "advertorial/sponsored-marker"),
    (
        "This article is part of Town Essentials, produced in partnership with Hartley Steel.",
        "advertorial/sponsored-marker",
    ),
    (
        "The roof will be repaired first. Read next: Council to close two libraries after vote. The work starts in May.",
        "advertorial/related-plug",
    ),
    (
        "The roof will be repaired first. Also read: Why the town's lidos are closing. The work starts in May.",
        "advertorial/related-plug",
    ),
]


@pytest.mark.parametrize(("snippet", "rule"), PLUGS)
def test_the_line_is_warned(snippet: str, rule: str) -> None:
    assert warning_lines(between(snippet)) == [2]
    assert rule in [r for r, _ in warned_words(snippet)]


@pytest.mark.parametrize(
    "snippet",
    [
        # glued after a "said" sentence: the command still speaks to the reader
        "The council said the work came in under budget. For live scores, highlights and analysis, download the Kelby Sport app.",
        # glued before one
        "For live prices, charts and analysis, download the Harbour Markets app. Engineers said the deck was sound.",
    ],
)
def test_the_plug_glued_beside_a_reported_sentence_is_warned(snippet: str) -> None:
    assert warning_lines(between(snippet)) == [2]
    assert "advertorial/newsletter-plug" in [r for r, _ in warned_words(snippet)]


def test_an_offer_to_the_readers_glued_beside_a_reported_sentence_is_warned() -> None:
    snippet = (
        "Engineers replaced two steel beams. Readers can get 30% off a year's subscription with code "
        "KELBY30. Engineers said the deck was sound."
    )
    assert warning_lines(between(snippet)) == [2]


@pytest.mark.parametrize(
    "snippet",
    [
        # the paragraph reports: a price told beside its source, the readers offered nothing
        "Weekend passes will cost £49, with early-bird tickets at £39. The organiser said the rise reflected costs.",
        "Readers can find the full report on the council's website. The council said it would publish it on Friday.",
    ],
)
def test_a_reporting_paragraph_is_still_left(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []


@pytest.mark.parametrize(
    "snippet",
    [
        # a public service's app, no news work fronted
        "For test results, download the NHS App.",
        "For live train times, download the National Rail app.",
        # the reader is not commanded, or the call is reported
        "To see the prices, residents can download the council's app.",
        "For the latest prices, download the Tesco app, the company said.",
        "For news of closures, the council will post updates on its website.",
        # a newsroom partner is editorial (round 41)
        "This story is part of Tideline, produced in partnership with the Coast Courier newspaper.",
        # not the piece itself
        "The survey is part of Green Streets, produced in partnership with Northwind Energy.",
        # "Read more:" before a sentence in lower case is the story's pointer; a label with no headline
        "The roof will be repaired first. Read more: the full inspection findings are published online.",
        "The roof will be repaired first. Read next: Budget. The work starts in May.",
    ],
)
def test_the_look_alike_is_left(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []
