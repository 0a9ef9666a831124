"""Advertorial round 121: pitches and taglines with no command (issue 15), on sentences written
for these tests.

- A newsletter or alert pitch as a verbless fragment closing its sentence: the outlet's news
  product and its delivery to the reader ("Free daily headlines in your inbox.", "Breaking news
  alerts, straight to your phone."), the product with its schedule ("The morning briefing, every
  weekday at 6am.", "Our free newsletter, delivered every morning."), a named letter's label and
  its promise ("The Morning Brief newsletter: the day's top stories ..."), `newsletter-plug`.
- A station's or paper's tagline without round 118's "is your" frame: the name's apposition
  ("Harbour FM, your station for the coast.", "News 4, working for you.") and the promise of its
  journalism ("Local journalism you can trust."), `outlet-plug`.
- Left by decision: "Check back for updates", "This story will be updated" (a live page's status
  note, no promotion); a run of headline-shaped lines is measured below (round 22's shapes).
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import between, lint_advertorial, warned_words, warning_lines

PLUGS = [
    ("Free daily headlines in your inbox.", "advertorial/newsletter-plug"),
    ("Breaking news alerts, straight to your phone.", "advertorial/newsletter-plug"),
    ("Top local stories to your inbox every Friday.", "advertorial/newsletter-plug"),
    ("The morning briefing, every weekday at 6am.", "advertorial/newsletter-plug"),
    ("Our free newsletter, delivered every morning.", "advertorial/newsletter-plug"),
    ("The Harbour Round-up, sent weekly.", "advertorial/newsletter-plug"),
    ("The Morning Brief newsletter: the day's top stories in five minutes.", "advertorial/newsletter-plug"),
    ("Harbour FM, your station for the coast.", "advertorial/outlet-plug"),
    ("News 4, working for you.", "advertorial/outlet-plug"),
    ("Local journalism you can trust.", "advertorial/outlet-plug"),
    ("KBTR 7: Coverage you can count on.", "advertorial/outlet-plug"),
]


@pytest.mark.parametrize(("snippet", "rule"), PLUGS)
def test_the_line_is_warned(snippet: str, rule: str) -> None:
    assert warning_lines(between(snippet)) == [2]
    assert rule in [r for r, _ in warned_words(snippet)]


@pytest.mark.parametrize(
    "snippet",
    [
        "Free daily headlines in your inbox. Engineers said the deck was sound.",
        "Engineers said the deck was sound. The morning briefing, every weekday at 6am.",
        "Engineers said the deck was sound. Harbour FM, your station for the coast.",
    ],
)
def test_the_pitch_glued_beside_a_reported_sentence_is_warned(snippet: str) -> None:
    assert warning_lines(between(snippet)) == [2]


@pytest.mark.parametrize(
    "snippet",
    [
        # the sentence goes on with a verb, or a speaker
        "Free daily headlines in your inbox are a thing of the past, the publisher said.",
        "The scheme's updates were sent to your phone, the bank said.",
        "Scammers send fake alerts to your phone every day.",
        # a body's letter with its owner's possessive; a press briefing in a sentence
        "The council's newsletter, sent every month.",
        "The government's daily briefing, every weekday at 5pm.",
        "The police briefing, every morning at 9am, was cancelled.",
        "The daily briefing took place at 5pm.",
        "Police briefing: the day's events were calm.",
        # a tagline's words inside a reported sentence
        "Harbour FM, your station for the coast, said it would close.",
        "The mayor said the paper offered news you can trust and would keep doing so.",
        "Staff at the library, working for you since 1902, said the roof leaked.",
        # a live page's status notes: not promotion (left by decision)
        "Check back for updates.",
        "This story will be updated.",
    ],
)
def test_the_look_alike_is_left(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []


_STORY = ("The council closed the Elm Street footbridge on Monday after an inspection found "
          "corrosion in two of its steel beams.")
_AFTER = "The bridge is expected to reopen in the spring."
_HEADLINES = ("Mayor opens new library wing in Westfield\nHarbour ferry fares to rise in April\n"
              "School bus route changes announced for autumn term")


def _warned(text: str) -> list[int]:
    return sorted({d.line for d in lint_advertorial(text) if d.severity.name == "WARNING"})


def test_a_run_of_headlines_after_a_paragraph_is_warned_with_or_without_a_label() -> None:
    assert _warned(f"{_STORY}\n\n{_HEADLINES}\n\n{_AFTER}") == [3, 4, 5]
    assert _warned(f"{_STORY}\n\nMore stories:\n{_HEADLINES}\n\n{_AFTER}") == [3, 4, 5, 6]


def test_a_single_headline_shaped_line_is_not_a_warning() -> None:
    assert _warned(f"{_STORY}\n\nMayor opens new library wing in Westfield\n\n{_AFTER}") == []


@pytest.mark.parametrize(
    "block",
    [
        "What happens next",  # a subhead
        "The councillors who voted against were:\nJane Morris\nPeter Okafor\nSandra Li",  # names
        "Results\nWestfield 3 Marsh Rovers 1\nHarbour Town 0 Elm United 2\nQuay Athletic 1 Riverside 1",
        "The Elm Street footbridge, closed since Monday",  # a caption
    ],
)
def test_the_shape_traps_are_left(block: str) -> None:
    assert _warned(f"{_STORY}\n\n{block}\n\n{_AFTER}") == []
    assert _warned(f"HARBOURTON, March 3 (Reuters)\n\n{_STORY}\n\n{_AFTER}") == []
