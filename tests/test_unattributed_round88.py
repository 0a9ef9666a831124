"""Unattributed claims, round 88: a writer's trap-rich copy (D88; issue 14).

- a source that checked the material a claim rests on ("according to screenshots of the post
  reviewed by the newsletter X") vouches as "seen by" does;
- a document named by its publisher, told as a closing tag with its finding ("..., a Harbour
  Bank survey of 30 economists published on Monday showed.") names the source as "according to
  a Harbour Bank survey" does;
- groups that take a side ("critics argue", "privacy advocates say", "backers claim") followed
  in the paragraph by one named campaigning body speaking ("The Rail Users' Union said ...",
  "Pressure group Clear Air says ...") get a hint; a body that answers, a state body, a company,
  a contrast or an anonymous group keep the warning;
- a reputation word under a doubt adverb ("was reportedly a well-known figure") is one claim,
  flagged once, by the adverb.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_hint, assert_silent, assert_warned, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize("text", [
    "The gang reportedly asked for a payment of $2 million, according to screenshots of the chat "
    "reviewed by the security blog Patch Notes.",
    "The gang reportedly asked for a payment of $2 million, according to emails verified by the Harbour Courier.",
])
def test_material_checked_by_a_named_outlet_sources_its_sentence(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


def test_material_checked_by_nobody_named_is_no_source(lint) -> None:
    assert_warned(lint, LEAD + "The gang reportedly asked for a payment of $2 million, according to "
                  "screenshots of the chat shared online.", "reportedly")


def test_a_publishers_survey_as_a_closing_tag_names_its_source(lint) -> None:
    assert_silent(lint, LEAD + "The cartel is widely expected to keep its quotas until June, a Harbour "
                  "Bank survey of 20 economists published on Monday showed.")


def test_a_survey_with_no_publisher_is_only_described(lint) -> None:
    assert_hint(lint, LEAD + "The cartel is widely expected to keep its quotas until June, a survey "
                "of 20 economists showed.")


@pytest.mark.parametrize("text", [
    "Consumer advocates argue that health data is more sensitive than bank details. The Digital "
    "Rights Trust said in a statement that the leak was predictable.",
    "Opponents of the merger argue that it will hurt small growers. The Soil Growers' Federation "
    "said in a letter to the regulator that members waited months to be paid.",
    "Backers claim the scheme is already cutting crime. Community group Safer Streets says there "
    "have been no burglaries on the estate since it began.",
])
def test_a_side_taken_then_a_campaigning_body_named_is_a_hint(lint, text: str) -> None:
    assert_hint(lint, LEAD + text)


@pytest.mark.parametrize(("text", "cue"), [
    # the body answers the critics
    ("Critics argue the scheme wastes money. The Harbour Trust denied that in a statement.", "Which critics"),
    ("Critics argue the scheme wastes money. But the Harbour Residents' Association said it had saved jobs.",
     "Which critics"),
    # a state body, a company: the side the view is put to
    ("Critics argue the scheme wastes money. The Transport Ministry said it had saved jobs.", "Which critics"),
    ("Critics argue the scheme wastes money. Harbour Bank said it had saved jobs.", "Which critics"),
    # anonymous on purpose
    ("Insiders argue the scheme wastes money. The Harbour Trust said in a statement that costs had doubled.",
     "insiders"),
    # the body in the next paragraph
    ("Critics argue the scheme wastes money.\n\nThe Harbour Trust said in a statement that costs had doubled.",
     "Which critics"),
    # a company group, not a campaigning one
    ("Critics argue the scheme wastes money. Retail group Harbour Holdings said it had saved jobs.",
     "Which critics"),
])
def test_a_side_taken_keeps_its_warning_without_its_body(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


def test_a_reputation_under_a_doubt_adverb_is_flagged_once(lint) -> None:
    text = LEAD + "Harlow, who was reportedly a well-known face at the golf club, sat calmly in court."
    assert_warned(lint, text, "reportedly")
    assert not any("known to whom" in d.message for d in warnings(lint, text))


def test_a_reputation_with_no_doubt_adverb_keeps_its_warning(lint) -> None:
    assert_warned(lint, LEAD + "Harlow, a well-known face at the golf club, sat calmly in court.", "known to whom")
