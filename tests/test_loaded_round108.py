"""Loaded language, round 108: attack verbs narrating a named actor's act (issue 16).

- An attack verb the lexicon lists at ``warning`` but has not measured as loaded, active and
  finite, with a person or a body as its subject right before it ("Senator Ana Ruiz lambasted
  the bill", "the board caved to the demand"), is the writer's narration: a warning.
- Not when the subject is a thing ("the roof caved in"), the verb follows "against" or "to",
  the sentence reports someone's words, or the verb is held at ``info`` by the lexicon
  ("rammed through": a driver rams through a gate).
- "dodge questions" and "dodge the question(s)" join the attack verbs (the phrase only:
  "dodged a falling branch" is literal).
- "glamorous" and "dreamy" join the puffery at ``info``, raised by evaluative use.

Each kind with its look-alike. Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads when it is built."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("Senator Ana Ruiz lambasted the housing bill during the debate on Tuesday.", "lambasted"),
    ("The previous administration caved to a petition and changed the rules.", "caved to"),
    ("The council later caved in and reopened the library.", "caved in"),
    ("She berated the committee for its slow progress.", "berated"),
    ("Club manager Tom Hale dodged questions about the takeover after the match.", "dodged questions"),
])
def test_round108_attack_verb_of_a_named_actor_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The old mine roof caved in after the heavy rain.", "caved in"),
    ("Supporters warned the mayor against caving to the developers.", "caving to"),
    ("\"The senator lambasted the bill,\" said Tom Hale, who watched the debate.", "lambasted"),
    ("The driver rammed through the barrier at the depot.", "rammed through"),
    ("Ministers rammed through the bill before the recess.", "rammed through"),
    ("Asked twice, the spokesman said he had not dodged the question.", "dodged the question"),
])
def test_round108_attack_verb_without_a_narrated_doer_stays_quiet(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


def test_round108_dodging_a_thing_is_no_term(lint) -> None:
    assert_loaded_trap(lint, "The cyclist dodged a falling branch on the hill.", "dodged", not_terms=("dodged",))


def test_round108_glamorous_before_a_person_warns_and_alone_is_a_hint(lint) -> None:
    assert severity_in_body(lint, "The glamorous former model arrived at court on Monday.", "glamorous") == "warning"
    assert severity_in_body(lint, "Glamorous or not, the job pays badly, she said.", "Glamorous") != "warning"
