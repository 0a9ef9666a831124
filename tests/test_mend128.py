"""Mend 128: wrong readings that reviews 126 and 127 found and left, each fixed as a class.

1. Loaded language (``act_subject.py``): an act noun whose "of" or "from" phrase names a body,
   an injury, an illness or a drug (word class ``loaded/act-physical-objects``) is a physical
   or medical process, its pain no verdict on a doer's act: "The treatment of the burns was
   agonising" keeps its hint; "the treatment of the detainees" is still warned.
2. Advertorial: a third party's appeal reported as news, its subject the third party's people
   with "can" ("Supporters can give £5 by texting ..."), is a hint unless the outlet's "you",
   "we" or "our" is in it (``signals.py``); a comment notice whose "by" names another owner of
   the thread ("... limited by the uploader") is no boilerplate of the outlet's (the rule).
3. Unattributed claims (``passive.py``): "float" of a kind of vessel is set afloat (word class
   float-other-senses widened by the vessel nouns); "credited for" with a gerund is "credited
   with"; "talked of" is "talked about".

Sentences written for these tests, none from a corpus.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import lint_advertorial
from tests.family_lint import LEAD, assert_warned, claims, severity_in_body, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


# -- 1. loaded: a physical process is no act judged ---------------------------------------------

@pytest.mark.parametrize(("sentence", "word"), [
    ("The treatment of the burns was agonising.", "agonising"),
    ("The withdrawal from the drug was agonising.", "agonising"),
    ("The treatment of her broken legs was agonising.", "agonising"),
    ("The withdrawal from heroin was agonising.", "agonising"),
])
def test_mend128_a_physical_process_keeps_its_hint(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "info"


@pytest.mark.parametrize(("sentence", "word"), [
    ("The treatment of the detainees was agonising.", "agonising"),
    ("The withdrawal of troops was reckless.", "reckless"),
    ("The council's handling of the budget cuts was shambolic.", "shambolic"),
    ("The government's handling of the virus was shambolic.", "shambolic"),
])
def test_mend128_an_act_of_a_doer_is_still_warned(lint, sentence: str, word: str) -> None:
    assert severity_in_body(lint, sentence, word) == "warning"


# -- 2. advertorial: a third party's appeal, someone else's thread ------------------------------

STORY = "The hospice opened a new ward on Friday after a two-year appeal by local fundraisers."


def _severity(sentence: str, rule: str) -> str | None:
    found = [d.severity.value for d in lint_advertorial(STORY + "\n\n" + sentence + "\n") if d.rule == rule]
    return max(found, key=("info", "warning", "error").index) if found else None


@pytest.mark.parametrize("sentence", [
    "Supporters can give £5 by texting HOSPICE to 70500.",
    "The charity's supporters can donate by texting PIER to 70070.",
])
def test_mend128_a_third_partys_text_appeal_is_a_hint(sentence: str) -> None:
    assert _severity(sentence, "advertorial/donation-appeal") == "info"


@pytest.mark.parametrize("sentence", [
    "You can help today by texting HOSPICE to 70500.",
    "Readers can give £5 by texting HOSPICE to 70500.",
    "Supporters can give £5 by texting HOSPICE to 70500 to support our work.",
    "Text LIFEBOAT 5 to 70123 to give £5.",
])
def test_mend128_the_outlets_own_text_appeal_is_warned(sentence: str) -> None:
    assert _severity(sentence, "advertorial/donation-appeal") == "warning"


def test_mend128_someone_elses_thread_is_no_comment_notice() -> None:
    assert _severity("Replies below this video were limited by the uploader.", "advertorial/comments-boilerplate") is None
    assert _severity("Replies below this video were limited by our moderators.",
                     "advertorial/comments-boilerplate") == "warning"
    assert _severity("Comments on this article were closed after 48 hours.",
                     "advertorial/comments-boilerplate") == "warning"


# -- 3. unattributed: float of a vessel, "credited for", "talked of" ----------------------------

@pytest.mark.parametrize("sentence", [
    "The yacht has been floated after repairs.",
    "The barges have been floated off the mud at high tide.",
])
def test_mend128_a_vessel_floated_is_no_talk(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("A merger has been floated after talks between the two boards.", "'has been floated'"),
    ("She is credited for persuading the council to fund the new wing.", "'is credited for'"),
    ("A toll on the bridge is being talked of in the town hall.", "'is being talked of'"),
])
def test_mend128_credit_and_talk_are_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "She was credited for persuading the council to fund the new wing.",
    "The account is credited for the refund.",
    "A toll was talked of at the meeting.",
])
def test_mend128_credit_and_talk_traps_are_not_warned(lint, sentence: str) -> None:
    text = LEAD + sentence
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]
