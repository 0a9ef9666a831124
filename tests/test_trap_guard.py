"""Review 60: the trap guard (tests/trap_guard.py) and the negatives it was first applied to.

A trap ("not warned", "no diagnostic") proves something only when its text holds a candidate
of its family; these tests pin what the guard counts as one, and that the unattributed-claim
battery's negatives (benchmarks/unattributed_battery.py ``clearing`` and ``senses``) hold one
each, so that a false alarm there can show. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from benchmarks.unattributed_battery import CLEARING, SENSES
from tests.trap_guard import ADVERTORIAL, UNATTRIBUTED, assert_trap, candidates, has_candidate


def test_a_cue_is_a_candidate_before_any_judge():
    # cleared by its named source, yet a candidate: the judge is what keeps it quiet
    found = candidates("The mayor is believed to have left the city, police said.", UNATTRIBUTED)
    assert ("unattributed-claim/passive-attribution", "is believed") in found
    assert has_candidate("Sign up for our newsletter to get the news.", ADVERTORIAL)


def test_plain_text_and_another_familys_cue_are_no_candidate():
    assert candidates("The council met on Tuesday to discuss the budget.", UNATTRIBUTED) == []
    assert not has_candidate("Sign up for our newsletter to get the news.", UNATTRIBUTED)
    assert not has_candidate("It is widely believed that the plan failed.", ADVERTORIAL)


def test_a_hit_an_exception_removes_is_still_a_candidate():
    # (the matcher's scan, before exceptions: an exception is one of the things a trap tests)
    text = "The bond is said to be 'called' when the issuer repays it early."
    assert ("unattributed-claim/passive-attribution", "is said") in candidates(text, UNATTRIBUTED)


def test_a_plain_label_must_be_true():
    plain = {"The council met on Tuesday."}
    assert_trap("The council met on Tuesday.", UNATTRIBUTED, plain)
    with pytest.raises(AssertionError, match="no unattributed-claim candidate"):
        assert_trap("The council met on Tuesday.", UNATTRIBUTED)
    with pytest.raises(AssertionError, match="labelled plain"):
        assert_trap("Critics say the plan will fail.", UNATTRIBUTED, {"Critics say the plan will fail."})


@pytest.mark.parametrize("sentence", CLEARING + SENSES)
def test_each_negative_of_the_battery_holds_a_candidate(sentence):
    assert has_candidate(sentence, UNATTRIBUTED), sentence


# The senses battery's sentences that had no vague subject ("Volunteers maintain the trail",
# "Two senators proposed ...") could never be false alarms; with one, these were (review 60,
# as strict expected failures). Unattributed round 59 fixed "maintain" with a thing kept up as
# its object; round 60 "agree on" terms settled, "propose" a thing with its own complement, a
# verb of speaking with no content: they pass now, and stay here as the cases that were fixed.
@pytest.mark.parametrize("sentence", [
    "Some volunteers maintain the trail every spring.",
    "Some officials agreed on a timetable for the talks.",
    "Two officials proposed an amendment to the bill.",
    "Two officials whispered during the meeting.",
])
def test_a_verb_in_another_sense_after_a_vague_subject_fixed(shared_lint, sentence):
    assert has_candidate(sentence, UNATTRIBUTED), sentence
    assert not [d for d in shared_lint(sentence) if d.category == UNATTRIBUTED and d.severity.value == "warning"]


# The advertorial batteries' traps (tests/advertorial_battery49.py, 55, 56: the same words in a
# story, and page parts that are no advertorial) with no candidate of their own line, by class,
# pinned at review 60. They are kept as plain text: look-alikes that no pack pattern matches (a
# pattern's shape is what keeps "This first appeared in March, doctors said." quiet) or page
# parts the code rules judge by shape (subheads, bylines, captions: advertorial/headline-list).
# The guard asks about the line itself: the story it is pasted into holds a candidate of its
# own ("Shop owners", a promo-voice hit), so a pasted trap always "holds" one. A new cue-less
# trap fails here; rewriting one to hold its class's cue lowers the count. (Round 59's battery,
# merged after, pinned at review 63. Advertorial round 125 made one more "reporting-advertising"
# trap plain by shape: a sponsor phrase followed by a comma and a determiner opens the sentence
# ("Sponsored by <clients>, the summit said ..."), it is not a credit line.)
PLAIN_BATTERY_TRAPS = {
    "49": {"reporting-advertising": 11, "reporting-events-tickets": 4, "reporting-surveys-contests": 10,
           "reporting-prices": 3, "story-email-watch": 5, "story-shops-networks": 5, "subheads": 11,
           "captions-credits": 14, "bylines-datelines": 10, "corrections-legal": 10},
    "55": {"copyright-notices": 10, "captions-credits": 8, "reporting-copyright": 9, "read-more-story": 3,
           "subscription-questions-story": 3, "also-on-dates": 10, "bylines-datelines": 10},
    "56": {"first-appeared-story": 8, "podcast-video-story": 5, "comment-community-story": 6,
           "trending-story": 8, "subheads-captions": 10, "bylines-credits": 9, "legal-notices": 10,
           "round56-shapes-story": 8, "round56-credits-labels": 8, "round56-glue-story": 8,
           "round56-leftover-story": 10},
    "59": {"deals-reported": 2, "press-reported": 6, "media-reported": 3, "community-reported": 3,
           "new-shapes-reported": 12, "furniture": 8},
}


@pytest.mark.parametrize("battery", sorted(PLAIN_BATTERY_TRAPS))
def test_the_advertorial_batterys_plain_traps_do_not_grow(battery):
    import importlib

    traps = importlib.import_module(f"tests.advertorial_battery{battery}").TRAPS
    plain = {cls: sum(not has_candidate(line, ADVERTORIAL) for line in lines) for cls, lines in traps.items()}
    pinned = PLAIN_BATTERY_TRAPS[battery]
    assert {cls: n for cls, n in plain.items() if n > pinned.get(cls, 0)} == {}, (
        "battery traps with no advertorial candidate: they can never fail by the judge")
