"""Loaded language, round 91: two false-alarm kinds and three kinds of missed praise (issue 16).

- Waste as the subject of a perfect or passive ("Rubbish has piled up in the alleys", "trash
  had been dumped"): the waste itself, not a verdict; "that plan is rubbish" still warns.
- A second content clause of a speech verb joined by "but that" ("X said the figures were weak
  but that the cuts were sensible"): still the speaker's; "but" with a clause of the writer's
  own ("said no, but the sensible plan passed") is the writer's again.
- A degree adverb of candour ("honestly") between the copula and closing praise ("the course was
  honestly life-changing."), as "truly" or "really" already were.
- A superlative after another in a list ("their longest, most epic album").
- Lifestyle and seller praise ("guinea pigs are adorable", "an eye-opening survey"), at
  ``info`` unless the use judges; figurative idioms of a rise and a falsehood ("a meteoric
  rise", "a pack of lies").
- "absolute" grading a closed class of verdict nouns as the predicate ("is an absolute steal",
  round 90's "real"/"total" pattern); "an absolute ruler" stays out.

Each kind with its look-alike. Sentences written for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

PAIRS = [  # (warned, kept below warning, word)
    ("The council's new recycling plan is rubbish.",
     "Rubbish has piled up in the back streets since the strike began.", "rubbish"),
    ("The council's new recycling plan is rubbish.",
     "Rubbish had been dumped beside the canal for weeks.", "rubbish"),
    ("The board said no, but the sensible plan passed anyway.",
     "An analyst, Mara Venn, said the figures were weak but that the cuts were sensible.", "sensible"),
    ("Learning to swim at forty was honestly life-changing.",
     "Learning to swim at forty was honestly hard work and life-changing for nobody.", "life-changing"),
    ("Hamsters are adorable and easy to keep.",
     "Hamsters need a cage with a solid floor.", "adorable"),
    ("At that price the kettle is an absolute steal.",
     "The king was an absolute ruler until 1848.", "an absolute steal"),
]
WARNED = [  # (sentence, word): figurative idioms in the writer's voice
    ("Her meteoric rise from the back bench took two years.", "meteoric rise"),
    ("The brochure was a pack of lies from start to finish.", "pack of lies"),
    ("The survey gave an eye-opening picture of rural bus services.", "eye-opening"),
    ("Their longest, most epic album closes with a choir.", "epic"),
]
QUIET = [  # (sentence, word): the plain or literal sense stays below warning
    ("A crew collected the rubbish that was left in the park.", "rubbish"),
]


@pytest.mark.parametrize(("warned", "quiet", "word"), PAIRS)
def test_round91_writer_verdict_warns_and_look_alike_does_not(lint, warned: str, quiet: str, word: str) -> None:
    assert severity_in_body(lint, warned, word) == "warning"
    assert severity_in_body(lint, quiet, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), WARNED)
def test_round91_figurative_praise_and_idioms_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), QUIET)
def test_round91_literal_sense_is_not_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"

