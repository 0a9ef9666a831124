"""Advertorial round 64: a promotional page's own copy, by kind (issue 15), on sentences written
for these tests.

tests/advertorial_battery64.py holds the battery: six kinds of a promotional page's own copy (an
author's self-introduction with credentials, an event listing's fields, a pitch to "you" about
the product, an app's changelog, a seller's lead-in to testimonials, a tip ending on "here!"),
and traps in a news story's voice (bylines and author notes, a columnist's first person, events
and software releases reported, readers' reviews quoted, Q&As, the page's shapes quoted or
reported). Each is pasted into round 49's story alone and with its last line glued to the next
sentence.
"""

from __future__ import annotations

from itertools import chain

import pytest

from tests.advertorial_battery49 import WAYS, pasted
from tests.advertorial_battery59 import assert_warned_on_its_own_lines, block_pastings, lines_of
from tests.advertorial_battery64 import BY_KIND, TRAPS, Insertion
from tests.advertorial_lint import warnings_by_line, warns_alone_under
from tests.trap_guard import ADVERTORIAL, assert_trap

# Left on purpose (docs/history/advertorial.md, "Round 64"): opening days and hours alone are also
# a review's fact box, which the writers leave unmarked ("Opening hours: ..." stays round 19's
# hint); a listing line whose fields are set off by bars only, glued; a testimonial lead-in that
# ends on a colon glued to the story (no stop to split at, and the story's "said" then reports).
LEFT: frozenset[tuple[str, Insertion]] = frozenset(
    {
        *((w, "Open Tuesday to Sunday, 10:00-17:00. Closed on Mondays.") for w in WAYS),
        *((w, "Opening hours: Mon-Fri 9am-6pm, Sat 10am-4pm") for w in WAYS),
        ("glued", "Glass and Light: Nordic Design 1950-1980 | Harbour Museum, 14 Quay Street | 3 March - 28 June"),
        ("glued", "Guests who booked through Lanterna Tours left these reviews:"),
        ("glued", "Customers who stayed with us shared their experiences:"),
    }
)

ITEMS = list(chain(*BY_KIND.values()))


@pytest.mark.parametrize(("way", "item"), block_pastings(ITEMS, LEFT))
def test_a_page_s_own_copy_warns_on_its_own_lines_only(way: str, item: Insertion) -> None:
    assert_warned_on_its_own_lines(item, way)


@pytest.mark.parametrize(("way", "line"), [(w, t) for t in chain(*TRAPS.values()) for w in WAYS])
def test_a_trap_leaves_the_story_without_a_warning(way: str, line: str) -> None:
    assert warnings_by_line(pasted(line, way)) == []


# the traps that hold a candidate of the family (the judge is what keeps them quiet); the others
# are plain look-alikes that no advertorial pattern matches
CANDIDATE_TRAPS = frozenset(
    {
        "Version 2.26 adds support for older Android phones, the company said.",
        "The new version of the app crashed for thousands of users on Monday.",
        "One customer wrote on the review site that the blender broke after a week.",
        "\"I'm Tom Hale, a certified coach and author of two books,\" he told the jury.",
        "Her blog opened: My name is Ruth Cole and I'm a nurse, author and speaker, the tribunal heard.",
        "Version 3.4 brings dark mode and bug fixes, the developer said.",
        "\"Pro tip: get more coins here!\" the game told children, the regulator said.",
    }
)
PLAIN = frozenset(chain(*TRAPS.values())) - CANDIDATE_TRAPS


@pytest.mark.parametrize("line", sorted(chain(*TRAPS.values())))
def test_each_trap_is_a_candidate_or_labelled_plain(line: str) -> None:
    assert_trap(line, ADVERTORIAL, PLAIN)


def test_the_battery_is_by_kind_and_wide_enough() -> None:
    assert len(BY_KIND) == 6 and all(len(v) >= 6 for v in BY_KIND.values())
    assert all(len(v) >= 6 for v in TRAPS.values())
    assert all(1 <= len(lines_of(x)) <= 4 for x in ITEMS)


@pytest.mark.parametrize(
    "line",
    [
        "Hi there, I'm Mara Quinn, a certified yoga teacher, podcast host and author.",
        "Where: Town Hall, 1 Church Street | When: Friday 3 May, 7pm",
        "Is this box for you? You love coffee and you hate waiting in queues.",
        "This tool was designed for you if your week never goes to plan.",
        "New in 6.3: a new home screen, faster search and bug fixes.",
        "Don't just take our word for it.",
        "See what guests who stayed with us said about their weekend.",
        "Bonus tip: Reserve early and bag the front row here!",
    ],
)
def test_each_construction_warns_under_the_page_copy_rule(line: str) -> None:
    assert warns_alone_under(line, "advertorial/page-copy"), line


@pytest.mark.parametrize(
    "line",
    [
        # credentials in the third person, and a first person with no credentials
        "Mara Quinn is a yoga teacher, podcast host and author who lives in the town.",
        "I'm Mara, and I have lived on this street for forty years.",
        # an event and a release reported, attributed
        "The fair is at the Town Hall on Friday from 7pm, organisers said.",
        "Update 6.3 brings bug fixes and a new home screen, the bank said on Monday.",
        # a reader's question about something that is no product, and what people said, reported
        "Is this winter for you? Forecasters expect more snow in the north.",
        "Guests who stayed at the hotel said the heating failed.",
    ],
)
def test_the_same_shapes_in_a_story_stay_unwarned(line: str) -> None:
    assert warnings_by_line(pasted(line, "own")) == []
