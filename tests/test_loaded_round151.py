"""Loaded language, round 151: verdict-carrying said-verbs in their speech sense only (issue 16).

Built: "conceded that" + a noun phrase ending in "demand(s)" or "claim(s)" with a verb of its
own is the clause of what was conceded ("conceded that mortgage demand remained weak"), not a
demand granted; a plea's object after "admit" (word class ``loaded/pleaded-objects``: "admitted
the breaches", "admitted two counts of fraud") is the court's record; "concede" with a
subordinate clause and no object ("will not concede until the ballots are counted") concedes a
contest; a combat verb + "back" reporting a reply through a said-verb's participle ("hit back,
saying") is journalese. Traps: the hospital, the bar, goals, defeat, a plaque, "insisted on
paying", the speaker's own quoted words.

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
    # "that" opens the conceded clause; the noun before the clause's verb is its subject
    ("The lender conceded that mortgage demand remained weak.", "conceded"),
    ("The regulator conceded that consumer demand fell in the spring.", "conceded"),
    ("The trust conceded that the pay claims had merit.", "conceded"),
    # a journalese reply reported through a said-verb's participle
    ("The trade body hit back, saying the levy had worked.", "hit back"),
    ("The airline fired back, insisting the fares were fair.", "fired back"),
])
def test_round151_speech_sense_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # a clause after the plea's noun is what was admitted: speech, as before
    ("The manager admitted the breach was serious.", "admitted"),
    ("The minister conceded before the votes were counted that he had lost.", "conceded"),
    ("The minister conceded when pressed that the plan had failed.", "conceded"),
    ("The minister conceded, adding that the plan had failed.", "conceded"),
])
def test_round151_speech_kept(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # a plea: the court's record
    ("Mercer admitted the breaches but said he had been unwell.", "admitted"),
    ("The driver admitted two counts of careless driving.", "admitted"),
    ("The landlord admitted three charges under the housing act.", "admitted"),
    ("She admitted manslaughter on the grounds of diminished responsibility.", "admitted"),
    ("The hospital trust admitted liability for the delay.", "admitted"),
    # conceding a contest
    ("The campaign will not concede until every postal ballot has been counted.", "concede"),
    ("The challenger refused to concede unless a recount was held.", "concede"),
    # the other senses and objects the brief names
    ("He was admitted to hospital with chest pains.", "admitted"),
    ("She was admitted to the bar in 2004.", "admitted"),
    ("The hosts conceded two goals in the first half.", "conceded"),
    ("The senator conceded defeat late on Tuesday.", "conceded"),
    ("He insisted on paying for the meal.", "insisted"),
])
def test_round151_other_senses_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize(("sentence", "phrase"), [
    # the gunfire, not a reply
    ("Officers fired back, killing two of the gunmen.", "fired back"),
    ("The troops shot back at the gunmen.", "shot back"),
    # the speaker's own words inside the quotation
    ('Mercer said: "I admitted the mistake and I conceded that the plan had failed."', "conceded"),
    # a plaque unveiled
    ("The mayor revealed a plaque at the new library.", "revealed"),
])
def test_round151_plain_traps(lint, sentence: str, phrase: str) -> None:
    assert severity_in_body(lint, sentence, phrase) != "warning"
