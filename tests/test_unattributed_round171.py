"""Unattributed claims, round 171: what the rules still missed on the five new desks (issue 14).

Built, each a construction of English with its traps:

1. The contracted frame of common knowledge (rules/unattributed-claim.toml's "no secret"
   pattern, attribution/cues.py ``_NO_SECRET``): "It's no secret that" is read as "It is no
   secret that" was; the pattern wanted a space before the "'s", and the contraction's shape
   sent the hit to the participle reading, which found none.
2. Talk placed in a capitalised place with no article (constructions/provenance.py
   ``_talk_placed``, ``_PLACE_PREPOSITIONS``): "There is speculation at Westminster that",
   "in Brussels that": speculation goes round a place, it is not published there ("research at
   Stanford", "in the Harbour Gazette" keep their readings).
3. Doubt held of a thing pointed to (sources/verbs.py ``_doubted_claim``): "Insiders are
   sceptical of that promise", "Officials are unconvinced by the figures": a view that the thing
   is untrue, as "doubt that" is; "sceptical of politicians" (a bare plural) is a temper.
4. Officials "familiar with" a matter (attribution/decision.py ``FAMILIAR_IN``): a body named in
   an earlier sentence no longer lowers them to a hint; the access is the mark of an anonymous
   source.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("sentence", "cue"), [
    ("It's no secret that the harbour master wants the ferry gone.", "It's no secret that"),
    ("It’s no secret that two councillors are eyeing the mayoralty.", "It’s no secret that"),
    ("The vote was close. It's no secret in the village that the pub will close.", "no secret in the village that"),
    ("It's hardly a secret that the club is for sale.", "hardly a secret that"),
])
def test_contracted_no_secret(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


_NO_CLAUSE = (
    "It's no secret recipe: the bakers print it on the box.",
    "It's not a secret ballot, so members vote by show of hands.",
)


@pytest.mark.parametrize("sentence", _NO_CLAUSE)
def test_no_secret_without_its_clause(lint, sentence: str) -> None:
    # no that-clause ("no secret recipe" holds no candidate: labelled plain)
    assert_silent(lint, LEAD + sentence, plain={LEAD + _NO_CLAUSE[0]})


@pytest.mark.parametrize(("sentence", "cue"), [
    ("There is speculation at Westminster that a second minister will quit.", "There is speculation"),
    ("There has been speculation in Brussels that the vote will slip to spring.", "There has been speculation"),
    ("There is speculation at Holyrood that the budget will be delayed.", "There is speculation"),
])
def test_talk_placed_in_a_capital(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # an outlet, a research body or an institution: not a place the talk goes round
    "There is speculation in the Harbour Gazette that the ferry will be sold.",
    "There was speculation at Riverside Football Club that the coach would go.",
    "There is research at Stanford that shows the drug works.",
])
def test_talk_in_an_outlet_or_body(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The chairman promised no jobs would go. Insiders are sceptical of that promise.", "Insiders are sceptical"),
    ("Officials are unconvinced by the figures the firm published.", "Officials are unconvinced"),
    ("Analysts remain doubtful about the forecast for the second half.", "Analysts remain doubtful"),
])
def test_doubt_of_a_thing_pointed_to(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, LEAD + sentence, cue)


@pytest.mark.parametrize("sentence", [
    # a bare plural doubted: a temper, no claim
    "Analysts are sceptical of politicians who promise tax cuts.",
    # a named holder
    "Ana Ruiz, an analyst at Harbour Capital, is sceptical of that promise.",
    # another state of mind with an object holds no view (round 131's reading)
    "Officials are confident of victory in the spring.",
])
def test_doubt_with_no_claim_or_a_named_holder(lint, sentence: str) -> None:
    assert_silent(lint, LEAD + sentence)


def test_familiar_officials_after_a_body(lint) -> None:
    text = (LEAD + "Waiting lists grew by a fifth, according to Ministry of Health data. "
            "Officials familiar with the talks say a second round of funding could start in June.")
    assert_warned(lint, text, "Officials familiar with the talks say")


def test_officials_after_a_body_stay_a_hint(lint) -> None:
    # with no mark of access, the body named before may be theirs (round 169's reading)
    text = (LEAD + "Waiting lists grew by a fifth, according to Ministry of Health data. "
            "Officials say a second round of funding could start in June.")
    assert_hint(lint, text)
