"""Loaded language, round 128: recall by kind (issue 16).

Kinds the lexicon lacked, each entered by lemma with its source in
``rules/loaded-language.toml``: praise of a person's spirit (local news), product hype (tech
copy), verdicts of temperament and taste, headline-ese verbs of winning and spending, comment
clauses of candour, and the journalese frames of reaction ("sparked fury", "howls of outrage",
"at breaking point", "a bitter blow", "years of dithering", "hit back at critics", "a gold rush
for"), with the verbless exclamative ("What a woman.").

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

LOADED = ("loaded-language",)

_HEAD = "Village news\n\n"


def _severities(lint, text: str, line: int, phrase: str) -> list[str]:
    """Severities of the loaded-language reports overlapping ``phrase`` on ``line``."""
    row = text.split("\n")[line - 1]
    start = row.lower().find(phrase.lower())
    assert start >= 0, phrase
    end = start + len(phrase)
    return [d.severity.value for d in lint(text, select=LOADED)
            if d.line == line and d.column - 1 < end and d.end_column - 1 > start]


def _warned(lint, sentence: str, phrase: str) -> bool:
    return "warning" in _severities(lint, _HEAD + sentence + "\n", 3, phrase)


@pytest.mark.parametrize(("sentence", "phrase"), [
    # praise of people and products
    ("The plucky youngster swam back to shore with the dog.", "plucky"),
    ("The selfless volunteers have run the library since May.", "selfless"),
    ("His big-hearted gift paid for the new roof.", "big-hearted"),
    ("The heroics of the lifeboat crew saved four lives.", "heroics"),
    ("In our brief test the scrolling was buttery smooth.", "buttery smooth"),
    ("The tantalising results come from a single trial.", "tantalising"),
    # verdicts of temperament and taste; headline-ese verbs
    ("The mercurial billionaire sold another block of shares.", "mercurial"),
    ("The garish signs went up on Monday.", "garish"),
    ("The home side trounced the visitors on Saturday.", "trounced"),
    ("Shoppers splurged on garden furniture in May.", "splurged"),
    # frames of reaction and verdict
    ("The closure has sparked fury in the village.", "sparked fury"),
    ("The plan provoked an uproar at the meeting.", "provoked an uproar"),
    ("The vote was met with howls of protest from the gallery.", "howls of protest"),
    ("The surgery is at breaking point after two doctors left.", "at breaking point"),
    ("The ruling is a bitter blow to the campaigners.", "a bitter blow"),
    ("The repairs come after years of dithering by the council.", "years of dithering"),
    ("The sector has become a gold rush for investors.", "gold rush"),
    ("The chairman hit back at critics on Tuesday.", "hit back"),
    ("The minister shot back that the figures were old.", "shot back"),
    ("She drove an ambulance in the war at nineteen. What a woman.", "What a woman"),
])
def test_round128_kind_warns(lint, sentence: str, phrase: str) -> None:
    assert _warned(lint, sentence, phrase)


@pytest.mark.parametrize(("sentence", "phrase"), [
    # literal senses and other frames
    ("The baby had rosy cheeks after the walk.", "rosy"),
    ("Police shot back at the gunmen from behind a van.", "shot back"),
    ("The Klondike gold rush drew thousands north in 1897.", "gold rush"),
    ("The beam was tested to its breaking point in the lab.", "breaking point"),
    ("What a difference a year makes for the club.", "What a"),
    ("What a council can charge is set by law.", "What a"),
    ("The visitors won hands down on Saturday.", "hands down"),
    # a quoted speaker's words
    ('"What a night!" said Ann Lee, who organised the fair.', "What a night"),
    ('"The closure has sparked fury," said Ann Lee, a resident.', "sparked fury"),
    ('"They were plucky," said the coach, Tom Reed.', "plucky"),
])
def test_round128_traps_not_warned(lint, sentence: str, phrase: str) -> None:
    assert not _warned(lint, sentence, phrase)


def test_round128_comment_clause_between_commas(lint) -> None:
    assert _warned(lint, "It is, hands down, the lightest phone we have tested.", "hands down")
    assert _warned(lint, "The carriages are, to be blunt, too hot in summer.", "to be blunt")
