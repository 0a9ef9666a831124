"""Advertorial round 55: class members worded as real pages word them (issue 15), on sentences
written for these tests.

tests/advertorial_battery55.py holds the round's battery (a syndicate's distribution credit, a
read-more pointer that says "here", a call to subscribe asked as a question) and its traps by kind
(rights notices, which the project leaves alone as legal lines; photo credits; reporting about
copyright; "read more" and subscription questions in a story; "Also on <weekday>" and "Also in
<place> <Name>" story sentences; bylines and datelines). Each line is pasted into round 49's
story on a line of its own and glued to the next sentence with no space.
"""

from __future__ import annotations

from itertools import chain

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_battery49 import pasted, pastings
from tests.advertorial_battery55 import BOILERPLATE, TRAPS
from tests.advertorial_lint import (
    between,
    lint_advertorial,
    warning_lines,
    warnings_by_line,
    warns_alone_under,
)


@pytest.mark.parametrize(("way", "line"), pastings(chain(*BOILERPLATE.values())))
def test_a_battery_line_warns_where_it_was_pasted(way: str, line: str) -> None:
    found = warnings_by_line(pasted(line, way))
    assert {n for n, _ in found} == {4}, found


@pytest.mark.parametrize(("way", "line"), pastings(chain(*TRAPS.values())))
def test_a_trap_leaves_the_story_without_a_warning(way: str, line: str) -> None:
    assert warnings_by_line(pasted(line, way)) == []


def test_the_batteries_are_wide_enough() -> None:
    assert all(len(v) >= 8 for v in BOILERPLATE.values())
    assert len(TRAPS) >= 7 and all(len(v) >= 10 for v in TRAPS.values())


# Each class under its own rule.


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Read more here about the harbour dredging:", "advertorial/related-plug"),
        ("Read more about the regatta here.", "advertorial/related-plug"),
        ("Why not subscribe to The Harbour Echo today?", "advertorial/donation-appeal"),
        ("Isn't it time you subscribed to the Gazette?", "advertorial/donation-appeal"),
        ("© 2021 Lowland Features Ltd, All Rights Reserved, Distributed by Coastline Syndicate", "advertorial/syndication"),
        ("This cartoon is distributed by Harbour Features Syndicate.", "advertorial/syndication"),
    ],
)
def test_each_class_warns_under_its_rule(line: str, rule: str) -> None:
    assert warns_alone_under(line, rule), line


def test_a_plug_closed_by_its_colon_glued_onto_a_sentence_is_cut_there() -> None:
    plug = "Read more here about the harbour dredging:"
    text = f"The regatta opened on Saturday with forty boats.\n{plug}Ferry crews said the crossing was calm.\nThe board meets in June.\n"
    d = next(d for d in lint_advertorial(text) if d.severity.rank >= Severity.WARNING.rank)
    assert d.line == 2 and d.end_column - 1 <= len(plug)


def test_a_label_glued_onto_its_headline_is_still_one_unit() -> None:
    # (the colon glue is looked for after the hit: a label's own colon before its headline is no glue)
    text = between("Related:Council Approves New Ferry Fares")
    assert warning_lines(text) == [2]


@pytest.mark.parametrize(
    "line",
    [
        "Also on Thursday the harbour board met the unions.",
        "Also in Durban Mayor Ama Mensah opened the new pier.",
        "Why not subscribe to a cheaper broadband plan?",
        "Read more than half of the report, the chairman urged councillors.",
        "Copyright 2024 Harbour Wire Service. All rights reserved.",
    ],
)
def test_story_sentences_and_legal_lines_are_left_alone(line: str) -> None:
    assert warning_lines(between(line)) == [], line


# A plug's continuation: one or two short paragraphs between two lines of one plug for the outlet's
# channels, in the outlet's or the reader's voice, telling no story, join the plug.

_SIGN_UP = "Sign up for our free email newsletter, and we will keep you in the loop."
_JOIN = "Sign up and you can still get all our stories by joining our Harbourhub group."


def _sandwich(*middle: str, before: str = _SIGN_UP, after: str = _JOIN) -> str:
    return "\n".join(
        ["The council voted on Tuesday to close the old swimming pool after engineers found cracks in its roof.",
         before, *middle, after,
         "Residents who used the pool will be offered passes to the leisure centre, the council said."]
    ) + "\n"


def test_a_plugs_continuation_between_two_of_its_lines_joins_it() -> None:
    text = _sandwich("We are also moving to a new platform, Harbourhub.", "It is like the old page without the adverts.")
    assert warning_lines(text) == [2, 3, 4, 5]


@pytest.mark.parametrize(
    "middle",
    [
        ("The mayor is expected to decide on the pool next week.",),  # no outlet's or reader's voice
        ("Residents told us the pool had been part of their lives for forty years.",),  # the story's past
        ("We asked the council why the roof was not repaired in 2019, and it said money was short.",),  # reports
        ("We are also moving to a new platform.", "It is like the old page.", "You will like it."),  # three
    ],
)
def test_a_story_line_or_a_long_run_between_two_plugs_is_left_alone(middle: tuple[str, ...]) -> None:
    text = _sandwich(*middle)
    n = len(middle)
    assert warning_lines(text) == [2, 3 + n], middle


def test_a_line_between_two_related_links_is_left_alone() -> None:
    # (related links sit between the story's paragraphs: only a plug for the outlet's channels is joined over)
    text = _sandwich(
        "You could be forgiven for thinking the council has given up on the pool.",
        before="Related: Council approves new bus lanes",
        after="Related: Leisure centre to extend its hours",
    )
    assert warning_lines(text) == [2, 4]


# Round 54's strict misses: a call on an account closed by a network's name, glued onto the next
# sentence (the reader-call rule judges the sentence: it is cut at the join), and a media label's
# headline glued on (its last word stops at the join).

_NEXT = "Ferry crews said the crossing was calm all week."


@pytest.mark.parametrize(
    "plug",
    [
        "Follow our harbour desk on TikTok",
        "Like The Harbour Echo on Facebook",
        "Join our readers' group on WhatsApp",
        "WATCH: Lifeboat crew rescue stranded walkers",
        "Podcast: Inside the harbour master's office",
    ],
)
def test_a_call_or_a_media_label_glued_onto_a_sentence_warns_without_it(plug: str) -> None:
    text = f"The regatta opened on Saturday with forty boats.\n{plug}{_NEXT}\nThe board meets in June.\n"
    found = warnings_by_line(text)
    assert found and all(n == 2 for n, _ in found), found
    d = next(d for d in lint_advertorial(text) if d.severity.rank >= Severity.WARNING.rank)
    assert d.end_column - 1 <= len(plug) + 1


@pytest.mark.parametrize(
    "line",
    [
        "Followers on TikTok helped the coastguard find the dinghy.",
        "Watch parties on YouTube drew thousands, the club said.",
        "Follow-up checks at Walmart found no faults.",
    ],
)
def test_a_story_sentence_naming_a_network_glued_on_is_left_alone(line: str) -> None:
    text = f"The regatta opened on Saturday with forty boats.\n{line}{_NEXT}\nThe board meets in June.\n"
    assert warnings_by_line(text) == []


@pytest.mark.parametrize(
    "line", ["Watch: Crews film YouTube star at the harbour", "Video: Crews fight LinkedIn fire at the quay"]
)
def test_a_media_labels_headline_with_a_brand_in_two_cases_stays_whole(line: str) -> None:
    d = next(d for d in lint_advertorial(between(line)) if d.severity.rank >= Severity.WARNING.rank)
    assert (d.line, d.column, d.end_column) == (2, 1, len(line) + 1)
