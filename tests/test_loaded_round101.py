"""Loaded language, round 101: service journalism and web pages (issue 16).

- "claimed" as an adjective on a maker's stated figure ("the claimed range of 300 miles").
- A verb of soiling with a physical object ("the lens smears fine detail").
- A term "so-called" introduces and defines at once ("so-called surge pricing, which raises
  fares when demand peaks").
- Weather described in a predicate ("the weather was grim", "the forecast was bleak - gales").
- Waste listed with its handling ("Bins, rubbish and recycling").
- A noun entry is no epithet: "the scam targets pensioners" is the noun as a subject.

Each kind with its evaluative look-alike. Sentences written for these tests, none from a corpus.
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
    ("The minister claimed the hospital had been fully funded.",
     "The claimed range of 280 miles is generous for a small hatchback.", "claimed"),
    ("The senator claimed that the figures were rigged.",
     "Its claimed battery life of two days held up in our testing.", "claimed"),
    ("The tabloid smears the minister in every edition.",
     "The cheap zoom lens smears fine detail at the edges of the frame.", "smears"),
    ("The campaign smeared the candidate with false stories.",
     "The toddler smeared paint across the kitchen wall.", "smeared"),
    ("The so-called reforms have left pensioners poorer.",
     "Airlines use so-called surge pricing, which raises fares when demand peaks.", "so-called"),
    ("The council's plan for the park is grim.",
     "The forecast was grim, with gales and driving rain on the hills.", "grim"),
    ("That argument is rubbish, and the minister knows it.",
     "Bins, rubbish and recycling are collected on alternate Tuesdays.", "rubbish"),
]
QUIET = [  # (sentence, word): no verdict of the writer's
    ("The weather was bleak for most of the week.", "bleak"),
    ("Rubbish, recycling and garden waste go in separate bins.", "rubbish"),
    ("The old brass handles were tarnished with age and grease.", "tarnished"),
    ("The maker's claimed 0-60mph time of 6.1 seconds looks cautious.", "claimed"),
    ("The scam targets pensioners with calls that appear to come from their bank.", "scam"),
]


@pytest.mark.parametrize(("warned", "quiet", "word"), PAIRS)
def test_round101_verdict_warns_and_literal_look_alike_does_not(lint, warned: str, quiet: str, word: str) -> None:
    assert severity_in_body(lint, warned, word) == "warning"
    assert severity_in_body(lint, quiet, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), QUIET)
def test_round101_no_verdict_is_not_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


def test_round101_a_forecast_of_the_economy_still_judges(lint) -> None:
    """The forecast is the weather's only when a weather noun follows in the sentence."""
    assert severity_in_body(lint, "The bank's forecast for the economy was grim.", "grim") == "warning"


def test_round101_a_reputation_is_no_physical_thing(lint) -> None:
    """A soiling verb on a name or a reputation is the figure, and warns."""
    assert severity_in_body(lint, "The leaks smeared the reputation of the inquiry.", "smeared") == "warning"


def test_round101_rubbish_in_a_plain_coordination_still_judges(lint) -> None:
    """Only a noun of waste or its handling in the list makes the waste literal."""
    assert severity_in_body(lint, "His excuses were rubbish and everybody knew it.", "rubbish") == "warning"


def test_round101_an_adjective_epithet_and_a_noun_verdict_still_judge(lint) -> None:
    """The epithet stays for adjectives; a noun entry still judges as a predicate."""
    assert severity_in_body(lint, "The heartbroken singer was spotted at the airport.", "heartbroken") == "warning"
    assert severity_in_body(lint, "The new parking charge is a scam.", "scam") == "warning"
