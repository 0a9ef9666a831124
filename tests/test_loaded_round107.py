"""Loaded language, round 107: political, local and lifestyle copy (issue 16).

- A live blog's time stamp opening a paragraph ("13:15 Thankfully, ...") is no running text:
  the word after it opens its sentence, not a name capitalised mid-sentence.
- A letters page signed with name-and-town lines (no "Dear"/"Sir,"): each letter is its
  writer's voice, so a letter's "Surely" is not the paper's.
- A copula, a comment of the writer's own between commas, then the verdict ("was, by any
  measure, a shambles"); a source between the commas keeps it the source's.
- Crimes against property, a body's procedures and its failures to act join the judged
  nouns ("the callous theft", "a shambles of a consultation").

Each kind with its look-alike. Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

HEAD = "Flood warning for the river towns\n\n"


def _severity_at(lint, text: str, line: int, word: str) -> str | None:
    lines = text.split("\n")
    found = [d.severity.value for d in lint(text, select=("loaded-language",))
             if d.line == line and lines[line - 1][d.column - 1 : d.end_column - 1].lower() == word.lower()]
    return found[0] if found else None


@pytest.mark.parametrize("stamp", ["09:40 ", "16:05 - ", "16:05 \u2014 ", "4.30pm "])
def test_round107_time_stamp_opens_the_sentence(lint, stamp: str) -> None:
    text = HEAD + "08:50 Crews are pumping water from the lower streets.\n\n" + \
        stamp + "Thankfully, the water has stopped short of the school.\n"
    assert _severity_at(lint, text, 5, "Thankfully") == "warning"


def test_round107_a_number_before_a_capital_mid_sentence_is_still_running_text(lint) -> None:
    text = HEAD + "The motion passed by 14 Thankfully votes to 3 Mercifully votes.\n"
    assert _severity_at(lint, text, 3, "Thankfully") != "warning"


LETTERS = (
    "Letters: buses and the bandstand\n\n"
    "CUT THE FARES\n\n"
    "The bus to the hospital now runs twice a day. Surely the council can find the money for one more.\n\n"
    "Ana Ruiz, Eastgate\n\n"
    "SAVE THE BANDSTAND\n\n"
    "The bandstand has been fenced off for two summers. Surely someone can paint the railings.\n\n"
    "Tom Hale, chairman, Eastgate Bowls Club\n"
)


def test_round107_a_signed_letter_is_its_writers_voice(lint) -> None:
    assert _severity_at(lint, LETTERS, 5, "Surely") != "warning"
    assert _severity_at(lint, LETTERS, 11, "Surely") != "warning"


def test_round107_one_signature_line_is_no_letters_page(lint) -> None:
    text = ("Bus fares to rise\n\n"
            "The bus to the hospital now runs twice a day. Surely the council can find the money for one more.\n\n"
            "Ana Ruiz, Eastgate\n")
    assert _severity_at(lint, text, 3, "Surely") == "warning"


PAIRS = [  # (warned, kept below warning, word)
    ("The consultation was, by any measure, a shambles: the survey crashed twice.",
     "The consultation was, according to the review, a shambles.", "shambles"),
    ("The consultation was, frankly, a shambles.",
     "If the consultation was, by any measure, a shambles, nobody has said so.", "shambles"),
    ("The callous theft has left the street shaken.",
     "The word callous appears twice in the brochure.", "callous"),
]


@pytest.mark.parametrize(("warned", "quiet", "word"), PAIRS)
def test_round107_verdict_warns_and_look_alike_does_not(lint, warned: str, quiet: str, word: str) -> None:
    assert severity_in_body(lint, warned, word) == "warning"
    assert severity_in_body(lint, quiet, word) != "warning"
