"""Loaded language, round 79: a fresh writer's copy (D81), in pairs (issue 16).

- *Willingness after a modal* ("would happily have stayed"): ``info``; "Happily, ..." warns.
- *A comparison's clause* ("than either side admits"): ``info``; "admits that ..." warns.
- *A listed headline* under a "Most read" label: ``info``; the same word in the copy warns.
- *The topic of talk after a past tense* ("gushed about their plans"): the said-verb warns;
  "gushed from the pipe" does not.
- Lexicon: "sorry" of pity before a story ("a sorry saga"), "golden" of favour before a person
  ("the golden boy"); the apology and the colour are not reported.

Sentences written for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

PAIRS = [  # (sentence, word, severity)
    ("I would happily have stayed for another hour of the play.", "happily", "info"),
    ("Happily, the last train was still running when the play ended.", "Happily", "warning"),
    ("We'd cheerfully pay a little more for a seat with a view.", "cheerfully", "info"),
    ("The real cost is higher than either council admits.", "admits", "info"),
    ("The council admits that the real cost is higher.", "admits", "warning"),
    ("The bill was larger than the minister claimed.", "claimed", "info"),
    ("The singer gushed about their wedding plans on the radio.", "gushed", "warning"),
    ("The band's long decline has been a sorry saga for its fans.", "sorry saga", "warning"),
    ("The new striker has become the golden boy of the club.", "golden boy", "warning"),
]
QUIET = [  # (sentence, word): not warned
    ("Water gushed from the broken main for an hour.", "gushed"),
    ("The driver said he was sorry for the late arrival.", "sorry"),
    ("She wore a golden scarf to the opening night.", "golden"),
]


@pytest.mark.parametrize(("sentence", "word", "severity"), PAIRS)
def test_round79_pairs(lint, sentence: str, word: str, severity: str) -> None:
    assert severity_in_body(lint, sentence, word) == severity


@pytest.mark.parametrize(("sentence", "word"), QUIET)
def test_round79_literal_uses_do_not_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


def _severity_on_line(lint, text: str, line: int, word: str) -> str | None:
    lines = text.split("\n")
    found = [d.severity.value for d in lint(text, select=("loaded-language",))
             if d.line == line and lines[line - 1][d.column - 1: d.end_column - 1].lower() == word]
    return found[0] if found else None


def test_headline_listed_under_most_read_is_a_hint(lint) -> None:
    text = (LEAD + "The bakery closed on Friday after forty years.\n\nMOST READ\n"
            "Pop star's birthday party disaster - see the photos\nLocal team wins the cup\n\n"
            "The new oven was a disaster for the bakery.\n")
    head = LEAD.count("\n")
    assert _severity_on_line(lint, text, head + 4, "disaster") == "info"
    assert _severity_on_line(lint, text, head + 7, "disaster") == "warning"
