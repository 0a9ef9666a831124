"""Loaded language, round 157: the attributive reading through modifiers (issue 16).

Constructions:

- the noun phrase read through its premodifiers (``evidence.modified_head``): an evaluative
  adjective, then up to three modifiers (a hyphenated compound, a participle, an -ly adverb, a
  noun used as a modifier), then a judged head closing its phrase: "the mayor's shameless
  newly drafted parking plan", "a woeful last-minute cost-cutting policy". Traps: a head that
  is no person, act or event ("a three-layer chocolate cake"), a participle adjective ("the
  beleaguered city housing scheme": a state the head is in), a judged noun that only
  modifies the head ("a newly formed campaign group"), a plural that heads its own phrase, the
  quoted and the reported voice;
- "stubborn" before a measure is the financial press's term, not a verdict (word classes
  ``loaded/dual-sense`` and ``loaded/literal-measures``): "stubborn inflation". Trap: of a
  person or an act it still warns ("the stubborn minister");
- "hype" as an attack verb not measured (the pack's ``loaded-language/attack-verb``): the
  writer's verdict that what others fear or want is overblown, warned when a person or a body
  does it ("outlets have hyped so-called debt concerns", evidence/doer.py's named doer).
  Traps: a thing as the doer ("a strong earnings season hyped shares"), reported, quoted and
  characterised speech.

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
    # each a hint on e6655b91: the two-word window stopped before the head
    ("Voters saw through the mayor's shameless newly drafted parking plan.", "shameless"),
    ("The council pushed through a shameless, hastily written budget plan.", "shameless"),
    ("It was a woeful last-minute cost-cutting policy.", "woeful"),
])
def test_round157_head_through_modifiers(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # the head is no person, act or event
    ("The bakery sold a shameless three-layer chocolate cake.", "shameless"),
    # a participle adjective: a state the head is in (round 69's lookalike of a label)
    ("The beleaguered city housing scheme will be reviewed in May.", "beleaguered"),
    # the judged noun only modifies the head
    ("Members joined a shameless newly formed campaign group.", "shameless"),
    # the quoted and the reported voice
    ("\"It is a shameless newly drafted parking plan,\" said Rosa Lind, a councillor.", "shameless"),
    ("It was a shameless, hastily written budget plan, the opposition leader said.", "shameless"),
])
def test_round157_modifier_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize("sentence", [
    "The central bank held rates as stubborn inflation delayed a cut.",
    "Officials blamed stubborn inflation for the slower recovery.",
])
def test_round157_stubborn_measure(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "stubborn") is None


@pytest.mark.parametrize("sentence", [
    "The stubborn minister refused to meet the nurses.",
    "The union's stubborn refusal to talk angered commuters.",
])
def test_round157_stubborn_verdict(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "stubborn") == "warning"


@pytest.mark.parametrize("sentence", [
    # each no candidate on e6655b91 ("hype" was no term)
    "Some foreign outlets have hyped so-called debt concerns over the bridge.",
    "The senator hyped fears of a migrant surge before the vote.",
])
def test_round157_hype_by_a_doer(lint, sentence: str) -> None:
    assert severity_in_body(lint, sentence, "hyped") == "warning"


@pytest.mark.parametrize("sentence", [
    "A strong earnings season hyped shares in chip makers.",
    "Analysts said the outlets had hyped the debt concerns.",
    "\"They hyped the debt concerns,\" said Mara Holt, a minister.",
])
def test_round157_hype_traps(lint, sentence: str) -> None:
    assert_loaded_trap(lint, sentence, "hyped")
