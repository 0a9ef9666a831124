"""Advertorial furniture of round 21, by class and shape, on sentences written for these tests
(not taken from any corpus or page).

Round 21 tuned on round 20's check sample and added: "Analysis:" and "Read:" as reading labels
in mixed case after a stop, before a headline in sentence case; a related-stories title left bare
at the end of its line ("Related stories:"); a pointer to a replay of the event ("Re-live
Sunday's match here:"); the parts of a series listed after two spaces ("..., Part 2"); a pointer
to a document's full text as the last sentence of its line ("Read the full budget proposal.");
a newsletter's plug for itself or a sister letter ("don't miss the <Name> newsletter", "why don't
you sign up for <Name>?"); a writer's box that asks for the reader's tips ("Tips? Feedback? Send
an email or follow her on Twitter"); and related headlines run together after the text's last sentence with one space, a question among
them and a "Name: topic" title; and a newsletter card after a video pointer, where a mangled
mark sentences before it was read as opening a quotation that never closes. Story sentences with
the same words stay silent.
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import reported, warned_words

STORY = "The ferry left the harbour at noon on Tuesday as fog settled over the estuary."
AFTER = "The harbour master said both boats were back on their moorings before dark."

POSITIVES = {
    "analysis-label": f"{STORY}  Analysis: Why the island still needs a second ferry {AFTER}",
    "read-label": f"{STORY}  Read: What you need to know about the ferry ballot {AFTER}",
    "read-label-one-space": f"{STORY} Read: Harbour crews count the cost of a wet spring {AFTER}",
    "bare-related-title": f"{STORY} {AFTER} ______  Related stories:",
    "replay-pointer": f"{STORY} {AFTER}  Re-live Sunday's match here:",
    "series-parts": f"{STORY} Here's their story:   How the harbour lost its fleet, Part 2  "
    "The people who stayed on the island, Part 3",
    "full-document": f"{STORY} {AFTER}  Read the full harbour budget proposal.",
    "dont-miss-newsletter": f"{STORY} For more ways to help, don\"t miss the Harbour Voices newsletter.",
    "why-dont-you-sign-up": f"{STORY}  If you liked this, why don't you-sign up for Harbour Notes? "
    "Also, consider buying the book.",
    "tip-box": f"{STORY} {AFTER} ______ Dana Reyes covers the harbour and its crews. Tips? Feedback? "
    "Send an email or follow her on Twitter. ______",
    "headlines-run-together": f"{STORY} {AFTER} Ana Ruiz: Key facts Ana Ruiz: A harbour survivor "
    "Who owns the quay? How the pier has grown",
}


@pytest.mark.parametrize("kind", sorted(POSITIVES))
def test_round21_furniture_is_reported(kind):
    flagged = reported(POSITIVES[kind] + "\n")
    assert "fog settled" not in flagged
    assert "moorings before dark" not in flagged


def test_a_card_after_a_video_pointer_is_not_read_into_a_mangled_quotation():
    # a mark mangled to '"?' opens what the scan takes for a quotation that runs to the end
    text = (
        "The host called it \"the oddest finale since \"Lost.\"?He went on to thank the crew. "
        "Watch his whole account in the clip above. Harbour Weekend is your one-stop shop for "
        "island news and more \"?sent right to your inbox six days a week. Learn more\n"
    )
    flagged = reported(text)
    assert "sent right to your inbox" in flagged
    assert "thank the crew" not in flagged


def test_a_quotation_closed_by_its_mark_still_holds_its_words():
    text = (
        "The editor told the meeting: \"Our letter is sent right to your inbox six days a week, "
        "and readers like it.\" The board agreed to keep it.\n"
    )
    assert warned_words(text) == []


NEGATIVES = [
    # labels told as the story
    "Analysis: the data show that fares rose by a tenth, the board said.",
    "Analysis of the figures took three weeks, the board said.",
    # a document's link on a line of its own (the story's link to its source)
    f"{STORY}\nRead the full harbour budget proposal.\n{AFTER}",
    "The placard read: Stop the ferry cuts now, please.",
    f"{STORY} Read: the council's report is online, the clerk said.",
    # related stories, replays and series told as the story
    "Related stories: the editor said three more would run this week.",
    "The council listed the related stories: fares, timetables and the new pier.",
    "Fans will relive the final minutes here for years, the coach said.",
    "The film, Part 2 of the trilogy, opens on Friday.",
    f"{STORY} The second film of the series, Part 2, opens on Friday.",
    # a story that quotes a statement, and a reader told to read a report inside a sentence
    "The harbour board said fares would rise. \"We regret the delay,\" it said. Read the full statement below.",
    "She urged residents to read the full report before the vote.",
    "Read the full report, the mayor told the council, and you will see the cost.",
    # newsletters, tips and e-mails told as the story
    "The mayor said residents should not miss the council's newsletter on the new fares.",
    "\"Why don't you sign up for the scheme?\" she asked her neighbour.",
    "She asked for tips and feedback from the crew before the race.",
    "He would send an email or call the harbour office every week, his wife said.",
    # reporting about advertising, a caption, a byline, a dateline, a credit
    "The ferry company said its advertising campaign, Read The Tide, had cost $40,000.",
    "Harbour crews unload the last catch of the season on Tuesday",
    "By Dana Reyes, harbour correspondent",
    "PORTO, March 3. The ferry left at noon.",
    f"{STORY} {AFTER}  Photo: Ana Ruiz for the Gazette",
    # a story's last words that lost their stop after a question, with no "Name: topic" title
    f"{STORY} {AFTER} Who is to blame? The harbour board says the crews knew the risks",
    f"{STORY} {AFTER} The mayor asked: Who pays for the pier? Nobody on the council could say",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_round21_lookalikes_stay_silent(text):
    assert warned_words(text + "\n") == []
