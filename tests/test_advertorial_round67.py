"""Advertorial round 67: page furniture that real outlets' templates paste into a body (issue 15),
on sentences written for these tests.

tests/advertorial_battery67.py holds the battery: a science-news page's labels and notes
("Explore further", "Story Source:", "Cite This Page:", its self-citation, "Note: Content may be
edited ..."), a paywall's meter in a limit's words, a story page's save, follow, alert and
preferred-source buttons, the author box and corrections link, calls for readers' pictures, and a
shop's stock line; six or more lines a kind, and traps in a story's voice for each. Each is pasted
into round 49's story alone and with its last line glued to the next sentence.
"""

from __future__ import annotations

from itertools import chain

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_battery49 import WAYS, pasted
from tests.advertorial_battery59 import assert_warned_on_its_own_lines, block_pastings
from tests.advertorial_battery67 import BY_KIND, INFO_ONLY, TRAPS
from tests.advertorial_lint import (
    between,
    lint_advertorial,
    warning_lines,
    warnings_by_line,
    warns_alone_under,
)
from tests.trap_guard import ADVERTORIAL, assert_trap

# Left on purpose (docs/history/advertorial.md, "Round 67"): the outlet named as a preferred
# source, glued to a story sentence that is attributed (the judge reads the report in it); a
# science-news page's citation of itself (advert-dev leaves it unmarked, like a credit, and as a
# hint the block judge raised it to a warning beside a plug)
CITATION = ("Citation: Sleep loss rewires the ageing brain (2026, May 4) retrieved 5 May 2026 from "
            "https://sciwire.example/news/2026-05-sleep.html")
LEFT = frozenset({("glued", "Add Kestrel Times as a preferred source on Google"),
                  ("own", CITATION), ("glued", CITATION)})

ITEMS = list(chain(*BY_KIND.values()))


@pytest.mark.parametrize(("way", "item"), block_pastings(ITEMS, LEFT))
def test_page_furniture_warns_on_its_own_lines_only(way: str, item: str) -> None:
    assert_warned_on_its_own_lines(item, way)


@pytest.mark.parametrize("line", INFO_ONLY)
def test_a_pointer_that_may_be_the_story_s_own_stays_a_hint(line: str) -> None:
    found = lint_advertorial(pasted(line, "own"))
    assert [d for d in found if d.severity.rank >= Severity.WARNING.rank and d.rule != "advertorial/insertion"] == []
    assert any(d.severity is Severity.INFO and d.line == 4 for d in found), found


@pytest.mark.parametrize(("way", "line"), [(w, t) for t in chain(*TRAPS.values()) for w in WAYS])
def test_a_trap_leaves_the_story_without_a_warning(way: str, line: str) -> None:
    assert warnings_by_line(pasted(line, way)) == []


# the traps that hold a candidate of the family (the judge or the pattern's line shape keeps
# them quiet); the others are plain look-alikes that no advertorial pattern matches
CANDIDATE_TRAPS = frozenset(
    {
        "This is the last free concert of the summer, organisers said.",
        "There are 2 free places left on the course, the college said.",
        "Police follow the topics that trend on social media, a report found.",
        "Residents get alerts for flood warnings by text, the council said.",
        "Fans follow the author on tour across Europe.",
        "He tried to save the story from being cut, the producer said.",
        "Send us your comments, the council told residents.",
        "Stock was limited after the floods, shop owners said.",
        "Limited stock remaining in warehouses pushed prices up, analysts said.",
        "View all posts by the minister on the site, the judge ordered.",
        "Save this story for your grandchildren, she said.",
    }
)


@pytest.mark.parametrize("line", sorted(chain(*TRAPS.values())))
def test_each_trap_is_a_candidate_or_labelled_plain(line: str) -> None:
    assert_trap(line, ADVERTORIAL, frozenset(chain(*TRAPS.values())) - CANDIDATE_TRAPS)


def test_the_battery_is_by_kind_and_wide_enough() -> None:
    assert len(BY_KIND) >= 7 and all(len(v) >= 6 for v in BY_KIND.values())
    assert all(len(v) >= 6 for v in TRAPS.values())


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Explore further", "advertorial/related-plug"),
        ("EXPLORE FURTHER: Tidal power plant passes its first winter", "advertorial/related-plug"),
        ("More articles by this columnist", "advertorial/related-plug"),
        ("Cite this article", "advertorial/syndication"),
        ("Story source:", "advertorial/syndication"),
        ("Materials provided by the Coastal Institute. Note: Content may be edited for style and length.",
         "advertorial/syndication"),
        ("You have used up your monthly limit of free articles.", "advertorial/site-notice"),
        ("This is your last free story.", "advertorial/site-notice"),
        ("Save to your reading list", "advertorial/site-notice"),
        ("Follow this reporter", "advertorial/site-notice"),
        ("Get alerts for Ridgeway Courier stories", "advertorial/site-notice"),
        ("Set Harbour Weekly as your preferred source", "advertorial/newsletter-plug"),
        ("Suggest a correction", "advertorial/comments-boilerplate"),
        ("Write to the columnist", "advertorial/comments-boilerplate"),
        ("Did you see what happened? Send us your footage.", "advertorial/comments-boilerplate"),
        ("Limited stock left!", "advertorial/commerce-cta"),
    ],
)
def test_each_construction_warns_under_its_rule(line: str, rule: str) -> None:
    assert warns_alone_under(line, rule), line


@pytest.mark.parametrize(
    "line",
    [
        # the credits, legal lines and updates a page prints that are NOT advertorial
        "Copyright 2026 Harbour Weekly. All rights reserved.",
        "Reporting by Ana Ruiz; Editing by Tom Hale",
        "Additional reporting by Sam Ortiz",
        "Staff writer Jo Ellis contributed to this report.",
        "This story has been updated.",
        "Updated at 4.10pm",
        "Image credit: Northgate University",
        "Pictured: The new lifeboat station",
        "If you have been affected by this story, call the helpline on 0800 000 111.",
        # the same words in a story's voice
        "Explore further afield and you find the old mill, the guide said.",
        "Story source material was checked by two editors, the paper said.",
        "Email the author of the report, the judge told the clerk.",
        "Send us your pictures of the parade, the mayor told residents at the meeting.",
        "Limited stock of the drug is available in hospitals, the ministry said.",
    ],
)
def test_what_a_page_prints_that_is_not_advertorial_stays_quiet(line: str) -> None:
    assert warning_lines(between(line)) == [], line


def test_a_glued_line_is_reported_on_its_own_line() -> None:
    text = between("Report a correction or typo" + "Residents will be offered passes, the council said.")
    assert warning_lines(text) == [2]


def test_one_diagnostic_for_a_block_of_furniture() -> None:
    text = between("Materials provided by Northgate University. Note: Content may be edited for style and length.")
    found = [d for d in lint_advertorial(text) if d.severity.rank >= Severity.WARNING.rank]
    assert len(found) == 1 and found[0].line == 2, found
