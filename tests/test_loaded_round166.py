"""Loaded language, round 166: participles and labels before people, and what round 165 left
(issue 16).

Built:

- *A participle epithet* (``evidence/labels.py`` ``epithet``): a past participle in -ed of an
  emotive or judgement entry before a person noun is the writer's characterisation of the
  person, as the adjective is ("the disgraced former director", "Devastated traders"). The
  praise participles stay out ("the acclaimed author": others' acclaim reported), the -ing
  forms too; a state the story reports ("injured passengers") is no entry. Such a
  participle also opens the bare plural subject of an absolute "with" clause or an "as"
  clause ("with panicked shoppers queuing"). The participles are a word class,
  ``loaded/epithet-participles``: "troubled", "beleaguered", "failed" have a plain state
  beside and stay out.
- *"So-called" before a term the explainer glosses* (``evidence/doubt.py`` ``_DEFINED_TERM``):
  a comma then "meaning", "that is", "i.e." or a participle clause of how it is done ("the
  so-called backdoor ISA, paying into one account and ..."), a name word in the term after
  the first; not the participles of saying ("so-called reforms, claiming to ...").
- *Figurative noun verdicts with a plain sense beside*, hints raised only as a predicate:
  "slam dunk", "overkill"; "a steal" before the comparison it is judged against ("compared
  with"), and praise closing a predicate before one (``evidence/evaluative.py``).

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
    # a participle of the writer's judgement before a person
    ("The disgraced former treasurer left the tribunal by a side door.", "disgraced"),
    ("Devastated shopkeepers picked through the ruins on Tuesday.", "Devastated"),
    ("The school gates stayed shut, with devastated parents waiting for news.", "devastated"),
    # the bare plural subject of a "with" or "as" clause
    ("The pharmacy ran out of masks by noon, with panicked shoppers queuing into the car park.",
     "panicked"),
    ("The shelves emptied quickly as panicked shoppers filled their trolleys.", "panicked"),
    # a bargain judged against a rival
    ("At that price the blender is a steal compared with the premium model.", "a steal"),
    # a figurative noun verdict as the predicate
    ("For a one-bedroom flat, that plan is overkill.", "overkill"),
    ("For savers with a large balance, the plan is a slam dunk.", "slam dunk"),
])
def test_round166_writer_verdict_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word", "not_terms"), [
    # others' acclaim, a praise participle
    ("The acclaimed novelist opened the book fair on Friday.", "acclaimed", ()),
    ("The celebrated chef has opened a second bistro.", "celebrated", ()),
    # a bent shape, an adjective in -ed that is no participle
    ("The crooked fence post by the gate was finally replaced.", "crooked", ()),
    ("He sold his royalties to a crooked agent in 1979.", "crooked", ()),
    # participles with a plain state beside: problems, a siege, a lost race
    ("The troubled teenager was given a mentor by the school.", "troubled", ()),
    ("The failed candidate conceded on Friday night.", "failed", ()),
    # the basketball shot, a play
    ("He finished the move with a slam dunk in the last second.", "slam dunk", ()),
    ("She had a steal and two blocks in the first half.", "steal", ("steal",)),
    # a state the story reports: no entry at all
    ("Injured passengers were taken to the regional hospital.", "Injured", ("injured",)),
    ("Evacuated residents spent the night in the school hall.", "Evacuated", ("evacuated",)),
    # a participle after "with" that heads no clause's subject
    ("She stood with panicked shoppers.", "panicked", ()),
    # the explainer's gloss of a term after "so-called"
    ("High earners can use the so-called backdoor ISA, paying into one account and moving the money.",
     "so-called", ()),
    ("Some savers use the so-called bond ladder, meaning they buy bonds that mature each year.",
     "so-called", ()),
])
def test_round166_plain_or_reported_stays(lint, sentence: str, word: str, not_terms: tuple[str, ...]) -> None:
    assert_loaded_trap(lint, sentence, word, not_terms=not_terms)


@pytest.mark.parametrize(("sentence", "word"), [
    # the controls: the writer's own doubt and the adjective's own epithet still warn
    ("The so-called reforms, claiming to save money, closed three libraries.", "so-called"),
    ("The so-called experts, saying the plan would fail, were wrong again.", "so-called"),
    ("The so-called reforms closed three libraries.", "so-called"),
    ("The heartless landlord evicted the family in January.", "heartless"),
])
def test_round166_controls_warn(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


def test_round166_praise_participle_keeps_its_hint(lint) -> None:
    """The praise participle before a person stays a hint (info), not unreported: the lexicon
    still lists it."""
    assert severity_in_body(lint, "The acclaimed novelist opened the book fair.", "acclaimed") == "info"
