"""Loaded language, round 21: round 20's blind check set (now tuned on).

- Reported speech of a group named by a plural noun with no article ("experts say that the
  terrible conditions ..."), and "believe" with its "that" left out ("believing the board
  handcuffed the mayor with endless obstruction"): the words are the group's, not the writer's.
  So are the words after a parenthetical "she notes," or "Ruiz remarks," ("notes" and "remarks"
  are nouns too, and verbs only so set off: "the minister's remarks were terrible").
- The phrase right after a speech verb that tells how the words were said ("said in a fiery
  speech", "wrote in a scathing letter") is the writer's description, not the reported words.
- Recall by kind: "histrionic" and "surly" (judgement), "stick the knife in", "twist the knife",
  "put the knife in" (figurative).
- Literal senses and terms of art by kind: microbes and algae after a dual-sense word ("toxic
  plumes" of algae, "dangerous superbugs"), "an outright ban", "the most unpopular president
  since polling began" (a measure), "a tragedy of the commons", and "conceding the claim" (a
  demand granted, not a verdict on what was said).
- The content clause of a noun of saying ("rejected suggestions that the group was a hard-left
  faction", "amid reports that") holds someone else's words; a verb "claims that" whose
  subject's predicate follows does not ("the narrative that claims that X is nonsense").
- A disaster named as the accident it was: the definite one the article reports ("the report on
  the disaster", "the Rana Plaza disaster") is `info`, one after its kind ("industrial
  disasters", "the ferry disaster") an exception; a disaster the writer judges ("the rollout was
  a disaster", "the disaster of the decade", "a housing disaster") still warns.
- An allegation's words ("blacklisted for alleged hateful propaganda", "allegedly spreading
  hateful propaganda") are the accuser's, `info`; the same words with no marker warn.
- Praise denied in its clause gives none ("may not represent groundbreaking technology"), unlike
  "not only groundbreaking" and a denied expectation the sentence then meets ("wasn't supposed
  to blow us away, but it did"). Puffery only: denied emotive and judgement words lost hits on
  BABE and the propaganda corpus ("if not laughable" is a verdict).
- An interview run into one paragraph that opens with the interviewer's label ("City Radio: ...
  What's your view? Ana Ruiz: Of course, ..."): two speakers' labels print a Q&A, so one
  labelled question is enough to make the answers the interviewee's.
- The verbs of depiction report a characterisation with "as" ("is presented as an irrational
  creature", "was vilified as a dangerous demagogue"), not with an object alone ("presented a
  dangerous plan").

Each test pairs the reported use with the writer's own. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# -- a group as the speaker; "believe" with its clause ------------------------------------------


@pytest.mark.parametrize("text", [
    "But experts say that terrible conditions in the cells make the gangs stronger.",
    "Many economists believe the terrible figures will improve by spring.",
    "Since June, critics have argued the terrible figures were invented.",
    "But in the suburbs, moderates feel the grants are terrible for older people.",
    "Along the coast, campaigners say that the terrible roads cost lives.",
])
def test_a_group_of_people_reports_the_words(lint, text):
    assert severity_of(lint, text, "terrible") == "info"


@pytest.mark.parametrize("text", [
    "But the terrible conditions in the cells make the gangs stronger, as experts know.",
    "The experts' terrible report was withdrawn.",
    "Officials visited the terrible cells on Monday.",
])
def test_a_group_that_says_nothing_leaves_the_writers_word(lint, text):
    assert severity_of(lint, text, "terrible") == "warning"


def test_a_participle_of_belief_reports_its_subjects_view(lint):
    text = ("Residents are in a mood for revenge, believing the council handcuffed the mayor with "
            "endless obstruction.")
    assert severity_of(lint, text, "endless") == "info"


@pytest.mark.parametrize("text", [
    "Residents believe in the council, and the endless obstruction goes on.",
    "The mayor resigned because she believed the harbour master's endless excuses about the pier.",
])
def test_believe_with_an_object_and_no_clause_is_the_writers_sentence(lint, text):
    assert severity_of(lint, text, "endless") == "warning"


def test_a_participle_of_argument_whose_e_drops_takes_a_clause(lint):
    text = "The mayor resigned on Friday, arguing the board wrecked the endless talks."
    assert severity_of(lint, text, "endless") == "info"


# -- a disaster named as an accident ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In its final report on the disaster, the inspectors listed six causes.",
    "Workers marked the anniversary of the Sable Quay disaster on Monday.",
])
def test_the_disaster_the_article_reports_is_info(lint, text):
    assert severity_of(lint, text, "disaster") == "info"


@pytest.mark.parametrize(("text", "word"), [
    ("Blame for industrial disasters like the warehouse fire lies with the owners.", "disasters"),
    ("The Harrow ferry disaster killed 112 people.", "disaster"),
    ("Engineers studied the Tarn Valley dam catastrophe for years.", "catastrophe"),
])
def test_a_disaster_after_its_kind_is_no_verdict(lint, text, word):
    assert severity_of(lint, text, word) is None


@pytest.mark.parametrize("text", [
    "The new parking plan is the disaster of the decade.",
    "The council's budget was a disaster for the town.",
    "The council presides over a housing disaster.",
    "The launch was the disaster everyone feared.",
])
def test_a_disaster_the_writer_judges_still_warns(lint, text):
    assert severity_of(lint, text, "disaster") == "warning"


# -- an allegation's words ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The radio station was banned for alleged hateful propaganda.",
    "Two sites were blocked, allegedly spreading hateful propaganda about the islanders.",
    "The inquiry looks at a purported smear campaign against the nurse.",
])
def test_an_allegations_words_are_the_accusers(lint, text):
    word = "smear campaign" if "smear" in text else "propaganda"  # round 156: the phrase
    assert severity_of(lint, text, word) == "info"


@pytest.mark.parametrize("text", [
    "The radio station spread hateful propaganda for years.",
    "The alleged victim, a nurse, faced a smear campaign for years after the trial ended.",
])
def test_without_the_marker_in_reach_the_writers_word_warns(lint, text):
    word = "smear campaign" if "smear" in text else "propaganda"  # round 156: the phrase
    assert severity_of(lint, text, word) == "warning"


# -- praise denied ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The ferry's new engines may not represent groundbreaking technology, but they run.",
    "The harbour hotel is not a world-class venue.",
    "The view from the old pier was never stunning.",
])
def test_denied_praise_gives_none(lint, text):
    word = next(w for w in ("groundbreaking", "world-class", "stunning") if w in text)
    found = [d.severity.value for d in lint(text, select=["loaded-language"])
             if text[d.column - 1 : d.end_column - 1].lower() == word]
    assert found and "warning" not in found


@pytest.mark.parametrize("text", [
    "The ferry's new engines represent groundbreaking technology.",
    "The harbour hotel is not only a world-class venue but a museum.",
    "The new ferry wasn't supposed to be stunning, but it is.",
])
def test_praise_still_given_warns(lint, text):
    word = next(w for w in ("groundbreaking", "world-class", "stunning") if w in text)
    assert severity_of(lint, text, word) == "warning"


# -- an interview opened by the interviewer's label ---------------------------------------------

_QA = ("City Radio: The council is discussing what it can do about the ferries. One option is "
       "closing the pier. What's your view on that? Ana Ruiz: Of course, I understand the council "
       "wants to save money, but people shouldn't face terrible queues. Could you describe the "
       "queues? They are long. It is completely unacceptable, I think.")


@pytest.mark.parametrize("word", ["Of course", "terrible", "unacceptable"])
def test_two_labels_in_a_paragraph_make_an_interview(lint, word):
    assert severity_of(lint, _QA, word) == "info"


def test_a_heading_label_is_no_interviewer(lint):
    text = _QA.replace("City Radio:", "Update:")
    assert severity_of(lint, text, "terrible") == "warning"


def test_one_label_after_a_question_alone_is_no_interview(lint):
    text = _QA.replace("City Radio: ", "")
    assert severity_of(lint, text, "terrible") == "warning"


# -- the verbs of depiction ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In the state press the harbour master is presented as an eccentric and irrational man.",
    "Like the two other mayors, he was vilified as a dangerous and unelectable demagogue.",
    "The tabloids painted the mayor as an irrational spendthrift.",
])
def test_a_depiction_with_as_is_the_depicters(lint, text):
    word = "dangerous" if "dangerous" in text else "irrational"
    assert severity_of(lint, text, word) == "info"


@pytest.mark.parametrize("text", [
    "The harbour master presented an irrational plan to the board.",
    "The council painted the fence, and the irrational plan went ahead.",
])
def test_a_depiction_verb_without_as_leaves_the_writers_word(lint, text):
    assert severity_of(lint, text, "irrational") == "warning"


# -- a parenthetical "notes" -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In addition, she notes, the public has grown tired of the terrible smears.",
    "The ferry, Ruiz remarks, has a terrible safety record.",
])
def test_a_parenthetical_notes_reports_the_words(lint, text):
    assert severity_of(lint, text, "terrible") == "info"


@pytest.mark.parametrize("text", [
    "The minister's remarks were terrible.",
    "In addition, she notes, the rules changed, but the terrible smears went on.",
])
def test_notes_as_a_noun_or_before_a_break_leaves_the_writers_word(lint, text):
    assert severity_of(lint, text, "terrible") == "warning"


# -- how the words were said ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("The harbour master said in a fiery speech outside the town hall that he would stay.", "fiery"),
    ("The mayor wrote in a scathing letter to the board that the ferry must run.", "scathing"),
])
def test_the_manner_of_saying_is_the_writers(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


def test_the_reported_clause_after_the_manner_is_the_speakers(lint):
    text = "The harbour master said in a speech that the ferry plan was a fiery mess."
    assert severity_of(lint, text, "fiery") == "info"


# -- recall by kind ----------------------------------------------------------------------------


def test_a_knife_in_a_rival_is_figurative(lint):
    text = "The mayor found an ally to stick the knife in the harbour master."
    assert severity_of(lint, text, "stick the knife in") == "warning"


def test_a_knife_in_a_kitchen_is_not(lint):
    text = "The chef put the knife on the board."
    assert severity_of(lint, text, "put the knife in") is None


def test_histrionic_in_a_charged_sentence_warns(lint):
    text = "The mayor's histrionic, reckless and shameless campaign ended on Friday."
    assert severity_of(lint, text, "histrionic") == "warning"


def test_a_surly_waiter_quoted_is_the_speakers(lint):
    text = '"The waiter was surly," said Ana Ruiz.'
    assert severity_of(lint, text, "surly") is None


# -- literal senses and terms of art ----------------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("Algae fed by the run-off grew into massive, toxic plumes in the bay.", "toxic"),
    ("The new drug works against dangerous superbugs in hospitals.", "dangerous"),
    ("The plan could bring an outright ban on plastic bags.", "outright"),
    ("He took office as the most unpopular mayor since polling began.", "unpopular"),
    ("Overfishing in the bay was a tragedy of the commons.", "tragedy"),
])
def test_a_literal_or_technical_use_is_no_verdict(lint, text, word):
    assert severity_of(lint, text, word) is None


@pytest.mark.parametrize(("text", "word"), [
    ("The mayor's toxic remarks angered the crowd.", "toxic"),
    ("The mayor told an outright lie to the council.", "outright"),
    ("The mayor's cruel plan was a tragedy for the town.", "tragedy"),
])
def test_the_same_words_judging_still_warn(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


def test_conceding_a_claim_grants_a_demand(lint):
    text = "The union argued that the cost of conceding the claim would be small."
    assert severity_of(lint, text, "conceding") is None


def test_conceding_that_a_claim_was_true_reports_speech(lint):
    text = "The minister conceded the claim was true."
    assert severity_of(lint, text, "conceded") == "warning"


# -- a noun of saying and its content ----------------------------------------------------------


# (a label that warns on its own since round 22 made labels a measured kind: "thugs"; an
# unmeasured one, "hard-left", is a hint anywhere without evaluative evidence)
@pytest.mark.parametrize("text", [
    "She rejected suggestions that the harbour club was a band of thugs.",
    "The ferry ran on, amid reports that thugs had taken the union.",
])
def test_the_content_of_a_noun_of_saying_is_someone_elses(lint, text):
    assert severity_of(lint, text, "thugs") == "info"


@pytest.mark.parametrize("text", [
    "The harbour club, a band of thugs, rejected the suggestions.",
    "The claims that the ferry is late are true, and the thugs won.",
])
def test_outside_the_content_clause_the_word_is_the_writers(lint, text):
    assert severity_of(lint, text, "thugs") == "warning"
