"""Loaded language, round 23: round 21's check set (now tuned on) and its false alarms.

- The noun "claim" after a possessive determiner and a lowercase modifier, with a stop after it
  ("based on his discrimination claim."), and the plural after a modal and a bare verb ("will
  also describe claims that ... as false"): the noun, not a said-verb. The verb stays the verb:
  "their lawyers claim.", "his team claims.", "the minister claims that".
- "Trumpets" after a determiner or "of" is the instrument ("the blast of trumpets").
- "Let's admit that": the writer's own words, as "I must admit".
- "Admitted" or "confessed" with a gerund as the object ("admitted raping a girl") is a plea,
  as "admitted to taking bribes" was; not a state of mind ("admitted feeling nervous").
- Material "purporting to show" (a video, a letter): the wire's caution about unverified
  material, no verdict on a speaker; "the group purports to speak for farmers" still warns.
- A possessor after "as" in a characterisation ("what it saw as the mayor's bungled handling"):
  the characterisation's words, as "what it saw as a bungled handling".
- A content warning's reaction of readers ("an image some viewers may find distressing").
- What a court, a jury or an inquest heard in a clause ("the court heard that the defendant
  launched a brutal attack") is the evidence given; "heard evidence about the brutal raid" is not.
- A noun of depiction with "as" ("the official portrayal of him as a brutal ruler"), as the verb.
- Praise reported with "as" after a verb of praise ("tout the reef as one of the greatest",
  "hailed as a stunning success"), as after "described as"; not a quantifier as the speaker
  ("many said it was one of the most impressive": tried, it cost babe-dev hits); terms of art by kind ("avoid unnecessary travel",
  "belligerent occupation", "a national disaster has been declared").
- A clause of manner after a speech verb ("explained how he fell as officers ... during the
  brutal arrest") is reported, as a "that" clause is.

Each test pairs the new reading with the writer's own use. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import severity_of


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``): this module
    patches nothing an engine reads."""
    return shared_lint


# -- the noun "claim" and "trumpets" ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The court may rule on the case based on his discrimination claim.",
    "The board will also describe claims that the strike began over pay as false.",
    "The panel could examine claims of fraud in the count.",
    "Nobody could hear the band without the blast of trumpets.",
])
def test_the_noun_is_no_said_verb(lint, text):
    word = "trumpets" if "trumpets" in text else "claims" if "claims" in text else "claim"
    assert severity_of(lint, text, word) in (None, "info")


@pytest.mark.parametrize(("text", "word"), [
    ("The plan was never costed, their lawyers claim.", "claim"),
    ("The vote was rigged, his team claims.", "claims"),
    ("The minister claims that the plan will work.", "claims"),
    ("In May Ruiz claims that she won the seat.", "claims"),
])
def test_the_said_verb_still_warns(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


# -- the writer's own words; pleas; unverified material -----------------------------------------


def test_lets_admit_is_the_writers_own_speech(lint):
    assert severity_of(lint, "Let's admit that the scheme is not working.", "admit") is None


def test_a_said_verb_in_the_writers_clause_warns(lint):
    assert severity_of(lint, "The mayor admitted that the scheme is not working.", "admitted") == "warning"


@pytest.mark.parametrize("text", [
    "A man who admitted stealing the van has been fined.",
    "The driver confessed having taken the cash from the till.",
])
def test_a_plea_to_an_act_is_no_verdict(lint, text):
    word = "admitted" if "admitted" in text else "confessed"
    assert severity_of(lint, text, word) in (None, "info")


def test_a_state_of_mind_admitted_stays_a_said_verb(lint):
    # (no clause: `info` by the speech sense's doubt, as before; still reported, not a plea)
    text = "The coach admitted feeling nervous before the final."
    assert severity_of(lint, text, "admitted") == "info"


@pytest.mark.parametrize("text", [
    "The group released a video purporting to show the mayor at the dock.",
    "Police are examining a letter purporting to come from the council.",
])
def test_material_that_purports_is_unverified_not_judged(lint, text):
    assert severity_of(lint, text, "purporting") in (None, "info")


def test_a_speaker_who_purports_still_warns(lint):
    assert severity_of(lint, "The group purports to speak for the farmers of the valley.", "purports") == "warning"


# -- a characterisation with a possessor; a content warning; a clause of manner -----------------


def test_a_characterisation_with_a_possessor_is_the_viewers(lint):
    text = "The party was formed in anger at what it saw as the mayor's bungled handling of the port."
    assert severity_of(lint, text, "bungled") == "info"


def test_a_possessor_in_the_writers_clause_warns(lint):
    text = "The party was formed in anger at the mayor's bungled handling of the port."
    assert severity_of(lint, text, "bungled") == "warning"


def test_a_content_warning_reports_how_readers_may_feel(lint):
    text = "Warning: this report contains an image that some viewers may find distressing."
    assert severity_of(lint, text, "distressing") in (None, "info")


def test_a_clause_of_manner_after_a_speech_verb_is_reported(lint):
    text = ("In his account, the driver explained how he fell down as officers shouted at him "
            "during the brutal arrest.")
    assert severity_of(lint, text, "brutal") == "info"


def test_the_writers_own_clause_of_manner_warns(lint):
    text = "The film shows how he fell down as officers shouted at him during the brutal arrest."
    assert severity_of(lint, text, "brutal") == "warning"


# -- round 21's left kinds: literal waste; a tax claim; documents that purport; a feeling --------


@pytest.mark.parametrize(("text", "word"), [
    ("Since the mill closed, rubbish dots the beaches of the bay.", "rubbish"),
    ("There is no rubbish collection in the upper valley.", "rubbish"),
    ("The children were picking through garbage for bottles.", "garbage"),
    ("Volunteers cleared piles of trash from the riverbank.", "trash"),
])
def test_waste_itself_is_literal(lint, text, word):
    assert severity_of(lint, text, word) in (None, "info")


@pytest.mark.parametrize(("text", "word"), [
    ("The council's new plan for the harbour is garbage.", "garbage"),
    ("The report on the harbour was rubbish from start to end.", "rubbish"),
])
def test_waste_as_a_verdict_still_warns(lint, text, word):
    assert severity_of(lint, text, word) == "warning"


def test_a_tax_claim_is_the_noun(lint):
    text = "Firms must say when they file a tax claim that the agency might contest."
    assert severity_of(lint, text, "claim") in (None, "info")


def test_documents_that_purport_are_unverified_material(lint):
    text = "Police are studying documents published by a blog that purport to be from the council."
    assert severity_of(lint, text, "purport") in (None, "info")


def test_a_feeling_with_its_degree_is_the_owners(lint):
    assert severity_of(lint, "He told of his profound sorrow at the funeral.", "sorrow") == "info"


# -- what a court heard; a noun of depiction ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "The court heard that the defendant launched a brutal attack in the car park.",
    "The jury was told the driver had carried out a brutal assault on his neighbour.",
    "The inquest heard the officers had used a brutal hold on the man.",
])
def test_what_a_court_heard_is_the_evidence(lint, text):
    assert severity_of(lint, text, "brutal") == "info"


@pytest.mark.parametrize("text", [
    "The court heard evidence about the brutal raid on the farm.",
    "Outside the court, the brutal attack was all anyone discussed.",
])
def test_the_court_reporters_own_words_warn(lint, text):
    assert severity_of(lint, text, "brutal") == "warning"


def test_a_noun_of_depiction_reports_the_depiction(lint):
    text = "He rejected the official portrayal of him as a brutal ruler who ignored the courts."
    assert severity_of(lint, text, "brutal") == "info"


def test_a_portrayal_with_no_as_is_the_writers(lint):
    text = "The film's portrayal of the brutal ruler won praise from the critics."
    assert severity_of(lint, text, "brutal") == "warning"


# -- praise reported with "as"; a quantifier as the speaker; terms of art by kind ---------------


@pytest.mark.parametrize("text", [
    "Divers tout the reef as one of the greatest dives to be had.",
    "The new ferry was hailed as a stunning success for the port.",
])
def test_praise_reported_with_as_is_the_praisers(lint, text):
    word = "one of the greatest" if "greatest" in text else "stunning"
    assert severity_of(lint, text, word) == "info"


def test_praise_of_an_object_with_no_as_is_the_writers(lint):
    text = "The new ferry was a stunning success for the port."
    assert severity_of(lint, text, "stunning") == "warning"


def test_a_quantifier_as_the_speaker_is_no_speaker(lint):
    # (tried and taken out: "many contend that" carries the writer's view as often; babe-dev)
    text = "As they left the hall, many said it was one of the most impressive meetings they had seen."
    assert severity_of(lint, text, "one of the most impressive") == "warning"


@pytest.mark.parametrize(("text", "word"), [
    ("Drivers were urged to avoid unnecessary travel during the storm.", "unnecessary"),
    ("The towns have lived under belligerent occupation since the war.", "belligerent"),
    ("A national disaster has been declared because of the drought.", "disaster"),
])
def test_terms_of_art_are_literal(lint, text, word):
    assert severity_of(lint, text, word) in (None, "info")


@pytest.mark.parametrize(("text", "word"), [
    ("The council spent the money on unnecessary repairs to the hall.", "unnecessary"),
    ("The minister gave a belligerent speech to the chamber.", "belligerent"),
    ("The rollout of the new ferry timetable was a disaster.", "disaster"),
])
def test_the_same_words_as_verdicts_warn(lint, text, word):
    assert severity_of(lint, text, word) == "warning"
