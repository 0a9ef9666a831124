"""Loaded language, round 149: the writer's verdicts and praise in sport, reviews and official
puffery (issue 16).

Built: a verdict closing the predicate of a subject that names play (word class
``loaded/performance-nouns``: "Northmoor's fielding was shambolic", "The first half against
Castlebridge was dire"), a comma-set linking adverbial between subject and copula ("The forward
pack, though, is fearsome"), an emotive adjective before a noun of play ("their woeful
defending"); praise frames of the predicate ("is the real deal", "is a steal", "the undisputed
king of", "is, quite simply, the best"); praise nouns and words ("a godsend", "must-try",
"simply unplayable"); the communiqué's formulae: a praise word before its nouns (word class
``loaded/official-praise-nouns``: "held fruitful talks", "made remarkable progress"), "under
the wise leadership of", "fully demonstrating the resilience", an unnamed adversary judged
("certain hostile forces"). Traps: measured records, sport's literal and technical uses,
reported and quoted words, plain description.

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
    # a verdict on the play, as the predicate (info words and unmeasured warning words)
    ("The hosts batted well. Redhill's fielding was shambolic.", "shambolic"),
    ("The hosts batted well. Redhill's fielding, by contrast, was shambolic.", "shambolic"),
    ("The hosts started brightly, but the first half against Eastbury was dire.", "dire"),
    ("The visitors kick well. Their forward pack, though, is fearsome.", "fearsome"),
    # a figure heading the predicate on play
    ("The hosts scored early. Their defence was a joke.", "a joke"),
    # before a noun of play
    ("The visitors' woeful defending at corners has cost them all winter.", "woeful"),
    ("The visitors lost after a shambolic first half at the Mill Road ground.", "shambolic"),
])
def test_round149_verdict_on_play_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # reported and attributed verdicts on the play
    ("The coach said the first half was dire and the players knew it.", "dire"),
    ("Their fielding was shambolic, the captain admitted.", "shambolic"),
    # a pack of animals, not of forwards; a defence of a record, not a side's
    ("A fearsome pack of wolves once roamed the hills above the village.", "fearsome"),
    # no noun of play before the copula: a plain measure of need
    ("The outlook for the harvest was dire after the drought.", "dire"),
    # the noun of play modifies another noun
    ("The dire defence budget was cut again this year.", "dire"),
    # a joke told, of no play
    ("The tweet was a joke.", "a joke"),
])
def test_round149_verdict_on_play_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("The young striker is the real deal.", "the real deal"),
    ("At £40, the kettle is a steal.", "a steal"),
    ("Kowalski arrives as the undisputed king of clay this spring.", "the undisputed king of"),
    ("He is, quite simply, the best clay-court player of his generation.", "quite simply, the best"),
    ("Slow cookers are a godsend if you work late.", "godsend"),
    ("The almond pastry is the town's must-try treat.", "must-try"),
    ("Their winger has been simply unplayable since the spring.", "unplayable"),
])
def test_round149_praise_frames_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "phrase"), [
    # sport's steal, the title of a champion, the record with its measure
    ("It was a steal by Jones in the last minute that won the game.", "a steal"),
    ("He is the undisputed champion of the division after the unification bout.", "the undisputed champion of"),
    ("The real deal was signed a week later in Geneva.", "The real deal"),
    ("It is, quite simply, the best-selling album of the year, with two million copies.", "the best-selling"),
])
def test_round149_praise_frames_traps(lint, sentence: str, phrase: str) -> None:
    assert severity_in_body(lint, sentence, phrase) is None


@pytest.mark.parametrize(("sentence", "word"), [
    ("The pitch was unplayable after the storm, and the match was called off.", "unplayable"),
    ("The archive is a fruitful source of data for historians.", "fruitful"),
])
def test_round149_plain_uses_stay_hints(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("The president held fruitful talks with his visiting counterpart on Tuesday.", "fruitful"),
    ("The province has made remarkable progress in cutting poverty.", "remarkable"),
    ("Under the wise leadership of the president, the nation has grown.", "Under the wise leadership of"),
    ("Output rose 6 percent, fully demonstrating the resilience of the economy.",
     "fully demonstrating the resilience"),
    ("Despite attempts by certain hostile forces to discredit the project, it went ahead.", "hostile"),
])
def test_round149_official_puffery_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "phrase"), [
    # a test's demonstration of a measured fact, a soldier's report of the enemy
    ("The trial fully demonstrated the safety of the vaccine in older adults.", "fully demonstrated"),
    ("Troops came under fire from hostile forces near the border.", "hostile"),
    # reported praise
    ("The minister said the two sides had held fruitful talks.", "fruitful"),
])
def test_round149_official_puffery_traps(lint, sentence: str, phrase: str) -> None:
    assert severity_in_body(lint, sentence, phrase) != "warning"
