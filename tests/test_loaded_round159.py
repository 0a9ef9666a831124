"""Loaded language, round 159: false alarms that report no verdict of the writer (issue 16).

Constructions (``lintnews/builtin/loaded/evidence/physical.py`` and ``characterised.py``):

- an attack verb's base form as the subject of "be", opening its sentence or clause, is a
  noun naming the act ("Ridicule is a cheap weapon", "slander being a civil wrong"): dropped;
- an attack verb whose blow is struck "with" an instrument of force (word class
  ``loaded/force-instruments``: "slammed with riot shields", "blasted the crowd with water
  cannon") is a physical act: dropped;
- a comparison whose object carries an appositive ("compared the mayor, a former banker, to a
  puppet"), a characterising verb's past form after "and" ("has expanded the scheme and
  compared ..."), and "deem" ("what it deemed hateful posts") report someone's
  characterisation: the word is theirs, ``info``.

Traps: the verb with a subject before it ("What the senator slams is ..."), "slammed with
criticism" and "slammed the plan with a list of objections" (no instrument of force), the
plain attack verb, and a label in the writer's own predicate ("The mayor is a vile crook.").

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
    # the base form as the subject of "be": a noun naming the act (warned on 183c657f)
    ("Ridicule is a cheap weapon in any campaign.", "Ridicule"),
    ("Slander was a crime in the colony until 1850.", "Slander"),
    ("The mayor sued the blogger, slander being a civil wrong in the state.", "slander"),
    # the blow struck with an instrument of force (warned on 183c657f)
    ("Protesters were shoved, battered with batons and slammed with riot shields by officers.", "slammed"),
    ("Police blasted the crowd with water cannon and rubber bullets.", "blasted"),
])
def test_round159_physical_or_noun_sense_not_reported(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) is None


@pytest.mark.parametrize(("sentence", "word"), [
    # a comparison's object with an appositive (warned on 183c657f)
    ("The governor compared the mayor, a former banker, to a vile crook.", "vile"),
    ("The governor compared the mayor, a former banker, to a vile crook.", "crook"),
    # a comparison's past form after "and" (warned on 183c657f)
    ("The governor has expanded the scheme and compared the mayor to a vile crook.", "crook"),
    # a characterising verb after "and" (warned on 183c657f)
    ("Voters were appalled and described the vote as a sham.", "sham"),
    # "deem": the platform's, the regulators' judgement (warned on 183c657f)
    ("The platform removed posts it deemed hateful and vile.", "vile"),
    ("Regulators deemed the merger a disgraceful abuse of power.", "disgraceful"),
])
def test_round159_reported_characterisation_held_at_info(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "info"


@pytest.mark.parametrize(("sentence", "word"), [
    # no instrument of force after "with": the attack-verb sense
    ("The minister was slammed with criticism after the vote.", "slammed"),
    ("The senator slammed the plan with a list of objections.", "slammed"),
    # a subject before the verb: the verb, not a noun
    ("What the senator slams is the reckless cost of the scheme.", "slams"),
    # the plain attack verb
    ("The senator ridiculed the plan on Tuesday.", "ridiculed"),
])
def test_round159_attack_verb_still_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


def test_round159_verdict_in_the_writers_predicate_still_warned(lint) -> None:
    assert severity_in_body(lint, "The mayor is a vile crook.", "crook") == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Ridicule is a cheap weapon in any campaign.", "Ridicule"),
    ("Police blasted the crowd with water cannon and rubber bullets.", "blasted"),
])
def test_round159_traps_are_candidates(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)
