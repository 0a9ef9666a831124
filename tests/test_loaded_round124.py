"""Loaded language, round 124: names the title-case test misread (issue 16).

- A byline's surname that is also an adjective ("By Harriet Savage, Crime Reporter"): every
  word of a byline is capitalised, so the line read as a headline and the surname as a word.
- The work a review headline names after "review:" ("TV review: Shocking Truths (Channel 4)"),
  and the same title opening a sentence of the body ("Shocking Truths continues on Monday").

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


def _severity(lint, text: str, line: int, word: str) -> str | None:
    """The severity of the loaded-language report on ``word`` in ``line`` (None: none)."""
    row = text.split("\n")[line - 1]
    found = [d.severity.value for d in lint(text, select=LOADED)
             if d.line == line and row[d.column - 1 : d.end_column - 1].lower() == word.lower()]
    return found[0] if found else None


_BYLINE = "Council delays the ring road vote\n\nBy {name}\n\nThe council delayed the vote on Tuesday.\n"


@pytest.mark.parametrize("name", [
    "Harriet Savage, Crime Reporter",
    "Harriet Savage",
    "Tom Reed and Harriet Savage",
    "Harriet Savage | Staff writer",
])
def test_round124_byline_surname_is_a_name(lint, name: str) -> None:
    assert _severity(lint, _BYLINE.format(name=name), 3, "savage") is None


def test_round124_savage_in_the_body_still_warned(lint) -> None:
    text = "Council delays the ring road vote\n\nBy Harriet Savage\n\nIt was a savage attack on the driver.\n"
    assert _severity(lint, text, 5, "savage") == "warning"


def test_round124_byline_needs_a_forename(lint) -> None:
    # "By" and one capital after it is no writer's name: the byline reading does not apply
    text = "The match report\n\nBy Savage margins, the visitors won the cup final.\n"
    assert _severity(lint, text, 3, "savage") is not None


_REVIEW = ("TV review: Shocking Truths (Channel 4)\n\nShocking Truths, the new consumer series, "
           "follows a presenter into car washes.\n\nShocking Truths continues on Monday at 9pm.\n")


@pytest.mark.parametrize("line", [1, 5])
def test_round124_reviewed_title_is_a_name(lint, line: int) -> None:
    assert _severity(lint, _REVIEW, line, "shocking") is None


def test_round124_shocking_in_review_body_still_warned(lint) -> None:
    text = _REVIEW + "\nThe waiting times it finds are shocking for a rich country.\n"
    assert _severity(lint, text, 7, "shocking") == "warning"


def test_round124_review_word_needs_the_title_again(lint) -> None:
    # an inquiry's review, its finding in sentence case in the body: no work's title, the
    # headline's word is judged as before
    text = "Review: Shocking Failures at the Clinic\n\nShocking failures were found at the clinic.\n"
    assert _severity(lint, text, 1, "shocking") == "warning"


# A negative quantifier as the subject denies the predicate ("None of this is glamorous").
@pytest.mark.parametrize(("text", "severity"), [
    ("What would help? None of this is glamorous, and it will not make news.\n", "info"),
    ("None of these schemes were remotely glamorous for the staff.\n", "info"),
    # trap: a positive subject keeps the writer's praise closing the predicate
    ("What would help? All of this is glamorous, and it will make news.\n", "warning"),
    # trap: the quantifier not the subject of the copula ("none of this" then another clause)
    ("He said none of this, and the gala was glamorous.\n", "warning"),
])
def test_round124_none_of_subject(lint, text: str, severity: str) -> None:
    assert _severity(lint, text, 1, "glamorous") == severity
