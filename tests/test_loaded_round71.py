"""Loaded language, round 71: recall on fresh copy nobody tuned on, by kind (issue 16).

Two kinds of the dev suites' and the blind set's misses, each taken as a construction:

- *Praise before a thing of any kind* (``evaluative.praised_thing``): an ``info`` puffery
  adjective opening a noun phrase before a lower-case common noun ("the studio's innovative
  artworks", "made with impressive colors", "the clever use of technology"), not only before
  the products, places and works of ``loaded/praised-nouns``. Not a non-gradable adjective
  ("the ultimate goal", "an ideal customer", "a perfect match", "unique angles"), a participle
  ("acclaimed author": others' acclaim), an adverb, a name, a number after it, a literal use
  the lexicon lists two words on ("outstanding student loan debt"); a speaker's words stay
  the speaker's.
- *"Revealed" of a person's words* (``evidence.revelation``): GUIDELINES.md's verdict-carrying
  said-verb, held at ``info`` because documents, tests and products reveal plainly; warned where
  it reports speech (a clause after it) and its subject is a person: a name, a third-person
  pronoun, a person or body noun ("the minister revealed that"); not a document or research
  ("the audit revealed that"), not a title-case headline, not in someone's indirect speech.

Sentences written for the battery, none from a corpus.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded.evidence import praised_thing, revelation
from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint

# -- praise before a thing ------------------------------------------------------------------
PRAISE = [
    ("The studio's innovative artworks fill the old mill.", "innovative"),
    ("The installation is made with impressive colors and sounds.", "impressive"),
    ("The show confirms the clever use of light in the gallery.", "clever"),
    ("The architect drew an elegant staircase for the library.", "elegant"),
    ("Visitors can walk through a delightful courtyard behind the hall.", "delightful"),
    ("The band played a thrilling encore on Saturday.", "thrilling"),
    ("The chef serves an excellent soup of mussels and leeks.", "excellent"),
    ("The council unveiled a brilliant scheme for the riverside.", "brilliant"),
    ("The festival offers a remarkable parade of lanterns along the canal.", "remarkable"),
    ("The museum opened a beautiful wing last spring.", "beautiful"),
    ("The firm's innovative approach won it the contract.", "innovative"),
    ("The novel follows a gripping chase across three countries.", "gripping"),
]

PRAISE_TRAPS = [
    ("The party's ultimate goal is a referendum.", "ultimate"),
    ("Pinpoint your ideal customer before you launch.", "ideal"),
    ("The two firms are a perfect match, the chairman said.", "perfect"),
    ("The probe photographed the moons at unique angles.", "unique"),
    ("The acclaimed author will speak at the library.", "acclaimed"),
    ("Americans owe billions in outstanding student loan debt.", "outstanding"),
    ("An impressive 45 percent of voters backed the plan.", "impressive"),
    ("\"It is a brilliant scheme,\" said Ana Ruiz.", "brilliant"),
    ("Ana Ruiz said the museum had opened a beautiful wing.", "beautiful"),
    ("The report was impressive in parts, the panel said.", "impressive"),
    ("The inspiring teachers award is open to every school.", "inspiring"),
    ("Brilliant sunshine greeted the runners at the start.", "brilliant"),
    ("The clock tower is a landmark seen from the motorway.", "landmark"),
    ("The school has an award-winning magazine run by pupils.", "award-winning"),
    ("Under the new law the noble classes lost their seats.", "noble"),
    ("The brilliant, the council said, is the enemy of the good.", "brilliant"),
]


@pytest.mark.parametrize(("sentence", "word"), PRAISE)
def test_praise_before_a_thing_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), PRAISE_TRAPS)
def test_praise_lookalike_does_not_warn(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


def test_praised_thing_reads_the_noun() -> None:
    text = "The studio's innovative artworks fill the mill."
    s = text.index("innovative")
    e = praised_thing(text, s, s + len("innovative"), 0, len(text))
    assert e is not None and "artworks" in e.detail
    text = "The studio was innovative in 2019."
    s = text.index("innovative")
    assert praised_thing(text, s, s + len("innovative"), 0, len(text)) is None  # no noun after it
    text = "The perfect storm hit the markets."
    s = text.index("perfect")
    assert praised_thing(text, s, s + len("perfect"), 0, len(text)) is None  # non-gradable


# -- "revealed" of a person's words ------------------------------------------------------------
REVEALED = [
    ("The minister revealed that the scheme had been delayed.", "revealed"),
    ("Ruiz revealed that the deal was off.", "revealed"),
    ("He revealed that the talks had collapsed.", "revealed"),
    ("The chairman later revealed he had sold his shares.", "revealed"),
    ("She reveals that the firm had known for a year.", "reveals"),
    ("The mayor revealed on Tuesday that the pool would close.", "revealed"),
]

REVEALED_TRAPS = [
    ("The audit revealed that the council had overspent.", "revealed"),
    ("A new study reveals that sleep protects memory.", "reveals"),
    ("Scans revealed a fracture in his wrist.", "revealed"),
    ("The carmaker revealed its new convertible at the show.", "revealed"),
    ("It revealed that the council had overspent.", "revealed"),
    ("Tom Hale said the mayor revealed that the deal was off.", "revealed"),
    ("\"She revealed nothing,\" the lawyer said.", "revealed"),
    ("It was revealed that the council had overspent.", "revealed"),
]


@pytest.mark.parametrize(("sentence", "word"), REVEALED)
def test_revealed_of_a_person_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), REVEALED_TRAPS)
def test_revealed_lookalike_does_not_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) != "warning"


def test_revelation_reads_the_subject() -> None:
    text = "The minister revealed that it was late."
    s = text.index("revealed")
    e = revelation(text, s, 0)
    assert e is not None and "minister" in e.detail
    text = "The report revealed that it was late."
    s = text.index("revealed")
    assert revelation(text, s, 0) is None
    text = "Audio Reveals That It Was Late"
    s = text.index("Reveals")
    assert revelation(text, s, 0) is None
