"""Review 109: cost and correctness of rounds advert107/108, unattr108/109 and loaded107.

1. The signed letters page (``turns._signed_letters``, round 107) sliced the text from its
   start to each short comma line's end to right-strip it: quadratic in a page of short
   lines (20,000 of them, 1.4 MB, took 0.6 s for this pass alone, 9.5 times the time of a
   page four times shorter). It strips the line alone now.
2. "Said nothing" (round 108) closed "nothing" by a "more", "further" or "yet" after it, so
   "officials said nothing more could be done" lost its warning: that "nothing" opens what
   was said. The adverb closes it only when the same closing follows it; "about" or "on" only
   when no finite verb follows their object ("said nothing about the levy would change").
3. Round 107's event-plug label took "briefing": "Live briefing: Ministers meet ..." is a
   newsroom's own label, no plug.
4. Round 108's next sentence "pointing back" at an unnamed source with its reason took any
   definite plural ("two officials said. / The diplomats, who asked not to be identified
   because ..."): its noun must be the source's head now.

Every sentence is written for these tests.
"""

from __future__ import annotations

import time

import pytest

from lintnews.document.turns import find_turns
from lintnews.readers import Block
from tests.family_lint import LEAD, assert_warned, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _letters_page(n: int) -> tuple[str, list[Block]]:
    """A page of ``n`` letters, each a paragraph and its name-and-town line."""
    parts, blocks, pos = ["Letters\n\n"], [Block(0, 7, "heading", 1)], 9
    for _ in range(n):
        for line in ("The new bus timetable leaves the villages without an evening service.", "Ana Ruiz, Eastgate"):
            blocks.append(Block(pos, pos + len(line)))
            parts.append(line + "\n\n")
            pos += len(line) + 2
    return "".join(parts), blocks


def _best_turns_time(n: int) -> float:
    text, blocks = _letters_page(n)
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        turns = find_turns(text, blocks)
        best = min(best, time.perf_counter() - t)
    assert len(turns) == n  # (each letter's paragraph is a letter: the pass did its work)
    return best


def test_a_long_page_of_signed_letters_takes_linear_time() -> None:
    # Eight times the letters: linear reads 8-9 times the time, the quadratic pass 30 and more
    # (a four-fold step left too little room: 4.5 times on a quiet machine, 9.8 under load).
    small, large = _best_turns_time(2000), _best_turns_time(16000)
    assert large < 16 * small + 0.01, (small, large)


@pytest.mark.parametrize("text", [
    "Officials said nothing more could be done for the pier.",
    "Officials said nothing further would be announced until May.",
    "Officials said nothing yet had been decided about the site.",
])
def test_nothing_more_that_opens_what_was_said_stays_warned(lint, text) -> None:
    assert_warned(lint, LEAD + text, "Officials")


@pytest.mark.parametrize("text", [
    "The mayor wrote to the ferry company. Officials have said nothing more.",
    "The mayor wrote to the ferry company. Officials have said nothing further about the pier.",
    "The mayor wrote to the ferry company. Officials have said nothing yet.",
])
def test_nothing_more_closed_reports_no_claim(lint, text) -> None:
    assert not warnings(lint, LEAD + text)


@pytest.mark.parametrize("text", [
    "Residents said nothing on the agenda had changed since March.",
    "Officials said nothing about the levy would change before May.",
])
def test_nothing_about_that_opens_what_was_said_stays_warned(lint, text) -> None:
    # ("nothing on the agenda", "nothing about the levy": the subject of what was said)
    assert warnings(lint, LEAD + text), text


@pytest.mark.parametrize("text", [
    "Officials have said nothing about why the pier was closed.",
    "Officials have said nothing on the matter since Friday.",
])
def test_nothing_about_a_topic_reports_no_claim(lint, text) -> None:
    assert not warnings(lint, LEAD + text)


@pytest.mark.parametrize("text", [
    "Live briefing: Ministers meet as the storm nears the coast.",
    "Next briefing: The council will give an update at noon.",
])
def test_a_newsroom_briefing_label_is_no_event_plug(lint, text) -> None:
    assert not [d for d in lint(LEAD + text) if d.category == "advertorial"]


def test_a_webinar_label_is_still_an_event_plug(lint) -> None:
    found = lint(LEAD + "Upcoming webinar: Planning for the winter season. Places are limited.")
    assert [d for d in found if d.category == "advertorial"]


def test_a_reason_given_for_other_people_next_does_not_describe_the_source(lint) -> None:
    text = (LEAD + "The deal is off, two officials said on Monday.\n\n"
            "The diplomats, who asked not to be identified because the talks are private, disagreed.")
    assert_warned(lint, text, "officials")


def test_the_same_people_pointed_back_at_with_their_reason_is_still_a_hint(lint) -> None:
    text = (LEAD + "The deal is off, two officials said on Monday.\n\n"
            "The officials, who asked not to be identified because the talks are private, said more talks were due.")
    found = [d for d in warnings(lint, text) if "officials said" in d.message]
    assert not found, [d.message for d in found]
