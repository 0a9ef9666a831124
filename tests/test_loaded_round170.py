"""Loaded language, round 170: the biggest general miss groups left, sport and beyond (issue 16).

Built:

- *An emotive or judging adjective before a contest noun* (``stance.contest_verdict``): after
  a determiner, maybe through a year or a place in the contest ("a savage seventh-round
  stoppage", "the heartbreaking 2019 decider"), or through a scoreline before a result noun
  ("a miserable 27-24 loss"). Word class ``loaded/contest-nouns`` gains "decider", "showdown"
  and "rearguard".
- *A predicate closed by an adjunct of place or time* (``stance._PLAY_ADJUNCT``): "have been
  woeful at home, taking four points" is the verdict "have been woeful." is; the adjunct list is
  closed, so a complement ("furious at the decision") is not read as one.
- Contest nouns with an everyday sense ("affair", "encounter", "showing", "draw") are left to
  the critic: "a scandalous affair" stays a hint.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    # an emotive or judging adjective before a contest noun
    ("Okafor kept the belt after a savage stoppage of the challenger in Leeds.", "savage"),
    ("Okafor kept the belt after a savage ninth-round stoppage of the challenger.", "savage"),
    ("Four of the players who lost the heartbreaking 2017 decider are still at the club.", "heartbreaking"),
    ("The winger limped off late in a miserable 31-17 loss at Harton Park.", "miserable"),
    ("Both managers expect a ferocious showdown at the Crescent on Sunday.", "ferocious"),
    # a predicate closed by an adjunct of place or time
    ("Millbrook have been woeful away from home, winning once since August.", "woeful"),
    ("Millbrook have been woeful at home, collecting two points from six games.", "woeful"),
    ("Millbrook have been woeful this season.", "woeful"),
])
def test_round170_writer_verdict_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word", "not_terms"), [
    # no determiner, a denial, a supposition, or no contest noun after the adjective
    ("Savage stoppages are rarer under the new rules, the board said.", "Savage", ()),
    ("It was not a savage stoppage by any standard.", "savage", ()),
    ("If it turns into a savage derby, the referee will step in.", "savage", ()),
    ("The miserable 40-minute queue at the gates put fans off.", "miserable", ()),
    ("The company reported a miserable 12-15 per cent drop in sales.", "miserable", ()),
    ("The heartbreaking 2017 letters were read aloud at the inquest.", "heartbreaking", ()),
    # a complement of the adjective, not an adjunct of place or time
    ("Millbrook have been woeful at passing, the coach said.", "woeful", ()),
    # a contest noun with an everyday sense
    ("A scandalous affair at the depot came to light in May.", "scandalous", ()),
])
def test_round170_plain_or_literal_stays(lint, sentence: str, word: str, not_terms: tuple[str, ...]) -> None:
    assert_loaded_trap(lint, sentence, word, not_terms=not_terms)


@pytest.mark.parametrize(("sentence", "word"), [
    # quoted speech stays the speaker's
    ('"It was a savage stoppage," the promoter said.', "savage"),
    ('"They have been woeful at home, taking nothing," said the manager.', "woeful"),
])
def test_round170_quoted_stays(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


def test_round170_contest_verdict_unit() -> None:
    from lintnews.builtin.loaded.evidence.stance import contest_verdict

    def read(text: str, word: str) -> bool:
        start = text.index(word)
        return contest_verdict(text, start, start + len(word), 0, len(text)) is not None

    assert read("after a savage seventh-round stoppage of", "savage")
    assert read("in a miserable 27-24 loss at", "miserable")
    assert not read("in a miserable 27-24 contract at", "miserable")
    assert not read("a painful loss of jobs", "painful")
    assert not read("savage stoppage", "savage")
