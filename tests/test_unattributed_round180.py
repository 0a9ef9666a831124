"""Unattributed claims, round 180: round 178's leftovers (issue 14).

Built, each a construction of English with its traps:

1. A pack pattern that opens with a contraction ("There's talk that"). The cue reading took
   every passive-rule hit opening with "<word>'s" / "'re" / "'m" for the auxiliary anchor of
   the contracted passive ("it's said", "there's thought to be") and read the hit's last word
   as a participle; a noun there ("talk", "view") is none, so the hit was dropped and adding
   the contraction to a pattern never fired. Now a contracted hit whose last word is no
   participle is the pattern's own cue, as its spelled-out form is ("There is talk that").
2. A report noun that is the plain present of its plural subject's verb ("Insiders claim the
   treasurer warned ..."): English compounds take a singular modifier ("an insider claim"),
   so a bare plural of people before "claim" is the verb's subject, the vague source the
   unnamed-source reading warns of, not an unnamed document.
3. Gossip nouns of other Englishes doing, making or going the rounds ("Gist making the rounds
   is that", "The goss doing the rounds is that"), and told stories "making the rounds";
   "the gist of" (the main point) stays clear.
4. A bare plural of people that whispered that ...: talk passed on, as "claimed that" is; a
   whisper with no that-clause tells nothing.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lintnews.builtin.attribution.cues import contracted_frame
from tests.family_lint import assert_warned, claims, warnings


@pytest.fixture
def lint(shared_lint):  # type: ignore[no-untyped-def]
    """One engine per settings for the session (tests/conftest.py ``shared_lint``)."""
    return shared_lint


def _no_warning(lint, text: str) -> None:
    assert not warnings(lint, text), [d.message for d in claims(lint, text)]


# 1. patterns opening with a contraction

@pytest.mark.parametrize(("sentence", "cue"), [
    ("There's talk that the ferry company will pull out next year.", "There's talk"),
    ("There’s talk that the ferry company will pull out next year.", "There’s talk"),
    ("There's growing talk that the coach will be replaced.", "There's growing talk"),
    ("There's a widespread view in the club that the coach should go.", "There's a widespread view"),
])
def test_a_pattern_opening_with_a_contraction_fires(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, sentence, cue)


@pytest.mark.parametrize(("sentence", "cue"), [
    # the contracted passive keeps its anchor reading
    ("It's said that the ferry company will pull out next year.", "It's said"),
    ("There's thought to be a leak in the main tank.", "There's thought to"),
    ("It's widely accepted that the pier will close.", "It's widely accepted"),
])
def test_the_contracted_passive_still_fires(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, sentence, cue)


@pytest.mark.parametrize("sentence", [
    "There's a fine view of the bay from the new pier.",
    "It's not that bad, the skipper said after the race.",
    "There's no secret ingredient in the soup.",
    "If there's motion in the joint, the splint comes off.",
])
def test_a_contraction_with_no_frame_stays_quiet(lint, sentence: str) -> None:
    _no_warning(lint, sentence)


@pytest.mark.parametrize(("text", "frame"), [
    ("There's talk", True),
    ("We're hearing", True),
    ("It's said", False),
    ("There's thought", False),
    ("It's widely accepted", False),
    ("There is talk", False),  # (no contraction: not asked)
])
def test_contracted_frame(text: str, frame: bool) -> None:
    assert contracted_frame(text, 0, len(text)) is frame


def test_every_passive_pattern_opening_with_there_s_reaches_its_cue(lint) -> None:
    """Each spelled-out existential frame and its contraction are warned alike."""
    for noun in ("talk", "concern", "a widespread view in the club"):
        for opening in ("There is", "There's"):
            sentence = f"{opening} {noun} that the coach will go."
            assert warnings(lint, sentence), sentence


# 2. a plural of people before "claim"

@pytest.mark.parametrize(("sentence", "cue"), [
    ("Insiders claim the treasurer warned the board in May that the fund was empty.", "Insiders claim"),
    ("Insiders claim the coach told the players on Friday that he was leaving.", "Insiders claim"),
])
def test_a_plural_before_claim_is_its_subject(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The residents' claim was upheld by the ombudsman in March.",
    "Quarterly sales report strong growth across the region.",
])
def test_a_noun_after_an_owner_or_a_thing_stays_a_noun(lint, sentence: str) -> None:
    _no_warning(lint, sentence)


# 3. gossip doing the rounds

@pytest.mark.parametrize(("sentence", "cue"), [
    ("Gist making the rounds is that the actor has quit the soap.", "Gist making the rounds"),
    ("The goss doing the rounds is that the couple have split.", "goss doing the rounds"),
    ("The story making the rounds at the depot is that night shifts will be cut.", "story making the rounds"),
])
def test_gossip_doing_the_rounds(lint, sentence: str, cue: str) -> None:
    assert_warned(lint, sentence, cue)


@pytest.mark.parametrize("sentence", [
    "The gist of the report is that costs will rise next year.",
    "The consultant was making the rounds of the ward at nine.",
    "The story went the rounds of the schools last spring.",
])
def test_the_main_point_and_a_tour_stay_quiet(lint, sentence: str) -> None:
    _no_warning(lint, sentence)


# 4. a group whispering that

def test_a_group_whispered_that(lint) -> None:
    assert_warned(lint, "Guests whispered that the host had changed outfits before the speech.",
                  "Guests whispered")


@pytest.mark.parametrize("sentence", [
    "Guests whispered to each other during the speeches.",
    "The guests whispered that the host had changed outfits.",
    "Guests had whispered that the host was late.",
])
def test_a_whisper_with_no_clause_or_a_definite_group_stays_quiet(lint, sentence: str) -> None:
    _no_warning(lint, sentence)
