"""Unattributed claims, round 90: the misses and false alarm of a crawled web-pages set (D89; issue 14).

- talk going round as the subject of a verb of telling ("Harbour talk suggests", "market
  chatter says", "gossip in the port has it") is hearsay nobody is named as giving, as
  "rumours suggest" is; a speech reported ("their talk suggests", "the talk in the hall says")
  and negotiations ("talks suggest") are not;
- whispers are news told by nobody, as rumours are: "whispers online suggest" warns as
  "rumours online suggest" does (it was a hint, read as an unnamed study);
- the idiom of a secret passed on ("a little bird told us") is hearsay, as "word has it" is;
- "accepted to" after an adverb of spreading consensus ("is increasingly accepted to mean") is
  a raising passive of a view nobody is named as holding; bare, "was accepted to study law" is
  an admission, no view;
- a related link glued to the head of a paragraph by a crawl ("ALSO IN TOWN: ... ›The ...") is
  another story's headline, not the writer's prose (a hint at most); without the arrow, or with a
  sentence stop before it, the line is copy.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.family_lint import LEAD, assert_silent, assert_warned


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


@pytest.mark.parametrize(("text", "cue"), [
    ("Harbour talk suggests the ferry firm is about to close.", "talk suggests"),
    ("Market chatter says the lender will bid for its rival.", "chatter says"),
    ("Gossip in the port has it that the yard will be sold.", "Gossip in the port has it"),
    ("The pier is safe, but buzz online claims it will shut.", "buzz online claims"),
])
def test_talk_going_round_that_tells_is_hearsay(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


@pytest.mark.parametrize("text", [
    "Their talk suggests a deal is close.",
    "Talks suggest a deal is close.",
    "The talk in the hall says little about the budget.",
    "A pep talk says a lot about a coach.",
])
def test_a_speech_or_a_negotiation_is_no_hearsay(lint, text: str) -> None:
    # (the possessive matches no pattern: a plain look-alike; round 168: "suggest" anchors a
    # group's view, so "Talks suggest" is a candidate the judge keeps quiet)
    assert_silent(lint, LEAD + text, plain=(LEAD + text,) if text.startswith("Their") else ())


def test_whispers_tell_as_rumours_do(lint) -> None:
    assert_warned(lint, LEAD + "No date is set, but whispers online suggest a second show in Leeds.",
                  "whispers online suggest")


@pytest.mark.parametrize(("text", "cue"), [
    ("A little bird tells us the fair will return in May.", "A little bird tells"),
    ("A little birdie told me the mayor is stepping down.", "A little birdie told"),
])
def test_a_little_bird_is_hearsay(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)


def test_a_bird_that_tells_nothing_is_no_claim(lint) -> None:
    text = LEAD + "A little bird sat on the fence all morning."
    assert_silent(lint, text, plain=(text,))


@pytest.mark.parametrize("adverb", ["increasingly", "now", "generally"])
def test_accepted_to_under_a_spreading_adverb_is_a_consensus(lint, adverb: str) -> None:
    assert_warned(lint, LEAD + f"Keyhole surgery is {adverb} accepted to mean a shorter stay in hospital.",
                  "accepted to")


@pytest.mark.parametrize("text", [
    "She was accepted to study law at Leeds.",
    "He was finally accepted to join the academy after two trials.",
])
def test_accepted_to_as_an_admission_is_no_view(lint, text: str) -> None:
    assert_silent(lint, LEAD + text)


GLUED = "ALSO IN TOWN: Market traders fear loss of trade as parking charges rise ›The bridge will shut for six weeks."


def test_a_related_link_glued_to_a_paragraph_is_another_story(lint) -> None:
    assert_silent(lint, LEAD + GLUED)


@pytest.mark.parametrize(("text", "cue"), [
    # no link arrow: the label opens the writer's own sentence
    ("UPDATE: Market traders fear the closure will cost them trade.", "Market traders fear"),
    # an arrow, but a sentence stop before it: copy, not a headline
    ("ALSO IN TOWN: Market traders fear the closure will cost them trade. More here ›", "Market traders fear"),
    # no capitalised label at the line's head
    ("Market traders fear loss of trade as parking charges rise ›", "Market traders fear"),
])
def test_a_claim_outside_a_glued_link_still_warns(lint, text: str, cue: str) -> None:
    assert_warned(lint, LEAD + text, cue)
