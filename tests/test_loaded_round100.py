"""Loaded language, round 100: a careful newsroom's literal senses (issue 16).

- A verdict verb "claim" where nobody speaks: the object of a relative clause ending on the
  verb ("the island, which both neighbours claim."), a thing as the subject of "claiming to
  be" (a message impersonates), and the noun counted ("after one claim").
- Technical senses of the earth sciences ("seismic activity", not "a seismic shift").
- An accident dated by its year ("the 1998 disaster"), an event denied by "without".
- A degree adverb after its verb ("banned outright under the act"), a hollow thing ("hollow logs").
- A band's name in a sentence-case headline: a lower-case verb makes the line no title case.

Each kind with its look-alike. Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence.names import headline_case, title_case
from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

PAIRS = [  # (warned, kept below warning, word)
    ("The ministers claim the figures were accurate.",
     "The talks stalled over the valley, which both neighbours claim.", "claim"),
    ("The landlord claiming to be a victim of the council has raised rents again.",
     "Police said an email claiming to be from the tax office was a fake.", "claiming"),
    ("The takeover triggered a seismic shift in the industry.",
     "The institute, which monitors seismic activity, recorded two tremors.", "seismic"),
    ("The new ticketing system has been a disaster for fans.",
     "After the 1998 disaster, the dam was rebuilt further upstream.", "disaster"),
    ("The council's outright lies about the budget angered residents.",
     "Single-use vapes will be banned outright under the new law.", "outright"),
    ("The minister's hollow promises did not convince the nurses.",
     "Owls nest in hollow trees along the river.", "hollow"),
]
QUIET = [  # (sentence, word): no verdict of the writer's
    ("The ferry crossed in a gale without any single catastrophe.", "catastrophe"),
    ("Drivers who make more than one claim a year pay higher premiums.", "claim"),
    ("Insurers may raise the premium after just one claim.", "claim"),
    ("The regulator said the licence would be refused outright.", "outright"),
]


@pytest.mark.parametrize(("warned", "quiet", "word"), PAIRS)
def test_round100_verdict_warns_and_literal_look_alike_does_not(lint, warned: str, quiet: str, word: str) -> None:
    assert severity_in_body(lint, warned, word) == "warning"
    assert severity_in_body(lint, quiet, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), QUIET)
def test_round100_no_verdict_is_not_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


def test_round100_it_was_no_disaster_still_judges(lint) -> None:
    """Only "without" denies the event: "no disaster" is a verdict by litotes, not read here."""
    assert severity_in_body(lint, "The new ticketing system was a disaster without doubt.", "disaster") == "warning"


@pytest.mark.parametrize(("line", "title", "headline"), [
    ("Glass Harps and The Savage Lanterns to headline Winter Fair", True, False),
    ("Savage Lanterns Announce a Winter Tour With Glass Harps", True, True),
    ("Council approves the budget after a long night of talks", False, False),
])
def test_round100_headline_case_needs_every_content_word_capitalised(line: str, title: bool, headline: bool) -> None:
    assert title_case(line, 0, len(line)) is title
    assert headline_case(line, 0, len(line)) is headline


def test_round100_band_in_sentence_case_headline_is_a_name(lint) -> None:
    text = ("Glass Harps and The Savage Lanterns to headline Winter Fair\n\n"
            "The two bands will close the fair on its last night, organisers said.\n")
    found = [d for d in lint(text, select=("loaded-language",)) if d.severity.value == "warning"]
    assert found == []
