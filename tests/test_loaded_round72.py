"""Loaded language, round 72: precision of round 71's two new warnings, judged on the dev text.

Round 71 raised ``info`` puffery before a thing of any kind (``evaluative.praised_thing``) and
"revealed" of a person's words (``evidence.revelation``). Its warnings on every dev suite were
judged by GUIDELINES.md; the false ones fell into three general kinds, fixed here:

- *A light adjective describing a thing seen* (``evidence.light``): "brilliant", "vivid",
  "dazzling" before a colour, a cloth, a gem, plumage or a light describe how bright it is
  (a doubt: ``info``); before a plan, a work or an act they praise.
- *A name that is a preposition's object*, not the subject of "revealed" ("a post by Ana
  Ruiz revealed that", "a memo sent by the Trade Committee reveals that"): the head before
  the preposition is the subject, a person only if it is a person noun ("a spokesman for").
- *A term of art* ("heroic virtue" of the canonisation process, "heroic couplets",
  "heroic measures" in medicine): the lexicon's ``literal_after``.

Literal and evaluative pairs of the same word. Sentences written for the battery, none from
a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence import light_sense, revelation
from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

# (sentence, word, warned?)
PAIRS = [
    # light and colour: described, not praised
    ("Brilliant silks were the port's richest export.", "Brilliant", False),
    ("The weavers sold brilliant red textiles at the fair.", "brilliant", False),
    ("The parrots have dazzling plumage.", "dazzling", False),
    ("The festival ended with brilliant fireworks over the bay.", "brilliant", False),
    ("The council unveiled a brilliant scheme for the riverside.", "brilliant", True),
    ("The band gave a dazzling performance on Saturday.", "dazzling", True),
    # "revealed": a preposition's object is not the subject
    ("A post by Ana Ruiz also revealed that the plates did not match.", "revealed", False),
    ("A memo sent by the Trade Committee reveals that the board agreed to pay.", "reveals", False),
    ("A letter from the mayor revealed that the pool would close.", "revealed", False),
    ("Ana Ruiz also revealed that the plates did not match.", "revealed", True),
    ("A spokesman for Ana Ruiz revealed that the deal was off.", "revealed", True),
    ("The Prince of Wales revealed that he would attend the match.", "revealed", True),
    # terms of art
    ("The church examined whether the nun had lived a life of heroic virtue.", "heroic", False),
    ("The poem is written in heroic couplets.", "heroic", False),
    ("Doctors took heroic measures to keep him alive.", "heroic", False),
    ("The firefighter made a heroic rescue from the roof.", "heroic", True),
]


@pytest.mark.parametrize(("sentence", "word", "warned"), PAIRS)
def test_literal_and_evaluative_pairs(lint, sentence: str, word: str, warned: bool) -> None:
    if warned:
        assert severity_in_body(lint, sentence, word) == "warning"
    else:
        assert_loaded_trap(lint, sentence, word)


def test_light_sense_reads_the_head() -> None:
    text = "They sold brilliant silks."
    end = text.index("brilliant") + len("brilliant")
    e = light_sense(text, end, len(text), "brilliant")
    assert e is not None and "silks" in e.detail
    text = "They drew up a brilliant plan."
    end = text.index("brilliant") + len("brilliant")
    assert light_sense(text, end, len(text), "brilliant") is None  # a plan is no thing seen
    assert light_sense("a lovely silk", 8, 13, "lovely") is None  # no adjective of light


def test_revelation_skips_a_prepositions_object() -> None:
    text = "A post by Ana Ruiz revealed that it was late."
    assert revelation(text, text.index("revealed"), 0) is None
    text = "A spokesman for Ana Ruiz revealed that it was late."
    e = revelation(text, text.index("revealed"), 0)
    assert e is not None and "Ruiz" in e.detail
