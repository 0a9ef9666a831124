"""Loaded language, round 30: a fresh independent writer's tuning half (writer's-voice recall).

- Attitudinal disjuncts of annoyance and gloom ("frustratingly", "maddeningly") are the
  writer's feeling about the fact, like "sadly"; as manner adverbs they stay quiet.
- Figures of control, evasion, slowness and decline ("stranglehold", "tax dodge", "at a
  glacial pace", "from crisis to crisis", "playing to the cameras", "the once-proud chain").
- Verdicts on a show or a firm's people ("tedious", "long-suffering"), not measured, so they
  warn only with the writer's stance in sight: before the people a firm serves or employs
  ("staff", "commuters"), now in the people nouns; a deal struck ("arrangement") is judged.
- A claimed clause whose subject is a noun phrase and whose verb is a regular past
  ("claimed the routes carried fewer") is speech; a participle modifying the object before a
  preposition is not ("admitted the man injured in the crash").

Each reading is paired with a look-alike that stays quiet (info or not reported). Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.loaded_context import Sense, speech_sense
from tests.family_lint import LOADED


def severity_of(lint, text: str, word: str) -> str | None:
    """The severity ``word`` is reported at, in a text of several lines (None: not reported)."""
    lines = text.split("\n")
    found = [d.severity.value for d in lint(text, select=LOADED)
             if lines[d.line - 1][d.column - 1 : d.end_column - 1].lower() == word.lower()]
    assert len(found) <= 1, found
    return found[0] if found else None


@pytest.mark.parametrize(("text", "word"), [
    ("The council's report was, frustratingly, late again.", "frustratingly"),
    ("Maddeningly, the ferry left without the last passengers.", "Maddeningly"),
    ("Depressingly, the queue at the clinic was longer than last year.", "Depressingly"),
])
def test_a_disjunct_of_annoyance_warns(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


def test_a_disjunct_is_no_adjective_of_its_own(lint):
    assert severity_of(lint, "The delay was frustrating for the crews.", "frustrating") is None


@pytest.mark.parametrize(("text", "phrase"), [
    ("The junta tightened its stranglehold on the press this week.", "stranglehold"),
    ("Tycoon's tax dodge laid bare", "tax dodge"),
    ("The inquiry is moving at a glacial pace.", "glacial pace"),
    ("The airline lurches from crisis to crisis.", "from crisis to crisis"),
    ("Members spent the hearing playing to the cameras.", "playing to the cameras"),
    ("The once-proud shipyard closed its last dock in May.", "once-proud"),
    ("He squirrelled away the proceeds in a trust.", "squirrelled away"),
])
def test_figures_of_control_evasion_and_decline_warn(lint, text, phrase):
    assert severity_of(lint, text, phrase) == "warning"


@pytest.mark.parametrize(("text", "phrase"), [
    ("The glacier moved at a steady pace of a metre a day.", "glacial pace"),
    ("The tax office dodged no questions.", "tax dodge"),
    ("She went from Paris to Berlin on Friday.", "from crisis to crisis"),
    ("The band played to a crowd of 500.", "playing to the cameras"),
])
def test_their_look_alikes_stay_quiet(lint, text, phrase):
    assert severity_of(lint, text, phrase) is None


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The airline's long-suffering staff were told on Friday.", "long-suffering", "warning"),
    ("Long-suffering commuters face another week of closures.", "Long-suffering", "warning"),
    ("The long-suffering dog was rehomed in May.", "long-suffering", "info"),
    ("The hearing was long and tedious.", "tedious", "info"),
    ("Patchy fog will clear by noon.", "Patchy", None),
])
def test_verdicts_on_a_firm_s_people_warn_only_with_the_writer_s_stance(lint, text, word, expected):
    assert severity_of(lint, text, word) == expected


def test_an_arrangement_is_judged(lint):
    assert severity_of(lint, "The shameless arrangement let the firm pay no tax.", "shameless") == "warning"
    assert severity_of(lint, "The shameless dog stole a sausage.", "shameless") == "info"


def _sense(text: str, verb: str) -> Sense:
    start = text.index(verb)
    return speech_sense(text, start, start + len(verb), 0)


@pytest.mark.parametrize("text", [
    "Ridgeway claimed the routes carried fewer than four passengers a trip.",
    "The firm claimed its drivers earned more than the average.",
])
def test_a_noun_phrase_and_a_regular_past_after_claimed_is_speech(text):
    assert _sense(text, "claimed") is Sense.SPEECH


@pytest.mark.parametrize(("text", "verb"), [
    ("The hospital admitted the man injured in the crash.", "admitted"),
    ("Trump took an interest, insisting the pictures beamed around the world reflect a leader.", "insisting"),
    ("The governor conceded the vote counted for little.", "conceded"),
])
def test_a_participle_before_a_preposition_is_the_object_s(text, verb):
    assert _sense(text, verb) is not Sense.SPEECH


def test_claimed_with_a_named_speaker_warns(lint):
    text = "Ridgeway claimed the routes carried fewer than four passengers a trip."
    assert severity_of(lint, text, "claimed") == "warning"
