"""Loaded language, round 69: recall on fresh copy, by kind (issue 16).

Fresh news copy's missed loaded words come in kinds GUIDELINES.md names; two are taken here
as constructions (``loaded.evidence.labels``):

- *A label on a person or a body*: a label adjective of plight or shame
  (``loaded/label-adjectives``: beleaguered, embattled, hapless, luckless, shamed ...)
  opening a noun phrase whose head is a person (``loaded/people-nouns``) or a body
  (``loaded/body-nouns``: agency, authority, regulator, club, firm ...), at most one modifier
  between: "the beleaguered agency", "the hapless harbour authority". Not a military head
  (the siege and battle senses), not a modifier ("the embattled council tax scheme" is no
  label on a council), not a verb ("the report shamed ministers"), and a speaker's words stay
  the speaker's.
- *A virtue or vice of manner on the writer's verb*: ``loaded/virtue-adverbs`` (bravely,
  valiantly, courageously, boldly ...) between a subject and the verb: "firefighters
  valiantly held the fire back". After the verb ("fought bravely"), after an auxiliary ("was
  bravely borne") or a determiner ("a boldly patterned shirt"), it describes: unchanged.

Tried and not kept (it lifted only the tuning set N, no check): *an idiom of gain or dismissal
with its object* ("raked in profits of", "pocketed a bonus", "brushed aside questions"; held at
``info`` otherwise). Its positives stay here as strict ``xfail`` (a later round that makes them
pass must say so); its traps as ordinary tests.

Sentences written for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence import label_of_body, virtue_manner
from tests.family_lint import severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

# -- labels on a person or a body -------------------------------------------------------------
LABELS = [
    ("The beleaguered agency has lost a third of its staff since 2020.", "beleaguered"),
    ("The hapless harbour authority delayed the repairs again.", "hapless"),
    ("The embattled mayor faced a confidence vote on Thursday.", "embattled"),
    ("The beleaguered regulator published its report late.", "beleaguered"),
    ("The hapless defender turned the ball into his own net.", "hapless"),
    ("Embattled chairman Ian Ross will face shareholders in June.", "embattled"),
    ("The club's beleaguered manager named an unchanged side.", "beleaguered"),
    ("The beleaguered firm cut 200 jobs in the spring.", "beleaguered"),
    ("The hapless ministry lost the files twice.", "hapless"),
    ("The beleaguered health board has missed every target this year.", "beleaguered"),
    ("The embattled broadcaster said it would review its policy.", "embattled"),
    ("A hapless official read the wrong figures to the committee.", "hapless"),
    ("The beleaguered chief executive resigned on Monday.", "beleaguered"),
]

LABEL_TRAPS = [
    ("The beleaguered garrison held out for six weeks.", "beleaguered"),
    ("Beleaguered troops dug in along the river.", "beleaguered"),
    ("The besieged city ran short of water.", "besieged"),
    ("Ana Ruiz said the beleaguered agency needed more money.", "beleaguered"),
    ("\"The hapless authority has lost the files,\" said Tom Hale.", "hapless"),
    ("The beleaguered council tax scheme will be reviewed.", "beleaguered"),
    ("Residents described the town as beleaguered by floods.", "beleaguered"),
    ("The beleaguered town was cut off by the floods for a week.", "beleaguered"),
    ("The beleaguered council estates flooded again.", "beleaguered"),
    ("The beleaguered fighters retreated to the hills.", "beleaguered"),
    ("The union's embattled members voted to strike, its leader said.", "embattled"),
]


@pytest.mark.parametrize(("sentence", "word"), LABELS)
def test_label_on_person_or_body_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), LABEL_TRAPS)
def test_label_lookalike_does_not_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


def test_label_reads_the_head() -> None:
    text = "The hapless harbour authority had delayed the work."
    s = text.index("hapless")
    e = label_of_body(text, s, s + len("hapless"), 0, len(text), "hapless")
    assert e is not None and "authority" in e.detail
    text = "The report shamed ministers into acting."
    s = text.index("shamed")
    assert label_of_body(text, s, s + len("shamed"), 0, len(text), "shamed") is None


# -- a virtue or vice of manner on the writer's verb -------------------------------------------
VIRTUES = [
    ("Firefighters valiantly held the fire back from the village.", "valiantly"),
    ("The crew bravely stayed on board until the last passenger left.", "bravely"),
    ("The nurses courageously worked through the night.", "courageously"),
    ("The volunteers valiantly cleared the road by morning.", "valiantly"),
    ("She bravely faced the panel for three hours.", "bravely"),
    ("The team valiantly fought back from two goals down.", "valiantly"),
    ("The pilot, who bravely steered the plane away from the houses, was unhurt.", "bravely"),
    ("The striker boldly predicted a win on Saturday.", "boldly"),
    ("Residents courageously confronted the gang outside the shop.", "courageously"),
    ("The lifeboat crew bravely battled heavy seas to reach the yacht.", "bravely"),
    ("The minister boldly promised to end waiting lists within a year.", "boldly"),
]

VIRTUE_TRAPS = [
    ("The soldiers fought bravely, the citation says.", "bravely"),
    ("The crew was praised for acting bravely.", "bravely"),
    ("The walls were boldly painted in red and gold.", "boldly"),
    ("A boldly patterned rug covers the floor.", "boldly"),
    ("The family said the boy had bravely fought his illness.", "bravely"),
    ("\"They valiantly held the line,\" the chief said.", "valiantly"),
    ("Her illness was bravely borne, her sister said.", "bravely"),
    ("The headline was boldly printed across the front page.", "boldly"),
    ("Ana Ruiz said the crew bravely stayed on board.", "bravely"),
    ("He spoke bravely about his illness in the interview.", "bravely"),
]


@pytest.mark.parametrize(("sentence", "word"), VIRTUES)
def test_virtue_manner_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), VIRTUE_TRAPS)
def test_virtue_lookalike_does_not_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


def test_virtue_manner_needs_a_subject_and_a_verb() -> None:
    text = "The crew was bravely silent."
    s = text.index("bravely")
    assert virtue_manner(text, s, s + 7, 0, len(text), "bravely") is None
    text = "The crew bravely stayed."
    s = text.index("bravely")
    e = virtue_manner(text, s, s + 7, 0, len(text), "bravely")
    assert e is not None and "stayed" in e.detail


# -- idioms of gain and dismissal with their object --------------------------------------------
IDIOMS = [
    ("The suppliers raked in profits of 2 billion pounds last year.", "raked in"),
    ("The chairman pocketed a bonus of 400,000 pounds.", "pocketed"),
    ("The agency raked in 3 million pounds in fees.", "raked in"),
    ("Directors trousered a windfall when the firm was sold.", "trousered"),
    ("The landlord pocketed a 500-pound fee for each tenancy.", "pocketed"),
    ("The chief executive brushed aside questions about his pay.", "brushed aside"),
    ("The board shrugged off criticism of the merger.", "shrugged off"),
    ("The mayor waved away concerns about the cost.", "waved away"),
    ("Ministers swept aside objections from the opposition.", "swept aside"),
    ("The club brushed off complaints from fans about prices.", "brushed off"),
    ("The minister is raking in fees from two consultancies.", "raking in"),
]

IDIOM_TRAPS = [
    ("He pocketed the black to win the frame.", "pocketed"),
    ("Volunteers raked in the leaves on Saturday.", "raked in"),
    ("She brushed aside the curtain and looked out.", "brushed aside"),
    ("The striker shrugged off a knee injury to play.", "shrugged off"),
    ("Leeds swept aside Hull in the second half.", "swept aside"),
    ("The guard waved away the smoke from the fire.", "waved away"),
    ("He shrugged off his coat at the door.", "shrugged off"),
    ("The thief pocketed a phone from the counter.", "pocketed"),
    ("Ana Ruiz said the firm had raked in profits of 2 billion pounds.", "raked in"),
    ("\"They brushed aside our questions,\" said Tom Hale.", "brushed aside"),
    ("The gardener raked in compost before planting.", "raked in"),
]


@pytest.mark.xfail(strict=True, reason="round 69: the idiom kind lifted only the tuning set N; not kept")
@pytest.mark.parametrize(("sentence", "word"), IDIOMS)
def test_idiom_with_its_object_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), IDIOM_TRAPS)
def test_idiom_lookalike_does_not_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"
