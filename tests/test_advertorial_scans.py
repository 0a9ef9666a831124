"""The advertorial judge's scans written for speed find what their plain forms find, on
strings written for these tests (the look-alikes of each case among them)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from lintnews.builtin.advertorial import cues, points

# the plain forms the fast ones replaced
PLAIN_RULE = re.compile(r"(?<=\s)_{4,}(?=\s|\Z)")
PLAIN_REPORTING = re.compile(cues.REPORTING.pattern.replace("(?=[satrwec])", "", 1), re.IGNORECASE)

RULE_TEXTS = [
    "The pier shut before dark. ______  Related stories:",
    "A box ______ Dana Reyes covers the harbour. ______",
    "____ at the start, then ____\tinside and at the end ____",
    "glued on a word______ not a rule",
    "a rule ____x that runs into a word",
    "three ___ are too few, four ____ are enough",
    "one ___ run ________ of eight and ______________\u2003before a wide space",
    "under_score____ and snake_case_____ names",
    "\n________\n",
]


@pytest.mark.parametrize("text", RULE_TEXTS)
def test_rule_points_are_the_look_behind_form(text):
    doc = SimpleNamespace(text=text)
    assert points.rule_points(doc) == [(m.start(), 0) for m in PLAIN_RULE.finditer(text)]


def test_rule_points_find_a_rule_and_skip_a_glued_one():
    doc = SimpleNamespace(text="Dark. ______ Tips? word______ x")
    assert points.rule_points(doc) == [(6, 0)]


REPORTING_TEXTS = [
    "The mayor said the pier would open. She SAYS so, and Told us twice.",
    "According  to the council, it reported a loss; the agency reports the latest news daily.",
    "Our annual reports are online. The board reports that costs rose.",
    "Unsaid things: resaid, toldo, wrotex and Announced plans; he wrote, she writes, they tweeted.",
    "It stated, explained, testified, alleged and claimed nothing. ſaid with a long s.",
    "Nothing to see here: a plain line about boats and fog.",
]


@pytest.mark.parametrize("text", REPORTING_TEXTS)
def test_reporting_matches_the_plain_alternation(text):
    fast = [m.span() for m in cues.REPORTING.finditer(text)]
    assert fast == [m.span() for m in PLAIN_REPORTING.finditer(text)]


def test_reporting_finds_a_verb_and_not_a_noun():
    assert cues.REPORTING.search("Police said the road was shut.") is not None
    assert cues.REPORTING.search("Read our annual reports online.") is None
