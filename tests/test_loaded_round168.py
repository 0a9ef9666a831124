"""Loaded language, round 168: sport and entertainment verdicts, and their traps (issue 16).

Built:

- *A title filling a table cell or opening a chart entry* (``evidence/listing.py``
  ``cell_or_entry_title``, read on the source line by ``voice._cell_or_entry_title``): "| Best
  film | Savage Grace |", "| Best actor | Ola Reyes, Wicked Little Hearts |", "1. Brutal
  Inheritance - N98.1m (week 2)". Title case tells the name from the writer's words: a cell or
  an entry in sentence case stays with the judge.
- *The sports writer's verdicts* (rule ``loaded-language/critic``: "swashbuckling", "imperious",
  "audacious", "dour", "feverish", "towering", "electrifying"), raised on a work or contest
  noun as before, and now on a batter's score ("an imperious 64 from the opener") and past a
  name modifying the contest ("a dour Riverside arm-wrestle") or a kind of part before the work
  ("an electrifying lead turn"); ``loaded/contest-nouns`` gains "stoppage" and "arm-wrestle".
- *Nouns in -s of singular number* (``loaded/singular-s-nouns``, read by ``voice._is_noun``):
  "shambles" is a noun entry, so the noun predicate reads "the undercard was a shambles".
- *"claims" in a legal action's sentence* (``evidence/claimant.py``, word class
  ``loaded/legal-action-nouns``): the claimant's word in the law's sense, ``info``.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence.listing import cell_or_entry_title
from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("Earlier, the hosts declared on 301 for 6, with Ravi Menon making a swashbuckling 88 off 70 balls.",
     "swashbuckling"),
    ("The visitors had posted 172 for 5 on the back of an imperious 64 from opener Dan Kerr.", "imperious"),
    ("The winner, an audacious chip from the substitute, arrived late on.", "audacious"),
    ("Her towering turn as the widow has drawn awards talk.", "towering"),
    ("Rovers edged a dour Riverside arm-wrestle to stay top.", "dour"),
    ("Late goals settled a feverish Elm Park derby.", "feverish"),
    ("It was an electrifying display from the young winger.", "electrifying"),
    ("Her electrifying lead turn in the thriller has drawn awards talk.", "electrifying"),
    ("The undercard was a shambles, with three bouts called off.", "shambles"),
    ("By the interval the ceremony was a shambles.", "shambles"),
])
def test_round168_performance_verdict_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("A towering 300 metre mast was lit for the festival.", "towering"),
    ("A towering wall of flats blocks the view of the bay.", "towering"),
    ("The feverish child was taken to hospital overnight.", "feverish"),
    ("He is a dour farmer from the hills above the town.", "dour"),
    ("The club paid a towering 40 million for the striker.", "towering"),
    ("The report found an audacious 12 per cent rise in fares.", "audacious"),
    ("If the launch was a shambles, nobody at the firm said so.", "shambles"),
    ("The studio faces a legal challenge from a novelist who claims the plot was taken from her book.",
     "claims"),
    ("The novelist, who is suing the studio, claimed the plot was hers.", "claimed"),
])
def test_round168_plain_sense_stays(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


TABLE = (
    "# Screen awards\n\n"
    "The winners were announced on Saturday night.\n\n"
    "| Category | Winner |\n"
    "|---|---|\n"
    "| Best film | Savage Grace |\n"
    "| Best actor | Ola Reyes, Wicked Little Hearts |\n"
    "| Best documentary | Brutal Truths: The Last Shift |\n"
    "| Verdict | A brutal, clumsy film |\n"
)


def _loaded_words(found, text: str) -> list[tuple[int, str, str]]:
    lines = text.split("\n")
    return [(d.line, lines[d.line - 1][d.column - 1:d.end_column - 1], d.severity.value)
            for d in found if d.category == "loaded-language"]


def test_round168_titles_in_table_cells_are_names(lint) -> None:
    words = _loaded_words(lint(TABLE, format="markdown"), TABLE)
    assert not [w for w in words if w[1] in ("Savage", "Wicked", "Brutal")], words
    # the sentence-case cell is the writer's verdict
    assert (10, "brutal", "warning") in words, words


CHART = (
    "Box office: the weekend's top films\n\n"
    "The chart was led by a family drama for a second week.\n\n"
    "1. Brutal Inheritance - N98.1m (week 2, total N400m)\n"
    "2. Savage Love – Mira Dane\n"
    "3. Brutal cuts - 40 schools\n"
)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_round168_chart_entry_titles_are_names(lint, fmt: str) -> None:
    words = _loaded_words(lint(CHART, format=fmt), CHART)
    assert not [w for w in words if w[0] in (5, 6) and w[2] == "warning"], words
    assert (7, "Brutal", "warning") in words, words


@pytest.mark.parametrize(("line", "word", "named"), [
    ("| Best film | Savage Grace |", "Savage", True),
    ("| Best actor | Ola Reyes, Wicked Little Hearts |", "Wicked", True),
    ("| Verdict | Brutal |", "Brutal", False),  # one word alone in a cell
    ("| Verdict | A Brutal mess |", "Brutal", False),  # sentence case around it
    ("1. Brutal Inheritance - N98.1m (week 2)", "Brutal", True),
    ("1. Brutal cuts - 40 schools", "Brutal", False),
    ("1. Brutal - 40", "Brutal", False),  # one word alone before the dash
    ("Brutal Inheritance - N98.1m", "Brutal", False),  # no number or bullet: no entry
])
def test_round168_cell_or_entry_title_unit(line: str, word: str, named: bool) -> None:
    i = line.index(word)
    assert (cell_or_entry_title(line, i, i + len(word)) is not None) is named


@pytest.mark.parametrize("sentence", [
    "The novelist claimed the plot was taken from her book.",
    "The manager claimed the pitch had cost his side the game.",
])
def test_round168_claim_outside_legal_action_warns(lint, sentence: str) -> None:
    word = "claimed"
    assert severity_in_body(lint, sentence, word) == "warning"
