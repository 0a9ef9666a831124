"""Loaded language, round 163: health, science, sport and review copy (D144, D145; issue 16).

D144's and D145's loaded misses and false alarms, read and grouped by kind. Built:

- *Plain senses shown by the next word* (``evidence/clinical.py``, word classes
  ``loaded-health/failure-mode-nouns``, ``clinical-nouns``, ``waking-after``): "catastrophic"
  before a failure mode ("the pump suffered a catastrophic failure"; "a catastrophic failure
  of leadership" is judged), "cancer" classifying a clinical noun ("cancer screening"; "a
  cancer on the sport" stays a hint), and "woke" as the verb of waking ("Commuters woke
  Tuesday to fog"; "the woke left" stays the label).
- Lexicon by kind: "cheekily", "famously" (editorial, info, raised opening the sentence or
  between commas); "cracking", "ravishing" (puffery, info, raised by a praised head); "tacky"
  (critic, raised by a work noun); "baffling" (judgement, info).

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.family_lint import assert_loaded_trap, severity_in_body, severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "word"), [
    ("The inquiry found a catastrophic failure of leadership at the trust.", "catastrophic"),
    ("The woke left is furious about the new syllabus.", "woke"),
    ("Cheekily, the singer hinted at a second album on the radio.", "Cheekily"),
    ("The garage, famously, is where the band first rehearsed.", "famously"),
    ("The inn pours a cracking pint of bitter.", "cracking"),
    ("The view from the terrace is ravishing.", "ravishing"),
    ("The finale is a tacky mess of fireworks and confetti.", "tacky"),
    ("The old port is a paradise on earth for divers.", "paradise on earth"),
    ("The lantern parade was a feast for the eyes.", "feast for the eyes"),
    ("The lemon tart was out of this world.", "out of this world"),
    ("With its copper paint the coupe is a real head-turner.", "head-turner"),
    ("The fare rise is absolutely outrageous.", "absolutely"),
])
def test_round163_writer_verdict_warns(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # a failure mode: the engineer's term, not doom
    ("The pump suffered a catastrophic failure last week, flooding the basement.", "catastrophic"),
    ("Paramedics treated the rider for catastrophic bleeding at the roadside.", "catastrophic"),
    # the disease classifying a clinical noun
    ("Bowel cancer screening will start at 50 from next year.", "cancer"),
    ("The charity funds cancer nurses in three counties.", "cancer"),
    # the verb of waking
    ("Commuters woke Tuesday to thick fog across the valley.", "woke"),
    ("Campers woke early as the storm reached the coast.", "woke"),
    # the critic's word on no work, and the verb's "-ing"
    ("Apply the tacky glue to both surfaces.", "tacky"),
    ("Police are cracking down on speeding near the school.", "cracking"),
    # a comment adverb inside the clause stays a hint
    ("She famously said nothing at the hearing.", "famously"),
    # the emphasis of a negation
    ("The search turned up absolutely nothing of value.", "absolutely"),
    ("There is absolutely no sign of the missing yacht.", "absolutely"),
])

def test_round163_plain_sense_stays(lint, sentence: str, word: str) -> None:
    assert_loaded_trap(lint, sentence, word)


def test_round163_figure_of_disease_is_not_cleared(lint) -> None:
    """The figure takes no clinical noun after it: the classifier reading (the term's
    ``literal_after`` class since round 173) does not reach it."""
    assert severity_in_body(lint, "Doping is a cancer on the sport, the coach said on Monday.", "cancer") == "info"
    assert severity_in_body(lint, "Cancer survival rates rose again last year.", "Cancer") is None


def test_round163_failure_of_someone_is_not_cleared(lint) -> None:
    """A failure with "of" after it is someone's, judged: the failure-mode reading stops."""
    from lintnews.builtin.loaded import evidence as ev

    text = "It was a catastrophic failure of planning."
    start = text.index("catastrophic")
    assert ev.failure_mode(text, start + len("catastrophic"), len(text), "catastrophic") is None
    text = "The valve had a catastrophic failure in May."
    start = text.index("catastrophic")
    assert ev.failure_mode(text, start + len("catastrophic"), len(text), "catastrophic") is not None


@pytest.mark.parametrize(("text", "word"), [
    ("# Tonight\n\nBrutal Tides (Channel 4, 9pm)\n\nA ferry sinks off Skye.\n", "Brutal"),
    ("# Out now\n\nSavage Hearts and Minds (cinemas, 12A)\n\nTwo sisters sail north.\n", "Savage"),
])
def test_round163_listing_title_stays(lint, text: str, word: str) -> None:
    """A listing's title line (title-case words, then its details in brackets) is a name."""
    assert severity_of(lint, text, word) is None


@pytest.mark.parametrize(("text", "word"), [
    # a sentence in sentence case with a bracket, and a title word in running text
    ("# News\n\nBrutal cuts hit rural schools (analysis)\n\nThe cuts start in May.\n", "Brutal"),
    ("# News\n\nThe minister defended the brutal cuts to rural schools (see below).\n", "brutal"),
])
def test_round163_listing_title_needs_title_case(lint, text: str, word: str) -> None:
    """The reading stops where the line is a sentence: the judge keeps its warning."""
    from lintnews.builtin.loaded import evidence as ev

    start = text.index(word)
    assert ev.listing_title(text, start, start + len(word)) is None
