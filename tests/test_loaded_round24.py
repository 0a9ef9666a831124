"""Loaded language, round 24: round 23's check set (now tuned on) and its false alarms.

- A tweet pasted as text keeps its shortened link ("... Shameful! https://t.co/AbC123xyz") and
  loses its signature: the words just before the link are the post's, as before a signature.
- A Q&A whose first question carries two labels ("DW: ... How did it start? Ana Ruiz: ...")
  announces the later questions of the interview: their answers are the interviewee's, though
  they carry no label and need not speak in the first person.
- The charge of a verb of blame ("criticised the networks for covering the most sensational
  details"): the critic's words, as after "accused ... of"; not "for being reckless".
- "Claim" denied ("never claimed that"): info ("a new report claims" still warns, round 13); a
  possessive and a date before the noun ("the mayor's March 4 claim that").
- War as a literal head of a dual-sense word ("a devastating war"), a causative's object as the
  subject of a literal predicate ("what made the smog so deadly"), a relative's antecedent ("fuel
  prices which are very volatile") and a negated copula ("the crossing was not dangerous").
- A predicate its copula denies ("the request wasn't shocking"); not a noun phrase denied as a
  whole ("this wasn't empty rhetoric").
- A related story's headline after "READ MORE:" or "WATCH:".
- Lexicon data by kind: "propaganda agency", "mock trial", "contradictory poll results".

Each test pairs the new reading with the writer's own use. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads (tests145: a fresh engine a lint cost ten times the lint)."""
    return shared_lint


# -- whose words: posts, interviews, charges ------------------------------------------------------

_TWEET = ("Fans reacted within minutes. What a disgraceful decision by the league. Shameful! "
          "https://t.co/AbC123xyz The league did not respond.")


def test_a_pasted_tweet_is_the_posts():
    from lintnews.document.turns import _EMBEDDED_POST

    assert _EMBEDDED_POST.search(_TWEET) is not None
    assert _EMBEDDED_POST.search("See the page at https://www.tco.org/report") is None


def test_a_pasted_tweet_is_info(lint):
    assert severity_of(lint, _TWEET, "disgraceful") == "info"
    assert severity_of(lint, _TWEET, "shameful") == "info"


def test_the_writers_words_with_no_link_still_warn(lint):
    text = "Fans reacted within minutes. What a disgraceful decision by the league. The league did not respond."
    assert severity_of(lint, text, "disgraceful") == "warning"


_INTERVIEW = (
    "DW: Ms Ruiz, the first archive opened in Lisbon. How did it start? Ana Ruiz: A group of "
    "students found the old reels in a basement. They sold well. Who paid for the copies at the "
    "time? The record labels, of course; they decided what reached the shops. How did radio change "
    "the business? It was absolutely essential! Nobody could sell a record without it."
)


@pytest.mark.parametrize("word", ["of course", "absolutely"])
def test_a_labelled_qa_announces_its_later_answers(lint, word):
    assert severity_of(lint, _INTERVIEW, word) in (None, "info")


def test_questions_with_no_labels_are_still_the_writers(lint):
    text = ("The first archive opened in Lisbon. Who paid for the copies at the time? The record "
            "labels, of course; they decided what reached the shops.")
    assert severity_of(lint, text, "of course") == "warning"


@pytest.mark.parametrize("text", [
    "The minister criticised the broadcasters for covering the most sensational details of the trial.",
    "Residents blamed the council for ignoring the shocking state of the dam.",
])
def test_the_charge_of_a_verb_of_blame_is_the_critics(lint, text):
    word = "sensational" if "sensational" in text else "shocking"
    assert severity_of(lint, text, word) in (None, "info")


@pytest.mark.parametrize(("text", "word"), [
    ("The minister criticised the broadcasters, whose sensational coverage ran for weeks.", "sensational"),
    ("Residents blamed the council for being reckless with public money.", "reckless"),
    ("Critics blamed the sensational coverage for the panic.", "sensational"),
])
def test_the_writers_words_beside_a_verb_of_blame_still_warn(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


# -- "claim" denied, a text's, or a noun ---------------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("The article he cites never claimed that the mayor had signed the order.", "claimed"),
    ("The company did not claim that its product cured anything.", "claim"),
    ("No evidence backs the mayor's March 4 claim that the vote was rigged.", "claim"),
])
def test_a_claim_denied_or_a_noun_is_info(lint, text, word):
    assert severity_of(lint, text, word) in (None, "info")


@pytest.mark.parametrize(("text", "word"), [
    ("After reading the report he claimed that the river was clean.", "claimed"),
    ("The mayor claimed that the river was clean.", "claimed"),
    ("The mayor on March 4 claimed that the vote was rigged.", "claimed"),
    ("The mayor not only claimed that the vote was rigged but sued.", "claimed"),
    ("A new report claims that the river is clean again.", "claims"),
])
def test_a_speakers_claim_still_warns(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


# -- literal senses ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("The region has not recovered from a devastating war that ended a decade ago.", "devastating"),
    ("Scientists want to understand what made the smog so deadly that winter.", "deadly"),
    ("The core index leaves out fuel prices which are very volatile.", "volatile"),
    ("The crossing was not dangerous.", "dangerous"),
])
def test_literal_senses_are_dropped(lint, text, word):
    assert severity_of(lint, text, word) in (None, "info")


@pytest.mark.parametrize(("text", "word"), [
    ("The minister's devastating speech ended his rival's hopes.", "devastating"),
    ("His rhetoric made the debate so toxic that few would stand.", "toxic"),
])
def test_the_writers_verdict_still_warns(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


# -- denied predicates, related headlines ------------------------------------------------------


def test_a_predicate_its_copula_denies_is_info(lint):
    assert severity_of(lint, "The request for resignations wasn't shocking.", "shocking") == "info"


@pytest.mark.parametrize(("text", "word"), [
    ("The request for resignations was shocking.", "shocking"),
    ("This wasn't shocking news to anyone in the room.", "shocking"),
])
def test_an_affirmed_predicate_or_a_denied_noun_phrase_still_warns(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


@pytest.mark.parametrize("text", [
    "The cuts were announced on Monday. READ MORE: The shocking collapse of a city's parks",
    "The minister left early. WATCH: A horrific week for the new cabinet",
])
def test_a_related_headline_is_info(lint, text):
    word = "shocking" if "shocking" in text else "horrific"
    assert severity_of(lint, text, word) in (None, "info")


def test_the_writers_sentence_after_a_stop_still_warns(lint):
    text = "READ MORE: Budget talks resume. The shocking remarks of the minister angered the unions."
    assert severity_of(lint, text, "shocking") == "warning"


# -- lexicon data by kind ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("The group released the video through its propaganda agency on Sunday.", "propaganda"),
    ("Students hold mock election in the school hall.", "mock"),
    ("Contradictory poll results left both parties guessing.", "contradictory"),
])
def test_literal_collocations_by_kind(lint, text, word):
    assert severity_of(lint, text, word) in (None, "info")


@pytest.mark.parametrize(("text", "word"), [
    ("The channel spread propaganda about the vote for months.", "propaganda"),
    ("The senator mocked the trial as a circus.", "mocked"),
    ("The minister gave contradictory statements about the deal.", "contradictory"),
])
def test_the_loaded_sense_still_warns(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


def test_a_denied_claim_of_another_sense_is_still_no_speech(lint):
    assert severity_of(lint, "The champion never claimed the title again.", "claimed") is None
