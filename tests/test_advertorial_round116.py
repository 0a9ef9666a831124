"""Advertorial round 116: what forty fresh inserts of issue 15's classes found silent.

- "Nothing in this article constitutes investment advice" was matched by the site `disclaimer`
  hint, which came first in the pack and so took the sentence's start from the finance rule: the
  finance page's `financial-disclaimer` now comes first (a warning) for a piece ("in this article /
  column / newsletter"); the site's own line ("Nothing on this site is investment advice") stays
  round 7's hint; with a speaker after it, the sentence is a report and is left.
- The not-advice notice told to the reader ("Readers should not treat anything written here as a
  recommendation to buy or sell"): the reader as the subject, the page as the object.
- A broadcast plug with a clause before "on" ("You can hear the full interview, recorded last week,
  on <Show>"), with the reporter's clause as its object ("hear our reporter discuss the plans on
  <Show>, weekdays ..."), and the whole programme offered with no schedule ("You can watch the
  full documentary on <Name>", "can" or "will be able to" only, never a story's "could").
- An appeal with two qualities before the journalism ("Support independent local journalism from
  just £1 a week").
- A notification plug with "to be told" after it: "be told" is the reader's passive, not a report,
  and "switch on" opens a command.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import between, warned_words, warning_lines


@pytest.mark.parametrize(
    ("snippet", "rule"),
    [
        ("Nothing in this article constitutes investment advice. Capital at risk.", "advertorial/financial-disclaimer"),
        ("Nothing in this newsletter should be construed as tax advice. Capital at risk.", "advertorial/financial-disclaimer"),
        ("Readers should not treat anything written here as a recommendation to buy or sell securities. Capital at risk.",
         "advertorial/financial-disclaimer"),
        ("You should not rely on this column as investment advice. Capital at risk.", "advertorial/financial-disclaimer"),
        ("You can hear the full interview, recorded last week, on Teatime Live.", "advertorial/media-plug"),
        ("You can watch the full documentary about the pool on Marsh TV.", "advertorial/media-plug"),
        ("You'll be able to hear the whole conversation on The Long Drive.", "advertorial/media-plug"),
        ("You can also hear our reporter discuss the plans on Teatime Live, weekdays from 7am.",
         "advertorial/media-plug"),
        ("You can hear more about the pool, and what comes next, on Teatime Live, weekdays from 5pm.",
         "advertorial/media-plug"),
        ("Support independent local journalism from just £1 a week.", "advertorial/donation-appeal"),
        ("Switch on push notifications to be told the moment the pool reopens.", "advertorial/newsletter-plug"),
    ],
)
def test_the_line_is_warned(snippet: str, rule: str) -> None:
    assert warning_lines(between(snippet)) == [2]
    assert rule in [r for r, _ in warned_words(snippet)]


@pytest.mark.parametrize(
    ("snippet", "rule"),
    [
        # glued before a story sentence with its own "said"
        ("Readers should not treat anything written here as a recommendation to buy or sell shares. Capital at risk. "
         "The pool's operator said the repairs would cost £2m.", "advertorial/financial-disclaimer"),
        ("Switch on push notifications to be told the moment the pool reopens. "
         "Work is due to start in March, the council said.", "advertorial/newsletter-plug"),
    ],
)
def test_the_glued_line_is_warned(snippet: str, rule: str) -> None:
    assert rule in [r for r, _ in warned_words(snippet)]


@pytest.mark.parametrize(
    "snippet",
    [
        # the site's own legal line stays round 7's hint (tests/test_advertorial_round7.py)
        "Nothing on this site is investment advice.",
        # a speaker in the sentence
        "Nothing in this article constitutes investment advice, the regulator said.",
        "You can hear the full interview on Teatime Live, the presenter said.",
        "Investors should not treat the above as a recommendation to buy, the regulator said.",
        "Readers should not take anything written here as legal advice, the editor wrote to staff.",
        # a story's past "could", a date after "on"
        "You could hear the full interview on Radio Marsh before it was taken down.",
        "You can watch the full debate on Tuesday at the town hall.",
        # no page as the object: advice about a house, not the page's notice
        "You should not take this as a recommendation to buy a house.",
        # a fund reported, a passive in a story
        "The fund will support independent local journalism across the county, the trust said.",
        "Residents will be told of the decision next week.",
        # a reporter's clause with no schedule
        "You can also hear our reporter in the council chamber on Tuesdays.",
    ],
)
def test_the_look_alike_is_left(snippet: str) -> None:
    assert warning_lines(between(snippet)) == []
