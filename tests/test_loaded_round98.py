"""Loaded language, round 98: unmeasured words in evaluative use, and three verdicts undone (issue 16).

- An epithet in a hyphenated compound adjective in -ing ("long-suffering tenants"), a bare
  plural phrase opening a clause after a comma, and a head ended by a reduced relative
  ("the long-suffering villagers living along the river").
- An emotive adjective on an act named by a noun derived from a verb ("the gutless refusal
  to", "years of shambolic recruitment"), told by its suffix and a verb stem, no hand list;
  "a dramatic rescue" (no suffix) and "a brutal winter" stay hints.
- An attack verb aimed "at" a person of WordNet's noun.person ("fumed at referee ..."); a
  label before a person's name ("past a hapless Jan Kowalski"); a trade as a body
  ("the beleaguered sector").
- Undone: a verdict verb in the impersonal passive ("It is often claimed that"), a predicate
  in a consequence the writer denies ("None of this means the scheme is useless"), a verdict
  given by a source's measure ("disastrous by the growers' own count"; not "by any standard").
- Breadth: the idioms "crash and burn", "storm off/out", sportswriting's "wonderkid", "wunderkind", "thunderbolt".

Each kind with its look-alike. Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence.act import verb_stem
from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

PAIRS = [  # (warned, kept below warning, word)
    ("After the third flood in a decade, long-suffering tenants on the estate spent the day bailing.",
     "After the third flood in a decade, long-suffering was all the tenants could call it.", "long-suffering"),
    ("The long-suffering villagers living along the river have waited years for a wall.",
     "The crew were told to expect a long-suffering wait at the border.", "long-suffering"),
    ("The board's gutless refusal to cut the fees means no homes will be built.",
     "The board's gutless was written in chalk on the wall.", "gutless"),
    ("After years of shambolic recruitment, the club has spent heavily this summer.",
     "After years of shambolic, the club has spent heavily this summer.", "shambolic"),
    ("The manager fumed at referee Tom Hale after the booking.",
     "The manager fumed for an hour after the booking.", "fumed"),
    ("She curled the ball into the corner past a hapless Jan Kowalski.",
     "She curled the ball into the corner past a hapless defence.", "hapless"),
    ("Rising costs squeezed margins across the beleaguered sector.",
     "Rising costs squeezed margins across the beleaguered coast.", "beleaguered"),
]
WARNED = [  # (sentence, word): the writer's verdict
    ("The venture crashed and burned within a year of its launch.", "crashed and burned"),
    ("The drummer stormed off stage before the encore.", "stormed off"),
    ("The club's wonderkid scored twice on Saturday.", "wonderkid"),
    ("A thunderbolt from the edge of the box won the match.", "thunderbolt"),
    ("The mayor made the claim again; the opposition claimed that the figures were wrong.", "claimed"),
    ("The scheme is useless, and none of the councillors defended it.", "useless"),
    ("The harvest was disastrous by any standard.", "disastrous"),
]
QUIET = [  # (sentence, word): no verdict of the writer's on anyone
    ("It is often claimed that thousands of approved homes are never built.", "claimed"),
    ("It has long been claimed that the bridge was built too low.", "claimed"),
    ("None of this means the scheme is useless.", "useless"),
    ("That does not mean the plan was reckless.", "reckless"),
    ("Crews carried out a dramatic rescue from the cliff.", "dramatic"),
    ("A brutal winter closed the pass for a month.", "brutal"),
    ("The harvest was disastrous by the growers' own count.", "disastrous"),
]


@pytest.mark.parametrize(("warned", "quiet", "word"), PAIRS)
def test_round98_writer_verdict_warns_and_look_alike_does_not(lint, warned: str, quiet: str, word: str) -> None:
    assert severity_in_body(lint, warned, word) == "warning"
    assert severity_in_body(lint, quiet, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), WARNED)
def test_round98_verdicts_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), QUIET)
def test_round98_no_verdict_of_the_writer_is_not_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


@pytest.mark.parametrize(("noun", "verb"), [
    ("refusal", "refuse"), ("recruitment", "recruit"), ("performance", "perform"), ("escalation", "escalate"),
    ("denial", "deny"), ("rescue", None), ("winter", None), ("total", None), ("capital", None),
])
def test_round98_verb_stem_of_act_nouns(noun: str, verb: str | None) -> None:
    assert verb_stem(noun) == verb
