"""Loaded language, round 146: verdicts on acts and decisions in the writer's voice (issue 16).

Two constructions:

- a verdict closing the predicate of a long subject headed by an act or a decision (word class
  ``loaded/act-nouns`` with its complement, or a gerund clause with its object:
  ``evidence/act_subject.py``): "The decision to shut the office was ill-judged". The judge's
  predicate verdict read only the word before the copula ("office"). Traps: reported speech, a
  tail tag, a quotation, a modal, a denied or supposed predicate, a copula that may belong to
  another clause (a subordinator, a relative word, a finite verb inside the subject), a copula
  that does not agree with the head;
- a verb of dismissal with its particle, its object a point raised and the reply reported
  after it ("brushed off questions about the merger, saying ..."): the figurative rule's
  pattern. Traps: the physical figure ("brushed off two defenders", "shrugged off an injury"),
  no reply reported, the passive, reported speech, a quotation.

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
    ("The decision to shut the office was ill-judged.", "ill-judged"),
    ("The council's handling of the flood has been shambolic.", "shambolic"),
    ("The decision to shut the depot now looks ill-judged.", "ill-judged"),
    ("Its plan to sell the playing fields proved ill-judged.", "ill-judged"),
    ("The decisions to shut the two offices were ill-judged.", "ill-judged"),
    ("Closing the library on weekdays was ill-judged.", "ill-judged"),
    ("The board's response to the complaints has been shambolic, but the chair stayed on.", "shambolic"),
    ("The decision to keep the car park open until 7pm was ill-judged.", "ill-judged"),
    # an adjective the lexicon holds at info
    ("The decision to cut the bus routes was short-sighted.", "short-sighted"),
])
def test_round146_verdict_on_an_act_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The minister said the decision to shut the office was ill-judged.", "ill-judged"),
    ("The decision to shut the office was ill-judged, the union leader said.", "ill-judged"),
    ("The decision to shut the office may be ill-judged.", "ill-judged"),
    ("The decision to shut the office was not ill-judged.", "ill-judged"),
    ("If the decision to shut the office was ill-judged, nobody said so.", "ill-judged"),
    # the copula may be another clause's: a subordinator, a relative word, a finite verb
    ("The decision to shut the office after the storm was ill-judged.", "ill-judged"),
    ("The plan for the estates that were shambolic was dropped.", "shambolic"),
    ("The decision means the staff rota is shambolic.", "shambolic"),
    # no agreement: "look" is no verb of "decision"
    ("The decision made the whole board look ill-judged.", "ill-judged"),
    # a head outside the class of acts
    ("The road to the old office was shambolic.", "shambolic"),
    # a participle, not a gerund clause with its object
    ("Falling attendance figures were shambolic.", "shambolic"),
])
def test_round146_verdict_on_an_act_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


def test_round146_quoted_verdict_is_the_speakers(lint) -> None:
    sentence = '"The decision to shut the office was ill-judged," said Ana Ruiz, who chairs the branch.'
    assert severity_in_body(lint, sentence, "ill-judged") != "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The director brushed off questions about the merger, saying the talks were private.", "brushed off"),
    ("Ms Hale brushed aside the concerns at a briefing on Tuesday, saying the council had planned for it.",
     "brushed aside"),
    ("The mayor shrugged off calls to resign, telling reporters he had done nothing wrong.", "shrugged off"),
    ("The chair waved away fresh complaints about the fees, insisting they were fair.", "waved away"),
])
def test_round146_dismissal_with_a_reply_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The minister said the director brushed off questions about the merger, saying the talks were private.",
     "brushed off"),
    ("Critics say the director brushed off questions about the merger, saying the talks were private.",
     "brushed off"),
])
def test_round146_dismissal_reported_traps(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


@pytest.mark.parametrize("sentence", [
    "The winger brushed off two defenders, scoring from the edge of the box.",
    "The captain shrugged off a hamstring injury, saying he was fit.",
    "The senator has brushed aside criticism for his decision to hold the rally.",  # no reply reported
    "The offer was brushed aside without a counterproposal, saying nothing.",  # the passive
])
def test_round146_dismissal_frame_needed(lint, sentence: str) -> None:
    for word in ("brushed off", "brushed aside", "shrugged off"):
        assert severity_in_body(lint, sentence, word) is None


def test_round146_dismissal_quoted(lint) -> None:
    sentence = '"He brushed off questions about the merger, saying the talks were private," she said.'
    assert severity_in_body(lint, sentence, "brushed off") != "warning"
