"""Loaded language, round 119: breadth of the lexicon by kind, reviews, sport and obituaries
(issue 16).

- The critic's verdict on a work's manner (Collins COBUILD's [disapproval] adjectives:
  "portentous", "overwrought", "turgid", "clunky", "ponderous"), judgement rule.
- "smirk" beside "sneer" (Levin 40.2), attack-verb rule; "smiled" and "scowled" stay out.
- Idioms of praise and condemnation (Oxford Dictionary of Idioms): "the jewel in the crown",
  "a towering figure", "a gentle giant", "a damning indictment", "a sorry end".
- Puffery frames: "worth every penny" (any currency's unit), "a shopper's paradise", and a
  praise superlative measured by the writer's experience ("the finest talk I have heard",
  "the best teacher the school ever had"); a third party's "the world had ever seen" is left.
- The sports figure of a win as a storm or a romp ("storms to first title", "romped to a
  win"), the verb only, before a result noun.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("The minister smirked at reporters as he left the hall.", "smirked"),
    ("The harbour is the jewel in the crown of the coast.", "jewel in the crown"),
    ("He was a towering figure in the union for thirty years.", "towering figure"),
    ("To the pupils he taught, the drummer was a gentle giant.", "gentle giant"),
    ("It was a sorry end to a long season for the club.", "sorry end"),
    ("The tasting menu at the harbour cafe is worth every penny.", "worth every penny"),
    ("The old quarter is a shopper's paradise of small stalls.", "a shopper's paradise"),
    ("It was the finest lecture I have ever heard in that hall.", "finest"),
    ("She was the finest headteacher the school ever had.", "finest"),
    ("The teenager storms to a first title in the capital.", "storms"),
    ("The visitors romped to a 5-0 win over the league leaders.", "romped"),
])
def test_round119_new_kinds_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The second act is turgid and the finale clunky.", "turgid"),
    ("The second act is turgid and the finale clunky.", "clunky"),
    ("The film is set to portentous music from start to end.", "portentous"),
])
def test_round119_critics_adjectives_are_found(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) is not None


@pytest.mark.parametrize(("sentence", "word"), [
    # the weather's storm, not the winner's
    ("The storm moved to the east coast by the evening.", "storm"),
    ("Police stormed into the building before dawn.", "stormed"),
    # a third party's history, not the writer's experience
    ("It was the greatest port the region had ever seen.", "greatest"),
    # a plain superlative with no frame of experience
    ("The best route to the summit starts at the car park.", "best"),
    # facial-expression verbs that describe
    ("The defendant smiled at his mother as he left the dock.", "smiled"),
    # a paradise that is a place name
    ("The hotel stands on Paradise Street in the old town.", "Paradise"),
    # a quoted speaker's praise is the speaker's
    ("\"The soup is worth every penny,\" said Ana Ruiz, who runs the stall.", "worth every penny"),
])
def test_round119_traps(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"
