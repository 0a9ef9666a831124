"""Loaded language, round 82: an emotive adjective on an occasion between people (issue 16).

Four writers' sets (D77, D79, D81, D84) put an emotive or judging word before a noun of a
social occasion or an exchange ("a stormy meeting", "a furious row", "the shambolic roll-out",
"a lavish ceremony", "the shock exit"): the writer's verdict on how people behaved, a
``warning``. The same words on weather, a pace, a person or a measure stay hints (the noun
tells the sense), as do words of scale or significance ("the historic talks"), a verb read
where the noun is also a verb ("the massacre shows that"), and the speaker's indirect speech.

Sentences written for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

PAIRS = [  # (evaluative, literal, word): the occasion warns, the other noun does not
    ("Councillors backed the plan at a stormy meeting of the full council.",
     "Ferries were cancelled after a stormy night on the estuary.", "stormy"),
    ("The presenter quit after a furious row with the producers.",
     "The peloton rode at a furious pace through the valley.", "furious"),
    ("The budget passed after a frantic round of negotiations with the smaller party.",
     "Volunteers pumped at a frantic rate in the flooded cellars.", "frantic"),  # (round 164: a search is an undertaking)
    ("The couple married in a lavish ceremony on the coast.",
     "The museum received lavish funding from the lottery.", "lavish"),
    ("The shambolic roll-out of the new timetable left commuters stranded.",
     "The shambolic garden shed leaned against the fence.", "shambolic"),
    ("The shock exit leaves the quiz without a host.",
     "The driver was treated for shock at the roadside.", "shock"),
    ("The troubled launch cost the carmaker two months of sales.",
     "The troubled teenager was given a mentor by the school.", "troubled"),
    ("The two leaders held bitter talks over the border.",
     "A bitter wind blew across the harbour all morning.", "bitter"),
]
QUIET = [  # (sentence, word): not warned
    ("The two leaders held historic talks over the border.", "historic"),
    ("A stormy sea kept the lifeboat in port.", "stormy"),
    ("The Massacre Shows A Helicopter Overhead", "Massacre"),
    ("The meeting was stormy, the chairman said after the vote.", "stormy"),
    ("Residents described a stormy meeting, the councillor said.", "stormy"),
]


@pytest.mark.parametrize(("evaluative", "literal", "word"), PAIRS)
def test_round82_occasion_warns_and_the_literal_noun_does_not(lint, evaluative: str, literal: str,
                                                              word: str) -> None:
    assert severity_in_body(lint, evaluative, word) == "warning"
    assert severity_in_body(lint, literal, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), QUIET)
def test_round82_scale_verbs_and_speech_do_not_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"
