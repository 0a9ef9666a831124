"""Advertorial round 96: the outlet's own product named beside an imperative of advice.

"Catch up on ... with our politics live blog", "Head to our sport hub", "Keep up with every twist
in our rolling coverage", "Find all our election coverage in one place": the verbs are advice
verbs ("Keep the dog on a lead", "Head to higher ground"), which alone say nothing about the
outlet; with the outlet's own product named ("our live blog", "our results tracker", "our panel")
they ask the reader to act with the outlet, and a line that also breaks from the story is an
inserted plug (``advertorial/insertion``). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import warning_lines

TITLE = "Council backs harbour cycle lanes"
STORY = (
    "The city council voted on Tuesday to build four kilometres of protected cycle lanes along the "
    "harbour road, the transport committee said.",
    "Councillor Mia Hart said the lanes would open in spring and would link the ferry terminal with "
    "the rail station.",
    "The scheme will cost 4.2 million pounds, according to council papers, with most of the money "
    "coming from a national fund.",
)


def text_with(line: str) -> str:
    return "\n\n".join((TITLE, STORY[0], STORY[1], line, STORY[2])) + "\n"


@pytest.mark.parametrize(
    "plug",
    [
        "Catch up on all the latest from Westminster with our politics live blog.",
        "Keep up with every twist in our rolling coverage.",
        "Head to our sport hub for all the weekend's reaction.",
        "Find all our election coverage in one place.",
        "Put your questions to our panel of money experts on Thursday at noon.",
    ],
)
def test_an_advice_verb_with_the_outlet_s_product_is_a_plug(plug: str) -> None:
    assert warning_lines(text_with(plug)) == [7]


@pytest.mark.parametrize(
    "advice",
    [
        "Keep dogs on a lead near the new lanes during the works.",
        "Head to higher ground if the river rises above the quay wall.",
        "Find a sheltered spot and check the tide tables before setting out.",
        "\"Head to our stand at the fair and try a bike,\" the shop's owner said.",
    ],
)
def test_the_same_verbs_as_advice_are_the_story_s(advice: str) -> None:
    assert warning_lines(text_with(advice)) == []
