"""Loaded language, round 158: the communiqué's account of a crowd's joy at a visitor (issue 16).

Read together, the readable sets' loaded misses held one group found in two different sets
(a politics desk and a general site, both in state-media copy): an adverb of enthusiasm before
a verb of greeting, where a crowd greets or a guest is greeted ("was warmly greeted by
thousands of residents", "citizens enthusiastically greeted the guest"). The writer vouches
for a crowd's feeling that no fact is given for. Construction (``rules/loaded-language.toml``,
the puffery rule's patterns; the match is the adverb only):

- the passive with a crowd as its agent, up to four words before the crowd noun ("by
  thousands of grateful residents", "by cheering crowds");
- the active with a guest or a visitor as the object ("greeted the visiting delegation's
  guests" is not read: the object noun follows "the/their/our" and at most one modifier).

Traps: the diplomatic statement ("warmly welcomed the agreement"), a single or named greeter
("warmly received by the committee", "by the mayor"), an audience or fans (a review's or
sport's report, left out of the crowd nouns), the manner adverb after its verb, a quotation
and a named speaker's reported speech (the context judge's).

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("The governor was warmly greeted by thousands of grateful villagers on Monday.", "warmly"),
    ("The premier was rapturously welcomed by cheering crowds in the square.", "rapturously"),
    ("The delegation was enthusiastically received by local residents at the station.", "enthusiastically"),
    ("Workers waving banners enthusiastically greeted the guests at the plant gate.", "enthusiastically"),
    ("Pupils joyfully cheered the visiting guests outside the school.", "joyfully"),
])
def test_round158_crowd_reception_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # the diplomatic statement and a single or named greeter
    ("The foreign ministry warmly welcomed the agreement on Tuesday.", "warmly"),
    ("The bid was warmly received by the committee.", "warmly"),
    ("The envoy was warmly greeted by the mayor at the airport.", "warmly"),
    # a counted crowd at a campaign stop: reportage, not the mass of the formula
    ("At the diner he was warmly greeted by a crowd of several dozen.", "warmly"),
    # an audience or fans: a review's or a match report's account
    ("The new play was enthusiastically received by the audience.", "enthusiastically"),
    ("The squad were warmly applauded by their fans after the draw.", "warmly"),
    # the manner adverb after its verb, a plain host
    ("Thousands of residents greeted the guests warmly.", "warmly"),
    ("She warmly thanked the volunteers for their work.", "warmly"),
    # a quotation and a named speaker's reported speech
    ('"We were warmly greeted by thousands of residents," the envoy said.', "warmly"),
    ("Mayor Ilse Brandt said the delegation had been warmly greeted by crowds of residents.", "warmly"),
])
def test_round158_crowd_reception_traps(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"
