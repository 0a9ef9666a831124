"""Loaded language, round 162: business hype, political labels, tabloid crime words (D141-D143; issue 16).

D141's, D142's and D143's loaded misses and false alarms, read and grouped by kind. Built:

- *A literal sense of business copy* (an exception of the puffery rule): the premium of a bid
  ("a premium of 30 per cent to the closing price", "paid a premium").
- *Speakers read again*: the staff of parties and embassies as a bare plural ("operatives",
  "aides"). (The round also read "have long complained" beside "has long" as a speaker; the
  merge took that out: it cost a blind set one loaded span.)
- *A press release's company note* (``evidence/asides.py`` ``release_boilerplate``): the
  paragraph opening "About <name>:" is the issuer's self-description.
- *The tabloid's offender nouns* (word class ``loaded/tabloid-offender-nouns``: fiend, brute,
  lout, ...) beside WordNet's, read by round 148's epithet ("the sick fiend"), and a medial
  adverb between the noun and its verb ("the sick fiend also kept").
- Lexicon by kind: the figures "gut-punch", "daylight robbery", "dream run", "falling over
  themselves"; the comment clause "to no one's surprise"; "high-handedly"; "thundered that";
  "handsomely rewarded".

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
    ("The closure is a gut-punch for the valley's bakers.", "gut-punch"),
    ("Charging £9 for a sandwich at the terminal is daylight robbery.", "daylight robbery"),
    ("The brewer has enjoyed a dream run since its listing.", "dream run"),
    ("Fund managers were falling over themselves to buy the bonds.", "falling over themselves"),
    ("The vote was delayed again, to no one's surprise.", "to no one's surprise"),
    ("The regional board high-handedly replaced the club's manager.", "high-handedly"),
    ("The general thundered that the border would never be redrawn.", "thundered that"),
    ("Savers who stayed in the fund have been handsomely rewarded.", "handsomely rewarded"),
    # the tabloid's own nouns for an offender, and a medial adverb before the verb
    ("The sick fiend also hid the keys from the carers.", "sick"),
    ("The sick lout smashed the shop window.", "sick"),
    # the literal sense below keeps its warning elsewhere
    ("The hotel boasts world-class views of the bay.", "world-class"),
])
def test_round162_writer_verdict_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # the premium of a bid: a term of finance
    ("Halden will pay 340p a share, a premium of 27 per cent to Friday's closing price.", "premium"),
    # speakers who say it: a bare plural of party staff
    ("Operatives in both camps privately admit the ads are crude.", "admit"),
    # the literal sense: a state follows the noun
    ("The sick brute was taken to hospital under guard.", "sick"),
    # a press release's company note
    ("About Tarnby Pumps Ltd: Tarnby is an award-winning maker of world-class pumps based in Hull.",
     "world-class"),
])
def test_round162_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


def test_round162_company_note_opens_the_paragraph(lint) -> None:
    """"About" must open the paragraph: a sentence that mentions the firm is the writer's."""
    sentence = "Most of the fair was about Tarnby: its world-class pumps drew the crowds."
    assert severity_in_body(lint, "Tarnby is a world-class maker of pumps.", "world-class") == "warning"
    assert severity_in_body(lint, sentence, "world-class") == "warning"
