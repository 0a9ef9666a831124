"""Advertorial furniture glued into running text (issue 15, round 11), on sentences written for
these tests (not taken from any corpus or page).

Round 11 pasted real page furniture into article paragraphs the way a scraper leaves it: as its
own paragraph, glued after a sentence's stop with no space ("...on Monday.Most Popular"), glued
before the next sentence ("Related VideosThe council ..."), run into the paragraph with its line
break turned into a space, and a list of headlines flattened onto one line. A widget's label in
title case is furniture wherever it sits between sentences; the same words in sentence case, or
inside a sentence of the story, are left alone. A short signal that opens its sentence and runs,
with no stop, into the next sentence is reported alone: the story sentence is not swallowed.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import lint_advertorial, warning_lines

ONE = "The lifeboat crew was called out twice on Sunday as fog settled over the estuary."
TWO = "Both boats were back on their moorings before dark, the station manager said."

# each item, as the page showed it (one line, or several lines)
ITEMS = {
    "most-popular": ["Most Popular", "Ferry Fares To Rise On The Island Route", "Harbour Cafe Wins Award For Its Fish Pie"],
    "related-videos": ["Related Videos"],
    "top-picks": ["Top Picks", "Seal Pups Return To The Sandbanks", "Six Walks Along The Old Sea Wall"],
    "people-reading": ["Other People Are Reading", "How To Mend A Lobster Pot", "Ten Knots Every Sailor Should Know"],
    "reader-comments": ["Reader comments 48"],
    "comment-wall": ["You must log in or create an account to comment."],
    "found-helpful": ["Found This Helpful"],
    "read-more-headline": ["Read more: Inside The Harbour's Long Fight Over Ferry Fares"],
    "bracketed-read": ["[Read: Why the island ferry keeps breaking down in winter]"],
    "see-also": ["See also", "Ferry Operator Fined Over Late Sailings", "Pier Repairs Run Six Months Late", "Storm Closes The Causeway Again"],
    "next-on": ["Next On Estuary News ›", "The Lighthouse Keeper Who Never Left"],
    "manage-newsletters": ["Click here to manage all Newsletters"],
    "share-buttons": ["Share on Twitter", "Share on Facebook"],
    "streaming-plug": ["Watch Estuary TV on your favourite streaming device anytime, anywhere"],
    "ad-player": ["Skip Ad", "Wait 5 seconds to continue."],
    "ad-network": ["Ads via The Quay Network"],
    "promoted-by": ["Promoted by"],
}


def _ways(lines: list[str]) -> dict[str, str]:
    flat = " ".join(lines)
    one = "\n".join(lines)
    return {
        "own-paragraph": f"{ONE}\n\n{one}\n\n{TWO}",
        "glued-after": f"{ONE}{flat}\n\n{TWO}",
        "glued-before": f"{ONE}\n\n{flat}{TWO}",
    }


# Known misses, measured on the round's scratch set too: glued before the next sentence, these
# end in a word run into the sentence's first word ("NewslettersBoth", "anywhereBoth"), a join
# the sentence splitter does not cut for a two-letter opener or a bracket, and the label's words
# alone are no signal there. (Round 49 cuts a join before a story sentence's subject, "Both
# councils", in a sentence a signal opens: "manage-newsletters" and "streaming-plug" are found.)
KNOWN_MISSES = {
    ("bracketed-read", "glued-before"),
    ("see-also", "glued-before"),
    # (a lower-case reading label over three headlines in their own paragraph stays a hint, on
    # main too: the headline lines right under it are not promoted in a one-paragraph list)
    ("see-also", "own-paragraph"),
}


@pytest.mark.parametrize(
    ("kind", "way"),
    [
        pytest.param(k, w, marks=pytest.mark.xfail(strict=True, reason="known miss")) if (k, w) in KNOWN_MISSES else (k, w)
        for k in sorted(ITEMS)
        for w in ("own-paragraph", "glued-after", "glued-before")
    ],
)
def test_real_kinds_of_furniture_are_reported_wherever_they_were_pasted(kind: str, way: str) -> None:
    text = _ways(ITEMS[kind])[way]
    line = 3 if way in ("own-paragraph", "glued-before") else 1
    assert line in warning_lines(text), (kind, way, text)


@pytest.mark.parametrize(
    "kind", ["most-popular", "related-videos", "reader-comments", "read-more-headline", "bracketed-read", "found-helpful"]
)
def test_furniture_run_into_a_paragraph_after_a_stop_and_a_space_is_reported(kind: str) -> None:
    text = f"The crew launched at dawn. {' '.join(ITEMS[kind])} {TWO}"
    assert warning_lines(text) == [1], kind


def test_a_label_glued_before_a_quotation_is_reported_without_the_quotation() -> None:
    text = f'{ONE}\n\nRelated Videos"We saw the flare first," the coxswain said.'
    [d] = [d for d in lint_advertorial(text) if d.severity.name == "WARNING"]
    assert (d.line, d.column, d.end_column) == (3, 1, len("Related Videos") + 1)


def test_a_signal_that_leads_on_is_not_cut_off_from_the_words_after_it() -> None:
    # "Get the" leads into the name after it: the call stays one unit with its offer
    text = f"{ONE}\n\nGet the Estuary Walks Guide free here and plan your weekend.\n\n{TWO}"
    found = [d for d in lint_advertorial(text) if d.line == 3]
    assert found and all(d.end_column > 20 for d in found)


STORY = {
    "most-popular-lower": "Most popular were the evening sailings, which sold out by May.",
    "subhead": "Most Popular Baby Names",
    "see-also-story": "The crew launched at dawn. See also the station's log for the winter rescues.",
    "comments-story": "The crew launched at dawn. Comments from the coxswain were brief.",
    "wall-story": "You must register the boat before you sail it on the estuary.",
    "signed-up-story": "More than 3,000 residents are now signed up to receive flood alerts.",
    "sponsored-story": "The crew launched at dawn. Sponsored by the council, the regatta runs all week.",
    "read-more-story": "Read more: the council's report on the ferry is online.",
    "skip-name": "Skip Adams scored twice for the harbour side.",
    "ads-story": "Ads by local firms filled the regatta programme.",
    "watch-story": "Viewers could watch the race on a big screen at the quay.",
    "people-reading-story": "People are reading more about the estuary's history than ever, the librarian said.",
}


@pytest.mark.parametrize("kind", sorted(STORY))
def test_the_same_words_in_the_story_are_left_alone(kind: str) -> None:
    text = f"{STORY[kind]}\n\n{TWO}"
    assert warning_lines(text) == [], kind


def test_a_plug_glued_before_a_sentence_that_opens_with_a_two_letter_word_is_cut_there() -> None:
    plug = "Want tide tables every week? Sign Up for Slack Water every Friday"
    text = f"{ONE}\n\n{plug}He said the boats were safe."
    found = [d for d in lint_advertorial(text) if d.severity.name == "WARNING"]
    assert [(d.line, d.column, d.end_column) for d in found] == [(3, 1, len(plug) + 1)]
