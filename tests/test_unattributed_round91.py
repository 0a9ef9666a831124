"""Unattributed claims, round 91: a crawled web-pages set and service copy (D92, D91; issue 14).

- "ask" with a question about what will come ("a few readers have asked what will happen to the
  depot", "asked whether the shop would stay open") is an enquiry: it presupposes nothing and
  tells nothing as so; "asked why" (a cause, a fault implied), "asked how the money was spent"
  and "whether it would ever pay" (a doubt) stay claims;
- a capitalised head after a capitalised word in mid sentence, before punctuation, ends a name
  ("according to Brightwater Analysts, but"): a firm, not unnamed analysts; lower case ("according
  to analysts", "several City analysts") stays vague;
- "is understood" after a named speaker's sentence is the writer's off-record briefing, not the
  speaker's: a warning ("is believed to" there stays a hint);
- participants (residents, passengers) raising concerns about what they live with ("raised
  concerns about damp in the flats") tell a hardship first-hand, as "complained about flooding"
  does: a hint; concerns about a plan, or raised by a side (critics), stay warnings;
- "apparently" before the passive of a deed with a particle ("was apparently turned down for a
  licence") is hearsay, as "was apparently taken by" is; before a state ("unharmed") it is how
  things looked;
- a maker's or publisher's own page or label placed as where the claim is made ("described as
  moderate on the park's website", "on the label") vouches, as "in its annual report" does; "on a
  hiking forum" (nobody's) and "on the bank's forecasts" (a topic) do not;
- an agentless passive of estimating with an amount in words ("is estimated at tens of millions
  of pounds", "put at two billion") is an estimate nobody owns, as "put at £2m" is; "put at
  risk" is no amount.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "Several customers asked whether the shop would stay open.",
    "Many parents have asked when the crossing will reopen.",
    "Some readers asked what would happen to the old depot.",
])
def test_an_enquiry_about_what_will_come_is_no_claim(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Critics asked why the council had delayed the repairs.", "Critics asked"),
    ("Critics asked whether the scheme would ever pay for itself.", "Critics asked"),
    ("Many have asked how the money was spent.", "Many have asked"),
])
def test_a_pointed_question_stays_a_claim(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "Rents rose sharply, according to Harbour Investors, though sales held up.",
    "Demand fell, according to Brightwater Analysts, but sales recovered on Friday.",
])
def test_a_capitalised_head_that_ends_a_name_names_a_firm(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Demand fell, according to analysts, but sales recovered on Friday.", "according to analysts"),
    ("Demand fell, according to several City analysts.", "according to several City analysts"),
])
def test_lower_case_analysts_stay_unnamed(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize(("text", "cue"), [
    ("Damage to the harbour is estimated at tens of millions of pounds.", "is estimated at"),
    ("Losses are estimated at several million pounds.", "are estimated at"),
    ("The repairs are put at two billion euros.", "are put at"),
])
def test_an_amount_in_words_is_an_estimate(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "The children were put at risk by the delay.",
    "The damage is estimated at £2m by the council.",
])
def test_no_amount_or_an_agent_is_no_unowned_estimate(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Coach Ann Marsh confirmed after the game that the captain would miss a month. "
     "The winger is understood to be wanted by two clubs.", "is understood to"),
    ("Police said the man fled. He is understood to have boarded a train.", "is understood to"),
])
def test_is_understood_is_not_the_previous_speakers(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


def test_is_believed_after_a_named_lead_stays_a_hint(lint) -> None:
    assert_silent(lint, LEAD + "Police said the man fled. He is believed to have boarded a train.")


def test_word_on_the_street_under_a_subheading_opens_its_line(lint) -> None:
    # a subheading with no stop, then the paragraph on the next line: the idiom opens its clause
    text = LEAD + "The ferry rumours\nWord on the street is that the ferry firm is close to a sale."
    assert_warned(lint, text, "Word on the street is that")


def test_word_in_mid_sentence_is_no_idiom(lint) -> None:
    assert_silent(lint, LEAD + "Her last word is that the ferry firm is close to a sale.")


def test_residents_raising_concerns_about_what_they_live_with_is_first_hand(lint) -> None:
    text = LEAD + "Residents first raised concerns about damp in the flats in 2018."
    assert_silent(lint, text)


@pytest.mark.parametrize(("text", "cue"), [
    ("Residents have raised concerns about the council's plan.", "Residents have raised"),
    ("Critics raised concerns about damp in the flats.", "Critics raised"),
])
def test_concerns_about_a_plan_or_by_a_side_stay_claims(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


def test_apparently_before_a_phrasal_passive_deed_is_hearsay(lint) -> None:
    text = LEAD + "The cafe was apparently turned down for a licence twice before it opened."
    assert_warned(lint, text, "apparently")


def test_apparently_before_a_state_is_appearance(lint) -> None:
    assert_silent(lint, LEAD + "The guests were apparently unharmed when the crew arrived.")


@pytest.mark.parametrize("text", [
    "The trail is described as moderate on the park's website.",
    "The jacket is described as waterproof on the label.",
])
def test_the_owners_own_page_or_label_vouches(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    ("The walk is described as easy on a hiking forum.", "is described as"),
    ("The minister is seen as cautious on the bank's forecasts.", "is seen as"),
])
def test_a_page_nobody_owns_or_on_as_about_does_not_vouch(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)
