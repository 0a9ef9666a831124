"""Loaded language, round 172: the health, care, conflict and disaster desks (issue 16).

- An epithet of moral judgement (``loaded-desks/propriety-adjectives``) in the definite subject
  that opens its sentence, its head a nominalised act with its object after
  (``loaded-desks/conduct-nouns``: "The callous timing of the closure has ..."): the writer's
  verdict on the agent given as agreed.
- "scandalously", "deplorably", "appallingly" listed as editorial adverbs.
- "admitted" to a ward or a unit as a patient, a reduced relative with no "was" before it: no
  said-verb, no verdict.

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


LOADED = ("loaded-language",)
_HEAD = "Hospice funding cut\n\n"


def _severity(lint, sentence: str, word: str) -> str | None:
    """The severity of the loaded-language report on ``word`` in the article's third line."""
    text = _HEAD + sentence + "\n"
    row = text.split("\n")[2]
    found = [d.severity.value for d in lint(text, select=LOADED)
             if d.line == 3 and row[d.column - 1 : d.end_column - 1].lower() == word.lower()]
    return found[0] if found else None


@pytest.mark.parametrize("sentence, word", [
    ("The callous timing of the hospice closure, days before Christmas, has upset relatives.", "callous"),
    ("The cynical use of food parcels as leverage has become routine in the siege.", "cynical"),
    ("The callous disregard for flood warnings has left three villages under water.", "callous"),
    ("The deplorable state of the maternity wards was laid bare by the inspectors.", "deplorable"),
    ("This cynical handling of the waiting lists will cost the board its credibility.", "cynical"),
])
def test_round172_conduct_subject_warns(lint, sentence: str, word: str) -> None:
    assert _severity(lint, sentence, word) == "warning"


@pytest.mark.parametrize("sentence, word", [
    # round 125's trap: the head names an event, not someone's conduct
    ("The scandalous delay of the spring sailings angered islanders.", "scandalous"),
    # not a propriety adjective: a style described
    ("The lavish use of marble in the foyer dates from 1902.", "lavish"),
    # indefinite: the sentence asserts, it presupposes nothing
    ("A cynical use of food parcels was alleged in the report.", "cynical"),
    # not the opening subject
    ("Inspectors found that the callous timing of the closure was an accident of the budget cycle.", "callous"),
    # no finite verb: a headline or a caption
    ("The cynical use of food parcels", "cynical"),
])
def test_round172_conduct_traps_stay_below_warning(lint, sentence: str, word: str) -> None:
    assert _severity(lint, sentence, word) != "warning"


def test_round172_quoted_conduct_subject_is_the_speakers(lint) -> None:
    sentence = '"The callous timing of the closure has hurt every family," said Mona Pike, a carer.'
    assert _severity(lint, sentence, "callous") != "warning"


def test_round172_conduct_subject_unit() -> None:
    from lintnews.builtin.loaded import evidence as ev

    text = "The callous timing of the cuts has hurt families."
    start = text.index("callous")
    end = start + len("callous")
    assert ev.conduct_subject(text, start, end, 0, len(text), "callous") is not None
    text2 = "The callous timing of the cuts"
    assert ev.conduct_subject(text2, start, end, 0, len(text2), "callous") is None
    text3 = "The callous delay of the cuts has hurt families."
    assert ev.conduct_subject(text3, start, end, 0, len(text3), "callous") is None


@pytest.mark.parametrize("sentence", [
    "None of the patients admitted to the stroke ward has been discharged.",
    "Twelve babies admitted to the neonatal unit last winter are now home.",
])
def test_round172_admitted_as_a_patient_is_no_verdict(lint, sentence: str) -> None:
    assert _severity(lint, sentence, "admitted") is None


def test_round172_admitted_speech_still_reported(lint) -> None:
    sentence = "The minister admitted the plan had failed the wards."
    assert _severity(lint, sentence, "admitted") is not None


@pytest.mark.parametrize("sentence, word", [
    ("The evacuees were treated deplorably by the contractor.", "deplorably"),
    ("The trust, scandalously, kept the report back for a year.", "scandalously"),
])
def test_round172_adverbs_of_dismay_warn(lint, sentence: str, word: str) -> None:
    assert _severity(lint, sentence, word) == "warning"


@pytest.mark.parametrize("sentence, word", [
    ("The gallant crews of the lifeboat station were honoured on Sunday.", "gallant"),
    ("The unsung porters kept the hospital running through the storm.", "unsung"),
])
def test_round172_praise_epithets_of_people_warn(lint, sentence: str, word: str) -> None:
    assert _severity(lint, sentence, word) == "warning"


def test_round172_new_praise_words_alone_are_hints(lint) -> None:
    # no person, no construction that judges: the lexicon's info
    assert _severity(lint, "Gallant is the name of the new ferry to the islands.", "gallant") in ("info", None)


def test_round172_epithet_before_a_titled_name_opening_the_sentence(lint) -> None:
    # round 150's named praise, now also where the article opens its sentence
    text = ("Convoy reaches the border\n\nThe tireless Ms Okafor, a retired midwife, has led all six convoys.\n\n"
            "Okafor said the roads were open.\n")
    found = [d.severity.value for d in lint(text, select=LOADED) if d.line == 3 and d.column == 5]
    assert found == ["warning"]


def test_round172_article_before_is_read_at_a_sentence_start() -> None:
    from lintnews.builtin.loaded.evidence.epithets import named_praise

    text = "Rain fell.\nThe brilliant Ana Sousa, a coach, won again.\nSousa said little."
    start = text.index("brilliant")
    assert named_praise(text, start, start + len("brilliant"), text.index("The")) is not None
    text = "Rain fell.\nAthe brilliant Ana Sousa, a coach, won again.\nSousa said little."
    start = text.index("brilliant")
    assert named_praise(text, start, start + len("brilliant"), text.index("Athe")) is None


@pytest.mark.parametrize("sentence, word", [
    ("Hundreds of terrified passengers queued for the last ferry.", "terrified"),
    ("The terrified pupils were led out of the school by teachers.", "terrified"),
])
def test_round172_terrified_as_an_epithet_warns(lint, sentence: str, word: str) -> None:
    assert _severity(lint, sentence, word) == "warning"


def test_round172_terrified_as_a_reported_feeling_stays_a_hint(lint) -> None:
    assert _severity(lint, "Passengers said they were terrified when the engine failed.", "terrified") != "warning"


_RATINGS = ("Bushfire season opens\n\nFire danger ratings, Eastern Ranges, 4-6 February:\n"
            "- 4 February: Extreme\n- 5 February: Catastrophic\n\nCrews were on standby all week.\n")


def test_round172_listed_hazard_levels_are_the_scale(lint) -> None:
    # the level of a rating scale listed under the scale's name: a table's value, no alarm
    found = [d for d in lint(_RATINGS, select=LOADED) if d.line in (4, 5)]
    assert found == []


def test_round172_listed_level_needs_the_scale_named_above() -> None:
    from lintnews.builtin.loaded.evidence.rating_list import listed_rating

    text = "The panel met.\nVerdict: Catastrophic\n"
    start = text.index("Catastrophic")
    assert listed_rating(text, start, start + 12, "Catastrophic") is None
    text = "Fire danger ratings for the week:\n- Friday: Catastrophic\n"
    start = text.index("Catastrophic")
    assert listed_rating(text, start, start + 12, "Catastrophic") is not None
    text = "Fire danger ratings for the week:\n- Friday: Catastrophic losses for farmers\n"
    assert listed_rating(text, start, start + 12, "Catastrophic") is None


def test_round172_a_catastrophic_verdict_after_a_colon_in_prose_still_warns(lint) -> None:
    text = "Flood review\n\nThe review's one-word summary of the response: catastrophic.\n"
    assert any(d.line == 3 for d in lint(text, select=LOADED))
