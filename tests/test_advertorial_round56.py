"""Advertorial round 56: in-article furniture written by outlet (issue 15), on sentences written
for these tests.

tests/advertorial_battery56.py holds the round's battery: the furniture of some forty kinds of
news site (wires, papers and broadcasters of many countries, trade sites, tabloids, partisan
blogs, a state broadcaster), the groups of its misses with more wordings written before the fix,
and traps that use the same words in a story. Each line is pasted into round 49's story on a line
of its own and glued to the next sentence with no space.
"""

from __future__ import annotations

from itertools import chain

import pytest

from lintnews.model.diagnostic import Severity
from tests.advertorial_battery49 import pasted, pastings
from tests.advertorial_battery56 import BY_OUTLET, MORE, TRAPS
from tests.advertorial_lint import (
    between,
    lint_advertorial,
    warning_lines,
    warnings_by_line,
    warns_alone_under,
)

# Left on purpose (docs/history/advertorial.md, "Round 56"): a label or a plug whose hit runs over
# the sentence glued on, a bare "Contact:" or "About <Company>" line (a subhead's shape), a live
# blog's "Key events" label, and a glued link with no stop. (Round 120 found the glued stream
# plug on Roku and Fire TV: a command to stream on the streaming devices.)
LEFT: frozenset[tuple[str, str]] = frozenset(
    {
        ("glued", "Watch KHBR 7 News live at 5, 6 and 11."),
        ("glued", "MORE NEWS:"),
        ("glued", "Read next:"),
        (
            "glued",
            "(Except for the headline, this story has not been edited by Ganga 24x7 staff and is published from a syndicated feed.)",
        ),
        ("own", "Contact: news@lagosledger.ng"),
        ("glued", "Contact: news@lagosledger.ng"),
        ("own", "About Meridian Bank"),
        ("glued", "About Meridian Bank"),
        ("own", "Key events"),
        ("glued", "Key events"),
        ("glued", "Find more Gazette coverage of the drought at harbourgazette.com/drought"),
    }
)
# a press-release wire's furniture is a hint only: the writers' gold leaves a release's own parts
HINTS = frozenset(MORE["press-wire"]) | {"View original content to download multimedia:", "SOURCE Meridian Bank"}

CASES = [c for c in pastings(chain(*BY_OUTLET.values(), *MORE.values())) if c not in LEFT and c[1] not in HINTS]


@pytest.mark.parametrize(("way", "line"), CASES)
def test_a_battery_line_warns_where_it_was_pasted(way: str, line: str) -> None:
    found = warnings_by_line(pasted(line, way))
    assert {n for n, _ in found} == {4}, found


@pytest.mark.parametrize(("way", "line"), sorted(LEFT))
def test_a_known_left_over_is_still_missed(way: str, line: str) -> None:
    # when one of these is found, take it off the list
    assert not any(n == 4 for n, _ in warnings_by_line(pasted(line, way)))


@pytest.mark.parametrize("line", sorted(HINTS))
def test_press_wire_furniture_is_a_hint_not_a_warning(line: str) -> None:
    found = lint_advertorial(between(line))
    assert warning_lines(between(line)) == []
    assert any(d.line == 2 and d.severity is Severity.INFO for d in found), found


# Traps of rounds before 56 that still warn (a reader-act verb opening a story sentence whose
# words break from the story): known false alarms, left for a later round; strict expected
# failures, so that their fix shows.
KNOWN_ALARMS = frozenset(
    {"Follow the river north and you reach the old mill.", "Tip lines set up by the police received 400 calls."}
)


@pytest.mark.parametrize(
    ("way", "line"),
    pastings(chain(*TRAPS.values()), {(w, x) for x in KNOWN_ALARMS for w in ("own", "glued")}),
)
def test_a_trap_leaves_the_story_without_a_warning(way: str, line: str) -> None:
    assert warnings_by_line(pasted(line, way)) == []


def test_the_battery_is_by_outlet_and_wide_enough() -> None:
    assert 30 <= len(BY_OUTLET) <= 40 and all(3 <= len(v) <= 6 for v in BY_OUTLET.values())
    assert all(len(v) >= 3 for v in MORE.values())
    assert all(len(v) >= 10 for v in TRAPS.values())


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Story saved", "advertorial/site-notice"),
        ("This tweet is blocked because you have not accepted cookies.", "advertorial/site-notice"),
        ("We ask that commenters stay polite.", "advertorial/comments-boilerplate"),
        ("The Ledger is solely responsible for all content.", "advertorial/sponsored-marker"),
        ("Get Breaking News and Top Headlines from the Ledger.", "advertorial/newsletter-plug"),
        ("Provided by Lowland Features", "advertorial/syndication"),
    ],
)
def test_each_group_warns_under_its_rule(line: str, rule: str) -> None:
    assert warns_alone_under(line, rule), line


def test_a_compound_noun_subject_is_no_command() -> None:
    # "Stream flow in ... fell": the verb's look-alike heads a noun phrase with a finite verb after it
    assert warning_lines(between("Stream flow in the upper valley fell by a third after the dam opened.")) == []
    # a command keeps its own clause ("Sign up for ..., which is free")
    assert warning_lines(between("Sign up for the Ledger's weekly briefing, which is free.")) == [2]
