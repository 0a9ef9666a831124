"""Loaded language, round 97: kinds a loaded-rich writer's set (D94) showed missing (issue 16).

- Breadth by kind, each word held back by the judge where its use does not judge: emotive
  adjectives of ordeal ("bruising", "humbling", "long-suffering", "numbing"), verdicts on the
  quality of a work or a performance ("tedious", "feeble", "underwhelming", "penny-pinching"),
  wonder words at ``info`` ("magical", "miraculous", "refreshingly", "marvel"), "glowingly", and
  idioms of ruin, pretence and concealment ("in tatters", "put on a brave face", "a minor
  miracle", "quietly shelved").
- A compound of duration between an emotive adjective and its occasion ("a bruising three-hour
  meeting") is read through to the occasion.
- A psych verb's -ingly adverb after a copula or a determiner, grading the next word ("is
  frustratingly static", "refreshingly candid"): the writer's reaction given as a degree, read
  as the lexicon's own -ingly adverbs are (round 78); elsewhere it is manner and stays out.
- A said-verb through a longer adjunct of occasion and date ("boasted at an investor day three
  months ago that"), and "tout" / "trumpet" with an object (promotion, the verb's own use).
- Literal senses: refrigeration's "chilling units", waste measured by time ("two weeks of
  rubbish").

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

PAIRS = [  # (warned, kept below warning, word)
    ("The plan was agreed at the end of a bruising meeting of the cabinet.",
     "The striker needs a scan after bruising to his left knee.", "bruising"),
    ("The plan was agreed after a bruising three-hour meeting of the cabinet.",
     "The plan was agreed after three hours of bruising work in the rain.", "bruising"),
    ("The club's feeble response to the complaints angered members.",
     "The patient had a feeble pulse when the crew arrived.", "feeble"),
    ("The board made a string of penny-pinching decisions last year.",
     "The board's decisions last year cut costs by a tenth.", "penny-pinching"),
    ("The committee sat through a tedious argument about parking fees.",
     "Counting the ballots by hand is tedious, the clerk said.", "tedious"),
    ("It was a magical moment for the whole village.",
     "The novel is a classic of magical realism.", "magical"),
    ("The staging is frustratingly static for a play about a flood.",
     "The child tugged frustratingly at the knot in her lace.", "frustratingly"),
    ("The film is depressingly familiar to anyone who rents.",
     "The film runs depressingly on and on for anyone who rents.", "depressingly"),
    ("The new mayor is refreshingly candid about the budget.",
     "The drink was served refreshingly cold, said the barman.", "refreshingly"),
    ("Staff speak glowingly of the new head teacher.",
     "Staff said the new head teacher had settled in well.", "glowingly"),
    ("The depot's chilling new film about the flood opens on Friday.",
     "The depot's chilling units hum all night.", "chilling"),
    ("The closure followed a catastrophic failure of leadership at the depot.",
     "A catastrophic failure of a refrigeration compressor forced the depot to close.", "catastrophic"),
    ("The devastating effect of the cuts on the town is plain.",
     "The devastating effect of the water could be counted street by street.", "devastating"),
    ("The mayor's new recycling plan is rubbish.",
     "Residents were told to store two weeks of rubbish in their flats.", "rubbish"),
]
WARNED = [  # (sentence, word): the writer's verdict
    ("By the end of the season the club's finances were in tatters.", "in tatters"),
    ("The singer was putting on a brave face as she left the studio.", "putting on a brave face"),
    ("Saving the mill now would take a minor miracle.", "minor miracle"),
    ("The tram scheme was quietly shelved two years later.", "quietly shelved"),
    ("The chief executive boasted at an investor day only three months ago that sales would double.",
     "boasted"),
    ("The singer gushed in a magazine interview in May that the tour was her best.", "gushed"),
    ("The firm also trumpeted its new assistant, which summarises calls.", "trumpeted"),
]
QUIET = [  # (sentence, word): a plain sense stays below warning
    ("The elephant trumpeted and the herd moved off.", "trumpeted"),
    ("The cream helps with numbing the skin before an injection.", "numbing"),
    ("The fire crews were told to expect a long-suffering wait.", "long-suffering"),
]


@pytest.mark.parametrize(("warned", "quiet", "word"), PAIRS)
def test_round97_writer_verdict_warns_and_look_alike_does_not(lint, warned: str, quiet: str, word: str) -> None:
    assert severity_in_body(lint, warned, word) == "warning"
    assert severity_in_body(lint, quiet, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), WARNED)
def test_round97_idioms_and_said_verbs_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), QUIET)
def test_round97_plain_sense_is_not_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"
