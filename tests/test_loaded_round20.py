"""Loaded language, round 20: round 18's check half B (now tuned on) and half A's left list.

- An interview run into one paragraph, with a speaker's name run in after the first question
  ("...? Ana Ruiz: ..."): a later question put to "you" is the interviewer's when the first
  person speaks anywhere in its answer's first sentence ("As every year, I'm ..."), and the
  last answer ends before a run of sentences with no first person (a caption, the programme).
- A phrasal participle of speech after a comma (", pointing out that ...") reports its
  subject's words, as ", saying that ..." does.
- "liken" and "compare" report a likeness with an object and "to" ("likening the report to
  propaganda"), not "compared with" or "compared to last year".
- "insist that X resign" is a demand (a bare subjunctive after a short subject), as "insist
  on" is, not a verdict on what was said.
- Literal senses: rotten meat, a broken leg, a substance smeared on something, a blast at an
  office, a candidate winning outright in the first round.
- Recall: "pounce on", "slap sanctions", "body blow", "corruption-plagued"; an intensifying
  adverb of manner on a verb of reaction ("responded furiously", "fiercely denies").

Each test pairs the loaded use with its literal or neutral look-alike. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# -- an interview run into one paragraph -------------------------------------------------------

_INTRO = ("The festival opens on Thursday with eighteen films in competition. "
          "Does the programme reflect the new politics? Ana Ruiz: First of all, I'd say the films "
          "were chosen a year ago. The capitalist system unfortunately failed the poor. ")
_LAST_Q = ("What are you personally looking forward to? As every year, I'm looking forward to the "
           "opening night. I hope they like it. ")
_CAPTION = ("The opening film tells the story of a jazz guitarist. Twenty films are in the section. "
            "The jury meets on Friday. The closing gala shows the legendary director's last film.")


def test_an_answer_after_a_run_in_label_is_the_interviewees(lint):
    text = _INTRO + _LAST_Q + _CAPTION
    assert severity_of(lint, text, "unfortunately") == "info"


def test_the_last_answer_ends_before_a_run_of_sentences_without_the_first_person(lint):
    text = _INTRO + _LAST_Q + _CAPTION
    assert severity_of(lint, text, "legendary") == "warning"


def test_a_single_you_question_with_no_label_is_no_interview(lint):
    text = ("Does the programme reflect the new politics? The capitalist system unfortunately "
            "failed the poor. What are you looking forward to? As every year, I'm at the gala.")
    assert severity_of(lint, text, "unfortunately") == "warning"


# -- a phrasal participle of speech -------------------------------------------------------------


def test_a_phrasal_participle_of_speech_reports_the_subjects_words(lint):
    text = ("The aide reinforced that message, pointing out that the president demands relentless "
            "loyalty from his staff.")
    assert severity_of(lint, text, "relentless") == "info"


def test_pointing_at_a_thing_reports_nothing(lint):
    text = "The aide stood at the window, pointing out the relentless traffic below."
    assert severity_of(lint, text, "relentless") == "warning"


# -- liken and compare ... to -------------------------------------------------------------------


def test_likening_a_report_to_propaganda_is_the_likeners_characterisation(lint):
    text = "The ministry was highly critical of the report, likening it to wartime propaganda."
    assert severity_of(lint, text, "propaganda") == "info"


def test_propaganda_in_the_writers_clause_is_the_writers(lint):
    text = "The ministry was highly critical of the report, which repeated wartime propaganda."
    assert severity_of(lint, text, "propaganda") == "warning"


# -- insist that X resign -----------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Why was the senator not insisting that Sessions resign over the testimony?",
    "The minister insisted that the report be withdrawn before the vote.",
    "Critics insisted that the firm pay compensation to the families.",
])
def test_insisting_that_someone_act_is_a_demand(lint, sentence):
    word = next(w for w in sentence.split() if w.startswith("insist"))
    assert severity_of(lint, sentence, word) is None


@pytest.mark.parametrize("sentence", [
    "The minister insisted that the report was accurate in every detail.",
    "The mayor insists he will stay in office until the end of his term.",
    "The minister insisted that the end of the war was near.",
])
def test_insisting_that_something_is_so_is_a_verdict_on_speech(lint, sentence):
    word = next(w for w in sentence.split() if w.startswith("insist"))
    assert severity_of(lint, sentence, word) == "warning"


# -- literal senses -----------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "word"), [
    ("Exports fell after the rotten meat scandal at two plants.", "rotten"),
    ("Police allege the women smeared a nerve agent on his face.", "smeared"),
    ("In a cast, his broken leg appears dark and swollen.", "broken"),
    ("Blast at embassy offices injures two", "Blast"),
    ("No candidate is likely to win 50 percent outright in the first round.", "outright"),
])
def test_the_literal_sense_is_not_reported(lint, sentence, word):
    assert severity_of(lint, sentence, word) is None


@pytest.mark.parametrize(("sentence", "word"), [
    ("The council's handling of the case was rotten from the start.", "rotten"),
    ("The ministers smeared their rivals as traitors.", "smeared"),
    ("The senator blasted the bill on Tuesday.", "blasted"),
    ("The proposal is an outright lie.", "outright"),
])
def test_the_evaluative_sense_warns(lint, sentence, word):
    assert severity_of(lint, sentence, word) == "warning"


# -- recall: headline-ese and compounds --------------------------------------------------------


@pytest.mark.parametrize(("sentence", "word"), [
    ("Ministers pounced on the figures within hours of their release.", "pounced on"),
    ("The United States slapped sanctions on three banks on Monday.", "slapped sanctions"),
    ("The ruling was a body blow to the government's plans.", "body blow"),
    ("The corruption-plagued agency has lost two directors this year.", "corruption-plagued"),
])
def test_headline_ese_is_reported(lint, sentence, word):
    assert severity_of(lint, sentence, word) in ("warning", "info")


@pytest.mark.parametrize(("sentence", "word"), [
    ("The cat pounced on the mouse in the kitchen.", "pounced on"),
    ("She slapped him across the face in the bar.", "slapped"),
])
def test_the_literal_blow_is_not_reported(lint, sentence, word):
    assert severity_of(lint, sentence, word) is None


# -- a manner adverb on a reaction ----------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "word"), [
    ("The minister responded furiously to the report.", "furiously"),
    ("He fiercely denies the charges.", "fiercely"),
])
def test_a_manner_adverb_on_a_reaction_warns(lint, sentence, word):
    assert severity_of(lint, sentence, word) == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The seat was fiercely contested in 2015.", "fiercely"),
    ("The two men argued furiously about the bill.", "furiously"),
    ("The findings were totally denied by the later report.", "totally"),
])
def test_a_manner_adverb_elsewhere_stays_a_hint(lint, sentence, word):
    assert severity_of(lint, sentence, word) == "info"
