"""Unattributed claims, round 166: the sport, health and science desks (issue 14).

Built, each a construction of English with its traps:

1. A display line under the headline ("Nature | By Ann Lowe", "Health | Ann Lowe | 2 hours
   ago", "By Ann Lowe | Updated 14.20 GMT") is passed over as a byline is, so that the lead
   under it gives the headline's source (attribution/doubt.py, ``_byline_line``).
2. People under investigation, told by a relative clause ("opened an inquiry into a pharmacist
   who allegedly supplied ..."), carry the investigators' allegation, as people pursued or held
   do (constructions/holder.py, ``PURSUIT``): a hint.
3. "assume" with its that-clause is a group's view (word classes ``group-views``,
   ``source-verbs``; sources/verbs.py ``_NEEDS_THAT``): "Historians have long assumed that".
4. A bare plural of people in the plain past of a verb of ``contested-claims`` ("Fellow runners
   claimed that", "Runners later claimed that") passes on a claim, not an account of what they
   saw (sources/unnamed.py, ``_contested_past``); "Engineers conceded that" stays an account.
5. Transfer talk: "credited with" an intention of ``credited-intentions`` ("have been credited
   with an interest in signing") is talk about a plan, a warning (constructions/passive.py,
   ``_credited_intention``); "linked with/to" a move or clubs of ``transfer-moves`` and "emerged
   as a target for two clubs" are links passed on by nobody (constructions/association.py).
6. Papers and figures "seen by" the paper are material of unstated origin, as "documents seen
   by" are (rules/unattributed-claim.toml).
7. "according to" a body's record keepers by the body's name ("according to tournament
   statisticians", word classes ``record-keepers``, ``record-bodies``) is a hint, not a vague group.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned, claims, warnings

LEDE = ("Otters are breeding in the Brenn estuary for the first time in 40 years, according to a "
        "survey by the Brenn Wildlife Trust.\n\nThe trust counted 14 animals.\n")
HEADLINE = "Otters return to the Brenn estuary, scientists say\n"


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("display", [
    "Wildlife | By Ann Lowe",
    "Wildlife | Ann Lowe | 2 hours ago",
    "By Ann Lowe | Updated 14.20 GMT",
    "Science | By Ann Lowe, Science Correspondent | 06:15, Friday",
])
def test_a_display_line_under_the_headline_is_passed_over(lint, display: str) -> None:
    text = HEADLINE + display + "\n" + LEDE
    assert claims(lint, text), text
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize("lede", [
    # traps: a lead with no source under a display line; a bar inside a sentence that ends
    "Wildlife | By Ann Lowe\nOtters are breeding in the Brenn estuary for the first time in 40 years.\n",
    "Otters are breeding in the Brenn estuary | for the first time in 40 years.\nThe animals are shy.\n",
])
def test_a_headline_over_no_named_source_stays_warned(lint, lede: str) -> None:
    assert_warned(lint, HEADLINE + lede, "scientists say")


@pytest.mark.parametrize("sentence", [
    "Police in Lyon said they had opened an inquiry into a pharmacist who allegedly supplied steroids to boxers.",
    "Police are investigating a man who allegedly sold fake tickets.",
    "Regulators opened an investigation into a broker who allegedly hid losses.",
])
def test_people_under_investigation_carry_the_investigators_allegation(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


def test_an_allegation_with_no_investigation_stays_warned(lint) -> None:
    assert_warned(lint, LEAD + "A report into the fire that allegedly started in the kitchen was published.",
                  "'allegedly'")


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Historians have long assumed that the valley was empty in the Iron Age.", "Historians have long assumed"),
    ("Economists assume that rates will stay high.", "Economists assume"),
    ("Fellow runners claimed that some water stations had run dry.", "Fellow runners claimed"),
    ("Swimmers claimed that the pool was cold.", "Swimmers claimed"),
    ("Runners later claimed that the course was short.", "Runners later claimed"),
])
def test_a_groups_assumption_and_contested_past_claim_warn(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + "The race was hot. " + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # traps: "assume" taking on a thing, a claim of a prize, a past account by another verb
    "The new board assumed control of the club in May.",
    "Investors have assumed the risk of a default.",
    "Engineers assume a load of ten tonnes in their design.",
    "Runners claimed their medals at the finish.",
    "Engineers conceded that the bridge was weak.",
    "Runners had claimed that the course was short.",
])
def test_assume_with_an_object_and_other_pasts_are_no_warning(lint, sentence: str) -> None:
    text = LEAD + "The race was hot. " + sentence
    assert_silent(lint, text)  # review 134: a candidate of the family the judge keeps quiet


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Rovers, meanwhile, have been credited with an interest in signing the winger.", "have been credited with"),
    ("The club is credited with a strong interest in the defender.", "is credited with"),
    ("The 23-year-old has been linked with a string of clubs across Europe this summer.", "has been linked with"),
    ("He has been linked to a move to the Italian champions.", "has been linked to"),
    ("The winger is linked with a £20m switch to Lyon.", "is linked with"),
    ("The keeper has been linked with several Premier League sides.", "has been linked with"),
    ("Elsewhere, the midfielder has emerged as a target for two Spanish clubs.", "has emerged as a target for"),
    ("The winger is a summer target for several Premier League sides.", "is a summer target for"),
])
def test_transfer_talk_passed_on_by_nobody_warns(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # traps: credit for a deed or a tally, a rate, a plain tie, a move of a plan, an agent,
    # a target of something other than clubs, a single club
    "She was credited with saving the club.",
    "The keeper is credited with 14 clean sheets.",
    "The bank has been credited with an interest rate cut.",
    "He has been linked to the club since he was a boy.",
    "The mayor has been linked to a move to sell the pier.",
    "The charity has been linked with two clubs in the town by a funding deal.",
    "The pier has emerged as a target for vandals.",
    "The striker is a target for the club.",
])
def test_credit_ties_and_other_targets_are_no_warning(lint, sentence: str) -> None:
    text = LEAD + sentence
    # review 134: a candidate the judge keeps quiet, or a look-alike the pattern's lookahead
    # (clubs, sides, teams) leaves unmatched
    assert_silent(lint, text, plain={LEAD + s for s in _TARGET_LOOKALIKES})


_TARGET_LOOKALIKES = ("The pier has emerged as a target for vandals.", "The striker is a target for the club.")


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Figures seen by this newspaper show the ward closed 40 beds.", "Figures seen by"),
    ("Records seen by this newspaper show the clinic shut early.", "Records seen by"),
])
def test_papers_seen_by_the_paper_warn(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


def test_a_target_of_criticism_stays_a_received_opinion(lint) -> None:
    """The transfer target's anchor takes no start from the received-opinion rule."""
    assert_warned(lint, LEAD + "The minister was a target of criticism.", "criticised by whom")


def test_figures_pointed_back_to_are_no_warning(lint) -> None:
    text = LEAD + "The board met in May. The figures seen by the board showed a loss."
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


@pytest.mark.parametrize("sentence", [
    "The match lasted three hours, the longest since 2009, according to tournament statisticians.",
    "The game ran long, according to league statisticians.",
])
def test_a_bodys_record_keepers_are_a_hint(lint, sentence: str) -> None:
    assert_hint(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    # traps: a lone plural, another group by a body's name, a group that keeps no record
    ("The match lasted three hours, according to league officials.", "officials"),
    ("The bill will cost £3bn, according to Treasury economists.", "economists"),
    ("The club is in debt, according to club fans.", "fans"),
])
def test_other_groups_after_according_to_stay_warned(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)

