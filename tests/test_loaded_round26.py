"""Loaded language, round 26: round 25's blind check (now tuned on) and its false alarms by kind.

- Words pasted with no quotation marks after a colon that names their author: a said-verb's
  ("He tweeted:- Big crowds ...") or a statement's ("The full statement reads:- I joined ..."),
  or a columnist's run-in label ("Ana Ruiz, chief political writer: It is ..."). They run to the
  paragraph's end, at most a dozen sentences, and stop where the writer reports again.
- "claim" as a legal noun (the object of a verb of litigation, a plural after a quantifier or a
  legal modifier), a defence pleaded ("claim self-defence"), an attack claimed.
- Legal terms of art ("foul play", "cruel and unusual"), the name of a charge
  ("charges of propaganda"), a record broken.
- A Q&A whose interviewer's label, or the answer after a flattened line break ("?- I think"),
  is run into a sentence.

Each reading is paired with a look-alike that still warns. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.document.document import Document
from lintnews.readers.plain import read
from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


_VERDICT = "It was a disgraceful vote."


@pytest.mark.parametrize("text", [
    f"The mayor flew home on Sunday. He tweeted:- Huge crowds lined the road to the airport. {_VERDICT}",
    f"The minister resigned on Friday. Her full statement reads:- I joined the cabinet to serve. {_VERDICT}",
    f"The council voted on Monday. Ana Ruiz, chief political writer: It was a long night. {_VERDICT}",
])
def test_words_pasted_after_their_author_are_the_author_s(lint, text):
    assert severity_of(lint, text, "disgraceful") == "info"


@pytest.mark.parametrize("text", [
    # the colon names no author: the writer's own sentences go on
    f"The plan had one aim: Ministers wanted the vote. {_VERDICT}",
    # a label whose role is no commentator's
    f"The council voted on Monday. Ana Ruiz, a nurse from Leeds: It was a long night. {_VERDICT}",
    # the writer reports again between the pasted words and the word
    f"The mayor flew home. He tweeted:- Huge crowds lined the road. Reporters said few came. {_VERDICT}",
])
def test_the_writer_s_own_words_after_a_colon_still_warn(lint, text):
    assert severity_of(lint, text, "disgraceful") == "warning"


def test_pasted_words_end_after_a_dozen_sentences(lint):
    filler = " ".join(f"The council met on day {i}." for i in range(14))
    text = f"Ana Ruiz, chief political writer: It was a long night. {filler} {_VERDICT}"
    assert severity_of(lint, text, "disgraceful") == "warning"


@pytest.mark.parametrize(("text", "word"), [
    ("Two oil firms in the bay face a $24m spill claim.", "claim"),
    ("The state's complaint asserts a number of different claims against the agency.", "claims"),
    ("At trial he may claim self-defence, his lawyer said.", "claim"),
    ("Blasts shook the capital on Monday, and the rebels claimed the attacks.", "claimed"),
])
def test_a_legal_claim_or_a_claimed_attack_does_not_warn(lint, text, word):
    assert severity_of(lint, text, word) in (None, "info")


@pytest.mark.parametrize(("text", "word"), [
    ("The firm claims the spill was small and harmless.", "claims"),
    ("At trial he may claim the gun was his brother's.", "claim"),
    ("The rebels claimed attacks on their camps were staged by the army.", "claimed"),
])
def test_a_claimed_clause_still_warns(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


@pytest.mark.parametrize(("text", "word"), [
    ("Police have ruled out foul play in the death.", "foul"),
    ("The judges held that the sentence was cruel and unusual.", "cruel"),
    ("Parliament lifted her immunity over charges of propaganda of extremism.", "propaganda"),
    ("The warm spring brought dozens of new broken records.", "broken"),
])
def test_legal_terms_and_literal_records_do_not_warn(lint, text, word):
    assert severity_of(lint, text, word) in (None, "info")


@pytest.mark.parametrize(("text", "word"), [
    ("The senator's cruel and callous remarks shocked the room.", "cruel"),
    ("The council's petty feud with the mayor cost the town dearly.", "petty"),
    ("The ministry spread propaganda about the election.", "propaganda"),
])
def test_the_same_words_in_the_writer_s_verdict_still_warn(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


def _answers(text: str) -> list[str]:
    doc = Document(read(text), "t")
    return [text[doc.sentences[i].start : doc.sentences[i].end].strip() for i in sorted(doc.interview_answers)]


_FLAT_QA = (
    "Ana Ruiz, the agency's head, spoke to us before the summit in May.- Radio: How is the situation on "
    "the coast? Ana Ruiz: It is very grave. Has the response been enough? Well, enough is a hard word. "
    "The needs are huge, and of course the money is short. What do you want from the government?- "
    "I think the government has helped, and the terrible storm has passed."
)


def test_a_flattened_interview_s_answers_are_the_interviewee_s(lint):
    answers = " ".join(_answers(_FLAT_QA))
    assert "of course the money is short" in answers
    assert "the terrible storm has passed" in answers
    assert severity_of(lint, _FLAT_QA, "of course") == "info"


def test_a_column_s_dashed_question_stays_the_writer_s(lint):
    text = ("The council met in May. Why did it wait?- The delay was a disaster for the town. "
            "Nobody asked the residents.")
    assert _answers(text) == []
    assert severity_of(lint, text, "disaster") == "warning"
