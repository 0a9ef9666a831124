"""Advertorial furniture of round 23, by class and shape, on sentences written for these tests
(not taken from any corpus or page).

Round 23 tuned on round 22's check sample and added: a related story's teaser date after a
straight single mark that closes a quoted word ("... a 'ferry war.' (09.03.2017)"); the teasers
of a flattened widget of related stories reported as the widget is laid out (each teaser's
sentences before its date, none of the story after the last date); a follow line after a stop
that a scraper's hyphen follows ("... comment.- Follow <Name> on @handle"); a reader call-out that
asks for "your video, pictures and experiences by emailing <address>"; a related headline closing
the text after the last of several two-space gaps, the stop before it followed by a hyphen
("... the media.-  <Headline>"); and, in a text whose paragraphs were run into one, two weak hints
count with each other only when they sit within a few sentences (a superlative in a caption is
no plug because a company's superlative stands twenty sentences before it).
"""

from __future__ import annotations

import pytest

from tests.advertorial_lint import reported, warned_words

STORY = "The ferry left the harbour at noon on Tuesday as fog settled over the estuary."
AFTER = "The harbour master said both boats were back on their moorings before dark."

# sentences of a story, each its own unit, none of them a hint of anything
FILLER = [
    "The crossing took four hours instead of the usual two.",
    "Passengers waited in the lounge while the crew checked the engines.",
    "A coastguard boat stayed close to the ferry for most of the trip.",
    "The operator said the delay was caused by a fault in the steering gear.",
    "Engineers worked through the night to repair the damage.",
    "The island depends on the ferry for food, fuel and post.",
    "Shops on the island ran short of bread by Wednesday morning.",
    "The council said it would review the contract with the operator.",
    "Local councillors have long asked for a second vessel on the route.",
    "The operator blamed the age of its fleet for the repeated faults.",
    "Two of its three ships were built more than thirty years ago.",
    "A new ship has been ordered but will not arrive until next spring.",
    "Fares rose by six percent in January, the third rise in three years.",
    "Islanders said they felt cut off whenever the ferry broke down.",
]

POSITIVES = {
    "teaser-dates-straight-mark": (
        f"{STORY} The island council voted to raise harbour fees again. (12.02.2017) The ferry "
        "union has warned of a 'summer of strikes.' (09.03.2017) " + AFTER
    ),
    "follow-after-hyphen-stop": f"{STORY} {AFTER}- Follow Dana Reyes on @danareyes",
    "call-out-by-emailing": (
        f"{STORY} {AFTER} Did you see the ferry run aground? Share your video, pictures and "
        "experiences by emailing haveyoursay@gazette.example."
    ),
    "tail-after-hyphen-stop": (
        f"{STORY}  The crew was praised for keeping calm!  {AFTER[:-1]}.-  How the island ferry "
        "got its first steam engine"
    ),
}


@pytest.mark.parametrize("kind", sorted(POSITIVES))
def test_round23_furniture_is_reported(kind):
    flagged = reported(POSITIVES[kind] + "\n")
    assert flagged, kind
    assert "fog settled" not in flagged


def test_a_widgets_teasers_are_reported_and_the_story_after_its_last_date_is_not():
    text = (
        f"{STORY} The island council voted to raise harbour fees again. (12.02.2017) Why do "
        "ferries break down in winter? An engineer explains the cold. (03.01.2017) The ferry "
        "union has warned of a 'summer of strikes.' (09.03.2017) " + AFTER + "\n"
    )
    flagged = reported(text)
    for teaser in ("raise harbour fees", "break down in winter", "explains the cold", "summer of strikes"):
        assert teaser in flagged, teaser
    assert "moorings" not in flagged
    assert "fog settled" not in flagged


def test_two_hints_far_apart_in_a_run_together_text_stay_hints():
    text = " ".join(
        ["Northwind, one of the world's largest makers of ferry engines, repaired the ship."]
        + FILLER
        + ["Visitors at the Northwind stand at the Harbour Fair, one of the world's biggest boat shows, in Kiel."]
    )
    assert warned_words(text + "\n") == []


def test_two_hints_close_together_in_a_run_together_text_still_count():
    text = " ".join(
        FILLER
        + [
            "Northwind is one of the world's leading makers of ferry engines.",
            "Founded in 1990, Northwind now employs 400 people in six countries.",
        ]
        + FILLER[:3]
    )
    flagged = reported(text + "\n")
    assert "Northwind" in flagged
    assert "crossing took four hours" not in flagged


NEGATIVES = [
    # a date after a quoted word's mark, once: a story's own dated aside
    f"{STORY} The court called the ban 'lawful.' (12.03.2017) {AFTER}",
    # follow-ups and followings after a hyphen stop
    f"{STORY}- Follow-up checks found no damage, the harbour master said.",
    f"{STORY}- Following the storm, the ferry stayed in port for two days.",
    # sharing told as the story, in the third person
    "Passengers were told to share their experiences by emailing the operator, the council said.",
    "She said she would share her video by emailing it to the coastguard.",
    # the text's last words after a hyphen stop and a gap: a sentence, a source line
    f"{STORY}  {AFTER[:-1]}.-  The boat left again at noon the next day.",
    f"{STORY}  {AFTER[:-1]}.-  Source: Gazette and news agencies",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_round23_lookalikes_stay_silent(text):
    assert warned_words(text + "\n") == []
