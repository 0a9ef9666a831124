"""Unattributed claims, round 163: the politics, world and business desks (issue 14).

Built, each a construction of English with its traps:

1. A bare "-ed" form right after a group noun is a past participle, not the group's verb
   (sources/verbs.py, ``participle_not_verb``), when the noun phrase is the subject of an
   absolute "with" clause ("with around 35,000 people expected each day": no finite verb can
   stand there) or when the form takes "to have" / "to be" (the reduced relative of a reporting
   passive: "officials thought to have taken bribes"), which the passive reading warns.
2. The plural of an initialism ("MPs", "MEPs", "GPs") before a reduced relative is a common
   noun, not a name that "said" could be the active verb of (passive.py, ``_initialism_plural``):
   "one of a dozen MPs thought to have claimed" is the agentless passive.
3. "interpreted" after a consensus adverb ("what was widely interpreted as a goodwill
   gesture"): word class passive-consensus; "was interpreted as banning" (a court's) stays silent.
4. "presumed innocent" is the law's presumption, no view held (passive.py); "presumed dead"
   and "presumed to have fled" stay warned.
5. Who first told the matter: a passive of disclosure with "first" and its agent ("The claims
   were first reported on Monday by the website X") vouches for the sentence before
   (coverage.py), across the break after a one-sentence paragraph (facts.py); sourcing reads
   a day between the verb and "by", and a lower-case descriptor before the agent's name.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("He is one of at least a dozen MPs thought to have claimed allowances for flats.", "'thought to'"),
    ("She was among three MEPs believed to have taken gifts from the lobbyist.", "'believed to'"),
    ("Several officials thought to have taken bribes were named in the report.", "'thought to'"),
    ("In what was widely interpreted as a goodwill gesture, the general freed the prisoners.",
     "'widely interpreted'"),
    ("Her remarks were generally interpreted as a rebuke to the chancellor.", "'generally interpreted'"),
])
def test_reduced_relatives_and_consensus_readings_are_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize(("sentence", "cue"), [
    # traps: the same words where the judge must still warn
    ("The crew of the trawler are presumed dead.", "'are presumed'"),
    ("The gunman is presumed to have fled across the border.", "'is presumed to'"),
    ("Critics thought the plan would fail.", "Critics thought"),
    ("Several officials have said the plan would fail.", "officials"),
    ("The town had a large minority, some of whom claimed to be heirs of the old lords.", "some of whom claimed"),
    ("Several officials expected to be consulted on the plan.", "officials expected"),
])
def test_the_traps_stay_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The festival returns to the park on Friday, with around 35,000 people expected each day.",
    "The match is a sell-out, with thousands of fans expected at the ground.",
    "All defendants are presumed innocent unless proven guilty.",
    "Everyone charged is presumed innocent until the trial ends.",
])
def test_participles_and_legal_presumptions_are_silent(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


def test_a_lower_case_interpretation_is_not_a_consensus(lint) -> None:
    assert not warnings(lint, LEAD + "The clause was interpreted as banning strikes by the court.")


@pytest.mark.parametrize("next_paragraph", [
    "The claims were first reported on Monday by the investigative website Tessin Watch.",
    "The sale was first reported by the Harbour Courier.",
    "The payments were first revealed last week by the campaign group Open Ledger.",
])
def test_who_first_told_it_clears_the_lone_sentence_before(lint, next_paragraph: str) -> None:
    text = LEAD + "The mayor resigned after it emerged that he had sold the pier.\n\n" + next_paragraph + "\n"
    assert not warnings(lint, text), [d.message for d in warnings(lint, text)]


@pytest.mark.parametrize("next_paragraph", [
    "The sale was first reported by the end of March.",
    "The pier was first opened in 1902 by the Victorian engineer Eugenius Birch.",
    "Harbour Courier journalists covered the sale on Monday.",
])
def test_no_first_teller_leaves_the_emergence_warned(lint, next_paragraph: str) -> None:
    text = LEAD + "The mayor resigned after it emerged that he had sold the pier.\n\n" + next_paragraph + "\n"
    assert_warned(lint, text, "'it emerged that'")


def test_a_first_teller_two_sentences_on_does_not_clear(lint) -> None:
    text = (LEAD + "The mayor resigned after it emerged that he had sold the pier. He denied wrongdoing.\n\n"
            "The sale was first reported by the Harbour Courier.\n")
    assert_warned(lint, text, "'it emerged that'")
